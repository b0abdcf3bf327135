import { z } from 'zod';
import { passwordSchema } from './user';
import { ROLES } from '@/lib/auth/permissions';
import { BACKUP_FORMAT, BACKUP_SECTIONS, BACKUP_VERSION, LATER_SECTIONS, type BackupSection } from '@/lib/export/backup';
import { BACKUP_FIELDS, type FieldType } from '@/lib/export/backup-fields';
import { AnchorState, RevisionSource } from '@/lib/generated/prisma/enums';
import { CLAIM_STATUS_VALUES } from './claim';
import { isStorableTime, MAX_INT32, safeText } from './common';

/** ClaimReview files larger than this are refused (413). */
export const CLAIMREVIEW_MAX_BYTES = 5 * 1024 * 1024;
/** At most this many ClaimReviews per file. */
export const CLAIMREVIEW_MAX_REVIEWS = 10_000;
/** A ClaimReview file streamed in (a fact-check aggregator's DataFeed): read as it arrives, never held whole. */
export const CLAIMREVIEW_STREAM_MAX_BYTES = 512 * 1024 * 1024;

const date = z.iso
  .datetime({ offset: true })
  .refine(isStorableTime, 'A time between the years 1000 and 9999.')
  .transform((v) => new Date(v));
const int = z.number().int().min(-MAX_INT32 - 1).max(MAX_INT32);
const TYPES: Record<Exclude<FieldType, `${string}~`>, z.ZodType> = {
  string: safeText(),
  'string?': safeText().nullable(),
  int,
  'int?': int.nullable(),
  float: z.number(),
  'float?': z.number().nullable(),
  bool: z.boolean(),
  date,
  'date?': date.nullable(),
  json: z.json(),
  'json?': z.json().nullable(),
  role: z.enum(ROLES),
  status: z.enum(CLAIM_STATUS_VALUES),
  'status?': z.enum(CLAIM_STATUS_VALUES).nullable(),
  stance: z.enum(['supports', 'refutes', 'context']),
  strings: z.array(z.string()),
  anchor: z.enum(Object.values(AnchorState)),
  revisionSource: z.enum(Object.values(RevisionSource)),
};

/** A column type; `~` marks a column older backups lack (the restore then gives it the column's default). */
function columnSchema(type: FieldType): z.ZodType {
  return type.endsWith('~') ? TYPES[type.slice(0, -1) as keyof typeof TYPES].optional() : TYPES[type as keyof typeof TYPES];
}

function rowSchema(section: BackupSection) {
  return z.strictObject(Object.fromEntries(Object.entries(BACKUP_FIELDS[section]).map(([key, type]) => [key, columnSchema(type)])));
}

/** A `claimdesk.backup` version 1 document; rows are checked column by column. */
export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT, 'This is not a Claimdesk backup (format "claimdesk.backup").'),
  version: z.literal(BACKUP_VERSION, `This backup was written by another Claimdesk version (expected version ${BACKUP_VERSION}).`),
  exportedAt: safeText(),
  passwordHashes: z.literal(false),
  ...Object.fromEntries(BACKUP_SECTIONS.map((name) => [name, LATER_SECTIONS.has(name) ? z.array(rowSchema(name)).default([]) : z.array(rowSchema(name))])),
});
export type BackupDocument = Record<BackupSection, Record<string, unknown>[]>;

/** A new password set from the command line after a restore. */
export const localPasswordSchema = z.object({
  email: safeText().trim().toLowerCase().email('Enter a valid email address.').max(200),
  password: passwordSchema,
});
