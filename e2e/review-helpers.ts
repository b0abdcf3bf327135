import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { storageState, type RoleName } from './credentials';

/** The short bridge article several specs review: three claims, one of them a "declined to comment". */
export const BRIDGE_ARTICLE = [
  'Bridge costs under scrutiny',
  '',
  'The city spent $4.2 million on the Elm Street bridge in 2023, according to the council.',
  'Mayor Jane Doe said the bridge would reopen by March 2026.',
  'The transport department declined to comment.',
].join('\n');

/**
 * For specs where several people work at once: `as(browser, role)` opens a page signed in as that
 * role in a browser context of its own; every context is closed after each test. Call it at the
 * top of a spec file.
 */
export function pagesByRole(): (browser: Browser, role: RoleName) => Promise<Page> {
  const contexts: BrowserContext[] = [];
  test.afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });
  return async (browser, role) => {
    const context = await browser.newContext({ storageState: storageState(role) });
    contexts.push(context);
    return context.newPage();
  };
}

export const REVIEW_ARTICLE = [
  'Bridge costs under scrutiny',
  '',
  'The city spent $4.2 million on the Elm Street bridge in 2023, according to the council.',
  'Mayor Jane Doe said the bridge would reopen by March 2026.',
  'Unemployment in the county fell to 3.1 percent last year, the statistics office reported.',
  'The new law requires every driver to carry a permit from 2025, officials said.',
  'Crime rose by 12 percent after the police budget was cut, the union claimed.',
].join('\n');

/** Adds an article through the API as the page's signed-in user and returns its id. */
export async function createReviewArticle(page: Page, title = `Review ${Date.now()}`): Promise<string> {
  const response = await page.request.post('/api/v1/articles', { data: { title, body: REVIEW_ARTICLE } });
  expect(response.status()).toBe(201);
  const { data } = (await response.json()) as { data: { id: string; claimCount: number } };
  expect(data.claimCount).toBe(5);
  return data.id;
}

/** The claims list and its selected row. */
export function claimList(page: Page) {
  const list = page.getByRole('list', { name: 'Claims' });
  return { list, current: list.locator('[aria-current="true"]') };
}

/** Opens an article's workbench and waits until it is interactive (keys pressed earlier would be lost). */
/** Opens the workbench; the review specs read the claims list in text order unless they pass another query. */
export async function openWorkbench(page: Page, id: string, query = '?sort=position'): Promise<void> {
  await page.goto(`/articles/${id}${query}`);
  await expect(page.getByTestId('workbench')).toHaveAttribute('data-hydrated', 'true');
}

/**
 * Gives a claim the evidence a verdict needs before approval (a source, and a rationale if it has
 * none), through the API as the page's user, who thereby becomes one of the claim's reviewers.
 */
export async function addEvidenceByApi(page: Page, articleId: string, quote: RegExp, rationale = 'The council minutes show it.'): Promise<void> {
  const listed = await page.request.get(`/api/v1/articles/${articleId}/claims?limit=100`);
  expect(listed.status()).toBe(200);
  const claims = ((await listed.json()) as { data: { id: string; quote: string; version: number; rationale: string | null }[] }).data;
  const claim = claims.find((c) => quote.test(c.quote));
  if (!claim) throw new Error(`no claim matches ${quote}`);
  const source = await page.request.post(`/api/v1/articles/${articleId}/claims/${claim.id}/sources`, {
    data: { url: 'https://council.example/minutes/2024-01-12', title: 'Council minutes, 12 January 2024' },
  });
  expect(source.status(), await source.text()).toBe(201);
  if (claim.rationale) return;
  // A source change bumps the claim's version; the response says the new one.
  const version = Number(source.headers()['x-claim-version']);
  expect(version).toBe(claim.version + 1);
  const saved = await page.request.patch(`/api/v1/articles/${articleId}/claims/${claim.id}`, { data: { version, rationale } });
  expect(saved.status(), await saved.text()).toBe(200);
}
