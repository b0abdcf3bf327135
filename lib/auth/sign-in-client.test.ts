import { describe, expect, it } from 'vitest';
import { clientAddress, deviceClientId, deviceToken, newDeviceToken } from './sign-in-client';

describe('clientAddress', () => {
  it('takes the address Next.js recorded from the socket', () => {
    expect(clientAddress({ 'x-forwarded-for': '::ffff:127.0.0.1' }, {})).toBe('127.0.0.1');
    expect(clientAddress(new Headers({ 'x-forwarded-for': '::1' }), {})).toBe('::1');
    expect(clientAddress({}, {})).toBe('unknown');
  });

  it('behind N trusted proxies takes the N-th entry from the right, which the client cannot forge', () => {
    const headers = { 'x-forwarded-for': '6.6.6.6, 203.0.113.7, 10.0.0.2' };
    expect(clientAddress(headers, { CLAIMDESK_TRUST_PROXY: '1' })).toBe('10.0.0.2');
    expect(clientAddress(headers, { CLAIMDESK_TRUST_PROXY: '2' })).toBe('203.0.113.7');
    expect(clientAddress({ 'x-forwarded-for': '203.0.113.7' }, { CLAIMDESK_TRUST_PROXY: '3' })).toBe('203.0.113.7');
  });

  it('without a trusted proxy takes the right-most entry', () => {
    expect(clientAddress({ 'x-forwarded-for': '6.6.6.6, 198.51.100.4' }, {})).toBe('198.51.100.4');
    expect(clientAddress({ 'x-forwarded-for': '6.6.6.6, 198.51.100.4' }, { CLAIMDESK_TRUST_PROXY: 'yes' })).toBe('198.51.100.4');
  });

  it('keeps garbage out of throttle keys', () => {
    expect(clientAddress({ 'x-forwarded-for': 'evil:key:injection' }, {})).toBe('unknown');
    expect(clientAddress({ 'x-forwarded-for': '203.0.113.9:4431' }, {})).toBe('203.0.113.9');
    expect(clientAddress({ 'x-forwarded-for': '[2001:db8::1]:443' }, {})).toBe('2001:db8::1');
    expect(clientAddress({ 'x-forwarded-for': 'x'.repeat(5000) }, {})).toBe('unknown');
  });
});

describe('device cookie', () => {
  it('reads a well-formed device cookie and stores only its hash', () => {
    const token = newDeviceToken();
    expect(deviceToken({ cookie: `a=b; claimdesk.device=${token}; c=d` })).toBe(token);
    expect(deviceToken({ cookie: 'claimdesk.device=short' })).toBeNull();
    expect(deviceToken({})).toBeNull();
    expect(deviceClientId(token)).toMatch(/^device:[A-Za-z0-9_-]{43}$/);
    expect(deviceClientId(token)).not.toContain(token);
  });
});
