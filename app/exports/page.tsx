import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/session';
import { listVerdicts } from '@/lib/services/settings';
import { TopBar } from '@/components/ui/top-bar';
import { WorkspaceExportForm } from '@/components/export/workspace-export-form';

export const metadata: Metadata = { title: 'Export' };

export default async function ExportsPage() {
  const actor = await requirePageActor('/exports', 'export:read');
  const verdicts = await listVerdicts(actor);
  return (
    <>
      <TopBar actor={actor} />
      <main className="page stack">
        <h1>Export the workspace</h1>
        <p className="muted">
          Verdicts of every article, or those added in a date range, as ClaimReview JSON-LD, CSV, JSON, Markdown or a printable
          HTML report. Large exports stream: the progress shows the claims received so far.
        </p>
        <WorkspaceExportForm verdicts={verdicts.map((v) => v.label)} />
      </main>
    </>
  );
}
