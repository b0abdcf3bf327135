/**
 * The authorization matrix: for every page, route handler method and server action of the build,
 * what each kind of caller must get. e2e/authorization.spec.ts reads the build (e2e/authz-inventory.ts)
 * and fails when something exists without a row here, or a row names something that no longer exists.
 *
 * Each row is seven letters, one per caller, in this order:
 *   anonymous · reviewer · editor · admin (signed-in sessions) · read token · write token · revoked token
 * (the tokens are created by an admin and act as that admin, limited by their scope)
 *   A  allowed: the request gets past authorization (a page renders; an API or action answers anything
 *      but 401/403 and never 5xx: the probes send harmless input, so "allowed" is often a 404 or 422)
 *   U  unauthenticated: a page redirects to /signin, the API answers 401, an action UNAUTHENTICATED
 *   F  forbidden: a page redirects to /forbidden, the API answers 403, an action FORBIDDEN
 * Pages and server actions take only the session: a bearer token there is the same as no one (U).
 * Token and user management and the backup need an admin's signed-in session: no token may use them.
 */
export const CALLERS = ['anonymous', 'reviewer', 'editor', 'admin', 'readToken', 'writeToken', 'revokedToken'] as const;
export type Caller = (typeof CALLERS)[number];
export type Outcome = 'A' | 'U' | 'F';

export const PAGES: Record<string, string> = {
  '/': 'U A A A U U U',
  '/signin': 'A A A A A A A',
  '/forbidden': 'U A A A U U U',
  '/queue': 'U A A A U U U',
  '/search': 'U A A A U U U',
  '/articles/new': 'U A A A U U U',
  '/articles/[id]': 'U A A A U U U',
  '/articles/[id]/report': 'U F A A U U U',
  '/articles/[id]/edit': 'U A A A U U U',
  '/articles/[id]/revisions': 'U A A A U U U',
  '/exports': 'U F A A U U U',
  '/imports': 'U F A A U U U',
  '/admin/users': 'U F F A U U U',
  '/settings': 'U F F A U U U',
  '/settings/organisation': 'U F F A U U U',
  '/settings/tokens': 'U F F A U U U',
  '/settings/verdicts': 'U F F A U U U',
};

export const ROUTES: Record<string, string> = {
  'GET /api/auth/[...nextauth]': 'A A A A A A A',
  'POST /api/auth/[...nextauth]': 'A A A A A A A',
  'GET /api/v1/health': 'A A A A A A A',
  'GET /api/v1/openapi.json': 'U A A A A A U',
  'GET /api/v1/verdicts': 'U A A A A A U',
  'GET /api/v1/articles': 'U A A A A A U',
  'GET /api/v1/search': 'U A A A A A U',
  'POST /api/v1/articles': 'U A A A F A U',
  'GET /api/v1/articles/[id]': 'U A A A A A U',
  'DELETE /api/v1/articles/[id]': 'U F A A F A U',
  'PATCH /api/v1/articles/[id]': 'U A A A F A U',
  'POST /api/v1/articles/[id]/refetch': 'U A A A F A U',
  'GET /api/v1/articles/[id]/revisions': 'U A A A A A U',
  'GET /api/v1/articles/[id]/revisions/[number]': 'U A A A A A U',
  'POST /api/v1/articles/[id]/claims/[claimId]/anchor': 'U A A A F A U',
  'GET /api/v1/articles/[id]/versions': 'U A A A A A U',
  'GET /api/v1/articles/[id]/claims': 'U A A A A A U',
  'POST /api/v1/articles/[id]/claims': 'U A A A F A U',
  'GET /api/v1/articles/[id]/claims/[claimId]': 'U A A A A A U',
  'PATCH /api/v1/articles/[id]/claims/[claimId]': 'U A A A F A U',
  'GET /api/v1/articles/[id]/claims/[claimId]/sources': 'U A A A A A U',
  'POST /api/v1/articles/[id]/claims/[claimId]/sources': 'U A A A F A U',
  'PUT /api/v1/articles/[id]/claims/[claimId]/sources/[sourceId]': 'U A A A F A U',
  'DELETE /api/v1/articles/[id]/claims/[claimId]/sources/[sourceId]': 'U A A A F A U',
  'GET /api/v1/articles/[id]/claims/[claimId]/matches': 'U A A A A A U',
  'POST /api/v1/articles/[id]/claims/[claimId]/matches/[matchId]/link': 'U A A A F A U',
  'POST /api/v1/articles/[id]/claims/[claimId]/matches/[matchId]/dismiss': 'U A A A F A U',
  'GET /api/v1/articles/[id]/export': 'U F A A A A U',
  'GET /api/v1/exports': 'U F A A A A U',
  'GET /api/v1/exports/backup': 'U F F A F F U',
  'POST /api/v1/imports/claimreview': 'U F A A F A U',
  'GET /api/v1/tokens': 'U F F A F F U',
  'POST /api/v1/tokens': 'U F F A F F U',
  'DELETE /api/v1/tokens/[tokenId]': 'U F F A F F U',
};

export const ACTIONS: Record<string, string> = {
  'app/articles/new/actions.ts#createArticleAction': 'U A A A U U U',
  'app/articles/new/actions.ts#previewArticleAction': 'U A A A U U U',
  'app/articles/[id]/source-link-actions.ts#sourceMetadataAction': 'U A A A U U U',
  'app/articles/[id]/actions.ts#updateClaimAction': 'U A A A U U U',
  'app/articles/[id]/actions.ts#createClaimAction': 'U A A A U U U',
  'app/articles/[id]/actions.ts#deleteClaimAction': 'U A A A U U U',
  'app/articles/[id]/actions.ts#approveClaimAction': 'U F A A U U U',
  'app/articles/[id]/actions.ts#addSourceAction': 'U A A A U U U',
  'app/articles/[id]/actions.ts#updateSourceAction': 'U A A A U U U',
  'app/articles/[id]/actions.ts#removeSourceAction': 'U A A A U U U',
  'app/articles/[id]/actions.ts#reorderSourcesAction': 'U A A A U U U',
  'app/articles/[id]/actions.ts#splitClaimAction': 'U A A A U U U',
  'app/articles/[id]/actions.ts#mergeClaimsAction': 'U A A A U U U',
  'app/articles/[id]/actions.ts#dismissClaimAction': 'U A A A U U U',
  'app/articles/[id]/actions.ts#restoreClaimAction': 'U A A A U U U',
  'app/articles/[id]/collab-actions.ts#claimCollaborationAction': 'U A A A U U U',
  'app/articles/[id]/collab-actions.ts#changedClaimsAction': 'U A A A U U U',
  'app/articles/[id]/collab-actions.ts#addCommentAction': 'U A A A U U U',
  'app/articles/[id]/collab-actions.ts#startReviewAction': 'U A A A U U U',
  'app/articles/[id]/collab-actions.ts#assignClaimAction': 'U F A A U U U',
  'app/articles/[id]/collab-actions.ts#assignArticleAction': 'U F A A U U U',
  'app/articles/[id]/collab-actions.ts#sendBackAction': 'U F A A U U U',
  'app/articles/[id]/collab-actions.ts#openCorrectionAction': 'U F A A U U U',
  'app/articles/[id]/insights-actions.ts#articleInsightsAction': 'U A A A U U U',
  'app/articles/[id]/match-actions.ts#claimMatchesAction': 'U A A A U U U',
  'app/articles/[id]/match-actions.ts#linkClaimMatchAction': 'U A A A U U U',
  'app/articles/[id]/match-actions.ts#dismissClaimMatchAction': 'U A A A U U U',
  'app/articles/[id]/insights-actions.ts#setClaimThresholdAction': 'U F A A U U U',
  'app/queue/actions.ts#markMentionsReadAction': 'U A A A U U U',
  'app/admin/users/actions.ts#createUserAction': 'U F F A U U U',
  'app/admin/users/actions.ts#updateUserAction': 'U F F A U U U',
  'app/admin/users/actions.ts#resetUserPasswordAction': 'U F F A U U U',
  'app/settings/tokens/actions.ts#createTokenAction': 'U F F A U U U',
  'app/settings/tokens/actions.ts#revokeTokenAction': 'U F F A U U U',
  'app/settings/organisation/actions.ts#updateOrganisationAction': 'U F F A U U U',
  'app/settings/organisation/actions.ts#updateReviewPolicyAction': 'U F F A U U U',
  'app/articles/[id]/actions.ts#setClaimPublicUrlAction': 'U F A A U U U',
  'app/settings/verdicts/actions.ts#createVerdictAction': 'U F F A U U U',
  'app/settings/verdicts/actions.ts#updateVerdictAction': 'U F F A U U U',
  'app/settings/verdicts/actions.ts#reorderVerdictsAction': 'U F F A U U U',
  'app/settings/verdicts/actions.ts#removeVerdictAction': 'U F F A U U U',
  'app/articles/[id]/revision-actions.ts#editArticleAction': 'U A A A U U U',
  'app/articles/[id]/revision-actions.ts#refetchArticleAction': 'U A A A U U U',
  'app/articles/[id]/revision-actions.ts#resolveAnchorAction': 'U A A A U U U',
  'app/articles/[id]/revision-actions.ts#deleteArticleAction': 'U F A A U U U',
};

/** Real ids of the seeded workspace the probes point at. */
export type Fixture = { articleId: string; claimId: string; sourceId: string };

/** Unknown ids: "allowed" probes that would change data aim here and get a 404. */
export const MISSING = 'c0000000000000000000missing';

/**
 * How to call each route: its concrete path and, for writes, a body that is harmless (invalid or
 * aimed at a missing record) so allowed cells change nothing. Paths not listed get their [params]
 * filled from the fixture. Probes must reach the permission check: it comes before validation.
 */
export const ROUTE_PROBES: Record<string, (fx: Fixture) => { path: string; body?: unknown }> = {
  'GET /api/auth/[...nextauth]': () => ({ path: '/api/auth/session' }),
  'POST /api/auth/[...nextauth]': () => ({ path: '/api/auth/_log', body: {} }),
  'POST /api/v1/articles': () => ({ path: '/api/v1/articles', body: {} }),
  'DELETE /api/v1/articles/[id]': () => ({ path: `/api/v1/articles/${MISSING}` }),
  'PATCH /api/v1/articles/[id]': () => ({ path: `/api/v1/articles/${MISSING}`, body: {} }),
  'POST /api/v1/articles/[id]/refetch': () => ({ path: `/api/v1/articles/${MISSING}/refetch`, body: {} }),
  'GET /api/v1/articles/[id]/revisions/[number]': (fx) => ({ path: `/api/v1/articles/${fx.articleId}/revisions/1` }),
  'POST /api/v1/articles/[id]/claims/[claimId]/anchor': (fx) => ({ path: `/api/v1/articles/${fx.articleId}/claims/${MISSING}/anchor`, body: {} }),
  'POST /api/v1/articles/[id]/claims': () => ({ path: `/api/v1/articles/${MISSING}/claims`, body: { start: 0, end: 1 } }),
  'PATCH /api/v1/articles/[id]/claims/[claimId]': (fx) => ({ path: `/api/v1/articles/${fx.articleId}/claims/${fx.claimId}`, body: { version: 'not a number' } }),
  'POST /api/v1/articles/[id]/claims/[claimId]/sources': (fx) => ({ path: `/api/v1/articles/${fx.articleId}/claims/${fx.claimId}/sources`, body: {} }),
  'PUT /api/v1/articles/[id]/claims/[claimId]/sources/[sourceId]': (fx) => ({ path: `/api/v1/articles/${fx.articleId}/claims/${fx.claimId}/sources/${fx.sourceId}`, body: {} }),
  'DELETE /api/v1/articles/[id]/claims/[claimId]/sources/[sourceId]': (fx) => ({ path: `/api/v1/articles/${fx.articleId}/claims/${fx.claimId}/sources/${MISSING}` }),
  'GET /api/v1/articles/[id]/claims/[claimId]/matches': (fx) => ({ path: `/api/v1/articles/${fx.articleId}/claims/${MISSING}/matches` }),
  'POST /api/v1/articles/[id]/claims/[claimId]/matches/[matchId]/link': (fx) => ({ path: `/api/v1/articles/${fx.articleId}/claims/${fx.claimId}/matches/${MISSING}/link`, body: { version: 'not a number' } }),
  'POST /api/v1/articles/[id]/claims/[claimId]/matches/[matchId]/dismiss': (fx) => ({ path: `/api/v1/articles/${fx.articleId}/claims/${fx.claimId}/matches/${MISSING}/dismiss`, body: {} }),
  'GET /api/v1/articles/[id]/export': (fx) => ({ path: `/api/v1/articles/${fx.articleId}/export?format=csv` }),
  'GET /api/v1/exports': () => ({ path: '/api/v1/exports?format=csv' }),
  'GET /api/v1/search': () => ({ path: '/api/v1/search?q=claim' }),
  'POST /api/v1/imports/claimreview': () => ({ path: '/api/v1/imports/claimreview', body: {} }),
  'POST /api/v1/tokens': () => ({ path: '/api/v1/tokens', body: {} }),
  'DELETE /api/v1/tokens/[tokenId]': () => ({ path: `/api/v1/tokens/${MISSING}` }),
};

/**
 * The arguments each server action is called with. Like the route probes they are harmless: a
 * missing id or invalid input, so an allowed caller gets NOT_FOUND/INVALID/CONFLICT and nothing
 * changes. `form` marks actions used with useActionState: (previous state, FormData).
 */
export type ActionProbe = { args: (fx: Fixture) => unknown[] } | { form: Record<string, string> };
const ref = (fx: Fixture) => ({ articleId: fx.articleId, claimId: MISSING });
export const ACTION_PROBES: Record<string, ActionProbe> = {
  'app/articles/new/actions.ts#createArticleAction': { form: { title: '', body: '' } },
  // an empty link: refused by validation before anything is fetched
  'app/articles/new/actions.ts#previewArticleAction': { args: () => [{ url: '' }] },
  'app/articles/[id]/source-link-actions.ts#sourceMetadataAction': { args: () => [{ url: '' }] },
  'app/articles/[id]/actions.ts#updateClaimAction': { args: (fx) => [{ ...ref(fx), version: 1 }] },
  'app/articles/[id]/actions.ts#createClaimAction': { args: (fx) => [{ articleId: fx.articleId }] },
  'app/articles/[id]/actions.ts#deleteClaimAction': { args: (fx) => [ref(fx)] },
  'app/articles/[id]/actions.ts#approveClaimAction': { args: (fx) => [{ ...ref(fx), version: 1 }] },
  'app/articles/[id]/actions.ts#addSourceAction': { args: (fx) => [ref(fx)] },
  'app/articles/[id]/actions.ts#updateSourceAction': { args: (fx) => [{ ...ref(fx), sourceId: MISSING }] },
  'app/articles/[id]/actions.ts#removeSourceAction': { args: (fx) => [{ ...ref(fx), sourceId: MISSING }] },
  'app/articles/[id]/actions.ts#reorderSourcesAction': { args: (fx) => [{ ...ref(fx), sourceIds: [] }] },
  'app/articles/[id]/actions.ts#splitClaimAction': { args: (fx) => [{ ...ref(fx), version: 1 }] },
  'app/articles/[id]/actions.ts#mergeClaimsAction': { args: (fx) => [{ ...ref(fx), version: 1 }] },
  'app/articles/[id]/actions.ts#dismissClaimAction': { args: (fx) => [{ ...ref(fx), version: 1 }] },
  'app/articles/[id]/actions.ts#restoreClaimAction': { args: (fx) => [{ ...ref(fx), version: 1 }] },
  'app/articles/[id]/collab-actions.ts#claimCollaborationAction': { args: (fx) => [ref(fx)] },
  'app/articles/[id]/collab-actions.ts#changedClaimsAction': { args: (fx) => [{ articleId: fx.articleId }] },
  'app/articles/[id]/collab-actions.ts#addCommentAction': { args: (fx) => [{ ...ref(fx), body: '' }] },
  'app/articles/[id]/collab-actions.ts#startReviewAction': { args: (fx) => [{ ...ref(fx), version: 1 }] },
  'app/articles/[id]/collab-actions.ts#assignClaimAction': { args: (fx) => [{ ...ref(fx), version: 1 }] },
  'app/articles/[id]/collab-actions.ts#assignArticleAction': { args: () => [{ articleId: MISSING }] },
  'app/articles/[id]/collab-actions.ts#sendBackAction': { args: (fx) => [{ ...ref(fx), version: 1, comment: '' }] },
  'app/articles/[id]/collab-actions.ts#openCorrectionAction': { args: (fx) => [{ ...ref(fx), version: 1, note: '' }] },
  'app/articles/[id]/match-actions.ts#claimMatchesAction': { args: (fx) => [{ articleId: fx.articleId, claimId: MISSING }] },
  'app/articles/[id]/match-actions.ts#linkClaimMatchAction': { args: (fx) => [{ ...ref(fx), matchId: MISSING, version: 1 }] },
  'app/articles/[id]/match-actions.ts#dismissClaimMatchAction': { args: (fx) => [{ ...ref(fx), matchId: MISSING }] },
  'app/articles/[id]/insights-actions.ts#articleInsightsAction': { args: () => [{ articleId: MISSING }] },
  'app/articles/[id]/insights-actions.ts#setClaimThresholdAction': { args: () => [{ threshold: 'not a number' }] },
  'app/queue/actions.ts#markMentionsReadAction': { args: () => [{ ids: [MISSING] }] },
  'app/admin/users/actions.ts#createUserAction': { form: { email: '', name: '', role: 'reviewer', password: '' } },
  'app/admin/users/actions.ts#updateUserAction': { args: () => [{ userId: MISSING }] },
  'app/admin/users/actions.ts#resetUserPasswordAction': { args: () => [{ userId: MISSING, password: 'a harmless probe password' }] },
  'app/settings/tokens/actions.ts#createTokenAction': { form: { name: '', scope: 'read' } },
  'app/settings/tokens/actions.ts#revokeTokenAction': { args: () => [MISSING] },
  'app/settings/organisation/actions.ts#updateOrganisationAction': { form: { orgName: '', orgUrl: 'not a url' } },
  'app/settings/organisation/actions.ts#updateReviewPolicyAction': { form: { minSourcesForApproval: 'many' } },
  'app/articles/[id]/actions.ts#setClaimPublicUrlAction': { args: (fx) => [{ ...ref(fx), version: 1, publicUrl: 'not a url' }] },
  'app/settings/verdicts/actions.ts#createVerdictAction': { args: () => [{ label: '' }] },
  'app/settings/verdicts/actions.ts#updateVerdictAction': { args: () => [{ verdictId: MISSING }] },
  'app/settings/verdicts/actions.ts#reorderVerdictsAction': { args: () => [{ verdictIds: [] }] },
  'app/settings/verdicts/actions.ts#removeVerdictAction': { args: () => [{ verdictId: MISSING }] },
  'app/articles/[id]/revision-actions.ts#editArticleAction': { args: () => [{ articleId: MISSING }] },
  'app/articles/[id]/revision-actions.ts#refetchArticleAction': { args: () => [{ articleId: MISSING }] },
  'app/articles/[id]/revision-actions.ts#resolveAnchorAction': { args: (fx) => [{ ...ref(fx), version: 1 }] },
  'app/articles/[id]/revision-actions.ts#deleteArticleAction': { args: () => [{ articleId: MISSING }] },
};

/** The seven outcomes of a row, by caller. */
export function expectations(row: string): Record<Caller, Outcome> {
  const letters = row.trim().split(/\s+/);
  if (letters.length !== CALLERS.length || letters.some((l) => !['A', 'U', 'F'].includes(l))) throw new Error(`Bad matrix row "${row}"`);
  return Object.fromEntries(CALLERS.map((c, i) => [c, letters[i] as Outcome])) as Record<Caller, Outcome>;
}
