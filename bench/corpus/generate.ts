/**
 * A deterministic generator of varied news-like articles for the benchmark: headlines, bylines,
 * datelines, paragraphs with quotes, numbers, abbreviations, party tags, lists, in plain text,
 * markdown, HTML remnants and hard-wrapped form. Names and facts are invented.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { seededRandom } from '../../lib/random';

const rng = seededRandom;

const PEOPLE = [
  ['Sen.', 'Ruth Calder', '(R-Maine)'], ['Rep.', 'Dora Pell', '(D-N.Y.)'], ['Gov.', 'Alan Brook', ''], ['Defense Secretary', 'Mark Ellison', ''],
  ['Dr.', 'Peter M. Kline', ''], ['Mayor', 'Jane Alvarez', ''], ['Gen.', 'Tom Hardwick', ''], ['Prime Minister', 'Helen Marsh', ''],
  ['Council President', 'Linda Okafor', ''], ['Lt. Gov.', 'Sam Ortiz', ''], ['Prof.', 'Nadia Rahman', ''], ['Ms.', 'Yvette Cole', ''],
];
const BODIES = ['the Pentagon', 'the U.S. Department of Defense', 'the State Department', 'the European Commission', 'the Office for National Statistics', 'Northline Properties Inc.', 'the U.N. Security Council', 'NATO', 'the Federal Reserve', 'Hollis & Grant Co.'];
const PLACES = ['the U.S.', 'the U.K.', 'Ukraine', 'Russia', 'Washington, D.C.', 'St. Louis', 'Brussels', 'Kyiv', 'Springfield', 'Portland'];
const TOPICS = ['the budget', 'the ceasefire talks', 'the housing plan', 'the gas price cap', 'cyber operations', 'the bridge repairs', 'interest rates', 'the trade deal'];
const VERBS = ['said', 'told reporters', 'argued', 'warned', 'noted', 'insisted', 'added'];
const UNNAMED = ['a senior defense official', 'administration officials', 'two people familiar with the matter', 'a White House spokesperson', 'diplomats'];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)];
}

function num(r: () => number): string {
  const k = Math.floor(r() * 6);
  const x = (r() * 100).toFixed(1);
  return [`${x}%`, `$${(r() * 9 + 1).toFixed(1)} bn.`, `£${Math.floor(r() * 900 + 100)} million`, `${Math.floor(r() * 90000 + 1000).toLocaleString('en-US')}`, `${x} per cent`, `No. ${Math.floor(r() * 20 + 1)}`][k];
}

function sentence(r: () => number): string {
  const [title, name, tag] = pick(r, PEOPLE);
  const who = `${title} ${name}${tag ? ' ' + tag : ''}`;
  const surname = name.split(' ').pop() ?? name;
  const topic = pick(r, TOPICS);
  const body = pick(r, BODIES);
  const place = pick(r, PLACES);
  switch (Math.floor(r() * 16)) {
    case 0: return `${who} ${pick(r, VERBS)} that ${topic} would cost ${num(r)} over the next decade.`;
    case 1: return `"We cannot accept ${topic} as it stands," ${surname} said. "It is over."`;
    case 2: return `Spending on ${topic} rose ${num(r)} in the year to March, according to ${body}.`;
    case 3: return `${capitalize(body)} declined to comment on ${topic}.`;
    case 4: return `${capitalize(pick(r, UNNAMED))} said the decision on ${topic} was made at 9 a.m. on Tuesday.`;
    case 5: return `Is ${topic} really the priority for ${place}?`;
    case 6: return `Critics called it "a critical strategic mistake," while supporters said it would save ${num(r)}.`;
    case 7: return `The figure (up from ${num(r)} in 2023) is the highest since records began.`;
    case 8: return `Details are at www.example.gov/${topic.replace(/\W+/g, '-')}. Questions can be sent to press@example.gov.`;
    case 9: return `This is a shameful betrayal of everyone who lives in ${place}!`;
    case 10: return `J. F. Kennedy once visited ${place}, and ${who} often recalls it.`;
    case 11: return `Turnout in ${place} fell to ${num(r)}, the lowest level in 20 years, because fewer young voters registered.`;
    case 12: return `"Why now?" asked ${who}. Nobody answered... The meeting ended early.`;
    case 13: return `Reportedly, ${body} will review ${topic} by 2026.`;
    case 14: return `${who} did not respond to a request for comment.`;
    default: return `The vote on ${topic} passed 52-48 in the U.S. Senate, with two members absent.`;
  }
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function paragraph(r: () => number): string {
  const n = 2 + Math.floor(r() * 4);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(sentence(r));
  return out.join(' ');
}

function wrap(text: string, width: number): string {
  const words = text.split(' ');
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + w.length + 1 > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/** One invented article of roughly 2–5 KB in one of four shapes. */
export function generateArticle(seed: number): string {
  const r = rng(seed);
  const topic = pick(r, TOPICS);
  const headline = `${capitalize(topic)} ${pick(r, ['Faces New Delay', 'Wins Approval', 'Sparks Criticism', 'Costs More Than Expected'])}`;
  const paras: string[] = [];
  const n = 5 + Math.floor(r() * 6);
  for (let i = 0; i < n; i++) paras.push(paragraph(r));
  const list = [`${num(r)} for ${topic}`, `a review by ${pick(r, BODIES)}`, `a vote in ${pick(r, PLACES)}`];
  switch (seed % 4) {
    case 0:
      return [`**${headline}**`, `**${headline}**`, `**${paragraph(r)}**`, ...paras, ...list.map((l) => `- ${l}`)].join('\n');
    case 1:
      return [`# ${headline}`, '', `*By Dana Whitfield*`, '', `WASHINGTON (Reuters) - ${paras[0]}`, '', ...paras.slice(1).flatMap((p) => [p, '']), '## Key points', ...list.map((l, i) => `${i + 1}. ${l}`)].join('\n');
    case 2:
      return [`<h1>${headline}</h1>`, ...paras.map((p) => `<p>${p}</p>`), '<ul>', ...list.map((l) => `<li>${l}</li>`), '</ul>'].join('\n');
    default:
      return [headline, '', ...paras.flatMap((p) => [wrap(p, 72), ''])].join('\n');
  }
}

/** The hand-written articles in this folder, then generated ones until `minBytes` is reached. */
export function benchCorpus(minBytes: number, extra: string[] = []): string[] {
  const dir = __dirname;
  const docs = readdirSync(dir)
    .filter((f) => /\.(?:txt|md|html)$/.test(f) && f !== 'README.md')
    .sort()
    .map((f) => readFileSync(path.join(dir, f), 'utf8'));
  docs.push(...extra);
  let bytes = docs.reduce((a, d) => a + Buffer.byteLength(d), 0);
  for (let seed = 1; bytes < minBytes; seed++) {
    const a = generateArticle(seed);
    docs.push(a);
    bytes += Buffer.byteLength(a);
  }
  return docs;
}
