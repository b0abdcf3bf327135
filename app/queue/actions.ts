'use server';
import { revalidatePath } from 'next/cache';
import { runAction } from '@/lib/http/action';
import { markMentionsRead } from '@/lib/services/assignments';
import type { MentionsReadInput } from '@/lib/validation/collab';

export async function markMentionsReadAction(input: MentionsReadInput) {
  return runAction(async (actor) => {
    const result = await markMentionsRead(actor, input);
    revalidatePath('/queue');
    return result;
  }, { input });
}
