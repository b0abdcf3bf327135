import { prisma } from '@/lib/db';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { parseInput } from '@/lib/validation/parse';
import { DEFAULT_MIN_SOURCES, organisationSchema, reviewPolicySchema, type OrganisationInput, type ReviewPolicyInput } from '@/lib/validation/settings';
import { recordAudit } from './audit';

export type SettingsDto = { orgName: string; orgUrl: string; claimThreshold: number; factCheckUrlPattern: string | null };
export type OrganisationDto = { orgName: string; orgUrl: string; factCheckUrlPattern: string | null };

const DEFAULTS: SettingsDto = { orgName: 'Claimdesk', orgUrl: 'http://localhost:3000', claimThreshold: 0.5, factCheckUrlPattern: null };

export async function getSettings(): Promise<SettingsDto> {
  const row = await prisma.setting.findUnique({ where: { id: 1 } });
  return row
    ? { orgName: row.orgName, orgUrl: row.orgUrl, claimThreshold: row.claimThreshold, factCheckUrlPattern: row.factCheckUrlPattern }
    : DEFAULTS;
}

/** The organisation named as author of ClaimReview exports (admins). */
export async function getOrganisation(actor: Actor): Promise<OrganisationDto> {
  assertCan(actor, 'settings:manage');
  const { orgName, orgUrl, factCheckUrlPattern } = await getSettings();
  return { orgName, orgUrl, factCheckUrlPattern };
}

/** Sets the organisation's name and URL, with an audit event in the same transaction. */
export async function updateOrganisation(actor: Actor, input: OrganisationInput): Promise<OrganisationDto> {
  assertCan(actor, 'settings:manage');
  const data = parseInput(organisationSchema, input);
  return prisma.$transaction(async (tx) => {
    const before = await tx.setting.findUnique({ where: { id: 1 } });
    const row = await tx.setting.upsert({ where: { id: 1 }, create: { id: 1, ...data }, update: data });
    const after = { orgName: row.orgName, orgUrl: row.orgUrl, factCheckUrlPattern: row.factCheckUrlPattern };
    await recordAudit(tx, actor, {
      action: 'settings.organisation',
      entityType: 'setting',
      entityId: '1',
      before: before ? { orgName: before.orgName, orgUrl: before.orgUrl, factCheckUrlPattern: before.factCheckUrlPattern } : undefined,
      after,
    });
    return after;
  });
}

export type ReviewPolicyDto = { minSourcesForApproval: number };

/** The second-review policy: how many sources a verdict needs before approval. Anyone signed in may read it (the panel explains it). */
export async function getReviewPolicy(actor: Actor): Promise<ReviewPolicyDto> {
  assertCan(actor, 'article:read');
  const row = await prisma.setting.findUnique({ where: { id: 1 }, select: { minSourcesForApproval: true } });
  return { minSourcesForApproval: row?.minSourcesForApproval ?? DEFAULT_MIN_SOURCES };
}

/** Sets the second-review policy (admins), with an audit event in the same transaction. */
export async function updateReviewPolicy(actor: Actor, input: ReviewPolicyInput): Promise<ReviewPolicyDto> {
  assertCan(actor, 'settings:manage');
  const data = parseInput(reviewPolicySchema, input);
  return prisma.$transaction(async (tx) => {
    const before = await tx.setting.findUnique({ where: { id: 1 }, select: { minSourcesForApproval: true } });
    const row = await tx.setting.upsert({ where: { id: 1 }, create: { id: 1, ...data }, update: data });
    const after = { minSourcesForApproval: row.minSourcesForApproval };
    await recordAudit(tx, actor, {
      action: 'settings.review_policy',
      entityType: 'setting',
      entityId: '1',
      before: { minSourcesForApproval: before?.minSourcesForApproval ?? DEFAULT_MIN_SOURCES },
      after,
    });
    return after;
  });
}

/** The verdict scale, in display order. */
export async function listVerdicts(actor: Actor) {
  assertCan(actor, 'article:read');
  return prisma.verdictOption.findMany({ orderBy: { order: 'asc' } });
}
