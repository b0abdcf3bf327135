import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/session';
import { listVerdictScale } from '@/lib/services/verdict-scale';
import { TopBar } from '@/components/ui/top-bar';
import { VerdictScaleEditor } from '@/components/settings/verdict-scale-editor';

export const metadata: Metadata = { title: 'Verdict scale' };

export default async function VerdictSettingsPage() {
  const actor = await requirePageActor('/settings/verdicts', 'settings:manage');
  const scale = await listVerdictScale(actor);
  return (
    <>
      <TopBar actor={actor} />
      <main className="page stack">
        <h1>Verdict scale</h1>
        <p className="muted">
          The verdicts reviewers choose from, in order: the first nine are the number keys 1–9 on the article page. The description is shown as help
          in the verdict picker; the rating value goes into ClaimReview exports (higher means more true; leave it empty for verdicts off the numeric
          scale). Renaming a verdict keeps every claim that uses it.
        </p>
        <VerdictScaleEditor scale={scale} />
      </main>
    </>
  );
}
