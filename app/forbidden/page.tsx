import Link from '@/components/ui/app-link';
import { requirePageActor } from '@/lib/auth/session';
import { TopBar } from '@/components/ui/top-bar';

export default async function ForbiddenPage() {
  const actor = await requirePageActor('/forbidden');
  return (
    <>
      <TopBar actor={actor} />
      <main className="page">
        <div className="card stack">
          <h1>Not allowed</h1>
          <p>Your role ({actor.role}) cannot open that page. Ask an admin if you need access.</p>
          <Link className="btn" href="/">Back to articles</Link>
        </div>
      </main>
    </>
  );
}
