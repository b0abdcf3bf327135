/**
 * Other sentence segmenters, used only by the comparison test and the benchmark (never by
 * extractClaims). Each returns the sentences of a text as strings.
 */
import nlp from 'compromise';
import sbd from 'sbd';
import { split } from 'sentence-splitter';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { extractClaims } from '../index';

export type Segmenter = (text: string) => string[];

let wink: ReturnType<typeof winkNLP> | null = null;

/** wink-nlp's bare sentence splitting (the model is loaded once). */
export function winkSentences(text: string): string[] {
  wink ??= winkNLP(model);
  return wink.readDoc(text).sentences().out();
}

/** wink-nlp run on each line (paragraph) separately: how it is used on text with one paragraph per line. */
export function winkPerParagraph(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\n/)) if (line.trim()) out.push(...winkSentences(line));
  return out;
}

export const SEGMENTERS: Record<string, Segmenter> = {
  claimdesk: (text) => extractClaims(text).filter((u) => u.duplicateOf === undefined).map((u) => u.text),
  'wink-nlp': winkSentences,
  'wink-nlp per paragraph': winkPerParagraph,
  compromise: (text) => nlp(text).sentences().out('array') as string[],
  sbd: (text) => sbd.sentences(text, { newline_boundaries: true }),
  'sbd (newlines as spaces)': (text) => sbd.sentences(text, { newline_boundaries: false }),
  'sentence-splitter': (text) =>
    split(text)
      .filter((n) => n.type === 'Sentence')
      .map((n) => n.raw),
  'Intl.Segmenter': (text) => Array.from(new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text), (s) => s.segment),
};

/**
 * Compare on wording only, generously to the other tools: whitespace collapsed, markdown and list
 * markers and HTML tags removed, so that only the placement of boundaries counts.
 */
export function normalizeUnit(s: string): string {
  return s
    .replace(/<\/?[a-zA-Z][^<>]*>/g, ' ')
    .replace(/\*\*|__/g, '')
    .replace(/^\s*(?:#{1,6}\s+|>\s*)/, '')
    .replace(/^\s*(?:[-*+•]|\d{1,3}[.)]|[a-z][.)]|\([a-z0-9]{1,3}\))\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** F1 of exactly matching units (multiset), and whether the whole case is right. */
export function scoreCase(expected: string[], got: string[]): { f1: number; exact: boolean } {
  const exp = expected.map(normalizeUnit).filter(Boolean);
  const out = got.map(normalizeUnit).filter(Boolean);
  const pool = new Map<string, number>();
  for (const e of exp) pool.set(e, (pool.get(e) ?? 0) + 1);
  let tp = 0;
  for (const o of out) {
    const n = pool.get(o) ?? 0;
    if (n > 0) {
      tp++;
      pool.set(o, n - 1);
    }
  }
  const p = out.length ? tp / out.length : 0;
  const r = exp.length ? tp / exp.length : 0;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  const exact = exp.length === out.length && exp.every((e, i) => e === out[i]);
  return { f1, exact };
}
