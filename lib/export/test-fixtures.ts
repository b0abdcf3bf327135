import type { ExportBundle, ExportClaim, ExportHeader, ExportSource, ExportVerdict } from './types';

/** Shared test data for the export writers (not a test file itself). */
export const header: ExportHeader = {
  organisation: { name: 'Claimdesk Checks', url: 'https://checks.example.org' },
  scale: { worstRating: 1, bestRating: 6 },
  article: {
    id: 'art_1',
    title: 'Pentagon budget, "explained" — part 1',
    outlet: 'The Daily Example',
    url: 'https://news.example.com/2024/05/pentagon-budget',
    author: 'Jane Reporter',
    publishedAt: '2024-05-01T08:30:00.000Z',
    createdAt: '2024-05-02T09:00:00.000Z',
  },
};

export const verdicts = {
  false: { label: 'False', colour: '#d32f2f', ratingValue: 2, order: 5 },
  mostlyTrue: { label: 'Mostly True', colour: '#7cb342', ratingValue: 5, order: 2 },
  unproven: { label: 'Unproven', colour: '#9e9e9e', ratingValue: null, order: 7 },
} satisfies Record<string, ExportVerdict>;

export function makeSource(overrides: Partial<ExportSource> = {}): ExportSource {
  return {
    url: 'https://data.example.gov/budget-2024',
    title: 'Budget tables 2024',
    publisher: 'Treasury',
    publishedAt: '2024-03-01T00:00:00.000Z',
    accessedAt: '2024-05-02T10:00:00.000Z',
    excerpt: 'Total outlays: $842bn',
    stance: 'refutes',
    confidential: false,
    ...overrides,
  };
}

export function makeClaim(overrides: Partial<ExportClaim> = {}): ExportClaim {
  const claim: ExportClaim = {
    id: 'clm_1',
    articleId: 'art_1',
    quote: 'The budget doubled last year',
    claimText: 'The Pentagon budget doubled in 2023',
    start: 120,
    end: 148,
    claimType: 'quantity',
    speaker: 'Department of Defense',
    status: 'approved',
    verdict: verdicts.false,
    rationale: 'Outlays rose 4%, not 100%.',
    reviewer: { name: 'Rita Reviewer' },
    approvedBy: { name: 'Ed Editor' },
    reviewedAt: '2024-05-03T14:00:00.000Z',
    updatedAt: '2024-05-03T15:00:00.000Z',
    sources: [makeSource()],
    ...overrides,
  };
  // Each claim has a published fact-check page unless a test says otherwise.
  return 'publicUrl' in overrides ? claim : { ...claim, publicUrl: `https://checks.example.org/fact-checks/${claim.articleId}#${claim.id}` };
}

export const SECRET_URL = 'https://whistle.example.net/secret-memo';
export const SECRET_TITLE = 'Leaked memo from insider';

export function makeBundle(claims: ExportClaim[] = [makeClaim()]): ExportBundle {
  return { ...header, claims };
}

/** A claim with a public and a confidential source. */
export function claimWithSecret(id = 'clm_secret'): ExportClaim {
  return makeClaim({
    id,
    sources: [
      makeSource(),
      makeSource({ url: SECRET_URL, title: SECRET_TITLE, excerpt: 'do not publish', confidential: true, stance: 'supports' }),
    ],
  });
}

/** Yields `count` generated claims one at a time, as a database cursor would. */
export async function* generateClaims(count: number): AsyncGenerator<ExportClaim> {
  for (let i = 0; i < count; i += 1) yield syntheticClaim(i);
}

export function syntheticClaim(i: number): ExportClaim {
  const verdict = [verdicts.false, verdicts.mostlyTrue, verdicts.unproven, null][i % 4];
  return makeClaim({
    id: `clm_${i}`,
    claimText: `Claim number ${i}, with "quotes", commas and\na newline`,
    quote: `=SUM(A${i})`,
    speaker: i % 3 === 0 ? 'Ministry of Health' : `Speaker ${i}`,
    verdict,
    sources: i % 5 === 0 ? [makeSource(), makeSource({ url: SECRET_URL, confidential: true })] : [makeSource()],
  });
}
