/**
 * What of the audit log may leave Claimdesk. Confidential values never do, history included: a
 * source that is confidential now, or was on either side of a recorded change, has that change's
 * before and after replaced by a marker (a source made public later must not carry its old
 * confidential URL, title and excerpt out in the history), and any confidential object nested in a
 * claim's snapshot is dropped from lists or replaced by the marker.
 */

/** Stands in for a value that was confidential. */
export const REDACTED = { confidential: true, redacted: true } as const;

type AuditValues = { entityType: string; before: unknown; after: unknown };

const isConfidential = (value: unknown): boolean =>
  !!value && typeof value === 'object' && !Array.isArray(value) && (value as { confidential?: unknown }).confidential === true;

/** Drops confidential objects from lists and replaces any other confidential object by the marker. */
export function withoutConfidential(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => !isConfidential(v)).map(withoutConfidential);
  if (isConfidential(value)) return { ...REDACTED };
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutConfidential(v)]));
  }
  return value ?? null;
}

/** The before and after of an audit event as they may leave: nothing confidential on either side. */
export function redactAuditValues<T extends AuditValues>(event: T): T {
  if (event.entityType === 'source' && (isConfidential(event.before) || isConfidential(event.after))) {
    return { ...event, before: event.before == null ? null : { ...REDACTED }, after: event.after == null ? null : { ...REDACTED } };
  }
  return { ...event, before: withoutConfidential(event.before), after: withoutConfidential(event.after) };
}
