/** Turns an audit event's before/after snapshots into a readable, field-by-field diff. */
import { STATUS_LABEL } from '@/lib/review/status-labels';
export type FieldChange = { field: string; label: string; before: string; after: string };

const LABELS: Record<string, string> = {
  claimText: 'Claim text',
  claimType: 'Claim type',
  speaker: 'Speaker',
  status: 'Status',
  verdict: 'Verdict',
  rationale: 'Rationale',
  assignee: 'Assigned to',
  approvedBy: 'Approved by',
  reviewers: 'Reviewers',
  sources: 'Sources',
  quote: 'Quote',
  start: 'Start',
  end: 'End',
};

const STATUS: Record<string, string> = STATUS_LABEL;

/** Fields that say *how* a change happened rather than what it changed. */
const HIDDEN = new Set(['version', 'note', 'comment', 'mentions', 'commentId', 'replyTo', 'wholeArticle', 'id']);

export const ACTION_LABEL: Record<string, string> = {
  'claim.create': 'Created the claim',
  'claim.extract': 'Found by claim extraction',
  'claim.update': 'Edited',
  'claim.approve': 'Approved (second review)',
  'claim.correct': 'Opened a correction',
  'claim.send_back': 'Sent back to the reviewer',
  'claim.start': 'Started review',
  'claim.assign': 'Changed the assignment',
  'claim.comment': 'Commented',
  'claim.delete': 'Deleted the claim',
};

export function actionLabel(action: string): string {
  return ACTION_LABEL[action] ?? action.replace(/^claim\./, '').replace(/[._]/g, ' ');
}

/** What the history shows instead of a value the viewer may not see (lib/export/redact-audit.ts's marker). */
export const CONFIDENTIAL_HIDDEN = 'confidential (hidden)';

const isRedacted = (v: unknown): boolean =>
  !!v && typeof v === 'object' && !Array.isArray(v) && (v as { redacted?: unknown }).redacted === true && (v as { confidential?: unknown }).confidential === true;

function show(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (isRedacted(value)) return CONFIDENTIAL_HIDDEN;
  if (field === 'status' && typeof value === 'string') return STATUS[value] ?? value;
  if (typeof value === 'string') return value;
  // A marker nested in a list or object is said in words too, never as `{"confidential":true,…}`.
  return JSON.stringify(value, (_key, v: unknown) => (isRedacted(v) ? CONFIDENTIAL_HIDDEN : v));
}

const asRecord = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/** The fields whose value differs between `before` and `after`, in a stable, readable order. */
export function diffSnapshots(before: unknown, after: unknown): FieldChange[] {
  // A whole snapshot redacted (a confidential source's change): one row in words, not its marker's fields.
  if (isRedacted(before) || isRedacted(after)) {
    return [{ field: 'confidential', label: 'Confidential value', before: show('', before), after: show('', after) }];
  }
  const b = asRecord(before);
  const a = asRecord(after);
  const order = Object.keys(LABELS);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])]
    .filter((k) => !HIDDEN.has(k))
    .sort((x, y) => (order.indexOf(x) + 1 || 99) - (order.indexOf(y) + 1 || 99) || x.localeCompare(y));
  const changes: FieldChange[] = [];
  for (const key of keys) {
    const was = show(key, b[key]);
    const now = show(key, a[key]);
    if (was === now) continue;
    changes.push({ field: key, label: LABELS[key] ?? key, before: was, after: now });
  }
  return changes;
}

/** The free-text note an event carries (a send-back comment, a correction note, a comment). */
export function eventNote(after: unknown): string | null {
  const a = asRecord(after);
  for (const key of ['note', 'comment']) if (typeof a[key] === 'string' && a[key]) return a[key] as string;
  return null;
}
