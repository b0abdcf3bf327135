'use server';
import { revalidatePath } from 'next/cache';
import { formText, runAction, type ActionResult } from '@/lib/http/action';
import { createToken, revokeToken, type CreatedTokenDto } from '@/lib/services/tokens';
import type { TokenScope } from '@/lib/validation/token';

export type CreateTokenState = (ActionResult<CreatedTokenDto> & { values?: Record<string, string> }) | null;

export async function createTokenAction(_prev: CreateTokenState, form: FormData): Promise<CreateTokenState> {
  const values = { name: formText(form, 'name'), scope: formText(form, 'scope', 'read'), expiresAt: formText(form, 'expiresAt') };
  const result = await runAction((actor) => createToken(actor, { ...values, scope: values.scope as TokenScope }), { form });
  if (result.ok) revalidatePath('/settings/tokens');
  return { ...result, values: result.ok ? undefined : values };
}

export async function revokeTokenAction(tokenId: string) {
  const result = await runAction((actor) => revokeToken(actor, { tokenId }), { input: { tokenId } });
  if (result.ok) revalidatePath('/settings/tokens');
  return result;
}
