import { describe, expect, it } from 'vitest';
import { actionLabel, diffSnapshots, eventNote } from './history-diff';

describe('diffSnapshots', () => {
  it('lists only the changed fields, labelled, in a stable order, with readable values', () => {
    const before = { claimText: 'A', status: 'open', verdict: null, rationale: null, version: 1 };
    const after = { claimText: 'A', status: 'needs_review', verdict: 'False', rationale: 'Minutes say so.', version: 2 };
    expect(diffSnapshots(before, after)).toEqual([
      { field: 'status', label: 'Status', before: 'Open', after: 'Needs second review' },
      { field: 'verdict', label: 'Verdict', before: '—', after: 'False' },
      { field: 'rationale', label: 'Rationale', before: '—', after: 'Minutes say so.' },
    ]);
  });

  it('shows a creation (no before) and a deletion (no after) field by field', () => {
    expect(diffSnapshots(null, { claimText: 'New', start: 4 })).toEqual([
      { field: 'claimText', label: 'Claim text', before: '—', after: 'New' },
      { field: 'start', label: 'Start', before: '—', after: '4' },
    ]);
    expect(diffSnapshots({ speaker: 'Doe' }, undefined)).toEqual([{ field: 'speaker', label: 'Speaker', before: 'Doe', after: '—' }]);
  });

  it('hides bookkeeping fields and keeps notes separate', () => {
    expect(diffSnapshots({ version: 1 }, { version: 2, note: 'typo' })).toEqual([]);
    expect(eventNote({ note: 'Wrong year.' })).toBe('Wrong year.');
    expect(eventNote({ comment: 'Add a source.' })).toBe('Add a source.');
    expect(eventNote(null)).toBeNull();
  });

  it('names actions in words', () => {
    expect(actionLabel('claim.send_back')).toBe('Sent back to the reviewer');
    expect(actionLabel('claim.split')).toBe('split');
  });
});

describe('redacted confidential values', () => {
  const marker = { confidential: true, redacted: true };

  it('says "confidential (hidden)" in words for a redacted field, never the marker as JSON', () => {
    const changes = diffSnapshots({ source: { url: 'https://public.example', title: 'Public' } }, { source: marker });
    expect(changes).toHaveLength(1);
    expect(changes[0].after).toBe('confidential (hidden)');
    expect(changes[0].before).toContain('https://public.example');
  });

  it('says it for a marker inside a list or an object too', () => {
    const [change] = diffSnapshots({ sources: [] }, { sources: [marker, { title: 'Open' }] });
    expect(change.after).toBe('["confidential (hidden)",{"title":"Open"}]');
    expect(change.after).not.toContain('redacted');
  });

  it('shows a whole redacted snapshot as one row, not its marker fields', () => {
    expect(diffSnapshots(marker, marker)).toEqual([{ field: 'confidential', label: 'Confidential value', before: 'confidential (hidden)', after: 'confidential (hidden)' }]);
    expect(diffSnapshots(null, marker)).toEqual([{ field: 'confidential', label: 'Confidential value', before: '—', after: 'confidential (hidden)' }]);
  });
});
