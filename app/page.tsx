import Link from '@/components/ui/app-link';
import { requirePageActor } from '@/lib/auth/session';
import { listArticlePage } from '@/lib/services/article-list';
import { listVerdicts } from '@/lib/services/settings';
import { listTeam } from '@/lib/services/users';
import { AppError } from '@/lib/errors';
import type { ArticleSummary } from '@/lib/services/articles';
import { TopBar } from '@/components/ui/top-bar';
import { ProgressBar } from '@/components/ui/progress-bar';
import { LabelledInput, LabelledSelect, peopleOptions, statusOptions, verdictOptions } from '@/components/ui/labelled-select';

const PAGE_SIZE = 50;
const FILTER_KEYS = ['sort', 'status', 'verdict', 'assignee', 'addedBy', 'outlet', 'from', 'to'] as const;
const SORTS = [
  { value: 'newest', label: 'Newest first' },
  { value: 'oldest', label: 'Oldest first' },
  { value: 'title', label: 'Title A–Z' },
];
const ANYONE = [
  { value: '', label: 'Anyone' },
  { value: 'me', label: 'Me' },
];

type Params = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : '');

function listHref(params: Params, cursor?: string): string {
  const out = new URLSearchParams();
  for (const key of FILTER_KEYS) if (one(params[key])) out.set(key, one(params[key]));
  if (cursor) out.set('cursor', cursor);
  const query = out.toString();
  return query ? `/?${query}` : '/';
}

export default async function HomePage({ searchParams }: { searchParams: Promise<Params> }) {
  const params = await searchParams;
  const actor = await requirePageActor('/');
  const input = Object.fromEntries([...FILTER_KEYS, 'cursor'].map((k) => [k, one(params[k]) || undefined]));
  let articles: ArticleSummary[] = [];
  let nextCursor: string | null = null;
  let problem: string | null = null;
  try {
    ({ data: articles, nextCursor } = await listArticlePage(actor, { ...input, limit: PAGE_SIZE }));
  } catch (error) {
    if (!(error instanceof AppError) || (error.code !== 'INVALID' && error.code !== 'BAD_REQUEST')) throw error;
    problem = error.message;
  }
  const [verdicts, team] = await Promise.all([listVerdicts(actor), listTeam(actor)]);
  const filtered = FILTER_KEYS.some((k) => k !== 'sort' && one(params[k]));
  const paged = !!one(params.cursor);
  return (
    <>
      <TopBar actor={actor} />
      <main className="page stack">
        <div className="row">
          <h1 className="grow">Articles</h1>
          <Link href="/articles/new" className="btn primary">Add article</Link>
        </div>
        <form role="search" aria-label="Filter articles" action="/" method="get" className="stack">
          <div className="claim-filters">
            <LabelledSelect id="articles-sort" label="Sort" name="sort" defaultValue={one(params.sort) || 'newest'} options={SORTS} />
            <LabelledSelect id="articles-status" label="Has claims" name="status" defaultValue={one(params.status)} options={statusOptions()} />
            <LabelledSelect id="articles-verdict" label="With verdict" name="verdict" defaultValue={one(params.verdict)} options={verdictOptions(verdicts)} />
            <LabelledSelect id="articles-assignee" label="Assigned to" name="assignee" defaultValue={one(params.assignee)} options={[...ANYONE, { value: 'none', label: 'Unassigned' }, ...peopleOptions(team, actor.id)]} />
            <LabelledSelect id="articles-added-by" label="Added by" name="addedBy" defaultValue={one(params.addedBy)} options={[...ANYONE, ...peopleOptions(team, actor.id)]} />
            <LabelledInput id="articles-outlet" label="Outlet" type="text" name="outlet" defaultValue={one(params.outlet)} maxLength={200} />
            <LabelledInput id="articles-from" label="Added from" type="date" name="from" defaultValue={one(params.from)} />
            <LabelledInput id="articles-to" label="Added to" type="date" name="to" defaultValue={one(params.to)} />
          </div>
          <div className="row">
            <button type="submit" className="btn">Apply</button>
            {filtered && <Link href="/">Clear filters</Link>}
          </div>
        </form>
        {problem ? (
          <p className="form-error" role="alert">
            {problem} <Link href="/">Show all articles</Link>
          </p>
        ) : articles.length === 0 ? (
          <div className="card">
            {filtered || paged ? (
              <p>No articles match these filters. <Link href="/">Show all articles</Link></p>
            ) : (
              <p>No articles yet. <Link href="/articles/new">Add the first one</Link>: paste its text or upload a .txt or .md file.</p>
            )}
          </div>
        ) : (
          <>
            <table className="list" aria-label="Articles">
              <thead>
                <tr>
                  <th scope="col">Title</th>
                  <th scope="col">Outlet</th>
                  <th scope="col">Added</th>
                  <th scope="col">Progress</th>
                </tr>
              </thead>
              <tbody>
                {articles.map((a) => (
                  <tr key={a.id}>
                    <td>
                      <Link href={`/articles/${a.id}`}>{a.title}</Link>
                    </td>
                    <td>{a.outlet ?? '—'}</td>
                    <td className="small">
                      {a.createdAt.slice(0, 10)} by {a.addedBy}
                    </td>
                    <td>
                      <ProgressBar {...a.counts} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <nav aria-label="Pages of articles" className="row">
              {paged && <Link className="btn" href={listHref(params)}>First page</Link>}
              {nextCursor && <Link className="btn" href={listHref(params, nextCursor)} rel="next">Next {PAGE_SIZE} articles</Link>}
              <span className="small muted">
                {articles.length} article{articles.length === 1 ? '' : 's'} on this page
              </span>
            </nav>
          </>
        )}
      </main>
    </>
  );
}
