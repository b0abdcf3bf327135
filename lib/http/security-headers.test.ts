import { describe, expect, it } from 'vitest';
import { newNonce, pageCsp, securityHeaders, servedOverHttps } from './security-headers';

describe('security headers', () => {
  it('lets only scripts with the nonce run, and never eval outside development', () => {
    const csp = pageCsp({ nonce: 'abc123', https: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(pageCsp({ nonce: 'n', https: true, dev: true })).toMatch(/'unsafe-eval'.*upgrade-insecure-requests/);
  });

  it('sends HSTS only over HTTPS', () => {
    expect(securityHeaders({ https: false })).not.toHaveProperty('Strict-Transport-Security');
    expect(securityHeaders({ https: true })['Strict-Transport-Security']).toMatch(/^max-age=31536000/);
    expect(servedOverHttps(new Headers(), 'https://claimdesk.example')).toBe(true);
    expect(servedOverHttps(new Headers({ 'x-forwarded-proto': 'https' }), 'http://localhost:3000')).toBe(true);
    expect(servedOverHttps(new Headers({ 'x-forwarded-proto': 'http' }), 'http://localhost:3000')).toBe(false);
  });

  it('makes a different nonce each time', () => {
    expect(newNonce()).not.toBe(newNonce());
    expect(newNonce()).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
