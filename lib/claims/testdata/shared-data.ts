import { existsSync } from 'node:fs';
import path from 'node:path';

const REPO = path.resolve(__dirname, '../../..');

/**
 * The team's shared folder of labelled public data (never copied into the repository: its licences
 * say use, do not copy). `CLAIMDESK_SHARED_DIR` names it; otherwise the `shared` folder beside the
 * checkout, then the workplace's own `/work/shared` (a clean clone elsewhere, as CI makes, still finds it).
 */
export function sharedDir(): string {
  if (process.env.CLAIMDESK_SHARED_DIR) return process.env.CLAIMDESK_SHARED_DIR;
  const candidates = [path.resolve(REPO, '../shared'), '/work/shared'];
  return candidates.find((dir) => existsSync(path.join(dir, 'data'))) ?? candidates[0];
}
