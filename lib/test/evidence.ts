/** Evidence for service tests: a verdict is approved only with the workspace's minimum of sources (default 1) and a rationale. */
import type { Actor } from '../auth/permissions';
import { prisma } from '../db';
import { addSource } from '../services/sources';

/** Adds `count` sources to a claim as `actor` (who thereby becomes one of its reviewers). */
export async function addEvidence(actor: Actor, articleId: string, claimId: string, count = 1): Promise<void> {
  for (let i = 1; i <= count; i++) {
    await addSource(actor, { articleId, claimId, url: `https://evidence.example/${claimId}/${i}`, title: `Evidence ${i}` });
  }
}

/** The claim's stored version: a source change bumps it, so a test saving after one reads it anew. */
export async function versionOf(claimId: string): Promise<number> {
  return (await prisma.claim.findUniqueOrThrow({ where: { id: claimId }, select: { version: true } })).version;
}
