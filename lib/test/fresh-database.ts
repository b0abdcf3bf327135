import pg from 'pg';
import { migrate } from './db-global-setup';

/** A second, freshly migrated database on the test server (for restores); its name must contain "test". */
export async function freshDatabase(name: string): Promise<string> {
  if (!/^[a-z0-9_]*test[a-z0-9_]*$/.test(name)) throw new Error(`Refusing to create database "${name}".`);
  const url = new URL(process.env.DATABASE_URL!);
  const client = new pg.Client({ connectionString: url.toString() });
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  url.pathname = `/${name}`;
  migrate(url.toString());
  return url.toString();
}
