import { describe, expect, it } from 'vitest';
import { extractClaims, type AttributionKind } from './index';

/** [text, index of the unit to check, kind, speaker, speakerTitle?] */
const CASES: [string, number, AttributionKind, string | null, string?][] = [
  ['"Constructive dialogue will not emerge from insult," Rubio said.', 0, 'direct_quote', 'Marco Rubio'],
  ['"Why now?" asked Sen. Mark Warner (D-Va.).', 0, 'direct_quote', 'Mark Warner', 'Sen.'],
  ['Schumer said: "This is a mistake. Russia will exploit it."', 1, 'direct_quote', 'Chuck Schumer'],
  ['Defense Secretary Pete Hegseth spoke first. "We are done. It is over," he said.', 1, 'direct_quote', 'Pete Hegseth'],
  ['Defense Secretary Pete Hegseth spoke first. "We are done. It is over," he said.', 2, 'direct_quote', 'Pete Hegseth'],
  ['“The pause is temporary,” the official said. “We will review it.”', 1, 'direct_quote', 'the official'],
  ['"We cannot accept the plan," Alvarez said.', 0, 'direct_quote', 'Alvarez'],
  ['‘We will not back down,’ said Keir Starmer.', 0, 'direct_quote', 'Keir Starmer'],
  ['Secretary of State Marco Rubio emphasized that dialogue would not emerge from insult.', 0, 'reported', 'Marco Rubio', 'Secretary of State'],
  ['Labour MP Sarah Champion, who chairs the International Development Committee, said MPs had not been consulted.', 0, 'reported', 'Sarah Champion'],
  ['A senior defense official remarked that the priority was safety.', 0, 'unnamed_source', 'a senior defense official'],
  ['Sources suggest that the pause could impact operations.', 0, 'unnamed_source', 'sources'],
  ['Two people familiar with the matter said the talks had stalled.', 0, 'unnamed_source', 'two people familiar with the matter'],
  ['The pause was ordered on Friday, according to administration officials.', 0, 'unnamed_source', 'administration officials'],
  ['Unemployment fell to 4.1%, according to the Office for National Statistics.', 0, 'according_to', 'Office for National Statistics'],
  ['The directive reportedly originated from Defense Secretary Pete Hegseth.', 0, 'reported', null],
  ['The US Department of Defense has opted not to comment on the situation.', 0, 'refusal', 'Department of Defense'],
  ['A Pentagon spokesman declined to comment.', 0, 'refusal', 'Department of Defense', 'spokesman'],
  ['Northline Properties Inc. said it would appeal. Northline did not respond to a request for comment.', 1, 'refusal', 'Northline Properties Inc'],
  ['A Downing Street spokesman said the Prime Minister was encouraged.', 0, 'reported', 'UK government', 'spokesman'],
  ['The committee met on Tuesday.', 0, 'none', null],
];

describe('attribution', () => {
  for (const [text, at, kind, speaker, title] of CASES) {
    it(`${kind}: ${text.slice(0, 80)}`, () => {
      const u = extractClaims(text)[at];
      expect(u.attribution.kind).toBe(kind);
      expect(u.speaker).toBe(speaker);
      expect(u.attribution.speaker).toBe(speaker);
      if (title !== undefined) expect(u.attribution.speakerTitle).toBe(title);
    });
  }

  it('words refusals plainly', () => {
    const text = (s: string) => extractClaims(s)[0].claimText;
    expect(text('The rationale remains undisclosed, as the US Department of Defense has opted not to comment on the situation.')).toBe('DoD declined to comment');
    expect(text('The Pentagon did not respond to repeated requests for comment.')).toBe('DoD did not respond to a request for comment');
    expect(text('A spokesperson for the Maine Department of Transportation declined to comment.')).toBe('Maine Department of Transportation declined to comment');
    expect(text('The Treasury declined to say whether the figures would change its plans.')).toBe('Treasury declined to say');
  });

  it('keeps a refusal coordinated with the main speaker as a reason, not as the claim', () => {
    const [u] = extractClaims('A senior defense official remarked that the priority was safety but declined to provide additional detail.');
    expect(u.attribution.kind).toBe('unnamed_source');
    expect(u.claimText).toBe(u.text);
    expect(u.reasons.some((r) => r.code === 'refusal')).toBe(true);
  });

  it('recognises people across sentences and by title', () => {
    const units = extractClaims('Defense Secretary Pete Hegseth issued the order. Secretary Hegseth later defended it. Hegseth said little else.');
    expect(units.map((u) => u.entities.map((e) => e.canonical))).toEqual([['Pete Hegseth'], ['Pete Hegseth'], ['Pete Hegseth']]);
    expect(units[2].speaker).toBe('Pete Hegseth');
  });

  it('unifies short and long forms of public bodies', () => {
    const canon = extractClaims('The Pentagon, the DoD and the U.S. Department of Defense are one body. The Defense Department agreed.').flatMap((u) => u.entities.map((e) => e.canonical));
    expect(new Set(canon)).toEqual(new Set(['Department of Defense']));
  });
});
