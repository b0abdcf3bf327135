'use server';
import { revalidatePath } from 'next/cache';
import { formText, runAction, type ActionResult } from '@/lib/http/action';
import { updateOrganisation, type OrganisationDto } from '@/lib/services/settings';

export type OrganisationState = (ActionResult<OrganisationDto> & { values?: OrganisationDto }) | null;

export async function updateOrganisationAction(_prev: OrganisationState, form: FormData): Promise<OrganisationState> {
  const values = { orgName: formText(form, 'orgName'), orgUrl: formText(form, 'orgUrl') };
  const result = await runAction((actor) => updateOrganisation(actor, values), { form });
  if (result.ok) revalidatePath('/settings/organisation');
  return { ...result, values };
}
