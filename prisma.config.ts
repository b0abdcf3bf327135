import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'prisma/config';

const root = path.dirname(fileURLToPath(import.meta.url));

// Prisma 7 does not read .env by itself. Variables already set in the
// environment win over the file (process.loadEnvFile does not overwrite them).
const envFile = path.join(root, '.env');
if (existsSync(envFile)) process.loadEnvFile(envFile);

// Schema engine selection (see scripts/prisma-engine/README.md):
// - PRISMA_SCHEMA_ENGINE_BINARY set by the user (environment or .env): untouched, Prisma uses it.
// - else, a native engine file `schema-engine-*` present in node_modules/@prisma/engines
//   (downloaded by its postinstall on a machine that reaches binaries.prisma.sh): untouched,
//   Prisma uses the native engine.
// - else (offline install, nothing downloaded): point Prisma at our executable, which runs the
//   WebAssembly schema engine shipped in the `prisma` package over @prisma/adapter-pg.
function nativeSchemaEnginePresent(): boolean {
  const enginesDir = path.join(root, 'node_modules', '@prisma', 'engines');
  try {
    return readdirSync(enginesDir).some((name) => name.startsWith('schema-engine-'));
  } catch {
    return false;
  }
}
if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY && !nativeSchemaEnginePresent()) {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = path.join(root, 'scripts', 'prisma-engine', 'schema-engine.mjs');
}

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: {
    path: 'prisma/migrations',
    seed: 'tsx prisma/seed.ts',
  },
  datasource: {
    url: process.env.DATABASE_URL,
  },
});
