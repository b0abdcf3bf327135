import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import { BACKUP_SECTIONS, writeBackup, type BackupSection } from '@/lib/export/backup';
import { selectOf } from '@/lib/export/backup-fields';
import { assertSignedInAdmin } from './tokens';

const BATCH = 1000;

type Page = { after?: string | number; take: number };
type Row = Record<string, unknown>;
type Reader = (page: Page) => Promise<Row[]>;

// Each table read in a stable order with a cursor; comments by creation, so parents precede replies.
// Prisma's select types are per model; the column lists come from BACKUP_FIELDS, checked by the round-trip test.
const cursor = (page: Page): { cursor?: { id: string }; skip?: number } => (page.after === undefined ? {} : { cursor: { id: String(page.after) }, skip: 1 });
const READERS: Record<BackupSection, Reader> = {
  settings: (p) => prisma.setting.findMany({ select: selectOf('settings') as { id: true }, orderBy: { id: 'asc' }, take: p.take, ...(p.after === undefined ? {} : { cursor: { id: p.after as number }, skip: 1 }) }),
  verdicts: (p) => prisma.verdictOption.findMany({ select: selectOf('verdicts') as { id: true }, orderBy: { id: 'asc' }, take: p.take, ...cursor(p) }),
  users: (p) => prisma.user.findMany({ select: selectOf('users') as { id: true }, orderBy: { id: 'asc' }, take: p.take, ...cursor(p) }),
  articles: (p) => prisma.article.findMany({ select: selectOf('articles') as { id: true }, orderBy: { id: 'asc' }, take: p.take, ...cursor(p) }),
  articleRevisions: (p) => prisma.articleRevision.findMany({ select: selectOf('articleRevisions') as { id: true }, orderBy: { id: 'asc' }, take: p.take, ...cursor(p) }),
  claimAnchors: (p) => prisma.claimAnchor.findMany({ select: selectOf('claimAnchors') as { id: true }, orderBy: { id: 'asc' }, take: p.take, ...cursor(p) }),
  claimMatches: (p) => prisma.claimMatch.findMany({ select: selectOf('claimMatches') as { id: true }, orderBy: { id: 'asc' }, take: p.take, ...cursor(p) }),
  claims: (p) => prisma.claim.findMany({ select: selectOf('claims') as { id: true }, orderBy: { id: 'asc' }, take: p.take, ...cursor(p) }),
  // Keyed by (claim, user), so its cursor is that pair.
  claimContributors: (p) =>
    prisma.claimContributor.findMany({
      select: selectOf('claimContributors') as { claimId: true },
      orderBy: [{ claimId: 'asc' }, { userId: 'asc' }],
      take: p.take,
      ...(p.after === undefined ? {} : { cursor: { claimId_userId: JSON.parse(String(p.after)) as { claimId: string; userId: string } }, skip: 1 }),
    }),
  sources: (p) => prisma.source.findMany({ select: selectOf('sources') as { id: true }, orderBy: { id: 'asc' }, take: p.take, ...cursor(p) }),
  comments: (p) => prisma.comment.findMany({ select: selectOf('comments') as { id: true }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], take: p.take, ...cursor(p) }),
  mentions: (p) => prisma.mention.findMany({ select: selectOf('mentions') as { id: true }, orderBy: { id: 'asc' }, take: p.take, ...cursor(p) }),
  auditEvents: (p) => prisma.auditEvent.findMany({ select: selectOf('auditEvents') as { id: true }, orderBy: { id: 'asc' }, take: p.take, ...cursor(p) }),
  earlierFactChecks: (p) => prisma.earlierFactCheck.findMany({ select: selectOf('earlierFactChecks') as { id: true }, orderBy: { id: 'asc' }, take: p.take, ...cursor(p) }),
};

async function* readSection(section: BackupSection): AsyncGenerator<unknown> {
  let after: string | number | undefined;
  for (;;) {
    const rows = await READERS[section]({ after, take: BATCH });
    yield* rows;
    if (rows.length < BATCH) return;
    const last = rows[rows.length - 1];
    after = section === 'claimContributors' ? JSON.stringify({ claimId: last.claimId, userId: last.userId }) : (last.id as string | number);
  }
}

export type BackupFile = { filename: string; contentType: string; chunks: AsyncGenerator<string> };

/**
 * The whole workspace as a restorable JSON backup (admins; it holds confidential sources, emails and
 * internal comments, so it is not a public format; a signed-in admin only, never a token). Password
 * hashes and API tokens stay behind.
 */
export async function exportBackup(actor: Actor): Promise<BackupFile> {
  assertSignedInAdmin(actor, 'settings:manage');
  return backupFile();
}

/** The backup without a signed-in actor: for the local command line, which has the database itself. */
export function backupFile(): BackupFile {
  const exportedAt = new Date().toISOString();
  // Generators start on first pull, so the tables are read one after another as the file is written.
  const sections = Object.fromEntries(BACKUP_SECTIONS.map((name) => [name, readSection(name)])) as unknown as Record<BackupSection, AsyncIterable<unknown>>;
  return {
    filename: `claimdesk-backup-${exportedAt.slice(0, 10)}.json`,
    contentType: 'application/json',
    chunks: writeBackup({ exportedAt, passwordHashes: false }, sections),
  };
}
