'use server';
import { runAction } from '@/lib/http/action';
import { articleInsights, setClaimThreshold } from '@/lib/services/candidates';

export async function articleInsightsAction(input: { articleId: string }) {
  return runAction((actor) => articleInsights(actor, String(input.articleId)), { input });
}

export async function setClaimThresholdAction(input: { threshold: number | string }) {
  return runAction((actor) => setClaimThreshold(actor, input), { input });
}
