import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/session';
import { listTokens } from '@/lib/services/tokens';
import { TopBar } from '@/components/ui/top-bar';
import { TokenAdmin } from '@/components/settings/token-admin';

export const metadata: Metadata = { title: 'API tokens' };

export default async function TokensPage() {
  const actor = await requirePageActor('/settings/tokens', 'user:manage');
  const tokens = await listTokens(actor);
  return (
    <>
      <TopBar actor={actor} />
      <main className="page stack">
        <h1>API tokens</h1>
        <p className="muted">
          A token lets another system use the Claimdesk API (<code>/api/v1</code>) as you, with the scope you choose. Send it in the header{' '}
          <code style={{ whiteSpace: 'nowrap' }}>Authorization: Bearer &lt;token&gt;</code>. The description of every route is at <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.
        </p>
        <TokenAdmin tokens={tokens} />
      </main>
    </>
  );
}
