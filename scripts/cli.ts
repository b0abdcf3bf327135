/**
 * Claimdesk's command line, against the local database (DATABASE_URL, else the embedded cluster under
 * CLAIMDESK_DATA_DIR on CLAIMDESK_PG_PORT, started for the command and stopped after).
 *
 *   cli export --format F --article ID [--status S] [--bom] [--out FILE]
 *   cli export --workspace --format json --out backup.json        the restorable backup
 *   cli export --workspace --format csv|claimreview|markdown|html [--from D] [--to D] [--status S] [--out FILE]
 *   cli import backup.json                                         restore into an EMPTY database
 *   cli import-claimreview file.jsonld [--as EMAIL]                earlier fact-checks of others
 *   cli set-password EMAIL                                         new password (CLAIMDESK_NEW_PASSWORD or stdin)
 *   cli extract FILE|-                                             claim extraction, as JSON
 *
 * Exit codes: 0 done, 1 failed (the reason on stderr), 2 wrong usage.
 */
import { createWriteStream, readFileSync } from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../lib/db/embedded-postgres';
import { AppError } from '../lib/errors';
import { extractClaims } from '../lib/claims';
import type { Actor } from '../lib/auth/permissions';
import { omittedMessage } from '../lib/export/omitted';

const USAGE = `usage: npm run cli -- <command> [options]
  export --format claimreview|csv|json|markdown|html (--article ID | --workspace) [--status approved|reviewed|all|S,S]
         [--verdict L,L] [--type T,T] [--ids ID,ID] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--bom] [--include-confidential] [--out FILE]
         (--workspace --format json without filters writes the restorable backup)
  import BACKUP.json                 restore a workspace backup into an empty database
  import-claimreview FILE [--as EMAIL]   import ClaimReview JSON-LD as earlier fact-checks
  set-password EMAIL                 set a user's password (from CLAIMDESK_NEW_PASSWORD or the first line of stdin),
                                     e.g. after a restore, which leaves every user without a usable password
  extract FILE|-                     extract claims from a text or Markdown file
`;

class UsageError extends Error {}

/** The local command line acts with an admin's rights: whoever runs it holds the database itself. */
const LOCAL: Actor = { id: 'command-line', role: 'admin', name: 'command line', email: 'cli@localhost' };

async function withDatabase<T>(run: () => Promise<T>): Promise<T> {
  let db: EmbeddedDatabase | undefined;
  if (!process.env.DATABASE_URL) {
    const root = path.resolve(__dirname, '..');
    db = await startEmbeddedPostgres({
      dataDir: path.resolve(root, process.env.CLAIMDESK_DATA_DIR ?? 'data'),
      port: Number(process.env.CLAIMDESK_PG_PORT ?? 54329),
    });
    process.env.DATABASE_URL = db.url;
  }
  const { disconnectDb } = await import('../lib/db');
  try {
    return await run();
  } finally {
    await disconnectDb();
    await db?.stop();
  }
}

async function writeOut(chunks: AsyncIterable<string>, out: string | undefined): Promise<number> {
  const sink = out ? createWriteStream(out) : process.stdout;
  let bytes = 0;
  for await (const chunk of chunks) {
    bytes += Buffer.byteLength(chunk);
    if (!sink.write(chunk)) await once(sink, 'drain');
  }
  if (out) {
    sink.end();
    await once(sink, 'finish');
  }
  return bytes;
}

async function exportCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      format: { type: 'string' }, article: { type: 'string' }, workspace: { type: 'boolean' }, status: { type: 'string' },
      verdict: { type: 'string' }, type: { type: 'string' }, ids: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' },
      bom: { type: 'boolean' }, 'include-confidential': { type: 'boolean' }, out: { type: 'string' },
    },
  });
  if (!values.format) throw new UsageError('export needs --format.');
  if (!values.article === !values.workspace) throw new UsageError('export needs either --article ID or --workspace.');
  const filtered = values.status || values.verdict || values.type || values.ids || values.from || values.to;
  await withDatabase(async () => {
    if (values.workspace && values.format === 'json' && !filtered) {
      const { backupFile } = await import('../lib/services/backup');
      const bytes = await writeOut(backupFile().chunks, values.out);
      process.stderr.write(`Wrote the workspace backup (${bytes} bytes)${values.out ? ` to ${values.out}` : ''}.\n`);
      return;
    }
    const { exportClaims } = await import('../lib/services/exports');
    const file = await exportClaims(LOCAL, {
      format: values.format!, articleId: values.article, status: values.status, verdicts: values.verdict, claimTypes: values.type,
      claimIds: values.ids, from: values.from, to: values.to, bom: values.bom, includeConfidential: values['include-confidential'],
    });
    const bytes = await writeOut(file.chunks, values.out);
    process.stderr.write(`Exported ${file.claimCount} claims as ${values.format} (${bytes} bytes)${values.out ? ` to ${values.out}` : ''}.\n`);
    if (file.omittedCount) process.stderr.write(`${omittedMessage(file.omittedCount)}\n`);
  });
}

function readJsonFile(file: string | undefined): unknown {
  if (!file) throw new UsageError('Name the file to import.');
  const text = readFileSync(file, 'utf8');
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new AppError('INVALID', `${file} is not valid JSON: ${(error as Error).message}`);
  }
}

async function importCommand(args: string[]): Promise<void> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const doc = readJsonFile(positionals[0]);
  await withDatabase(async () => {
    const { restoreBackup } = await import('../lib/services/imports');
    const counts = await restoreBackup(doc);
    process.stderr.write(`Restored ${Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(', ')}.\n`);
    process.stderr.write('Backups carry no password hashes: every restored user must be given a new password by an admin.\n');
  });
}

async function importClaimReviewCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { as: { type: 'string' } } });
  if (!positionals[0]) throw new UsageError('Name the ClaimReview file to import.');
  const text = readFileSync(positionals[0], 'utf8');
  await withDatabase(async () => {
    const { prisma } = await import('../lib/db');
    const { importClaimReviews } = await import('../lib/services/imports');
    // Imported rows and the audit event name a real user: --as EMAIL, else the first active admin.
    const user = await prisma.user.findFirst({
      where: values.as ? { email: values.as.toLowerCase(), active: true } : { role: 'admin', active: true },
      orderBy: { createdAt: 'asc' },
    });
    if (!user) throw new AppError('NOT_FOUND', values.as ? `No active user ${values.as}.` : 'No active admin to record the import under; pass --as EMAIL.');
    const result = await importClaimReviews({ id: user.id, role: user.role, name: user.name, email: user.email }, { text });
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    process.stderr.write(`Imported ${result.imported} ClaimReviews (${result.duplicates} duplicates, ${result.invalid.length} invalid).\n`);
  });
}

async function setPasswordCommand(args: string[]): Promise<void> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (!positionals[0]) throw new UsageError('Name the user (email) whose password to set.');
  const password = process.env.CLAIMDESK_NEW_PASSWORD ?? readFileSync(0, 'utf8').split(/\r?\n/)[0];
  await withDatabase(async () => {
    const { setPasswordLocally } = await import('../lib/services/imports');
    const user = await setPasswordLocally({ email: positionals[0], password });
    process.stderr.write(`Set a new password for ${user.name} <${user.email}>.\n`);
  });
}

async function extractCommand(args: string[]): Promise<void> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (!positionals[0]) throw new UsageError('Name the file to extract claims from (or - for standard input).');
  const text = readFileSync(positionals[0] === '-' ? 0 : positionals[0], 'utf8');
  process.stdout.write(`${JSON.stringify(extractClaims(text), null, 2)}\n`);
}

const COMMANDS: Record<string, (args: string[]) => Promise<void>> = {
  export: exportCommand,
  import: importCommand,
  'import-claimreview': importClaimReviewCommand,
  'set-password': setPasswordCommand,
  extract: extractCommand,
};

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  const run = command ? COMMANDS[command] : undefined;
  if (!run || args.includes('--help')) {
    process.stderr.write(USAGE);
    return run || command === '--help' ? 0 : 2;
  }
  try {
    await run(args);
    return 0;
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      process.stderr.write(`${error.message}\n${USAGE}`);
      return 2;
    }
    if (error instanceof AppError) {
      const fields = error.fields ? Object.entries(error.fields).slice(0, 10).map(([k, v]) => `\n  ${k}: ${v.join(' ')}`).join('') : '';
      process.stderr.write(`error (${error.code}): ${error.message}${fields}\n`);
      return 1;
    }
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') {
      process.stderr.write(`error: no such file: ${(error as { path?: string }).path}\n`);
      return 1;
    }
    if (code === 'P2021') {
      process.stderr.write('error: the database has no Claimdesk tables yet; run `npm run db:deploy` first.\n');
      return 1;
    }
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code));
