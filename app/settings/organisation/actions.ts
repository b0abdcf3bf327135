'use server';
import { revalidatePath } from 'next/cache';
import { runAction, type ActionResult } from '@/lib/http/action';
import { updateOrganisation, updateReviewPolicy, type OrganisationDto, type ReviewPolicyDto } from '@/lib/services/settings';

export type OrganisationState = (ActionResult<OrganisationDto> & { values?: OrganisationDto }) | null;

export async function updateOrganisationAction(_prev: OrganisationState, form: FormData): Promise<OrganisationState> {
  const values = {
    orgName: String(form.get('orgName') ?? ''),
    orgUrl: String(form.get('orgUrl') ?? ''),
    factCheckUrlPattern: String(form.get('factCheckUrlPattern') ?? ''),
  };
  const result = await runAction((actor) => updateOrganisation(actor, values));
  if (result.ok) revalidatePath('/settings/organisation');
  return { ...result, values };
}

export type ReviewPolicyState = (ActionResult<ReviewPolicyDto> & { values?: { minSourcesForApproval: string } }) | null;

export async function updateReviewPolicyAction(_prev: ReviewPolicyState, form: FormData): Promise<ReviewPolicyState> {
  const values = { minSourcesForApproval: String(form.get('minSourcesForApproval') ?? '') };
  const result = await runAction((actor) => updateReviewPolicy(actor, values));
  if (result.ok) revalidatePath('/settings/organisation');
  return { ...result, values };
}
