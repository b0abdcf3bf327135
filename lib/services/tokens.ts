import { createHash, randomBytes } from 'node:crypto';
import { prisma } from '@/lib/db';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse';
import { tokenCreateSchema, tokenRefSchema, type TokenCreateInput, type TokenScope } from '@/lib/validation/token';
import { recordAudit } from './audit';
import { toActor } from './users';
import { forgetCachedTokensAfter, rememberToken, tokenCache, type CachedToken } from './token-cache';

/** Managing tokens is an admin's job, done signed in (see `assertSignedInAdmin`). */
const MANAGE = 'user:manage' as const;
const TOKEN_PREFIX = 'cd_';
const SHOWN_PREFIX_LENGTH = 10;
/** Last use is written at most this often per token, so reads do not turn into writes. */
export const LAST_USED_RESOLUTION_MS = 60_000;

export type TokenDto = {
  id: string;
  name: string;
  prefix: string;
  scope: TokenScope;
  createdAt: string;
  createdBy: string;
  expiresAt: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
  state: 'active' | 'expired' | 'revoked';
};

/** What creating a token returns: the only time the secret itself is seen. */
export type CreatedTokenDto = TokenDto & { token: string };

/** The identity behind a bearer token: its creator, limited by the token's scope. */
export type TokenActor = { actor: Actor; tokenId: string; scope: TokenScope };

type TokenRow = {
  id: string;
  name: string;
  prefix: string;
  scope: string;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  createdBy: { name: string };
};

/** An actor that came from a bearer token carries this mark; one from a session does not. */
type MarkedActor = Actor & { via?: 'token' };

/** Whether this actor authenticated with an API token rather than a signed-in session. */
export function isTokenActor(actor: Actor): boolean {
  return (actor as MarkedActor).via === 'token';
}

/**
 * The rule for what only a signed-in admin may do: mint, list and revoke tokens, manage users,
 * download the backup. A token acts with its creator's rights, but never these: otherwise a leaked
 * token could mint a non-expiring one that outlives it, or carry the whole workspace away.
 */
export function assertSignedInAdmin(actor: Actor, permission: 'user:manage' | 'settings:manage' = MANAGE): void {
  assertCan(actor, permission);
  if (isTokenActor(actor)) {
    throw new AppError('FORBIDDEN', 'API tokens cannot manage tokens or users or download the backup; sign in as an admin to do this.');
  }
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

function toScope(value: string): TokenScope {
  return value === 'write' ? 'write' : 'read';
}

function toTokenDto(row: TokenRow, now = new Date()): TokenDto {
  const state = row.revokedAt ? 'revoked' : row.expiresAt && row.expiresAt <= now ? 'expired' : 'active';
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scope: toScope(row.scope),
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy.name,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    state,
  };
}

const tokenSelect = {
  id: true,
  name: true,
  prefix: true,
  scope: true,
  createdAt: true,
  expiresAt: true,
  revokedAt: true,
  lastUsedAt: true,
  createdBy: { select: { name: true } },
} as const;

/** Creates a token; the secret is returned once and only its SHA-256 hash is stored. */
export async function createToken(actor: Actor, input: TokenCreateInput): Promise<CreatedTokenDto> {
  assertSignedInAdmin(actor);
  const data = parseInput(tokenCreateSchema, input);
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  return prisma.$transaction(async (tx) => {
    const row = await tx.apiToken.create({
      data: {
        name: data.name,
        scope: data.scope,
        expiresAt: data.expiresAt,
        prefix: token.slice(0, SHOWN_PREFIX_LENGTH),
        tokenHash: hashToken(token),
        createdById: actor.id,
      },
      select: tokenSelect,
    });
    const dto = toTokenDto(row);
    await recordAudit(tx, actor, {
      action: 'token.create',
      entityType: 'token',
      entityId: row.id,
      after: { name: dto.name, prefix: dto.prefix, scope: dto.scope, expiresAt: dto.expiresAt },
    });
    return { ...dto, token };
  });
}

/** Every token, newest first: active, expired and revoked alike. */
export async function listTokens(actor: Actor): Promise<TokenDto[]> {
  assertSignedInAdmin(actor);
  const rows = await prisma.apiToken.findMany({ orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], select: tokenSelect, take: 500 });
  const now = new Date();
  return rows.map((r) => toTokenDto(r, now));
}

/** Revokes a token at once; requests with it get 401 from then on. Revoking twice is a conflict. */
export async function revokeToken(actor: Actor, input: { tokenId: string }): Promise<TokenDto> {
  assertSignedInAdmin(actor);
  const { tokenId } = parseInput(tokenRefSchema, input);
  // Forgotten after the commit, so no request in between can cache the token as still usable.
  return forgetCachedTokensAfter(prisma.$transaction(async (tx) => {
    const now = new Date();
    const result = await tx.apiToken.updateMany({ where: { id: tokenId, revokedAt: null }, data: { revokedAt: now } });
    const row = await tx.apiToken.findUnique({ where: { id: tokenId }, select: tokenSelect });
    if (!row) throw new AppError('NOT_FOUND', 'This token does not exist.');
    if (result.count !== 1) throw new AppError('CONFLICT', 'This token was already revoked.');
    const dto = toTokenDto(row, now);
    await recordAudit(tx, actor, { action: 'token.revoke', entityType: 'token', entityId: row.id, before: { name: row.name, prefix: row.prefix }, after: { revokedAt: dto.revokedAt } });
    return dto;
  }));
}

const UNKNOWN = 'This API token is unknown, expired or revoked.';

type TokenLookup = {
  id: string;
  scope: string;
  usable: boolean;
  stale_use: boolean;
  user_id: string;
  role: string;
  name: string;
  email: string;
  active: boolean;
  expires_at: Date | null;
};

/**
 * Resolves a bearer token to the user who created it, or throws UNAUTHENTICATED. The token, its
 * state and its creator are one statement (it runs on every API request); the last use is written
 * at most once a minute, only when the read saw it older than that (and then by one conditional
 * UPDATE, so concurrent requests write once).
 */
export async function authenticateToken(token: string, now = new Date()): Promise<TokenActor> {
  return (await lookupToken(token, now)).resolved;
}

/** authenticateToken, with the token's expiry (for the cache below). */
async function lookupToken(token: string, now: Date): Promise<{ resolved: TokenActor; expiresAt: number | null }> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) throw new AppError('UNAUTHENTICATED', UNKNOWN);
  // timestamp(3) without zone holds UTC; the zone of an ISO string is ignored by the cast.
  const at = now.toISOString();
  const staleBefore = new Date(now.getTime() - LAST_USED_RESOLUTION_MS).toISOString();
  const rows = await prisma.$queryRaw<TokenLookup[]>`
    SELECT t.id, t.scope,
           t."revokedAt" IS NULL AND (t."expiresAt" IS NULL OR t."expiresAt" > ${at}::timestamp(3)) AS usable,
           t."lastUsedAt" IS NULL OR t."lastUsedAt" < ${staleBefore}::timestamp(3) AS stale_use,
           u.id AS user_id, u.role::text AS role, u.name, u.email, u.active, t."expiresAt" AS expires_at
    FROM "ApiToken" t JOIN "User" u ON u.id = t."createdById"
    WHERE t."tokenHash" = ${hashToken(token)}`;
  const row = rows[0];
  if (!row || !row.usable) throw new AppError('UNAUTHENTICATED', UNKNOWN);
  if (!row.active) throw new AppError('UNAUTHENTICATED', 'The user who created this API token is no longer active.');
  if (row.stale_use) {
    await prisma.apiToken.updateMany({
      where: { id: row.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - LAST_USED_RESOLUTION_MS) } }] },
      data: { lastUsedAt: now },
    });
  }
  const marked: MarkedActor = { ...toActor({ id: row.user_id, role: row.role, name: row.name, email: row.email }), via: 'token' };
  return { resolved: { actor: marked, tokenId: row.id, scope: toScope(row.scope) }, expiresAt: row.expires_at ? row.expires_at.getTime() : null };
}

/**
 * How long a resolved token is reused without asking the database again:
 * CLAIMDESK_TOKEN_CACHE_MS (default 5,000 ms; 0 turns the cache off). A token revoked, or a user
 * deactivated or given another role, through this process is forgotten at once; through another
 * app process on the same database, within this time. A token's expiry is checked on every use.
 */
export function tokenCacheMs(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.CLAIMDESK_TOKEN_CACHE_MS ?? 5000);
  return Number.isFinite(value) && value >= 0 ? Math.min(value, 60_000) : 5000;
}

/**
 * authenticateToken for every API request: the token's hash is looked up in a short-lived cache
 * first, so a client sending request after request costs one token statement every few seconds
 * instead of one per request. Concurrent first requests share one lookup. Refusals are not cached
 * (an unknown token goes to the database each time, under the invalid-token rate limit).
 */
export function authenticateTokenCached(token: string, now = Date.now()): Promise<TokenActor> {
  const ttl = tokenCacheMs();
  if (ttl === 0) return authenticateToken(token, new Date(now));
  const key = hashToken(token);
  const hit = tokenCache.get(key);
  if (hit && hit.until > now && (hit.expiresAt === null || hit.expiresAt > now)) return hit.resolved as Promise<TokenActor>;
  if (hit) tokenCache.delete(key);
  const lookup = lookupToken(token, new Date(now));
  const entry: CachedToken<TokenActor> = { resolved: lookup.then((r) => r.resolved), until: now + ttl, expiresAt: null };
  rememberToken(key, entry);
  lookup.then((r) => {
    entry.expiresAt = r.expiresAt;
  }, () => {
    if (tokenCache.get(key) === entry) tokenCache.delete(key);
  });
  return entry.resolved;
}
