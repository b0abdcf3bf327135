import { startEmbeddedPostgres } from '../lib/db/embedded-postgres';
(async () => {
  const db = await startEmbeddedPostgres({ dataDir: '/tmp/cd-dev', port: 55432 });
  console.log(db.url);
  process.on('SIGTERM', async () => { await db.stop(); process.exit(0); });
  setInterval(() => undefined, 1 << 30);
})();
