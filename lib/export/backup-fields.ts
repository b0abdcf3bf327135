import type { BackupSection } from './backup';

/**
 * The column types a backup row may hold; `?` marks a nullable column, `~` a column that older
 * backups lack (a restore then gives it the column's default).
 */
type BaseType =
  | 'string' | 'string?' | 'int' | 'int?' | 'float' | 'float?' | 'bool' | 'date' | 'date?' | 'json' | 'json?'
  | 'role' | 'status' | 'status?' | 'stance' | 'strings' | 'anchor' | 'revisionSource';
export type FieldType = BaseType | `${BaseType}~`;

/**
 * Columns a backup leaves out on purpose, by table: secrets, and what PostgreSQL or the app derive
 * again (search columns are generated; match keys are recomputed before they are searched).
 * lib/services/backup-columns.test.ts fails when a table gains a column listed in neither place.
 */
export const NOT_BACKED_UP: Record<BackupSection, readonly string[]> = {
  settings: [],
  verdicts: [],
  users: ['passwordHash', 'sessionVersion'],
  articles: ['search_vector', 'search_text', 'search_head'],
  articleRevisions: [],
  claims: ['matchKey', 'matchedAt', 'match_terms', 'search_vector', 'search_text'],
  claimAnchors: [],
  claimContributors: [],
  sources: ['search_vector', 'search_text'],
  comments: ['search_vector', 'search_text'],
  mentions: [],
  auditEvents: [],
  earlierFactChecks: ['matchKey', 'match_terms', 'search_vector', 'search_text'],
  claimMatches: [],
};

/**
 * Every column of every table a backup carries, by section. Users leave without `passwordHash`;
 * a restore gives them an unusable one. API tokens, sign-in throttles and sessions are not backed up.
 */
export const BACKUP_FIELDS: Record<BackupSection, Record<string, FieldType>> = {
  settings: { id: 'int', orgName: 'string', orgUrl: 'string', claimThreshold: 'float', factCheckUrlPattern: 'string?', minSourcesForApproval: 'int~' },
  verdicts: { id: 'string', label: 'string', colour: 'string', order: 'int', ratingValue: 'int?', description: 'string?' },
  users: { id: 'string', email: 'string', name: 'string', role: 'role', active: 'bool', createdAt: 'date', updatedAt: 'date' },
  articles: {
    id: 'string', title: 'string', outlet: 'string?', url: 'string?', author: 'string?', publishedAt: 'date?', body: 'string',
    format: 'string', addedById: 'string', createdAt: 'date', updatedAt: 'date',
    modifiedAt: 'date?~', language: 'string?~', version: 'int~', revisionNumber: 'int~',
  },
  articleRevisions: {
    id: 'string', articleId: 'string', number: 'int', title: 'string', outlet: 'string?', url: 'string?', author: 'string?',
    publishedAt: 'date?', body: 'string', format: 'string', source: 'revisionSource', createdById: 'string?', createdAt: 'date',
  },
  claims: {
    id: 'string', articleId: 'string', quote: 'string', start: 'int', end: 'int', prefix: 'string', suffix: 'string',
    claimText: 'string', claimType: 'string', checkworthiness: 'float', speaker: 'string?', status: 'status', verdictId: 'string?',
    rationale: 'string?', reviewerId: 'string?', approvedById: 'string?', assigneeId: 'string?', statusBeforeDismiss: 'status?',
    reviewedAt: 'date?', approvedAt: 'date?', publicUrl: 'string?', version: 'int', createdAt: 'date', updatedAt: 'date',
    anchorState: 'anchor~', quoteRevision: 'int~',
  },
  claimAnchors: {
    id: 'string', claimId: 'string', revisionId: 'string', start: 'int', end: 'int', quote: 'string', prefix: 'string', suffix: 'string',
    state: 'anchor', similarity: 'float?',
  },
  claimContributors: { claimId: 'string', userId: 'string', parts: 'strings', firstAt: 'date', lastAt: 'date' },
  sources: {
    id: 'string', claimId: 'string', url: 'string', title: 'string', publisher: 'string?', publishedAt: 'date?', accessedAt: 'date?',
    excerpt: 'string?', stance: 'stance', kind: 'string', archiveUrl: 'string?', confidential: 'bool', position: 'int',
    addedById: 'string', createdAt: 'date', updatedAt: 'date',
  },
  comments: {
    id: 'string', claimId: 'string', authorId: 'string', parentId: 'string?', body: 'string', kind: 'string', createdAt: 'date', editedAt: 'date?',
  },
  mentions: { id: 'string', commentId: 'string', userId: 'string', readAt: 'date?', createdAt: 'date' },
  auditEvents: {
    id: 'string', actorId: 'string?', action: 'string', entityType: 'string', entityId: 'string', before: 'json?', after: 'json?', createdAt: 'date',
  },
  earlierFactChecks: {
    id: 'string', claimReviewed: 'string', ratingLabel: 'string?', ratingValue: 'float?', bestRating: 'float?', worstRating: 'float?',
    reviewUrl: 'string?', orgName: 'string?', orgUrl: 'string?', claimAuthor: 'string?', appearanceUrl: 'string?', datePublished: 'date?',
    raw: 'json', importedById: 'string?', importedAt: 'date',
  },
  claimMatches: {
    id: 'string', claimId: 'string', earlierClaimId: 'string?', factCheckId: 'string?', kind: 'string', score: 'float', reasons: 'json',
    differences: 'json', createdAt: 'date', dismissedAt: 'date?', dismissedById: 'string?', linkedAt: 'date?', linkedById: 'string?',
  },
};

/** Prisma `select` of a section's columns (so a new column is left out until it is listed here). */
export function selectOf(section: BackupSection): Record<string, true> {
  return Object.fromEntries(Object.keys(BACKUP_FIELDS[section]).map((key) => [key, true]));
}
