import Link from '@/components/ui/app-link';
import type { Actor } from '@/lib/auth/permissions';
import { can } from '@/lib/auth/permissions';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { HeaderSearch } from '@/components/search/header-search';

export function TopBar({ actor, searchQuery }: { actor: Actor; searchQuery?: string }) {
  return (
    <header className="topbar">
      <Link href="/" className="brand">Claimdesk</Link>
      <nav aria-label="Main">
        <Link href="/">Articles</Link>
        <Link href="/articles/new">Add article</Link>
        <Link href="/queue">My queue</Link>
        {can(actor, 'export:read') && <Link href="/exports">Exports</Link>}
        {can(actor, 'claim:approve') && <Link href="/imports">Import</Link>}
        {can(actor, 'settings:manage') && <Link href="/settings">Settings</Link>}
      </nav>
      <HeaderSearch query={searchQuery} />
      <span className="who">
        {actor.name} · {actor.role}
      </span>
      <SignOutButton />
    </header>
  );
}
