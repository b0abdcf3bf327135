/** Demo users the e2e server seeds (scripts/e2e-server.ts sets their password). */
export const E2E_PASSWORD = 'e2e-demo-password-1';

export const USERS = {
  admin: { email: 'admin@claimdesk.local', name: 'Ada Admin' },
  editor: { email: 'editor@claimdesk.local', name: 'Eddie Editor' },
  reviewer: { email: 'reviewer@claimdesk.local', name: 'Rita Reviewer' },
} as const;

export type RoleName = keyof typeof USERS;

export const storageState = (role: RoleName) => `e2e/.auth/${role}.json`;

/** How to reach the e2e server's database, written by scripts/e2e-server.ts (git-ignored). */
export const SERVER_INFO_FILE = 'e2e/.auth/server.json';
export type ServerInfo = { databaseUrl: string; nextauthSecret: string };
