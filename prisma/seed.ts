/**
 * Seeds a demo workspace on first run (idempotent: each part only when it is missing):
 * the verdict scale, the settings row, three users (passwords printed once) and the fixture article.
 * CLAIMDESK_SEED_PASSWORD gives every demo user that password (tests use it); otherwise they are random.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { prisma, disconnectDb } from '../lib/db';
import { hashPassword } from '../lib/auth/password';
import { DEFAULT_VERDICTS, DEMO_USERS } from '../lib/seed/verdict-scale';
import { createArticle } from '../lib/services/articles';
import type { Actor } from '../lib/auth/permissions';

async function main(): Promise<void> {
  if ((await prisma.verdictOption.count()) === 0) {
    await prisma.verdictOption.createMany({ data: DEFAULT_VERDICTS.map((v) => ({ ...v })) });
  }
  await prisma.setting.upsert({
    where: { id: 1 },
    create: {
      id: 1,
      orgName: process.env.CLAIMDESK_ORG_NAME ?? 'Claimdesk Demo Desk',
      orgUrl: process.env.NEXTAUTH_URL ?? 'http://localhost:3000',
      // Where published fact-checks live (ClaimReview `url`); unset until an admin names it.
      factCheckUrlPattern: process.env.CLAIMDESK_FACT_CHECK_URL_PATTERN || null,
    },
    update: {},
  });

  if ((await prisma.user.count()) === 0) {
    const printed: string[] = [];
    for (const u of DEMO_USERS) {
      const password = process.env.CLAIMDESK_SEED_PASSWORD ?? randomBytes(9).toString('base64url');
      await prisma.user.create({ data: { ...u, passwordHash: await hashPassword(password) } });
      printed.push(`  ${u.role.padEnd(9)} ${u.email.padEnd(26)} ${password}`);
    }
    console.log(['', 'Demo users (shown once: write them down):', ...printed, ''].join('\n'));
  }

  if ((await prisma.article.count()) === 0) {
    const reviewer = await prisma.user.findFirst({ where: { role: 'reviewer' } });
    if (reviewer) {
      const actor: Actor = { id: reviewer.id, role: 'reviewer', name: reviewer.name, email: reviewer.email };
      const body = readFileSync(path.join(__dirname, 'fixtures', 'us-cyber-pause.md'), 'utf8');
      const { claimCount } = await createArticle(actor, {
        title: 'US Cyber-Offensive Against Russia Paused Amid Diplomatic Push',
        outlet: 'Demo fixture',
        body,
        format: 'markdown',
      });
      console.log(`Seeded the demo article with ${claimCount} claims.`);
    }
  }
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => disconnectDb());
