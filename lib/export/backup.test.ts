import { describe, expect, it } from 'vitest';
import { BACKUP_SECTIONS, writeBackup, type BackupSection } from './backup';
import { collectChunks } from './encoder';

async function* rows<T>(list: T[]) {
  yield* list;
}

describe('writeBackup', () => {
  it('round-trips through JSON.parse with every section, one row per line', async () => {
    const data = Object.fromEntries(BACKUP_SECTIONS.map((name) => [name, [] as unknown[]])) as Record<BackupSection, unknown[]>;
    data.users = [{ id: 'u1', name: 'Rita "R" \u2028', createdAt: '2026-01-01T00:00:00.000Z' }];
    data.claims = [{ id: 'c1', rationale: 'line\nbreak' }, { id: 'c2', rationale: null }];
    const sections = Object.fromEntries(BACKUP_SECTIONS.map((name) => [name, rows(data[name])])) as unknown as Record<BackupSection, AsyncIterable<unknown>>;
    const text = await collectChunks(writeBackup({ exportedAt: '2026-11-27T10:00:00.000Z', passwordHashes: false }, sections));
    expect(JSON.parse(text)).toEqual({ format: 'claimdesk.backup', version: 1, exportedAt: '2026-11-27T10:00:00.000Z', passwordHashes: false, ...data });
    expect(text.split('\n').filter((line) => line.startsWith('{"id":"c'))).toHaveLength(2);
  });
});
