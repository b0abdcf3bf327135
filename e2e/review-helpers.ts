import { expect, type Page } from '@playwright/test';

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
