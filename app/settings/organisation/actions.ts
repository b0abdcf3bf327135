'use server';
import { revalidatePath } from 'next/cache';
import { formText, runAction, type ActionResult } from '@/lib/http/action';
import { updateOrganisation, updateReviewPolicy, type OrganisationDto, type ReviewPolicyDto } from '@/lib/services/settings';

export type OrganisationState = (ActionResult<OrganisationDto> & { values?: OrganisationDto }) | null;

export async function updateOrganisationAction(_prev: OrganisationState, form: FormData): Promise<OrganisationState> {
  const values = {
    orgName: formText(form, 'orgName'),
    orgUrl: formText(form, 'orgUrl'),
    factCheckUrlPattern: formText(form, 'factCheckUrlPattern'),
  };
  const result = await runAction((actor) => updateOrganisation(actor, values), { form });
  if (result.ok) revalidatePath('/settings/organisation');
  return { ...result, values };
}

export type ReviewPolicyState = (ActionResult<ReviewPolicyDto> & { values?: { minSourcesForApproval: string } }) | null;

export async function updateReviewPolicyAction(_prev: ReviewPolicyState, form: FormData): Promise<ReviewPolicyState> {
  const values = { minSourcesForApproval: formText(form, 'minSourcesForApproval') };
  const result = await runAction((actor) => updateReviewPolicy(actor, values), { form });
  if (result.ok) revalidatePath('/settings/organisation');
  return { ...result, values };
}
