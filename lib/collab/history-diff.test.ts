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
