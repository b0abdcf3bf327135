'use server';
import { revalidatePath } from 'next/cache';
import { runAction } from '@/lib/http/action';
import { createVerdict, removeVerdict, reorderVerdicts, updateVerdict } from '@/lib/services/verdict-scale';
import type { VerdictCreateInput, VerdictReorderInput, VerdictUpdateInput } from '@/lib/validation/verdict';

// Thin adapters: the session comes from runAction, permissions and validation from the service.

export async function createVerdictAction(input: VerdictCreateInput) {
  const result = await runAction((actor) => createVerdict(actor, input), { input });
  if (result.ok) revalidatePath('/settings/verdicts');
  return result;
}

export async function updateVerdictAction(input: VerdictUpdateInput) {
  const result = await runAction((actor) => updateVerdict(actor, input), { input });
  if (result.ok) revalidatePath('/settings/verdicts');
  return result;
}

export async function reorderVerdictsAction(input: VerdictReorderInput) {
  const result = await runAction((actor) => reorderVerdicts(actor, input), { input });
  if (result.ok) revalidatePath('/settings/verdicts');
  return result;
}

export async function removeVerdictAction(input: { verdictId: string }) {
  const result = await runAction(async (actor) => {
    await removeVerdict(actor, input);
    return { id: input.verdictId };
  }, { input });
  if (result.ok) revalidatePath('/settings/verdicts');
  return result;
}
