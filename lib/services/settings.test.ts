import { beforeEach, describe, expect, it } from 'vitest';
import { prisma } from '../db';
import { getOrganisation, getSettings, updateOrganisation } from './settings';
import { makeUser, resetData } from '../test/factories';

beforeEach(resetData);

describe('updateOrganisation', () => {
  it('lets an admin set the name and URL used by exports, with an audit event', async () => {
    const admin = await makeUser('admin');
    const saved = await updateOrganisation(admin, { orgName: '  Metro Fact Check ', orgUrl: 'https://facts.metro.example' });
    expect(saved).toEqual({ orgName: 'Metro Fact Check', orgUrl: 'https://facts.metro.example', factCheckUrlPattern: null });
    expect(await getSettings()).toMatchObject(saved);
    expect(await getOrganisation(admin)).toEqual(saved);
    const events = await prisma.auditEvent.findMany({ where: { entityType: 'setting' } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'settings.organisation', actorId: admin.id, before: { orgName: 'Test Desk' }, after: saved });
  });

  it('refuses editors and reviewers', async () => {
    for (const role of ['editor', 'reviewer'] as const) {
      const actor = await makeUser(role);
      await expect(updateOrganisation(actor, { orgName: 'X', orgUrl: 'https://x.example' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(getOrganisation(actor)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    expect((await getSettings()).orgName).toBe('Test Desk');
  });

  it('returns field errors and changes nothing for invalid input', async () => {
    const admin = await makeUser('admin');
    const error = await updateOrganisation(admin, { orgName: ' ', orgUrl: 'javascript:alert(1)' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'INVALID', fields: { orgName: ['Enter the organisation’s name.'], orgUrl: ['Enter a full http(s):// address.'] } });
    expect(await getSettings()).toMatchObject({ orgName: 'Test Desk', orgUrl: 'https://desk.example' });
    expect(await prisma.auditEvent.count()).toBe(0);
  });
});
