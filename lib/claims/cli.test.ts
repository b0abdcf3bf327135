import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const FIXTURE = path.join(ROOT, 'prisma/fixtures/us-cyber-pause.md');

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('scripts/extract.ts', () => {
  it('prints the units of one article as JSON', () => {
    const r = run([FIXTURE]);
    expect(r.code).toBe(0);
    const units = JSON.parse(r.out) as { text: string; claimText: string }[];
    expect(units.some((u) => u.claimText === 'DoD declined to comment')).toBe(true);
  });

  it('reads standard input with "-" and filters claims with --claims', () => {
    const r = run(['-', '--claims', '--compact'], 'What a day! The Senate voted 52-48 on Tuesday to pass the bill.');
    expect(r.code).toBe(0);
    const units = JSON.parse(r.out) as { text: string }[];
    expect(units.map((u) => u.text)).toEqual(['The Senate voted 52-48 on Tuesday to pass the bill.']);
  });

  it('--jsonl: one result line per input line, errors in place', () => {
    const input = [JSON.stringify('First sentence here. Second one.'), JSON.stringify({ id: 'a7', text: 'Hello there, world.' }), 'not json', ''].join('\n');
    const r = run(['--jsonl'], input);
    expect(r.code).toBe(1);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as unknown);
    expect(lines).toHaveLength(3);
    expect((lines[0] as unknown[]).length).toBe(2);
    expect((lines[1] as { id: string }).id).toBe('a7');
    expect((lines[2] as { line: number }).line).toBe(3);
  });
});
