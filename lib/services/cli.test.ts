import { beforeEach, describe, expect, it } from 'vitest';
import { versionOf } from '../test/evidence';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { createArticle, getArticle } from './articles';
import { approveClaim, updateClaim } from './claims';
import { addSource } from './sources';
import { makeUser, resetData, SAMPLE_BODY, verdictId } from '../test/factories';
import { freshDatabase } from '../test/fresh-database';
import { disconnectDb, prisma } from '../db';
import { verifyPassword } from '../auth/password';

beforeEach(resetData);

const root = path.resolve(__dirname, '..', '..');
const dir = mkdtempSync(path.join(tmpdir(), 'claimdesk-cli-'));

/** Runs `npm run cli -- …` (tsx scripts/cli.ts) against a database, as a user would. */
function cli(args: string[], databaseUrl = process.env.DATABASE_URL!) {
  const result = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['scripts/cli.ts', ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function withDatabaseUrl(url: string, run: () => Promise<void>) {
  const original = process.env.DATABASE_URL;
  await disconnectDb();
  process.env.DATABASE_URL = url;
  try {
    await run();
  } finally {
    await disconnectDb();
    process.env.DATABASE_URL = original;
  }
}

describe('npm run cli', () => {
  it('exports an article as CSV, backs up the workspace, restores it into an empty database and imports ClaimReview', async () => {
    const reviewer = await makeUser('reviewer', 'Rita Reviewer');
    const editor = await makeUser('editor', 'Eddie Editor');
    await makeUser('admin', 'Ada Admin');
    const { id: articleId } = await createArticle(reviewer, { title: 'Budget', body: SAMPLE_BODY });
    const [first] = (await getArticle(reviewer, articleId)).claims;
    await addSource(reviewer, { articleId, claimId: first.id, url: 'https://secret.example/tip', title: 'Tip', stance: 'supports', confidential: true });
    const reviewed = await updateClaim(reviewer, { articleId, claimId: first.id, version: await versionOf(first.id), verdictId: await verdictId('False'), rationale: 'Minutes.' });
    await approveClaim(editor, { articleId, claimId: first.id, version: reviewed.version });

    const csvFile = path.join(dir, 'article.csv');
    const exported = cli(['export', '--format', 'csv', '--article', articleId, '--out', csvFile]);
    expect(exported.stderr).toContain('Exported 1 claims as csv');
    expect(exported.code).toBe(0);
    const rows = parse(readFileSync(csvFile, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r['Claim ID'], r['Verdict']])).toEqual([[first.id, 'False']]);
    expect(readFileSync(csvFile, 'utf8')).not.toContain('secret.example');

    const backup = path.join(dir, 'backup.json');
    expect(cli(['export', '--workspace', '--format', 'json', '--out', backup]).code).toBe(0);
    const doc = JSON.parse(readFileSync(backup, 'utf8'));
    expect(doc.format).toBe('claimdesk.backup');
    expect(doc.sources[0].url).toBe('https://secret.example/tip');

    const empty = await freshDatabase('claimdesk_test_cli');
    const restored = cli(['import', backup], empty);
    expect(restored.stderr).toContain('Restored 1 settings');
    expect(restored.stderr).toContain('must be given a new password');
    expect(restored.code).toBe(0);
    const again = cli(['import', backup], empty);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('error (CONFLICT): A backup restores only into an empty database');
    const roundTrip = path.join(dir, 'roundtrip.json');
    expect(cli(['export', '--workspace', '--format', 'json', '--out', roundTrip], empty).code).toBe(0);
    const after = JSON.parse(readFileSync(roundTrip, 'utf8'));
    expect(after.claims).toEqual(doc.claims);
    expect(after.users).toEqual(doc.users);
    // Restored users have no usable password; set-password gives the admin one.
    const signIn = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['scripts/cli.ts', 'set-password', 'ada.admin@test.local'], {
      cwd: root, env: { ...process.env, DATABASE_URL: empty }, input: 'a new long password\n', encoding: 'utf8',
    });
    expect(signIn.stderr).toContain('Set a new password for Ada Admin');
    expect(signIn.status).toBe(0);
    await withDatabaseUrl(empty, async () => {
      const admin = await prisma.user.findUniqueOrThrow({ where: { email: 'ada.admin@test.local' } });
      expect(await verifyPassword(admin.passwordHash, 'a new long password')).toBe(true);
    });

    const jsonld = path.join(dir, 'checks.jsonld');
    writeFileSync(jsonld, JSON.stringify({ '@context': 'https://schema.org', '@type': 'ClaimReview', url: 'https://other.example/1', claimReviewed: 'Bridge cost doubled', author: { '@type': 'Organization', name: 'Other Check' }, reviewRating: { '@type': 'Rating', alternateName: 'False' } }));
    const imported = cli(['import-claimreview', jsonld]);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ imported: 1, duplicates: 0, organisations: ['Other Check'] });
  }, 120_000);

  it('fails with clear errors and exit codes', () => {
    const bad = cli(['export', '--format', 'pdf', '--workspace']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('error (INVALID)');
    expect(cli(['import', path.join(dir, 'missing.json')])).toMatchObject({ code: 1, stderr: expect.stringContaining('no such file') });
    expect(cli(['frobnicate']).code).toBe(2);
    expect(cli(['export', '--format', 'csv']).code).toBe(2);
  }, 60_000);

  it('extracts claims from a file', () => {
    const file = path.join(dir, 'article.md');
    writeFileSync(file, SAMPLE_BODY);
    const result = cli(['extract', file]);
    expect(result.code).toBe(0);
    const units = JSON.parse(result.stdout) as { text: string }[];
    expect(units.some((u) => u.text.includes('$4.2 million'))).toBe(true);
  }, 60_000);
});
