import { describe, expect, it } from 'vitest';
import { REDACTED, redactAuditValues, withoutConfidential } from './redact-audit';

const secret = { url: 'https://secret.example/tip', title: 'Insider tip', excerpt: 'off the record', confidential: true };
const madePublic = { url: 'https://public.example/report', title: 'Public report', excerpt: 'on the record', confidential: false };

describe('redactAuditValues', () => {
  it('redacts both sides of a source change when either side was confidential', () => {
    const event = redactAuditValues({ entityType: 'source', before: secret, after: madePublic });
    expect(JSON.stringify(event)).not.toMatch(/secret\.example|Insider tip|off the record/);
    expect(event.before).toEqual(REDACTED);
    expect(event.after).toEqual(REDACTED);
    const added = redactAuditValues({ entityType: 'source', before: null, after: { claimId: 'c1', ...secret } });
    expect(added).toMatchObject({ before: null, after: REDACTED });
  });

  it('keeps source changes that were public on both sides', () => {
    const event = redactAuditValues({ entityType: 'source', before: madePublic, after: { ...madePublic, title: 'Renamed' } });
    expect(event.after).toMatchObject({ title: 'Renamed' });
  });

  it('drops confidential sources from claim snapshots and replaces nested ones', () => {
    const event = redactAuditValues({ entityType: 'claim', before: { sources: [secret, madePublic] }, after: { moved: secret, text: 'x' } });
    expect(event.before).toEqual({ sources: [madePublic] });
    expect(event.after).toEqual({ moved: REDACTED, text: 'x' });
    expect(withoutConfidential(undefined)).toBeNull();
  });
});
