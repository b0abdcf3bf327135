import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractClaims } from '../index';
import { averagePrecision, rocAuc, scoreRow } from './data';
import { RANKING_ARTICLES } from '../testdata/ranking-articles';

/**
 * A small news check set, WRITTEN HERE and labelled by the author of the model (not independent
 * data, not in the headline numbers): C = a check-worthy claim, F = factual but minor, N = not a
 * claim (opinion, question, rhetoric), X = caption, credit, byline, dateline or headline, which
 * must score 0. Lines are joined by blank lines so that any segmenter keeps them apart. The first
 * two articles reconstruct the layouts quoted in issue 9 (the quoted sentences are the issue's,
 * the rest is written here); the fixture article is prisma/fixtures/us-cyber-pause.md.
 */
export type NewsLabel = 'C' | 'F' | 'N' | 'X';

export const NEWS_ARTICLES: [NewsLabel, string][][] = [
  [
    ['X', 'NASA celebrates 30th anniversary of first shuttle launch; announces new homes for retired shuttles'],
    ['X', 'Wednesday, April 13, 2011'],
    ['C', 'Space Shuttle Endeavour, which is scheduled to fly its final mission later this month, will be sent to the California Science Center in Los Angeles.'],
    ['C', 'Atlantis will go on display at the Kennedy Space Center Visitor Complex in Florida.'],
    ['X', 'Image: NASA Bill Ingalls.'],
    ['C', 'Discovery will go to the National Air and Space Museum, NASA Administrator Charles Bolden announced on Tuesday.'],
    ['F', 'The announcement came on the 30th anniversary of the first shuttle launch.'],
    ['X', 'Photo by Bill Ingalls/NASA'],
    ['C', 'More than 20 museums and science centers had asked to receive one of the orbiters, according to the agency.'],
    ['N', 'What a day it was for everyone who worked on the program!'],
    ['X', 'Charles Bolden, NASA Administrator'],
    ['N', 'We want to thank everyone who made this possible.'],
  ],
  [
    ['X', 'Washington, July 24'],
    ['X', 'By John Carter'],
    ['C', 'The plan does not cover doctor bills.'],
    ['C', 'This is not a program of socialized medicine.'],
    ['C', 'The bill would provide hospital care for about 14 million Americans over the age of 65, the White House said.'],
    ['N', 'Is this really the best that Congress can do?'],
    ['N', 'Critics ought to read the bill before attacking it.'],
    ['C', 'The American Medical Association declined to comment on the proposal.'],
    ['F', 'The hearing lasted three hours.'],
    ['X', 'Reporting by Jane Doe; Editing by Mark Smith'],
  ],
  ...RANKING_ARTICLES,
];

/** Labels for the sentences of the fixture article, by their first words. */
export const FIXTURE_LABELS: [NewsLabel, string][] = [
  ['C', 'The Trump administration has taken'],
  ['C', 'This directive came as'],
  ['C', 'The rationale for this halt'],
  ['C', 'This directive reportedly'],
  ['F', 'Sources suggest'],
  ['C', 'A senior defense official'],
  ['C', 'National Security Adviser Mike Waltz'],
  ['N', 'Meanwhile, prominent figures'],
  ['C', 'Secretary of State Marco Rubio'],
  ['F', 'However, this decision has sparked'],
  ['C', 'Senate Minority Leader Chuck Schumer'],
  ['N', 'As Trump faced'],
  ['N', 'This decision raises questions'],
];

export interface NewsUnit {
  label: NewsLabel;
  text: string;
  kind: string;
  learned: number;
  hand: number;
}

function fixture(): string {
  return readFileSync(path.resolve(__dirname, '../../../prisma/fixtures/us-cyber-pause.md'), 'utf8');
}

/** Every labelled unit with its learned and hand-weighted scores. */
export function newsUnits(): NewsUnit[] {
  const out: NewsUnit[] = [];
  const add = (label: NewsLabel, text: string, kind: string) => {
    const s = kind === 'sentence' ? scoreRow(text) : { learned: 0, hand: 0 };
    out.push({ label, text, kind, learned: s.learned, hand: s.hand });
  };
  for (const article of NEWS_ARTICLES) {
    const text = article.map(([, line]) => line).join('\n\n');
    const starts: number[] = [];
    let at = 0;
    for (const [, line] of article) {
      starts.push(at);
      at += line.length + 2;
    }
    for (const u of extractClaims(text, { includeDuplicates: true })) {
      let line = 0;
      while (line + 1 < starts.length && starts[line + 1] <= u.start) line++;
      out.push({ label: article[line][0], text: u.text, kind: u.kind, learned: u.checkworthiness, hand: u.kind === 'sentence' ? scoreRow(u.text).hand : 0 });
    }
  }
  const units = extractClaims(fixture());
  for (const [label, prefix] of FIXTURE_LABELS) {
    const u = units.find((x) => x.text.replace(/^\*+/, '').startsWith(prefix));
    if (u) add(label, u.text, u.kind);
  }
  return out;
}

export function evaluateNews(): { rows: NewsUnit[]; aucHand: number; aucLearned: number; apHand: number; apLearned: number } {
  const rows = newsUnits();
  const labels = rows.map((r) => (r.label === 'C' ? 1 : 0));
  const hand = rows.map((r) => r.hand);
  const learned = rows.map((r) => r.learned);
  return { rows, aucHand: rocAuc(hand, labels), aucLearned: rocAuc(learned, labels), apHand: averagePrecision(hand, labels), apLearned: averagePrecision(learned, labels) };
}
