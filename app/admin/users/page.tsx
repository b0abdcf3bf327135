import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/session';
import { listUsers } from '@/lib/services/users';
import { TopBar } from '@/components/ui/top-bar';
import { UserAdmin } from '@/components/admin/user-admin';

export const metadata: Metadata = { title: 'Users' };

export default async function UsersPage() {
  const actor = await requirePageActor('/admin/users', 'user:manage');
  const users = await listUsers(actor);
  return (
    <>
      <TopBar actor={actor} />
      <main className="page stack">
        <h1>Users</h1>
        <UserAdmin users={users} meId={actor.id} />
      </main>
    </>
  );
}
