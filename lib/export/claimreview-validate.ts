export interface ValidateClaimReviewOptions {
  /** Also report missing recommended fields (author, datePublished, itemReviewed and the Claim's). */
  recommended?: boolean;
}

type Node = Record<string, unknown>;

const CONTEXT_PATTERN = /^https?:\/\/schema\.org\/?$/;

/**
 * Checks ClaimReview JSON-LD against schema.org and Google's fact-check guidelines and returns the
 * problems found, each prefixed by its path (empty when valid). Accepts one ClaimReview with
 * `@context`, an `{ "@context", "@graph": [...] }` document, or an array of either.
 */
export function validateClaimReview(doc: unknown, options: ValidateClaimReviewOptions = {}): string[] {
  const problems: string[] = [];
  if (Array.isArray(doc)) {
    if (doc.length === 0) problems.push('the document is an empty array');
    doc.forEach((item, index) => validateDocument(item, `[${index}].`, options, problems));
  } else {
    validateDocument(doc, '', options, problems);
  }
  return problems;
}

function validateDocument(doc: unknown, path: string, options: ValidateClaimReviewOptions, problems: string[]): void {
  if (!isNode(doc)) {
    problems.push(path ? `${path.slice(0, -1)} is not a JSON object` : 'the document is not a JSON object');
    return;
  }
  const context = doc['@context'];
  if (context === undefined) problems.push(`${path}@context is missing`);
  else if (typeof context !== 'string' || !CONTEXT_PATTERN.test(context)) {
    problems.push(`${path}@context is not "https://schema.org"`);
  }
  if (!('@graph' in doc)) {
    validateReview(doc, path, options, problems);
    return;
  }
  const graph = doc['@graph'];
  if (!Array.isArray(graph)) {
    problems.push(`${path}@graph is not an array`);
    return;
  }
  let reviews = 0;
  graph.forEach((node, index) => {
    const nodePath = `${path}@graph[${index}].`;
    if (!isNode(node) || node['@type'] === undefined) {
      problems.push(`${nodePath}@type is missing`);
      return;
    }
    // Pages mix other nodes (Organization, WebPage…) into their graph; only ClaimReviews are checked.
    if (!hasType(node, 'ClaimReview')) return;
    reviews += 1;
    validateReview(node, nodePath, options, problems);
  });
  if (reviews === 0) problems.push(`${path}@graph holds no ClaimReview`);
}

function validateReview(node: Node, path: string, options: ValidateClaimReviewOptions, problems: string[]): void {
  if (node['@type'] === undefined) problems.push(`${path}@type is missing`);
  else if (!hasType(node, 'ClaimReview')) problems.push(`${path}@type is not "ClaimReview"`);

  requireText(node, 'claimReviewed', path, problems);
  if (requireText(node, 'url', path, problems) && !isHttpUrl(node.url as string)) {
    problems.push(`${path}url is not an absolute http(s) URL`);
  }
  const rating = node.reviewRating;
  if (rating === undefined) problems.push(`${path}reviewRating is missing`);
  else if (!isNode(rating)) problems.push(`${path}reviewRating is not an object`);
  else validateRating(rating, `${path}reviewRating.`, problems);

  checkAgent(node, 'author', path, ['Organization', 'Person'], problems);
  checkDate(node, 'datePublished', path, problems);
  const claim = node.itemReviewed;
  if (claim !== undefined) {
    if (!isNode(claim) || !hasType(claim, 'Claim')) problems.push(`${path}itemReviewed is not a Claim`);
    else validateClaim(claim, `${path}itemReviewed.`, options, problems);
  }
  if (options.recommended) {
    for (const key of ['author', 'datePublished', 'itemReviewed']) {
      if (node[key] === undefined) problems.push(`${path}${key} is missing (recommended)`);
    }
  }
}

function validateRating(rating: Node, path: string, problems: string[]): void {
  if (rating['@type'] === undefined) problems.push(`${path}@type is missing`);
  else if (!hasType(rating, 'Rating')) problems.push(`${path}@type is not "Rating"`);
  requireText(rating, 'alternateName', path, problems);

  const value = readNumber(rating, 'ratingValue', path, problems);
  const best = readNumber(rating, 'bestRating', path, problems);
  const worst = readNumber(rating, 'worstRating', path, problems);
  if ((best === undefined) !== (worst === undefined)) {
    problems.push(`${path}bestRating and worstRating must be given together`);
  }
  if (best !== undefined && worst !== undefined && worst >= best) {
    problems.push(`${path}worstRating (${worst}) is not less than bestRating (${best})`);
  }
  if (value === undefined) return;
  if (best === undefined || worst === undefined) {
    problems.push(`${path}ratingValue needs bestRating and worstRating to give its scale`);
    return;
  }
  if (value < Math.min(worst, best) || value > Math.max(worst, best)) {
    problems.push(`${path}ratingValue (${value}) is outside [worstRating, bestRating] = [${worst}, ${best}]`);
  }
}

function validateClaim(claim: Node, path: string, options: ValidateClaimReviewOptions, problems: string[]): void {
  checkAgent(claim, 'author', path, ['Organization', 'Person'], problems);
  checkDate(claim, 'datePublished', path, problems);
  for (const key of ['appearance', 'firstAppearance']) {
    const value = claim[key];
    if (value === undefined) continue;
    const ok = typeof value === 'string' ? isHttpUrl(value) : isNode(value) && value['@type'] !== undefined;
    if (!ok) problems.push(`${path}${key} is neither a URL nor a typed CreativeWork`);
  }
  if (options.recommended) {
    for (const key of ['author', 'datePublished', 'appearance']) {
      if (claim[key] === undefined) problems.push(`${path}${key} is missing (recommended)`);
    }
  }
}

function checkAgent(node: Node, key: string, path: string, types: string[], problems: string[]): void {
  const agent = node[key];
  if (agent === undefined) return;
  if (!isNode(agent) || !types.some((type) => hasType(agent, type))) {
    problems.push(`${path}${key} is not a ${types.join(' or ')}`);
    return;
  }
  requireText(agent, 'name', `${path}${key}.`, problems);
}

function checkDate(node: Node, key: string, path: string, problems: string[]): void {
  const value = node[key];
  if (value === undefined) return;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(Date.parse(value))) {
    problems.push(`${path}${key} is not an ISO 8601 date`);
  }
}

function requireText(node: Node, key: string, path: string, problems: string[]): boolean {
  const value = node[key];
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    problems.push(`${path}${key} is missing`);
    return false;
  }
  if (typeof value !== 'string') {
    problems.push(`${path}${key} is not text`);
    return false;
  }
  return true;
}

/** schema.org allows Number or Text for ratings; a numeric string is accepted. */
function readNumber(node: Node, key: string, path: string, problems: string[]): number | undefined {
  const raw = node[key];
  if (raw === undefined) return undefined;
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
  if (!Number.isFinite(value)) {
    problems.push(`${path}${key} is not a number`);
    return undefined;
  }
  return value;
}

function hasType(node: Node, type: string): boolean {
  const value = node['@type'];
  return value === type || (Array.isArray(value) && value.includes(type));
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
