/** Test data factories for service tests: real rows in the real test database. */
import { randomUUID } from 'node:crypto';
import { prisma } from '../db';
import { hashPassword } from '../auth/password';
import type { Actor, Role } from '../auth/permissions';
import { DEFAULT_VERDICTS } from '../seed/verdict-scale';

let cachedHash: Promise<string> | undefined;
export const TEST_PASSWORD = 'correct horse battery staple';

/** Empties every table and puts back the verdict scale and settings. */
export async function resetData(): Promise<void> {
  await prisma.$executeRawUnsafe(
    'TRUNCATE "AuditEvent", "Mention", "Comment", "Source", "Claim", "Article", "LoginThrottle", "ApiToken", "EarlierFactCheck", "User", "VerdictOption", "Setting" RESTART IDENTITY CASCADE',
  );
  await prisma.verdictOption.createMany({ data: DEFAULT_VERDICTS.map((v) => ({ ...v })) });
  await prisma.setting.create({ data: { id: 1, orgName: 'Test Desk', orgUrl: 'https://desk.example', claimThreshold: 0 } });
}

export async function makeUser(role: Role, name = `${role} ${randomUUID().slice(0, 6)}`): Promise<Actor> {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const email = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}@test.local`;
  const user = await prisma.user.create({ data: { email, name, role, passwordHash: await cachedHash } });
  return { id: user.id, role, name: user.name, email: user.email };
}

export async function verdictId(label: string): Promise<string> {
  const v = await prisma.verdictOption.findUniqueOrThrow({ where: { label } });
  return v.id;
}

export const SAMPLE_BODY = [
  '# Budget row deepens',
  '',
  'The city spent $4.2 million on the bridge in 2023, according to the council.',
  'Mayor Jane Doe said the project would be finished by 2026.',
  'Critics argue that the plan is a disaster.',
].join('\n');
