import { prisma } from '@/lib/db';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { parseInput } from '@/lib/validation/parse';
import { claimPublicUrlSchema, type ClaimPublicUrlInput } from '@/lib/validation/public-url';
import { recordAudit } from './audit';
import { loadClaim, updateIfVersion } from './claims';
import type { ClaimDto } from './dto';

/**
 * Sets (or clears, with null) the public page of a claim's fact-check, ClaimReview `url`, overriding
 * the organisation's pattern. Editors only, as it decides what is published; allowed on approved
 * claims, since the page usually goes up after the approval, and versioned like every claim change.
 */
export async function setClaimPublicUrl(actor: Actor, input: ClaimPublicUrlInput): Promise<ClaimDto> {
  assertCan(actor, 'export:read');
  const data = parseInput(claimPublicUrlSchema, input);
  return prisma.$transaction(async (tx) => {
    const before = await loadClaim(tx, data.articleId, data.claimId);
    await updateIfVersion(tx, before, data.version, { publicUrl: data.publicUrl });
    const after = await loadClaim(tx, data.articleId, data.claimId);
    await recordAudit(tx, actor, {
      action: 'claim.public_url',
      entityType: 'claim',
      entityId: after.id,
      before: { publicUrl: before.publicUrl ?? null },
      after: { publicUrl: after.publicUrl ?? null },
    });
    return after;
  });
}
