import type { Metadata } from 'next';
import Link from '@/components/ui/app-link';
import { requirePageActor } from '@/lib/auth/session';
import { search, type SearchHit } from '@/lib/services/search';
import { listVerdicts } from '@/lib/services/settings';
import { listTeam } from '@/lib/services/users';
import { AppError } from '@/lib/errors';
import { SEARCH_KINDS, type SearchKind } from '@/lib/validation/search-query';
import { TopBar } from '@/components/ui/top-bar';
import { LabelledInput, LabelledSelect, peopleOptions, statusOptions, verdictOptions } from '@/components/ui/labelled-select';
import { Highlighted } from '@/components/search/highlighted';
import { ResultKeys } from '@/components/search/result-keys';

export const metadata: Metadata = { title: 'Search' };

const KIND_LABEL: Record<SearchKind, string> = { claim: 'Claims', article: 'Articles', source: 'Sources', comment: 'Comments', factcheck: 'Earlier fact-checks' };
const KIND_ONE: Record<SearchKind, string> = { claim: 'Claim', article: 'Article', source: 'Source', comment: 'Comment', factcheck: 'Fact-check' };
const GROUP_ORDER: SearchKind[] = ['claim', 'article', 'source', 'comment', 'factcheck'];
const FILTER_KEYS = ['q', 'kind', 'verdict', 'status', 'from', 'to', 'speaker', 'outlet', 'reviewer'] as const;

type Params = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : '');

function hrefWith(params: Params, change: Record<string, string | undefined>): string {
  const out = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = key in change ? change[key] : one(params[key]);
    if (value) out.set(key, value);
  }
  if (change.cursor) out.set('cursor', change.cursor);
  return `/search?${out.toString()}`;
}

function Result({ hit }: { hit: SearchHit }) {
  const where = hit.kind === 'factcheck' ? hit.outlet : hit.articleTitle;
  const meta = [KIND_ONE[hit.kind], hit.verdict?.label, hit.status?.replace('_', ' '), hit.speaker, where, hit.date?.slice(0, 10)].filter(Boolean).join(' · ');
  const title = <Highlighted segments={hit.title} />;
  return (
    <li>
      {hit.href ? (
        hit.kind === 'factcheck' ? (
          <a href={hit.href} data-search-result="" rel="noopener noreferrer" target="_blank">
            {title}
          </a>
        ) : (
          <Link href={hit.href} data-search-result="">
            {title}
          </Link>
        )
      ) : (
        <strong>{title}</strong>
      )}
      {hit.snippet.length > 0 && (
        <p className="search-snippet small">
          <span className="muted">{hit.field}: </span>
          <Highlighted segments={hit.snippet} />
        </p>
      )}
      <div className="small muted">{meta}</div>
    </li>
  );
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<Params> }) {
  const params = await searchParams;
  const actor = await requirePageActor('/search', 'article:read');
  const q = one(params.q).trim();
  const input = Object.fromEntries([...FILTER_KEYS, 'cursor'].map((k) => [k, one(params[k]) || undefined]));
  let hits: SearchHit[] = [];
  let nextCursor: string | null = null;
  let correctedQuery: string | null = null;
  let problem: string | null = null;
  if (q) {
    try {
      ({ data: hits, nextCursor, correctedQuery } = await search(actor, input));
    } catch (error) {
      if (!(error instanceof AppError) || (error.code !== 'INVALID' && error.code !== 'BAD_REQUEST')) throw error;
      problem = error.message;
    }
  }
  const [verdicts, team] = await Promise.all([listVerdicts(actor), listTeam(actor)]);
  const kind = one(params.kind);
  const groups = GROUP_ORDER.map((k) => [k, hits.filter((h) => h.kind === k)] as const).filter(([, list]) => list.length);
  return (
    <>
      <TopBar actor={actor} searchQuery={q} />
      <main className="page stack">
        <h1>Search</h1>
        <form role="search" aria-label="Search with filters" action="/search" method="get" className="card stack">
          <div className="row">
            <div className="grow">
              <label htmlFor="search-q">Search for</label>
              <input id="search-q" type="search" name="q" defaultValue={q} maxLength={200} autoFocus={!q} />
            </div>
            <button type="submit" className="btn primary" style={{ alignSelf: 'flex-end' }}>
              Search
            </button>
          </div>
          <div className="claim-filters">
            <LabelledSelect id="search-kind" label="Kind" name="kind" defaultValue={kind} options={[{ value: '', label: 'Everything' }, ...SEARCH_KINDS.map((k) => ({ value: k, label: KIND_LABEL[k] }))]} />
            <LabelledSelect id="search-verdict" label="Verdict" name="verdict" defaultValue={one(params.verdict)} options={verdictOptions(verdicts)} />
            <LabelledSelect id="search-status" label="Status" name="status" defaultValue={one(params.status)} options={statusOptions()} />
            <LabelledSelect id="search-reviewer" label="Reviewer" name="reviewer" defaultValue={one(params.reviewer)} options={[{ value: '', label: 'Anyone' }, ...peopleOptions(team)]} />
            <LabelledInput id="search-speaker" label="Speaker" type="text" name="speaker" defaultValue={one(params.speaker)} maxLength={200} />
            <LabelledInput id="search-outlet" label="Outlet" type="text" name="outlet" defaultValue={one(params.outlet)} maxLength={200} />
            <LabelledInput id="search-from" label="From" type="date" name="from" defaultValue={one(params.from)} />
            <LabelledInput id="search-to" label="To" type="date" name="to" defaultValue={one(params.to)} />
          </div>
        </form>

        {q && (
          <nav aria-label="Kinds of results">
            <ul className="kind-tabs">
              {[['', 'Everything'] as const, ...SEARCH_KINDS.map((k) => [k, KIND_LABEL[k]] as const)].map(([k, label]) => (
                <li key={k || 'all'}>
                  <Link className="btn small-btn" href={hrefWith(params, { kind: k || undefined })} aria-current={kind === k ? 'page' : undefined}>
                    {label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}

        {problem ? (
          <p className="form-error" role="alert">
            {problem}
          </p>
        ) : !q ? (
          <div className="card">
            <p>Type words from a claim, a speaker, an outlet, a source or a fact-checker. Partial words, names without accents and small typos are found too (a typo is corrected when too little matches as typed).</p>
            <p className="small muted">Press / on any page to jump to the search box; ↓ and ↑ move through the results, Enter opens one.</p>
          </div>
        ) : hits.length === 0 ? (
          <div className="card" role="status">
            <p>
              Nothing found for <strong>{q}</strong>
              {kind || one(params.verdict) || one(params.status) || one(params.speaker) || one(params.outlet) || one(params.reviewer) || one(params.from) || one(params.to) ? ' with these filters' : ''}.
            </p>
            <p className="small muted">Try fewer words, another spelling, or remove a filter.</p>
          </div>
        ) : (
          <ResultKeys>
            {correctedQuery ? (
              <p role="status" data-corrected-query="">
                Showing results for <strong>{correctedQuery}</strong>{' '}
                <span className="small muted">
                  ({hits.length}
                  {nextCursor ? '+' : ''}, best first): too little matched “{q}”.
                </span>
              </p>
            ) : (
              <p className="small muted" role="status">
                {hits.length}
                {nextCursor ? '+' : ''} results for “{q}”, best first.
              </p>
            )}
            {groups.map(([k, list]) => (
              <section key={k} aria-labelledby={`group-${k}`} className="card">
                <h2 id={`group-${k}`}>
                  {KIND_LABEL[k]} <span className="badge">{list.length}</span>
                </h2>
                <ul className="search-results">
                  {list.map((hit) => (
                    <Result key={`${hit.kind}:${hit.id}`} hit={hit} />
                  ))}
                </ul>
              </section>
            ))}
            {nextCursor && (
              <p>
                <Link className="btn" href={hrefWith(params, { cursor: nextCursor })}>
                  More results
                </Link>
              </p>
            )}
          </ResultKeys>
        )}
      </main>
    </>
  );
}
