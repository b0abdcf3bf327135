import { describe, expect, it } from 'vitest';
import { disconnectDb } from '../db';
import { databaseIsUp } from './health';

describe('databaseIsUp', () => {
  it('is true against the test database and false when the database does not answer', async () => {
    expect(await databaseIsUp()).toBe(true);
    const saved = process.env.DATABASE_URL;
    try {
      await disconnectDb();
      process.env.DATABASE_URL = 'postgresql://nobody:nothing@127.0.0.1:1/none';
      expect(await databaseIsUp(2000)).toBe(false);
    } finally {
      await disconnectDb();
      process.env.DATABASE_URL = saved;
    }
    expect(await databaseIsUp()).toBe(true);
  });
});
