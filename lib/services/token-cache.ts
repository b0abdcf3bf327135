/**
 * The process's cache of resolved API tokens, keyed by the token's SHA-256 hash (authenticateTokenCached
 * in tokens.ts fills it). Its own module so that whatever changes what a token may do (revoking it,
 * deactivating its user, a new role) can forget the cache without importing tokens.ts.
 */
export type CachedToken<T> = { resolved: Promise<T>; until: number; expiresAt: number | null };

/** At most this many tokens are remembered (the oldest entry goes first). */
const TOKEN_CACHE_SIZE = 1000;

/**
 * One map per process, kept on globalThis: Next.js bundles route handlers and server actions
 * separately, each with its own copy of this module, and a token revoked from the settings page
 * (a server action) must be forgotten by the API's route handlers at once.
 */
const shared = globalThis as typeof globalThis & { claimdeskTokenCache?: Map<string, CachedToken<unknown>> };
export const tokenCache: Map<string, CachedToken<unknown>> = (shared.claimdeskTokenCache ??= new Map());

export function rememberToken<T>(key: string, entry: CachedToken<T>): void {
  if (tokenCache.size >= TOKEN_CACHE_SIZE) tokenCache.delete(tokenCache.keys().next().value as string);
  tokenCache.set(key, entry);
}

/** Forgets every cached token: the next request of every client resolves its token again. */
export function forgetCachedTokens(): void {
  tokenCache.clear();
}

/** Forgets every cached token once `work` (a committed change) is done, whether it succeeded or not. */
export async function forgetCachedTokensAfter<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } finally {
    forgetCachedTokens();
  }
}
