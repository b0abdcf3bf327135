import { afterAll, inject } from 'vitest';
import { disconnectDb } from '../db';

process.env.DATABASE_URL = inject('databaseUrl');

afterAll(async () => {
  await disconnectDb();
});
