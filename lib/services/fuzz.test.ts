/**
 * Service-level fuzz: the input-taking service functions behind every server action and API write,
 * called as an admin with generated hostile input. Each call must either succeed or throw an
 * AppError with a 4xx code (never a raw database or type error), and a refused call must leave
 * every table of the database unchanged. Seeded: FUZZ_SEED=<n> replays a run.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '../db';
import { AppError, clientDatabaseError, HTTP_STATUS } from '../errors';
import type { Actor } from '../auth/permissions';
import { makeUser, resetData, SAMPLE_BODY, verdictId } from '../test/factories';
import { createArticle, getArticle } from './articles';
import { approveClaim, createClaim, deleteClaim, updateClaim } from './claims';
import { addSource, removeSource, reorderSources, updateSource } from './sources';
import { dismissClaim, mergeClaims, restoreClaim, splitClaim } from './claim-edits';
import { addComment } from './comments';
import { assignArticle, assignClaim, markMentionsRead } from './assignments';
import { openCorrection, sendBack, startReview } from './review-workflow';
import { setClaimThreshold } from './candidates';
import { createVerdict, removeVerdict, reorderVerdicts, updateVerdict } from './verdict-scale';
import { updateOrganisation } from './settings';
import { createToken, revokeToken } from './tokens';
import { createUser, updateUser } from './users';
import { changedClaims } from './claim-versions';
import { listArticlePage } from './article-list';
import { search } from './search';
import { listClaims } from './claim-list';
import { exportClaims } from './exports';
import { importClaimReviews } from './imports';
import { editArticle, resolveAnchor } from './article-revisions';
import { seededRandom } from '@/lib/random';

const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000_007);
const CASES = Number(process.env.FUZZ_SERVICE_CASES ?? 1500);

function prng(seed: number) {
  const next = seededRandom(seed);
  return { int: (n: number) => Math.floor(next() * n), pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)], chance: (p: number) => next() < p };
}

let nested: unknown = 'x';
for (let i = 0; i < 100; i++) nested = { a: nested };
/** Refused wherever they are. */
const POISON: unknown[] = ['a\u0000b', '\u0000', 'x\uD800', '\uDC00y', 'ok\u0000</script>', nested, ['\uD800']];
/** Refused in the field named. */
const FIELD_POISON: Record<string, unknown[]> = {
  version: [2 ** 31, 2 ** 32, 2 ** 53, 1e300, -1, 0, null, '', true, '1e3'],
  otherVersion: [2 ** 32, null],
  publishedAt: ['0000-01-01', '2025-02-30', '10000-01-01'],
  accessedAt: ['0000-01-01', '0999-12-31'],
  expiresAt: ['0000-01-01', '0000-01-01T00:00:00Z'],
  threshold: [null, '', ' ', 'abc', 2, -1, true],
  password: [' '.repeat(10), '  short   ', ' '.repeat(199)],
  at: [2 ** 40, -5, null],
  start: [2 ** 40, null],
  end: [2 ** 40, null],
  from: ['0000-01-01'],
  to: ['0000-01-01'],
  cursor: [Buffer.from('["0000-01-01T00:00:00.000Z","x"]').toString('base64url'), Buffer.from('["not a date","x"]').toString('base64url'), Buffer.from('[1e300,1,"x"]').toString('base64url')],
};
const WEIRD: unknown[] = [null, '', '</script>', 0, -1, 2 ** 53, true, [], {}, 'x'.repeat(50_000), '👩🏽‍🔬', undefined];

/** Row counts of every table in the database, found from the catalogue (a new table is counted too). */
async function tableCounts(): Promise<Record<string, number>> {
  const tables = await prisma.$queryRawUnsafe<{ name: string }[]>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await prisma.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${name.replaceAll('"', '""')}"`);
    counts[name] = Number(row.n);
  }
  return counts;
}

/** Everything that a write may change, for tables whose rows can change without a new row. */
async function settingsState(): Promise<string> {
  return JSON.stringify([await prisma.setting.findMany(), await prisma.claim.findMany({ orderBy: { id: 'asc' }, select: { id: true, version: true, status: true } })]);
}

type Target = { name: string; call: (actor: Actor, input: Record<string, unknown>) => Promise<unknown>; fields: string[] };

describe('service fuzz', () => {
  let admin: Actor;
  let ids: Record<string, unknown>;
  const targets: Target[] = [
    { name: 'createArticle', call: (a, i) => createArticle(a, i as never), fields: ['title', 'outlet', 'url', 'author', 'publishedAt', 'body', 'format'] },
    { name: 'updateClaim', call: (a, i) => updateClaim(a, i as never), fields: ['articleId', 'claimId', 'version', 'claimText', 'claimType', 'speaker', 'verdictId', 'rationale', 'status'] },
    { name: 'approveClaim', call: (a, i) => approveClaim(a, i as never), fields: ['articleId', 'claimId', 'version'] },
    { name: 'createClaim', call: (a, i) => createClaim(a, i as never), fields: ['articleId', 'start', 'end'] },
    { name: 'deleteClaim', call: (a, i) => deleteClaim(a, i as never), fields: ['articleId', 'claimId', 'version'] },
    { name: 'addSource', call: (a, i) => addSource(a, i as never), fields: ['articleId', 'claimId', 'url', 'title', 'publisher', 'publishedAt', 'accessedAt', 'excerpt', 'stance', 'kind', 'archiveUrl', 'confidential'] },
    { name: 'updateSource', call: (a, i) => updateSource(a, i as never), fields: ['articleId', 'claimId', 'sourceId', 'url', 'title', 'publishedAt', 'accessedAt', 'excerpt'] },
    { name: 'removeSource', call: (a, i) => removeSource(a, i as never), fields: ['articleId', 'claimId', 'sourceId'] },
    { name: 'reorderSources', call: (a, i) => reorderSources(a, i as never), fields: ['articleId', 'claimId', 'order'] },
    { name: 'splitClaim', call: (a, i) => splitClaim(a, i as never), fields: ['articleId', 'claimId', 'version', 'at'] },
    { name: 'mergeClaims', call: (a, i) => mergeClaims(a, i as never), fields: ['articleId', 'claimId', 'version', 'otherId', 'otherVersion'] },
    { name: 'dismissClaim', call: (a, i) => dismissClaim(a, i as never), fields: ['articleId', 'claimId', 'version'] },
    { name: 'restoreClaim', call: (a, i) => restoreClaim(a, i as never), fields: ['articleId', 'claimId', 'version'] },
    { name: 'addComment', call: (a, i) => addComment(a, i as never), fields: ['articleId', 'claimId', 'parentId', 'body'] },
    { name: 'assignClaim', call: (a, i) => assignClaim(a, i as never), fields: ['articleId', 'claimId', 'assigneeId'] },
    { name: 'assignArticle', call: (a, i) => assignArticle(a, i as never), fields: ['articleId', 'assigneeId'] },
    { name: 'markMentionsRead', call: (a, i) => markMentionsRead(a, i as never), fields: ['mentionIds'] },
    { name: 'startReview', call: (a, i) => startReview(a, i as never), fields: ['articleId', 'claimId', 'version'] },
    { name: 'sendBack', call: (a, i) => sendBack(a, i as never), fields: ['articleId', 'claimId', 'version', 'comment'] },
    { name: 'openCorrection', call: (a, i) => openCorrection(a, i as never), fields: ['articleId', 'claimId', 'version', 'note'] },
    { name: 'setClaimThreshold', call: (a, i) => setClaimThreshold(a, i as never), fields: ['threshold'] },
    { name: 'createVerdict', call: (a, i) => createVerdict(a, i as never), fields: ['label', 'colour', 'ratingValue', 'description'] },
    { name: 'updateVerdict', call: (a, i) => updateVerdict(a, i as never), fields: ['verdictId', 'label', 'colour', 'ratingValue', 'description'] },
    { name: 'removeVerdict', call: (a, i) => removeVerdict(a, i as never), fields: ['verdictId'] },
    { name: 'reorderVerdicts', call: (a, i) => reorderVerdicts(a, i as never), fields: ['order'] },
    { name: 'updateOrganisation', call: (a, i) => updateOrganisation(a, i as never), fields: ['orgName', 'orgUrl'] },
    { name: 'createToken', call: (a, i) => createToken(a, i as never), fields: ['name', 'scope', 'expiresAt'] },
    { name: 'revokeToken', call: (a, i) => revokeToken(a, i as never), fields: ['tokenId'] },
    { name: 'createUser', call: (a, i) => createUser(a, i as never), fields: ['email', 'name', 'role', 'password'] },
    { name: 'updateUser', call: (a, i) => updateUser(a, i as never), fields: ['userId', 'role', 'active'] },
    { name: 'changedClaims', call: (a, i) => changedClaims(a, i as never), fields: ['articleId', 'claimIds'] },
    { name: 'listArticlePage', call: (a, i) => listArticlePage(a, i as never), fields: ['limit', 'cursor', 'sort', 'status', 'verdict', 'assignee', 'addedBy', 'outlet', 'from', 'to'] },
    { name: 'search', call: (a, i) => search(a, { q: 'claim', ...i }), fields: ['q', 'kind', 'verdict', 'status', 'from', 'to', 'speaker', 'outlet', 'reviewer', 'limit', 'cursor'] },
    { name: 'listClaims', call: (a, i) => listClaims(a, String(i.articleId), i as never), fields: ['articleId', 'limit', 'cursor', 'status', 'verdict', 'minCheckworthiness'] },
    { name: 'editArticle', call: (a, i) => editArticle(a, i as never), fields: ['articleId', 'version', 'title', 'body', 'outlet', 'url', 'author', 'publishedAt', 'format', 'source'] },
    { name: 'resolveAnchor', call: (a, i) => resolveAnchor(a, i as never), fields: ['articleId', 'claimId', 'version', 'start', 'end'] },
    { name: 'exportClaims', call: (a, i) => exportClaims(a, i as never), fields: ['format', 'articleId', 'status', 'from', 'to', 'verdicts', 'claimIds'] },
    { name: 'importClaimReviews', call: (a, i) => importClaimReviews(a, { text: JSON.stringify({ '@type': 'ClaimReview', claimReviewed: i.claimReviewed, url: 'https://c.example/1', reviewRating: { ratingValue: 1, alternateName: i.rating } }) }), fields: ['claimReviewed', 'rating'] },
  ];

  beforeAll(async () => {
    await resetData();
    admin = await makeUser('admin', 'Ada Admin');
    const editor = await makeUser('editor', 'Eddie Editor');
    const { id: articleId } = await createArticle(admin, { title: 'Budget', body: SAMPLE_BODY });
    const { source } = await addSource(admin, { articleId, claimId: (await getArticle(admin, articleId)).claims[0].id, url: 'https://council.example/minutes', title: 'Minutes' });
    // Read after the source: adding it raised the claim's version.
    const [claim, other] = (await getArticle(admin, articleId)).claims;
    const token = await createToken(admin, { name: 'fuzz', scope: 'read' });
    ids = {
      articleId, claimId: claim.id, version: claim.version, otherId: other?.id ?? claim.id, otherVersion: other?.version ?? 1, sourceId: source.id,
      verdictId: await verdictId('Mostly true'), tokenId: token.id, userId: editor.id, assigneeId: editor.id, format: 'csv', title: 'Fine', body: SAMPLE_BODY,
      url: 'https://x.example', label: 'New', colour: '#112233', orgName: 'Desk', orgUrl: 'https://desk.example', name: 'Name', scope: 'read', email: 'new@test.local', role: 'reviewer',
      claimReviewed: 'The sky is green.', rating: 'False',
    };
  });

  it(`refuses ${CASES} hostile inputs with a 4xx AppError and stores nothing`, { timeout: 240_000 }, async () => {
    const rng = prng(SEED);
    const failures: string[] = [];
    const before = await tableCounts();
    const beforeState = await settingsState();
    for (let i = 0; i < CASES; i++) {
      const target = targets[i % targets.length];
      const input: Record<string, unknown> = {};
      for (const field of target.fields) if (field in ids && rng.chance(0.8)) input[field] = ids[field];
      for (const field of target.fields) if (rng.chance(0.15)) input[field] = rng.pick(WEIRD);
      const poisoned = rng.pick(target.fields);
      // The import reads a file: a non-text value there is an invalid review it reports, not a refusal.
      const pool = target.name === 'importClaimReviews' ? POISON.filter((v) => typeof v === 'string') : POISON;
      input[poisoned] = FIELD_POISON[poisoned] && rng.chance(0.5) ? rng.pick(FIELD_POISON[poisoned]) : rng.pick(pool);
      const outcome = await target.call(admin, input).then(
        () => 'accepted',
        (error: unknown) => (error instanceof AppError && HTTP_STATUS[error.code] < 500 ? null : `threw ${error instanceof Error ? `${error.name}: ${error.message.slice(0, 200)}` : String(error)}`),
      );
      if (outcome && failures.length < 30) failures.push(`${target.name}(${JSON.stringify(input).slice(0, 200)}) ${outcome}`);
    }
    // Reads may answer hostile input with an empty result; writes with a poisoned field must not store.
    const readOnly = new Set(['listArticlePage', 'search', 'listClaims', 'exportClaims', 'changedClaims']);
    const accepted = failures.filter((f) => f.endsWith(' accepted'));
    expect(
      failures.filter((f) => !f.endsWith(' accepted') || !readOnly.has(f.slice(0, f.indexOf('(')))),
      `service fuzz seed ${SEED} (replay with FUZZ_SEED=${SEED}); ${accepted.length} accepted`,
    ).toEqual([]);
    expect(await tableCounts(), `rows changed; seed ${SEED}`).toEqual(before);
    expect(await settingsState(), `settings or claims changed; seed ${SEED}`).toBe(beforeState);
  });

  it('maps what PostgreSQL itself refuses (the safety net behind the schemas) to a 4xx', async () => {
    const refusals = [
      () => prisma.article.findUnique({ where: { id: 'a\u0000b' } }),
      () => prisma.setting.update({ where: { id: 1 }, data: { orgName: 'x\u0000' } }),
      () => prisma.claim.findFirst({ where: { version: 2 ** 40 } }),
      () => prisma.article.findFirst({ where: { createdAt: new Date('0000-01-01T00:00:00Z') } }),
      () => prisma.claim.update({ where: { id: 'gone' }, data: { version: 2 } }),
    ];
    for (const refusal of refusals) {
      const error = await refusal().then(() => null, (e: unknown) => e);
      expect(error, String(refusal)).not.toBeNull();
      const mapped = clientDatabaseError(error);
      expect(mapped, `${String(refusal)} → ${String(error)}`).toBeInstanceOf(AppError);
      expect(HTTP_STATUS[mapped!.code]).toBeLessThan(500);
    }
  });
});
