/**
 * The workspace backup: every table a restore needs, as one JSON document with one row per line, so
 * it is written from database cursors without holding the workspace in memory. Password hashes and
 * API tokens are never part of it.
 */
import { safeJsonStringify } from './safe-json';

export const BACKUP_FORMAT = 'claimdesk.backup';
export const BACKUP_VERSION = 1;

/** In restore order: every row's references point at rows of earlier sections (or earlier rows). */
export const BACKUP_SECTIONS = [
  'settings', 'verdicts', 'users', 'articles', 'articleRevisions', 'claims', 'claimAnchors', 'claimContributors', 'sources', 'comments', 'mentions',
  'auditEvents', 'earlierFactChecks', 'claimMatches',
] as const;
export type BackupSection = (typeof BACKUP_SECTIONS)[number];

/** Sections that backups written before they existed lack; such a backup restores them empty. */
export const LATER_SECTIONS: ReadonlySet<BackupSection> = new Set(['claimContributors', 'articleRevisions', 'claimAnchors', 'claimMatches']);

export interface BackupMeta {
  exportedAt: string;
  /** Always false: users restored from a backup get an unusable password and must be given a new one. */
  passwordHashes: false;
}

/** Streams the backup document: the meta fields, then each section as an array, one row per line. */
export async function* writeBackup(
  meta: BackupMeta,
  sections: Record<BackupSection, AsyncIterable<unknown>>,
): AsyncGenerator<string> {
  yield `{"format":"${BACKUP_FORMAT}","version":${BACKUP_VERSION},"exportedAt":${safeJsonStringify(meta.exportedAt)},"passwordHashes":false`;
  for (const name of BACKUP_SECTIONS) {
    yield `,\n"${name}":[`;
    let first = true;
    for await (const row of sections[name]) {
      yield `${first ? '\n' : ',\n'}${safeJsonStringify(row)}`;
      first = false;
    }
    yield first ? ']' : '\n]';
  }
  yield '\n}\n';
}
