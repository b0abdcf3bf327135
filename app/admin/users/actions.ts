'use server';
import { revalidatePath } from 'next/cache';
import { formText, runAction, type ActionResult } from '@/lib/http/action';
import { createUser, resetUserPassword, updateUser, type UserDto } from '@/lib/services/users';
import type { Role } from '@/lib/auth/permissions';

export type CreateUserState = (ActionResult<UserDto> & { values?: Record<string, string> }) | null;

export async function createUserAction(_prev: CreateUserState, form: FormData): Promise<CreateUserState> {
  const values = { email: formText(form, 'email'), name: formText(form, 'name'), role: formText(form, 'role', 'reviewer') };
  const result = await runAction((actor) => createUser(actor, { ...values, role: values.role as Role, password: formText(form, 'password') }), { form });
  if (result.ok) revalidatePath('/admin/users');
  return { ...result, values: result.ok ? undefined : values };
}

export async function updateUserAction(input: { userId: string; role?: Role; active?: boolean }) {
  const result = await runAction((actor) => updateUser(actor, input), { input });
  if (result.ok) revalidatePath('/admin/users');
  return result;
}

export async function resetUserPasswordAction(input: { userId: string; password: string }) {
  return runAction((actor) => resetUserPassword(actor, input), { input });
}
