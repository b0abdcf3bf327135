import { prisma } from '@/lib/db';
import { assertCan, type Actor } from '@/lib/auth/permissions';

export type SettingsDto = { orgName: string; orgUrl: string; claimThreshold: number };

export async function getSettings(): Promise<SettingsDto> {
  const row = await prisma.setting.findUnique({ where: { id: 1 } });
  return row
    ? { orgName: row.orgName, orgUrl: row.orgUrl, claimThreshold: row.claimThreshold }
    : { orgName: 'Claimdesk', orgUrl: 'http://localhost:3000', claimThreshold: 0.5 };
}

/** The verdict scale, in display order. */
export async function listVerdicts(actor: Actor) {
  assertCan(actor, 'article:read');
  return prisma.verdictOption.findMany({ orderBy: { order: 'asc' } });
}
