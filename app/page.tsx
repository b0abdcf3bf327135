import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/session';
import { listArticles } from '@/lib/services/articles';
import { TopBar } from '@/components/ui/top-bar';
import { ProgressBar } from '@/components/ui/progress-bar';

export default async function HomePage() {
  const actor = await requirePageActor('/');
  const articles = await listArticles(actor);
  return (
    <>
      <TopBar actor={actor} />
      <main className="page stack">
        <div className="row">
          <h1 className="grow">Articles</h1>
          <Link href="/articles/new" className="btn primary">Add article</Link>
        </div>
        {articles.length === 0 ? (
          <div className="card">
            <p>No articles yet. <Link href="/articles/new">Add the first one</Link>: paste its text or upload a .txt or .md file.</p>
          </div>
        ) : (
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
        )}
      </main>
    </>
  );
}
