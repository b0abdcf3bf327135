'use server';
import { revalidatePath } from 'next/cache';
import { runAction, type ActionResult } from '@/lib/http/action';
import { updateOrganisation, type OrganisationDto } from '@/lib/services/settings';

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
