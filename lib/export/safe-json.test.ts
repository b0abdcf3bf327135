import { describe, expect, it } from 'vitest';
import { renderClaimReview } from './claimreview';
import { renderJson } from './json';
import { writeBackup, BACKUP_SECTIONS, type BackupSection } from './backup';
import { collectChunks } from './encoder';
import { escapeJsonForHtml, safeJsonStringify } from './safe-json';
import { makeBundle, makeClaim } from './test-fixtures';

const HOSTILE = 'Budget </script><script>alert(1)</script> <!-- & \u2028\u2029 end';

function assertEmbeddable(text: string): void {
  expect(text).not.toMatch(/[<>&\u2028\u2029]/);
}

describe('safeJsonStringify', () => {
  it('escapes <, >, &, U+2028 and U+2029 and parses back to the same value', () => {
    const value = { text: HOSTILE, nested: ['<b>', { '</script>': '&amp;' }] };
    const text = safeJsonStringify(value);
    assertEmbeddable(text);
    expect(text).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(text)).toEqual(value);
    expect(JSON.parse(safeJsonStringify(value, 2))).toEqual(value);
  });

  it('leaves JSON without those characters as it was', () => {
    const json = JSON.stringify({ a: 'plain "quoted" \\ text', n: [1, 2.5, null, true] });
    expect(escapeJsonForHtml(json)).toBe(json);
  });
});

describe('every JSON export is safe to embed in a <script> element', () => {
  const claims = [makeClaim({ claimText: HOSTILE, rationale: HOSTILE, speaker: '<img onerror=x>' }), makeClaim({ id: 'clm_2', claimText: HOSTILE })];

  it('ClaimReview JSON-LD, one review and several', () => {
    for (const list of [claims.slice(0, 1), claims]) {
      const text = renderClaimReview(makeBundle(list));
      assertEmbeddable(text);
      expect(JSON.stringify(JSON.parse(text))).toContain('</script><script>alert(1)</script>');
    }
  });

  it('the JSON export', () => {
    const text = renderJson(makeBundle(claims));
    assertEmbeddable(text);
    expect(JSON.parse(text).claims[0].claimText).toBe(HOSTILE);
  });

  it('the backup', async () => {
    const sections = Object.fromEntries(BACKUP_SECTIONS.map((name) => [name, (async function* () {
      if (name === 'claims') yield { id: 'c1', claimText: HOSTILE };
    })()])) as unknown as Record<BackupSection, AsyncIterable<unknown>>;
    const text = await collectChunks(writeBackup({ exportedAt: '2024-01-01T00:00:00.000Z', passwordHashes: false }, sections));
    assertEmbeddable(text);
    expect(JSON.parse(text).claims[0].claimText).toBe(HOSTILE);
  });
});
