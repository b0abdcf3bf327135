import type { Metadata } from 'next';
import Link from '@/components/ui/app-link';
import { requirePageActor } from '@/lib/auth/session';
import { TopBar } from '@/components/ui/top-bar';

export const metadata: Metadata = { title: 'Settings' };

const SECTIONS = [
  { href: '/admin/users', title: 'Users', text: 'Add people, change roles, deactivate accounts.' },
  { href: '/settings/verdicts', title: 'Verdict scale', text: 'Labels, colours, order, ClaimReview rating values and help text.' },
  { href: '/settings/organisation', title: 'Organisation', text: 'The name and URL that ClaimReview exports give as the author of each review; the sources a verdict needs before approval.' },
  { href: '/settings/tokens', title: 'API tokens', text: 'Tokens for integrators: read or read-and-write, with expiry; revocable.' },
];

export default async function SettingsPage() {
  const actor = await requirePageActor('/settings', 'settings:manage');
  return (
    <>
      <TopBar actor={actor} />
      <main className="page stack">
        <h1>Settings</h1>
        <ul className="stack" style={{ listStyle: 'none', padding: 0 }}>
          {SECTIONS.map((s) => (
            <li key={s.href} className="card">
              <h2>
                <Link href={s.href}>{s.title}</Link>
              </h2>
              <p className="muted" style={{ margin: 0 }}>
                {s.text}
              </p>
            </li>
          ))}
        </ul>
      </main>
    </>
  );
}
