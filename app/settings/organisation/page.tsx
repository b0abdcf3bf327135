import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/session';
import { getOrganisation, getReviewPolicy } from '@/lib/services/settings';
import { TopBar } from '@/components/ui/top-bar';
import { OrganisationForm } from '@/components/settings/organisation-form';
import { ReviewPolicyForm } from '@/components/settings/review-policy-form';

export const metadata: Metadata = { title: 'Organisation' };

export default async function OrganisationPage() {
  const actor = await requirePageActor('/settings/organisation', 'settings:manage');
  const [organisation, reviewPolicy] = await Promise.all([getOrganisation(actor), getReviewPolicy(actor)]);
  return (
    <>
      <TopBar actor={actor} />
      <main className="page stack">
        <h1>Organisation</h1>
        <p className="muted">
          The organisation named as the author of every ClaimReview export (<code>author.name</code> and{' '}
          <code>author.url</code>), and the base address of the published reviews.
        </p>
        <OrganisationForm initial={organisation} />
        <ReviewPolicyForm initial={reviewPolicy} />
      </main>
    </>
  );
}
