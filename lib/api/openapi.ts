/**
 * The OpenAPI 3.1 description of /api/v1, served at /api/v1/openapi.json. e2e/openapi.spec.ts calls
 * every operation listed here against the running app and checks the status codes and body shapes,
 * so a route that changes without this file fails the tests. Adding a route under app/api/v1? Add its
 * entry to `paths` below: lib/api/openapi.test.ts fails until every route handler is listed here.
 */
import { CLAIM_STATUS_VALUES, CLAIM_TYPE_VALUES } from '@/lib/validation/claim';
import { MAX_PAGE_SIZE, articleListQuerySchema } from '@/lib/validation/api-query';
import { SEARCH_KINDS, searchQuerySchema } from '@/lib/validation/search-query';
import { zodQueryParams } from './zod-params';

type Schema = Record<string, unknown>;
type Operation = Record<string, unknown>;
type PathItem = Record<string, Operation | Operation[]>;

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const nullable = (type: string, extra: Schema = {}): Schema => ({ type: [type, 'null'], ...extra });
const json = (schema: Schema, description: string) => ({ description, content: { 'application/json': { schema } } });
const dataOf = (schema: Schema): Schema => ({ type: 'object', required: ['data'], properties: { data: schema } });
const pageOf = (item: string): Schema => ({
  type: 'object',
  required: ['data', 'nextCursor'],
  properties: { data: { type: 'array', items: ref(item) }, nextCursor: nullable('string', { description: 'Pass as `cursor` for the next page; null on the last page.' }) },
});

const ERROR_TEXT: Record<number, string> = {
  400: 'Malformed request: the body is not a JSON object, or a query parameter or cursor is invalid (`fields` names them).',
  401: 'No session and no token, or the bearer token is unknown, expired or revoked.',
  403:
    'The role may not do this; a read-only token tried to write; a token called an operation that needs an admin signed in (tokens, backup); ' +
    'or a write with the session cookie came from another origin (`Origin` not the app’s, or no `Origin` and `Sec-Fetch-Site` not `same-origin`) or its body is not JSON (`application/json` or `+json`).',
  404: 'Not found (or not inside the named parent).',
  409: 'Conflict: the claim changed since `version` was read (`details.current` holds the newer claim), or the change was already made.',
  413: 'The request body is too large.',
  422: 'Invalid input: `fields` maps each input to its messages.',
  429: 'Rate limit reached: wait `Retry-After` seconds.',
  502: 'The page at `url` could not be fetched or holds no article (`FETCH_FAILED`): unreachable, refused address (private or local network), larger than 5 MB, slower than 15 s, not HTML or text, or no article text found. The message says which.',
};
const errors = (...codes: number[]) => Object.fromEntries(codes.map((c) => [String(c), { $ref: `#/components/responses/E${c}` }]));
/** Errors every authenticated operation can return. */
const AUTH_ERRORS = [401, 429];

const pathParam = (name: string, description: string) => ({ name, in: 'path', required: true, description, schema: { type: 'string' } });
const query = (name: string, description: string, schema: Schema, example?: string) => ({ name, in: 'query', required: false, description, schema, ...(example ? { example } : {}) });
const ARTICLE_ID = pathParam('id', 'Article id.');
const CLAIM_ID = pathParam('claimId', 'Claim id (of that article).');
const SOURCE_ID = pathParam('sourceId', 'Source id (of that claim).');
const MATCH_ID = pathParam('matchId', 'Suggestion id (of that claim), from `GET …/matches`.');
const PAGE_PARAMS = [
  query('limit', `Page size, 1–${MAX_PAGE_SIZE} (default 20).`, { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: 20 }, '2'),
  query('cursor', 'The `nextCursor` of the previous page.', { type: 'string' }),
];

const body = (schema: Schema, example: unknown) => ({ required: true, content: { 'application/json': { schema, example } } });

const SOURCE_EXAMPLE = {
  url: 'https://stats.example.org/2025/unemployment',
  title: 'Labour market statistics, May',
  publisher: 'Statistics Office',
  publishedAt: '2025-06-03',
  stance: 'supports',
  excerpt: 'The unemployment rate was 3.9%.',
  confidential: false,
};

const FORMAT_PARAM = query('format', 'File format.', { type: 'string', enum: ['claimreview', 'csv', 'json', 'markdown', 'html'] }, 'json');
const STATUS_PARAM = query('status', '`approved` claims only (default), `reviewed` (waiting for or past second review), `all`, or comma-separated statuses.', { type: 'string', default: 'approved' });
const BOM_PARAM = query('bom', '`1` starts a CSV with a byte-order mark (for Excel).', { type: 'string', enum: ['1'] });
const FILE_RESPONSE = {
  description: 'The file, as an attachment; `X-Claim-Count` gives the number of claims.',
  headers: {
    'X-Claim-Count': { description: 'The number of claims in the file.', required: true, schema: { type: 'integer', minimum: 0 } },
    'X-Omitted-Count': {
      description: 'ClaimReview (`format=claimreview`) only: claims left out because they have no public fact-check URL (neither their own nor the organisation’s pattern).',
      schema: { type: 'integer', minimum: 0 },
    },
  },
  content: {
    'application/ld+json': { schema: { type: 'object' } },
    'text/csv': { schema: { type: 'string' } },
    'application/json': { schema: { type: 'object' } },
    'text/markdown': { schema: { type: 'string' } },
    'text/html': { schema: { type: 'string' } },
  },
};

/** Tokens and the backup: never through a token (`assertSignedInAdmin` in lib/services/tokens.ts). */
const SESSION_ONLY =
  "Needs an admin's signed-in session (the app's session cookie, sent from the app's own origin): any API token, whatever its scope, gets 403, so a leaked token can neither mint a successor nor carry the workspace away.";

const CLAIM_VERSION_HEADER = { 'X-Claim-Version': { description: "The claim's version after the change (a source change bumps it): send it with the claim's next PATCH.", required: true, schema: { type: 'integer' } } };

const paths: Record<string, PathItem> = {
  '/api/v1/health': {
    get: {
      operationId: 'getHealth',
      summary: 'Is the service and its database up? The one public route: no token or session needed.',
      tags: ['meta'],
      security: [],
      responses: { '200': json(ref('Health'), 'Up.'), '503': json(ref('Health'), 'The database does not answer.') },
    },
  },
  '/api/v1/openapi.json': {
    get: {
      operationId: 'getOpenApi',
      summary: 'This document.',
      tags: ['meta'],
      responses: { '200': json({ type: 'object', required: ['openapi', 'info', 'paths'] }, 'The OpenAPI 3.1 document.'), ...errors(...AUTH_ERRORS) },
    },
  },
  '/api/v1/articles': {
    get: {
      operationId: 'listArticles',
      summary: 'A page of the article list (keyset pagination), sorted and filtered, each article with its review progress.',
      tags: ['articles'],
      parameters: zodQueryParams(articleListQuerySchema, {
        limit: [`Page size, 1–${MAX_PAGE_SIZE} (default 20).`, '2'],
        cursor: ['The `nextCursor` of the previous page (with the same sort and filters).'],
        sort: ['`newest` (added, default), `oldest`, or `title` (A–Z).', 'newest'],
        status: [`Articles with at least one claim in one of these statuses, comma-separated: ${CLAIM_STATUS_VALUES.join(', ')}.`],
        verdict: ['Articles with at least one claim with this verdict id; `none`: a claim without a verdict.'],
        assignee: ['Articles with at least one claim assigned to this user id, `me`, or `none` (unassigned).'],
        addedBy: ['Articles added by this user id, or `me`.'],
        outlet: ['The outlet contains this text (case-insensitive).'],
        from: ['Added on or after this day (YYYY-MM-DD, UTC).'],
        to: ['Added on or before this day (YYYY-MM-DD, UTC).'],
      }),
      responses: { '200': json(pageOf('ArticleSummary'), 'A page of articles.'), ...errors(400, ...AUTH_ERRORS) },
    },
    post: {
      operationId: 'createArticle',
      summary: 'Adds an article from its text, or from its link, and extracts its claims.',
      description:
        'Send `title` and `body` to store a text. Send `{ "url": "https://…" }` without `body` to have Claimdesk fetch the page (public addresses only, unless the host is on `CLAIMDESK_FETCH_ALLOW`; at most 5 MB and 15 s; HTML or plain text) ' +
        'and store its article: the body with its structure, and title, author, outlet, dates, canonical URL and language from the page, each overridden by the same field in the request. ' +
        'Fetching is also limited per user (`CLAIMDESK_FETCH_RATE_PER_MINUTE`). Nothing is stored when the fetch fails (502 with `code: FETCH_FAILED`).',
      tags: ['articles'],
      requestBody: body(ref('ArticleInput'), {
        title: 'Jobs report',
        body: 'Unemployment fell to 3.9% in May, the statistics office said. The minister said the economy would grow by 2% next year.',
        outlet: 'Daily Example',
        publishedAt: '2025-06-04',
      }),
      responses: { '201': json(dataOf(ref('ArticleCreated')), 'Created; `Location` names the new article.'), ...errors(400, 403, 413, 422, 502, ...AUTH_ERRORS) },
    },
  },
  '/api/v1/search': {
    get: {
      operationId: 'search',
      summary: 'Searches articles, claims, sources, comments and imported fact-checks.',
      description:
        'Full text (English, accents ignored, each word also as a prefix), best first. When that finds less than a page, words no stored text contains are corrected ' +
        'against the words Claimdesk has stored (trigram similarity, then edit distance) and the search runs again with each such word or its corrections: ' +
        '`correctedQuery` then says what was searched for (null otherwise). A query of English stop words only (“there”) is looked for as a phrase in titles, claims, speakers and fact-checks. ' +
        'Snippets come as segments `{ text, match }` to render as text (never HTML). Claim filters (verdict, status, speaker, reviewer) apply to the claim of a claim, source or comment; ' +
        'an article matches them when one of its claims does; imported fact-checks answer `speaker` (their claim author), `verdict` (their rating label) and `outlet` (their organisation) and are left out by `status` and `reviewer`. ' +
        'Confidential sources are found only by signed-in users, never through an API token.',
      tags: ['search'],
      parameters: zodQueryParams(searchQuerySchema, {
        q: ['What to look for (1–200 characters).', 'unemployment'],
        kind: [`Only these kinds, comma-separated: ${SEARCH_KINDS.join(', ')}.`],
        verdict: ['A verdict id, or `none` for claims without a verdict.'],
        status: [`Claims in one of these statuses, comma-separated: ${CLAIM_STATUS_VALUES.join(', ')}.`],
        from: ['Dated on or after this day (YYYY-MM-DD): an article’s publication (else added) date, a comment’s date, a fact-check’s publication date.'],
        to: ['Dated on or before this day (YYYY-MM-DD).'],
        speaker: ['The claim’s speaker contains this text (accents and case ignored).'],
        outlet: ['The article’s outlet contains this text (accents and case ignored).'],
        reviewer: ['The user id of the reviewer who set the claim’s verdict.'],
        limit: ['Page size, 1–50 (default 20).', '5'],
        cursor: ['The `nextCursor` of the previous page (with the same query and filters).'],
      }),
      responses: { '200': json(ref('SearchPage'), 'A page of results, best first.'), ...errors(400, ...AUTH_ERRORS) },
    },
  },
  '/api/v1/articles/{id}': {
    parameters: [ARTICLE_ID],
    get: {
      operationId: 'getArticle',
      summary: 'The article, its exact body and its claims with sources.',
      tags: ['articles'],
      responses: { '200': json(dataOf(ref('ArticleDetail')), 'The article.'), ...errors(404, ...AUTH_ERRORS) },
    },
    patch: {
      operationId: 'editArticle',
      summary: "Edits the metadata and text (reviewers and up) with the article's `version` (409 when it changed since). A changed text is stored as a new revision (`source`: `edit` or `paste`): the old one is kept, claims are re-anchored (flagged when their quote changed, orphaned when it is gone) and new check-worthy sentences become new claims. Metadata alone makes no revision (`revision` null).",
      tags: ['articles'],
      requestBody: body(ref('ArticleEdit'), {
        version: 1,
        title: 'Jobs report (updated)',
        body: 'Unemployment fell to 3.8% in May, the statistics office said. Prices rose by 2% last year, the bank reported. Wages grew 4% in 2025, the union said.',
        source: 'edit',
      }),
      responses: { '200': json(dataOf(ref('RevisionOutcome')), 'Saved.'), ...errors(400, 403, 404, 409, 413, 422, ...AUTH_ERRORS) },
    },
    delete: {
      operationId: 'deleteArticle',
      summary: 'Deletes the article and its claims (editors and admins).',
      tags: ['articles'],
      responses: { '204': { description: 'Deleted.' }, ...errors(403, 404, ...AUTH_ERRORS) },
    },
  },
  '/api/v1/articles/{id}/revisions': {
    parameters: [ARTICLE_ID],
    get: {
      operationId: 'listRevisions',
      summary: "The article's revisions (texts it had), newest first.",
      tags: ['revisions'],
      responses: { '200': json(dataOf({ type: 'array', items: ref('RevisionSummary') }), 'The revisions.'), ...errors(404, ...AUTH_ERRORS) },
    },
  },
  '/api/v1/articles/{id}/revisions/{number}': {
    parameters: [ARTICLE_ID, { ...pathParam('number', 'Revision number, from 1.'), example: '1' }],
    get: {
      operationId: 'getRevision',
      summary: 'One revision: its text and metadata, the word-level diff from the revision before, and its claims as they were (state anchored, text_changed with the quote `before`, orphan or new).',
      tags: ['revisions'],
      responses: { '200': json(dataOf(ref('RevisionView')), 'The revision.'), ...errors(404, 422, ...AUTH_ERRORS) },
    },
  },
  '/api/v1/articles/{id}/refetch': {
    parameters: [ARTICLE_ID],
    post: {
      operationId: 'refetchArticle',
      summary: "Fetches the article again from its URL and stores what the page says now as a new revision (claims re-anchored). 422 when the article has no URL, 502 when the page cannot be fetched; nothing is stored then.",
      tags: ['revisions'],
      requestBody: body({ type: 'object', required: ['version'], properties: { version: { type: 'integer', minimum: 1, description: "The article's version you read." } } }, { version: 1 }),
      responses: { '201': json(dataOf(ref('RevisionOutcome')), 'Stored as a new revision.'), ...errors(400, 403, 404, 409, 422, 502, ...AUTH_ERRORS) },
    },
  },
  '/api/v1/articles/{id}/claims/{claimId}/anchor': {
    parameters: [ARTICLE_ID, CLAIM_ID],
    post: {
      operationId: 'resolveAnchor',
      summary: "Settles a claim flagged after a text change (`text_changed`) or an orphan: `{ version }` accepts the proposed quote, `{ version, start, end }` re-picks it in the article's current text.",
      tags: ['revisions'],
      requestBody: body(
        { type: 'object', required: ['version'], properties: { version: { type: 'integer', minimum: 1 }, start: { type: 'integer', minimum: 0 }, end: { type: 'integer', minimum: 0 } } },
        { version: 2 },
      ),
      responses: {
        '200': json(dataOf({ type: 'object', required: ['id', 'version', 'anchorState'], properties: { id: { type: 'string' }, version: { type: 'integer' }, anchorState: { type: 'string', enum: ['anchored'] } } }), 'Anchored.'),
        ...errors(400, 403, 404, 409, 422, ...AUTH_ERRORS),
      },
    },
  },
  '/api/v1/articles/{id}/versions': {
    parameters: [ARTICLE_ID],
    get: {
      operationId: 'getArticleVersions',
      summary: "Every claim's version and the latest change: what an open article page polls to notice edits made elsewhere. Send the ETag back in `If-None-Match` to get 304 when nothing changed.",
      tags: ['claims'],
      responses: {
        '200': json(
          dataOf({
            type: 'object',
            required: ['versions', 'updatedAt'],
            properties: { versions: { type: 'object', additionalProperties: { type: 'integer' } }, updatedAt: nullable('string', { format: 'date-time' }) },
          }),
          'Versions by claim id.',
        ),
        '304': { description: 'Unchanged since the ETag sent in If-None-Match.' },
        ...errors(404, ...AUTH_ERRORS),
      },
    },
  },
  '/api/v1/articles/{id}/claims': {
    parameters: [ARTICLE_ID],
    get: {
      operationId: 'listClaims',
      summary: "The article's claims in text order, with the workbench's filters.",
      tags: ['claims'],
      parameters: [
        query('status', 'Comma-separated statuses.', { type: 'string' }, 'open,in_progress,needs_review'),
        query('verdict', 'A verdict id, or `none` for claims without a verdict.', { type: 'string' }),
        query('assignee', 'A user id, `me`, or `none` for unassigned claims.', { type: 'string' }),
        query('claimType', `Comma-separated claim types: ${CLAIM_TYPE_VALUES.join(', ')}.`, { type: 'string' }),
        query('minCheckworthiness', 'Only claims scored at least this (0–1).', { type: 'number', minimum: 0, maximum: 1 }, '0'),
        query('hasSources', 'Only claims with (`true`) or without (`false`) sources.', { type: 'string', enum: ['true', 'false'] }),
        ...PAGE_PARAMS,
      ],
      responses: { '200': json(pageOf('Claim'), 'A page of claims.'), ...errors(400, 404, ...AUTH_ERRORS) },
    },
    post: {
      operationId: 'createClaim',
      summary: 'Adds a claim from a passage of the article (body offsets `start` ≤ … < `end`), as "Add claim from selection" does.',
      description: 'Open article pages show it within one poll of `versions` (about 10 s), without a reload.',
      tags: ['claims'],
      requestBody: body(
        { type: 'object', required: ['start', 'end'], properties: { start: { type: 'integer', minimum: 0 }, end: { type: 'integer', minimum: 1 } } },
        { start: 0, end: 27 },
      ),
      responses: { '201': json(dataOf(ref('Claim')), 'The new claim; `Location` names it.'), ...errors(400, 403, 404, 409, 413, 422, ...AUTH_ERRORS) },
    },
  },
  '/api/v1/articles/{id}/claims/{claimId}': {
    parameters: [ARTICLE_ID, CLAIM_ID],
    get: {
      operationId: 'getClaim',
      summary: 'One claim.',
      tags: ['claims'],
      responses: { '200': json(dataOf(ref('Claim')), 'The claim.'), ...errors(404, ...AUTH_ERRORS) },
    },
    patch: {
      operationId: 'updateClaim',
      summary: 'Changes a claim if it still has `version`; otherwise 409 with the newer claim.',
      description:
        'Any change (and any source added, edited or removed) makes the version one higher. ' +
        '**Approve** (the second review) is `{ "version": n, "status": "approved" }` alone. It is refused with 409 when the claim is not waiting for second review ' +
        '(or `version` is stale: someone changed it, or its sources, since you read it), 403 when you are one of its `reviewers` (you set or changed its verdict, rationale, claim text or sources since its last approval), ' +
        "and 422 without a verdict, a rationale or the workspace's minimum of sources. A refused approval lists every reason in `error.details.blockers` " +
        '(see `ApprovalBlocker`); `error.message` is the first one.',
      tags: ['claims'],
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: ref('ClaimUpdate'),
            // `example` and `examples` exclude each other: the approve body is in the description.
            example: { version: 1, rationale: 'The statistics office reports 3.9%.' },
          },
        },
      },
      responses: {
        '200': json(dataOf(ref('Claim')), 'The changed claim (its version is one higher).'),
        ...errors(400, 403, 404, 409, 413, 422, ...AUTH_ERRORS),
      },
    },
  },
  '/api/v1/articles/{id}/claims/{claimId}/sources': {
    parameters: [ARTICLE_ID, CLAIM_ID],
    get: {
      operationId: 'listSources',
      summary: "The claim's sources in order (a claim has few: not paginated).",
      tags: ['sources'],
      responses: { '200': json(dataOf({ type: 'array', items: ref('Source') }), 'The sources.'), ...errors(404, ...AUTH_ERRORS) },
    },
    post: {
      operationId: 'addSource',
      summary: 'Adds a source to the claim.',
      tags: ['sources'],
      requestBody: body(ref('SourceInput'), SOURCE_EXAMPLE),
      responses: { '201': { ...json(dataOf(ref('Source')), "Added; `Location` names the source."), headers: CLAIM_VERSION_HEADER }, ...errors(400, 403, 404, 413, 422, ...AUTH_ERRORS) },
    },
  },
  '/api/v1/articles/{id}/claims/{claimId}/sources/{sourceId}': {
    parameters: [ARTICLE_ID, CLAIM_ID, SOURCE_ID],
    put: {
      operationId: 'updateSource',
      summary: "Replaces the source's fields.",
      tags: ['sources'],
      requestBody: body(ref('SourceInput'), { ...SOURCE_EXAMPLE, title: 'Labour market statistics, May (revised)' }),
      responses: { '200': { ...json(dataOf(ref('Source')), 'The changed source.'), headers: CLAIM_VERSION_HEADER }, ...errors(400, 403, 404, 413, 422, ...AUTH_ERRORS) },
    },
    delete: {
      operationId: 'deleteSource',
      summary: 'Removes the source.',
      tags: ['sources'],
      responses: { '204': { description: 'Removed.', headers: CLAIM_VERSION_HEADER }, ...errors(403, 404, ...AUTH_ERRORS) },
    },
  },
  '/api/v1/articles/{id}/claims/{claimId}/matches': {
    parameters: [ARTICLE_ID, CLAIM_ID],
    get: {
      operationId: 'listClaimMatches',
      summary: '"Checked before": earlier approved claims of the workspace and imported ClaimReviews this claim looks like (not dismissed), the linked one first, with how close, why, and what differs.',
      tags: ['claims'],
      responses: { '200': json(dataOf({ type: 'array', items: ref('ClaimMatch') }), 'The suggestions.'), ...errors(404, ...AUTH_ERRORS) },
    },
  },
  '/api/v1/articles/{id}/claims/{claimId}/matches/{matchId}/dismiss': {
    parameters: [ARTICLE_ID, CLAIM_ID, MATCH_ID],
    post: {
      operationId: 'dismissClaimMatch',
      summary: 'Dismisses a suggestion for good: it is not shown again on this claim (a linked one cannot be dismissed: 409). Not a change of the claim: no version.',
      tags: ['claims'],
      requestBody: body({ type: 'object' }, {}),
      responses: { '200': json(dataOf(ref('Claim')), 'The claim (its `checkedBefore` count is one lower).'), ...errors(400, 403, 404, 409, ...AUTH_ERRORS) },
    },
  },
  '/api/v1/articles/{id}/claims/{claimId}/matches/{matchId}/link': {
    parameters: [ARTICLE_ID, CLAIM_ID, MATCH_ID],
    post: {
      operationId: 'linkClaimMatch',
      summary: 'Links the claim to the earlier check and reuses its verdict, rationale and sources as a draft, in one step. The claim then waits for second review; the caller counts as one of its reviewers and cannot approve it. The link is exported (ClaimReview `isBasedOn`, JSON `basedOn`).',
      tags: ['claims'],
      requestBody: body({ type: 'object', required: ['version'], properties: { version: { type: 'integer', description: 'The claim version you read.' } } }, { version: 1 }),
      responses: { '200': json(dataOf(ref('Claim')), 'The claim with the reused verdict, rationale and sources.'), ...errors(400, 403, 404, 409, 422, ...AUTH_ERRORS) },
    },
  },
  '/api/v1/articles/{id}/export': {
    parameters: [ARTICLE_ID],
    get: {
      operationId: 'exportArticle',
      summary: "The article's claims as a file (editors and admins); streamed, with the number of claims in `X-Claim-Count`. Confidential sources never leave.",
      tags: ['exports'],
      parameters: [FORMAT_PARAM, STATUS_PARAM, query('scope', 'Older name of `status`.', { type: 'string', enum: ['approved', 'reviewed', 'all'] }), BOM_PARAM],
      responses: { '200': FILE_RESPONSE, ...errors(403, 404, 422, ...AUTH_ERRORS) },
    },
  },
  '/api/v1/exports': {
    get: {
      operationId: 'exportClaims',
      summary: 'The workspace, or a filtered set of claims, as a file (editors and admins); streamed.',
      tags: ['exports'],
      parameters: [
        FORMAT_PARAM,
        STATUS_PARAM,
        query('from', 'Articles added on or after this day (YYYY-MM-DD).', { type: 'string', format: 'date' }, '2020-01-01'),
        query('to', 'Articles added on or before this day (YYYY-MM-DD).', { type: 'string', format: 'date' }),
        query('verdict', 'Comma-separated verdict labels or ids.', { type: 'string' }),
        query('type', 'Comma-separated claim types.', { type: 'string' }),
        query('ids', 'Comma-separated claim ids.', { type: 'string' }),
        query('article', 'Only this article.', { type: 'string' }),
        BOM_PARAM,
        query('includeConfidential', '`1`: keep confidential sources (admins, `json` only; the file is then not public).', { type: 'string', enum: ['1'] }),
      ],
      responses: { '200': FILE_RESPONSE, ...errors(403, 422, ...AUTH_ERRORS) },
    },
  },
  '/api/v1/exports/backup': {
    get: {
      operationId: 'exportBackup',
      summary: 'Admins: the restorable backup of the whole workspace (`claimdesk.backup`; no password hashes, no API tokens). Restore it with `npm run cli -- import`.',
      description: SESSION_ONLY,
      tags: ['exports'],
      security: [{ sessionCookie: [] }],
      responses: { '200': json({ type: 'object', required: ['format'] }, 'The backup, as an attachment.'), ...errors(403, ...AUTH_ERRORS) },
    },
  },
  '/api/v1/imports/claimreview': {
    post: {
      operationId: 'importClaimReview',
      summary: "Editors: keeps other fact-checkers' ClaimReview JSON-LD (an object, an array or an @graph; at most 5 MB) as earlier fact-checks; reviews already stored are skipped.",
      tags: ['imports'],
      requestBody: body({ type: ['object', 'array'] }, {
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        url: 'https://factcheck.example/2025/unemployment',
        claimReviewed: 'Unemployment fell to 3.9% in May',
        author: { '@type': 'Organization', name: 'Example Fact Check', url: 'https://factcheck.example' },
        reviewRating: { '@type': 'Rating', alternateName: 'True', ratingValue: 5, bestRating: 5, worstRating: 1 },
        datePublished: '2025-06-05',
      }),
      responses: {
        '201': json(dataOf({ type: 'object', required: ['imported', 'duplicates'] }), 'What was kept, skipped as a duplicate, or refused.'),
        ...errors(400, 403, 413, 422, ...AUTH_ERRORS),
      },
    },
  },
  '/api/v1/verdicts': {
    get: {
      operationId: 'listVerdicts',
      summary: 'The verdict scale in display order.',
      tags: ['verdicts'],
      responses: { '200': json(dataOf({ type: 'array', items: ref('Verdict') }), 'The scale.'), ...errors(...AUTH_ERRORS) },
    },
  },
  '/api/v1/tokens': {
    get: {
      operationId: 'listTokens',
      summary: 'API tokens, newest first, without their secrets (admins).',
      tags: ['tokens'],
      description: SESSION_ONLY,
      security: [{ sessionCookie: [] }],
      responses: { '200': json(dataOf({ type: 'array', items: ref('Token') }), 'The tokens.'), ...errors(403, ...AUTH_ERRORS) },
    },
    post: {
      operationId: 'createToken',
      summary: 'Creates a token (admins). The response holds the token; it is never shown again.',
      tags: ['tokens'],
      description: SESSION_ONLY,
      security: [{ sessionCookie: [] }],
      requestBody: body(ref('TokenInput'), { name: 'Newsroom CMS', scope: 'read', expiresAt: '2999-12-31' }),
      responses: { '201': json(dataOf(ref('CreatedToken')), 'Created.'), ...errors(400, 403, 413, 422, ...AUTH_ERRORS) },
    },
  },
  '/api/v1/tokens/{tokenId}': {
    parameters: [pathParam('tokenId', 'Token id.')],
    delete: {
      operationId: 'revokeToken',
      summary: 'Revokes a token (admins); requests with it get 401 from then on.',
      tags: ['tokens'],
      description: SESSION_ONLY,
      security: [{ sessionCookie: [] }],
      responses: { '200': json(dataOf(ref('Token')), 'Revoked.'), ...errors(403, 404, 409, ...AUTH_ERRORS) },
    },
  },
};

const DATE = { type: 'string', format: 'date' };
const DATE_TIME = { type: 'string', format: 'date-time' };

const schemas: Record<string, Schema> = {
  Error: {
    type: 'object',
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        required: ['code', 'message'],
        properties: {
          code: { type: 'string', enum: ['BAD_REQUEST', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'INVALID', 'TOO_LARGE', 'RATE_LIMITED', 'INTERNAL'] },
          message: { type: 'string' },
          fields: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
          details: {
            description: 'More about some errors: a 409 on a claim holds `current` (the newer claim); a refused approval holds `blockers` (every reason, in the order to fix them).',
            type: 'object',
            properties: { current: ref('Claim'), blockers: { type: 'array', items: ref('ApprovalBlocker') } },
          },
        },
      },
    },
  },
  ApprovalBlocker: {
    type: 'object',
    required: ['code', 'message'],
    properties: {
      code: {
        type: 'string',
        enum: ['status', 'own_work', 'no_verdict', 'no_reviewer', 'sources', 'rationale'],
        description:
          '`status`: not waiting for second review (409); `own_work`: you are one of its reviewers (403); `no_verdict`, `no_reviewer`, `sources` (fewer than the workspace minimum), `rationale`: the claim is not ready (422).',
      },
      message: { type: 'string' },
    },
  },
  Health: {
    type: 'object',
    required: ['status', 'database'],
    properties: { status: { type: 'string', enum: ['ok', 'unavailable'] }, database: { type: 'string', enum: ['ok', 'unavailable'] } },
  },
  Verdict: {
    type: 'object',
    required: ['id', 'label', 'colour', 'order', 'ratingValue'],
    properties: { id: { type: 'string' }, label: { type: 'string' }, colour: { type: 'string' }, order: { type: 'integer' }, ratingValue: nullable('integer'), description: nullable('string') },
  },
  Source: {
    type: 'object',
    required: ['id', 'url', 'title', 'stance', 'confidential'],
    properties: {
      id: { type: 'string' },
      url: { type: 'string', format: 'uri' },
      title: { type: 'string' },
      publisher: nullable('string'),
      publishedAt: nullable('string', { format: 'date' }),
      accessedAt: nullable('string', { format: 'date' }),
      excerpt: nullable('string'),
      stance: { type: 'string', enum: ['supports', 'refutes', 'context'] },
      confidential: { type: 'boolean' },
    },
  },
  SourceInput: {
    type: 'object',
    required: ['url', 'title'],
    properties: {
      url: { type: 'string', format: 'uri', maxLength: 2000 },
      title: { type: 'string', maxLength: 500 },
      publisher: { type: 'string', maxLength: 200 },
      publishedAt: DATE,
      accessedAt: DATE,
      excerpt: { type: 'string', maxLength: 5000 },
      stance: { type: 'string', enum: ['supports', 'refutes', 'context'], default: 'context' },
      confidential: { type: 'boolean', default: false },
    },
  },
  Claim: {
    type: 'object',
    required: ['id', 'articleId', 'quote', 'start', 'end', 'claimText', 'claimType', 'checkworthiness', 'status', 'verdict', 'reviewers', 'version', 'sources'],
    properties: {
      id: { type: 'string' },
      articleId: { type: 'string' },
      quote: { type: 'string', description: 'Exactly body[start, end).' },
      start: { type: 'integer' },
      end: { type: 'integer' },
      prefix: { type: 'string' },
      suffix: { type: 'string' },
      claimText: { type: 'string' },
      claimType: { type: 'string', enum: [...CLAIM_TYPE_VALUES] },
      checkworthiness: { type: 'number', minimum: 0, maximum: 1 },
      speaker: nullable('string'),
      status: { type: 'string', enum: [...CLAIM_STATUS_VALUES] },
      verdict: { oneOf: [ref('Verdict'), { type: 'null' }] },
      rationale: nullable('string'),
      reviewer: { oneOf: [{ type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } } }, { type: 'null' }], description: 'Who last set or changed the verdict, rationale, claim text or sources.' },
      reviewers: {
        type: 'array',
        description: 'Everyone who set or changed the verdict, rationale, claim text or sources since the last approval (none of them may approve it), with what they changed.',
        items: {
          type: 'object',
          required: ['id', 'name', 'parts', 'lastAt'],
          properties: {
            id: { type: 'string' },
            name: { type: 'string' },
            parts: { type: 'array', items: { type: 'string', enum: ['verdict', 'rationale', 'claimText', 'sources', 'submitted'] } },
            lastAt: DATE_TIME,
          },
        },
      },
      approvedBy: { oneOf: [{ type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } } }, { type: 'null' }] },
      reviewedAt: nullable('string', { format: 'date-time' }),
      approvedAt: nullable('string', { format: 'date-time' }),
      version: { type: 'integer', description: 'Send it back with a PATCH.' },
      updatedAt: DATE_TIME,
      sources: { type: 'array', items: ref('Source') },
      anchorState: {
        type: 'string',
        enum: ['anchored', 'text_changed', 'orphan', 'new'],
        description: "Where the quote stands in the article's latest revision: found exactly; changed or found only loosely (a person accepts or re-picks it); gone (an orphan keeps its verdict, sources and history; `start` = `end`); or extracted from a sentence new in that revision.",
      },
      quoteRevision: { type: 'integer', description: 'The revision the quote comes from.' },
      checkedBefore: { type: 'integer', minimum: 0, description: 'How many earlier checks this claim looks like (suggestions not dismissed, the linked one included).' },
    },
  },
  ClaimMatch: {
    type: 'object',
    required: ['id', 'kind', 'score', 'reasons', 'differences', 'linkedAt', 'earlier'],
    properties: {
      id: { type: 'string' },
      kind: { type: 'string', enum: ['same', 'related'], description: '`related`: close, but a number, negation, speaker, place or date differs (see `differences`).' },
      score: { type: 'number', minimum: 0, maximum: 1, description: 'How close the two wordings are.' },
      reasons: { type: 'array', items: { type: 'string' } },
      differences: {
        type: 'array',
        items: { type: 'object', required: ['kind', 'a', 'b'], properties: { kind: { type: 'string', enum: ['number', 'negation', 'speaker', 'place', 'date', 'entity'] }, a: { type: 'string', description: "This claim's words." }, b: { type: 'string', description: "The earlier check's words." } } },
      },
      linkedAt: nullable('string', { format: 'date-time' }),
      linkedBy: nullable('string'),
      earlier: {
        type: 'object',
        required: ['type', 'id', 'text'],
        description: 'An approved claim of another article (`type: claim`, with `articleId`, `articleTitle`, `verdict`, `date` approved) or an imported ClaimReview (`type: factCheck`, with `orgName`, `reviewUrl`, `verdict.label`, `date` published).',
        properties: {
          type: { type: 'string', enum: ['claim', 'factCheck'] },
          id: { type: 'string' },
          text: { type: 'string' },
          speaker: nullable('string'),
          verdict: { oneOf: [{ type: 'object', properties: { label: { type: 'string' }, colour: nullable('string') } }, { type: 'null' }] },
          date: nullable('string', { format: 'date' }),
          articleId: { type: 'string' },
          articleTitle: { type: 'string' },
          orgName: nullable('string'),
          reviewUrl: nullable('string'),
        },
      },
    },
  },
  ClaimUpdate: {
    type: 'object',
    required: ['version'],
    properties: {
      version: { type: 'integer', description: 'The version you read.' },
      claimText: { type: 'string', maxLength: 2000 },
      claimType: { type: 'string', enum: [...CLAIM_TYPE_VALUES] },
      speaker: { type: 'string', maxLength: 200 },
      verdictId: { type: 'string', description: 'A verdict id from /api/v1/verdicts; empty clears it.' },
      rationale: { type: 'string', maxLength: 20000 },
      status: {
        type: 'string',
        enum: ['in_progress', 'needs_review', 'approved', 'dismissed'],
        description:
          'A step of the workflow: `in_progress` starts an open claim, `needs_review` sends it to second review (needs a verdict), `dismissed` marks it not check-worthy, `approved` is the second review (alone, with `version`; by an editor who did not change the verdict, rationale, claim text or sources since the last approval, with the workspace’s minimum of sources and a rationale). Any other change is 422; approving a claim not waiting for review is 409, one’s own work 403.',
      },
    },
  },
  ArticleInput: {
    type: 'object',
    description: 'Either `title` and `body` (the text), or `url` without `body` (the page is fetched; the other fields override what it says).',
    anyOf: [{ required: ['title', 'body'] }, { required: ['url'], not: { required: ['body'] } }],
    properties: {
      title: { type: 'string', maxLength: 300, description: 'With `url` only: taken from the page’s headline when left out.' },
      body: { type: 'string', description: 'Plain text or Markdown, at most 1 MB.' },
      outlet: { type: 'string', maxLength: 200 },
      url: { type: 'string', format: 'uri', description: 'The article’s link. Without `body`, Claimdesk fetches it (http/https, public addresses) and stores the canonical URL the page names.' },
      author: { type: 'string', maxLength: 200 },
      publishedAt: DATE,
      modifiedAt: { ...DATE, description: 'When the outlet last changed the article.' },
      language: { type: 'string', maxLength: 35, description: 'A language tag such as `en`, `en-GB`, `fr`.' },
      format: { type: 'string', enum: ['text', 'markdown'], default: 'text' },
    },
  },
  ArticleEdit: {
    allOf: [
      ref('ArticleInput'),
      {
        type: 'object',
        required: ['version'],
        properties: {
          version: { type: 'integer', minimum: 1, description: "The article's version you read (`version` in the article)." },
          source: { type: 'string', enum: ['edit', 'paste'], default: 'edit', description: 'How the new text came: edited in place or pasted over.' },
        },
      },
    ],
  },
  RevisionOutcome: {
    type: 'object',
    required: ['articleId', 'version', 'revision', 'counts'],
    properties: {
      articleId: { type: 'string' },
      version: { type: 'integer', description: "The article's version now." },
      revision: nullable('integer', { description: 'The new revision, or null when only metadata changed.' }),
      counts: {
        type: 'object',
        required: ['anchored', 'textChanged', 'orphans', 'added'],
        properties: { anchored: { type: 'integer' }, textChanged: { type: 'integer' }, orphans: { type: 'integer' }, added: { type: 'integer' } },
      },
    },
  },
  RevisionSummary: {
    type: 'object',
    required: ['number', 'source', 'title', 'createdAt', 'createdBy', 'bytes'],
    properties: {
      number: { type: 'integer' },
      source: { type: 'string', enum: ['original', 'edit', 'paste', 'refetch'] },
      title: { type: 'string' },
      createdAt: DATE_TIME,
      createdBy: nullable('string'),
      bytes: { type: 'integer' },
    },
  },
  RevisionView: {
    type: 'object',
    required: ['articleId', 'latest', 'revisions', 'revision', 'diff', 'claims'],
    properties: {
      articleId: { type: 'string' },
      articleTitle: { type: 'string' },
      latest: { type: 'integer', description: 'The latest revision number.' },
      revisions: { type: 'array', items: ref('RevisionSummary') },
      revision: { allOf: [ref('RevisionSummary'), { type: 'object', required: ['body', 'format'], properties: { body: { type: 'string' }, format: { type: 'string' } } }] },
      diff: {
        oneOf: [
          { type: 'array', items: { type: 'object', required: ['kind', 'text'], properties: { kind: { type: 'string', enum: ['same', 'removed', 'added'] }, text: { type: 'string' } } } },
          { type: 'null' },
        ],
        description: 'Word-level diff from the revision before; null for the first revision.',
      },
      claims: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'claimText', 'state', 'start', 'end', 'quote', 'before', 'version'],
          properties: {
            id: { type: 'string' },
            claimText: { type: 'string' },
            status: { type: 'string', enum: [...CLAIM_STATUS_VALUES] },
            state: { type: 'string', enum: ['anchored', 'text_changed', 'orphan', 'new'] },
            start: { type: 'integer' },
            end: { type: 'integer' },
            quote: { type: 'string', description: 'The quote in this revision (an orphan: the last text it had).' },
            before: nullable('string', { description: 'A flagged claim’s quote in the revision before.' }),
            similarity: nullable('number'),
            version: { type: 'integer' },
          },
        },
      },
    },
  },
  ArticleCreated: { type: 'object', required: ['id', 'claimCount'], properties: { id: { type: 'string' }, claimCount: { type: 'integer' } } },
  ArticleSummary: {
    type: 'object',
    required: ['id', 'title', 'createdAt', 'counts'],
    properties: {
      id: { type: 'string' },
      title: { type: 'string' },
      outlet: nullable('string'),
      createdAt: DATE_TIME,
      addedBy: { type: 'string' },
      counts: { type: 'object', properties: { total: { type: 'integer' }, reviewed: { type: 'integer' }, approved: { type: 'integer' } } },
    },
  },
  Segment: {
    type: 'object',
    required: ['text', 'match'],
    description: 'A piece of text; `match` says whether it answers the query (render it as <mark>).',
    properties: { text: { type: 'string' }, match: { type: 'boolean' } },
  },
  SearchPage: {
    type: 'object',
    required: ['data', 'nextCursor', 'correctedQuery'],
    properties: {
      data: { type: 'array', items: ref('SearchHit') },
      nextCursor: nullable('string', { description: 'Pass as `cursor` for the next page; null on the last page.' }),
      correctedQuery: nullable('string', {
        description: 'What was searched for when words of `q` were corrected (`newtork` → `network`; lower case, accents removed), else null. Later pages keep the correction.',
        example: 'network',
      }),
    },
  },
  SearchHit: {
    type: 'object',
    required: ['kind', 'id', 'href', 'title', 'snippet', 'field', 'articleId', 'claimId', 'rank'],
    properties: {
      kind: { type: 'string', enum: [...SEARCH_KINDS] },
      id: { type: 'string' },
      href: nullable('string', { description: 'Where it opens: `/articles/{id}?claim={claimId}` for claims, sources and comments, `/articles/{id}` for articles, the review URL of an imported fact-check.' }),
      title: { type: 'array', items: ref('Segment') },
      snippet: { type: 'array', items: ref('Segment') },
      field: { type: 'string', description: 'The field the snippet comes from.' },
      articleId: nullable('string'),
      articleTitle: nullable('string'),
      claimId: nullable('string'),
      verdict: { oneOf: [{ type: 'object', properties: { label: { type: 'string' }, colour: nullable('string') } }, { type: 'null' }] },
      status: nullable('string'),
      speaker: nullable('string'),
      outlet: nullable('string'),
      date: nullable('string', { format: 'date-time' }),
      rank: { type: 'number' },
    },
  },
  ArticleDetail: {
    type: 'object',
    required: ['id', 'title', 'body', 'claims'],
    properties: {
      id: { type: 'string' },
      title: { type: 'string' },
      outlet: nullable('string'),
      url: nullable('string'),
      author: nullable('string'),
      publishedAt: nullable('string', { format: 'date' }),
      modifiedAt: nullable('string', { format: 'date' }),
      language: nullable('string'),
      format: { type: 'string', enum: ['text', 'markdown'] },
      body: { type: 'string' },
      createdAt: DATE_TIME,
      addedBy: { type: 'string' },
      version: { type: 'integer', description: 'Send it back when editing the article (PATCH).' },
      revisionNumber: { type: 'integer', description: 'The revision whose text is `body`.' },
      claims: { type: 'array', items: ref('Claim') },
    },
  },
  Token: {
    type: 'object',
    required: ['id', 'name', 'prefix', 'scope', 'createdAt', 'expiresAt', 'lastUsedAt', 'state'],
    properties: {
      id: { type: 'string' },
      name: { type: 'string' },
      prefix: { type: 'string', description: 'The first characters of the token.' },
      scope: { type: 'string', enum: ['read', 'write'] },
      createdAt: DATE_TIME,
      createdBy: { type: 'string' },
      expiresAt: nullable('string', { format: 'date-time' }),
      revokedAt: nullable('string', { format: 'date-time' }),
      lastUsedAt: nullable('string', { format: 'date-time', description: 'Recorded at most once a minute.' }),
      state: { type: 'string', enum: ['active', 'expired', 'revoked'] },
    },
  },
  CreatedToken: {
    allOf: [ref('Token'), { type: 'object', required: ['token'], properties: { token: { type: 'string', description: 'Shown once; send as `Authorization: Bearer <token>`.' } } }],
  },
  TokenInput: {
    type: 'object',
    required: ['name', 'scope'],
    properties: {
      name: { type: 'string', maxLength: 100 },
      scope: { type: 'string', enum: ['read', 'write'], description: '`read`, or `write` (read and write).' },
      expiresAt: { type: 'string', description: 'A future day (YYYY-MM-DD, end of day UTC) or date-time; omit for no expiry.' },
    },
  },
};

const responses = Object.fromEntries(
  Object.entries(ERROR_TEXT).map(([code, description]) => [
    `E${code}`,
    {
      description,
      ...(code === '429' ? { headers: { 'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer' } } } } : {}),
      content: { 'application/json': { schema: ref('Error') } },
    },
  ]),
);

/** The whole document; `serverUrl` is where this app is reached. */
export function openApiDocument(serverUrl?: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Claimdesk API',
      version: '1.0.0',
      description:
        'JSON in and out. Authenticate with `Authorization: Bearer <token>` (an admin creates tokens at /settings/tokens; a `read` token gets 403 on writes) or the session cookie of the app. ' +
        'Writes with the session cookie are accepted only from the app’s own pages (`Origin`, or `Sec-Fetch-Site: same-origin`) and only with a JSON body; otherwise 403 (scripts use a token). ' +
        'Managing tokens and downloading the backup need an admin signed in: tokens get 403 there. ' +
        'Every error has the shape `{ "error": { "code", "message", "fields"? } }`. Lists page with `?limit=&cursor=` and answer `{ data, nextCursor }`. ' +
        'Requests are rate limited per token or user (429 with `Retry-After`). GET /api/v1/health is the one public route.',
    },
    servers: serverUrl ? [{ url: serverUrl }] : [],
    security: [{ bearerAuth: [] }, { sessionCookie: [] }],
    tags: ['meta', 'search', 'articles', 'claims', 'sources', 'verdicts', 'exports', 'tokens'].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', description: 'An API token, `cd_…`.' },
        sessionCookie: { type: 'apiKey', in: 'cookie', name: 'next-auth.session-token', description: 'The signed-in session of the app itself.' },
      },
      schemas,
      responses,
    },
  };
}
