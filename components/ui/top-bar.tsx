import Link from 'next/link';
import type { Actor } from '@/lib/auth/permissions';
import { can } from '@/lib/auth/permissions';
import { SignOutButton } from '@/components/auth/sign-out-button';

export function TopBar({ actor }: { actor: Actor }) {
  return (
    <header className="topbar">
      <Link href="/" className="brand">Claimdesk</Link>
      <nav aria-label="Main">
        <Link href="/">Articles</Link>
        <Link href="/articles/new">Add article</Link>
        {can(actor, 'user:manage') && <Link href="/admin/users">Users</Link>}
      </nav>
      <span className="who">
        {actor.name} · {actor.role}
      </span>
      <SignOutButton />
    </header>
  );
}
