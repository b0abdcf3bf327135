import { describe, expect, it } from 'vitest';
import { renderJson, type JsonExport } from './json';
import { claimWithSecret, header, makeBundle, makeClaim, SECRET_URL, verdicts } from './test-fixtures';

describe('renderJson', () => {
  it('round-trips: JSON.parse gives back the bundle under a versioned header', () => {
    const claims = [
      makeClaim({ claimText: 'Ünïcödé "quotes" \\ back\nslash \u2028 sep 🎉' }),
      makeClaim({ id: 'clm_2', verdict: verdicts.unproven, reviewer: null, approvedBy: null, reviewedAt: null }),
      makeClaim({ id: 'clm_3', verdict: null, sources: [] }),
    ];
    const bundle = makeBundle(claims);
    const parsed: JsonExport = JSON.parse(renderJson(bundle));
    expect(parsed).toEqual({ format: 'claimdesk.export', version: 2, publicOnly: true, ...bundle });
  });

  it('is valid JSON with no claims', () => {
    expect(JSON.parse(renderJson(makeBundle([])))).toEqual({
      format: 'claimdesk.export', version: 2, publicOnly: true, ...header, claims: [],
    });
  });

  it('drops confidential sources unless publicOnly is false', () => {
    const bundle = makeBundle([claimWithSecret()]);
    const publicText = renderJson(bundle);
    expect(publicText).not.toContain(SECRET_URL);
    expect(JSON.parse(publicText).claims[0].sources).toHaveLength(1);
    const internal: JsonExport = JSON.parse(renderJson(bundle, { publicOnly: false }));
    expect(internal.publicOnly).toBe(false);
    expect(internal.claims[0].sources.map((source) => source.url)).toContain(SECRET_URL);
  });

  it('copies only the documented fields, so richer input objects do not leak', () => {
    const claim = { ...makeClaim(), internalNotes: 'private', reviewer: { name: 'R', email: 'r@example.org' } };
    const text = renderJson(makeBundle([claim]));
    expect(text).not.toContain('private');
    expect(text).not.toContain('r@example.org');
  });

  it('lists every reviewer of a claim by name, what they changed and when, and nothing else of them', () => {
    const reviewers = [
      { name: 'Rita Reviewer', parts: ['verdict', 'submitted'], lastAt: '2026-01-02T10:00:00.000Z', id: 'usr_1', email: 'rita@example.org' },
      { name: 'Sam Second', parts: ['sources'], lastAt: '2026-01-03T10:00:00.000Z' },
    ];
    const doc: JsonExport = JSON.parse(renderJson(makeBundle([{ ...makeClaim(), reviewers }, makeClaim({ id: 'clm_2' })])));
    expect(doc.claims[0].reviewers).toEqual([
      { name: 'Rita Reviewer', parts: ['verdict', 'submitted'], lastAt: '2026-01-02T10:00:00.000Z' },
      { name: 'Sam Second', parts: ['sources'], lastAt: '2026-01-03T10:00:00.000Z' },
    ]);
    expect(Object.keys(doc.claims[0]).indexOf('reviewers')).toBe(Object.keys(doc.claims[0]).indexOf('reviewer') + 1);
    expect(doc.claims[1]).not.toHaveProperty('reviewers');
    expect(JSON.stringify(doc)).not.toContain('rita@example.org');
  });
});
