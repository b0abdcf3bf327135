import { describe, expect, it } from 'vitest';
import { crossOriginReason, isJsonContentType, sessionWriteRefusal } from './same-origin';

const APP = 'http://localhost:3000';

function req(method: string, headers: Record<string, string>, url = `${APP}/api/v1/articles`): Request {
  return new Request(url, { method, headers: { host: 'localhost:3000', ...headers } });
}

describe('sessionWriteRefusal', () => {
  it('lets reads through whatever their origin', () => {
    expect(sessionWriteRefusal(req('GET', { origin: 'http://evil.example' }), APP)).toBeNull();
  });

  it('accepts a JSON write from the app origin', () => {
    expect(sessionWriteRefusal(req('POST', { origin: APP, 'content-type': 'application/json; charset=utf-8' }), APP)).toBeNull();
    expect(sessionWriteRefusal(req('POST', { origin: APP, 'content-type': 'application/ld+json' }), APP)).toBeNull();
  });

  it('refuses a page on another port of the same host', () => {
    const message = sessionWriteRefusal(req('POST', { origin: 'http://localhost:4000', 'content-type': 'application/json' }), APP);
    expect(message).toMatch(/another site/);
  });

  it('refuses an opaque origin and a different scheme', () => {
    expect(sessionWriteRefusal(req('POST', { origin: 'null', 'content-type': 'application/json' }), APP)).not.toBeNull();
    expect(sessionWriteRefusal(req('POST', { origin: 'https://localhost:3000', 'content-type': 'application/json' }), APP)).not.toBeNull();
  });

  it('refuses text/plain and form bodies even from the app origin', () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      expect(sessionWriteRefusal(req('POST', { origin: APP, 'content-type': type }), APP)).toMatch(/JSON/);
    }
    expect(sessionWriteRefusal(req('PATCH', { origin: APP }), APP)).toMatch(/JSON/);
  });

  it('accepts a bodiless DELETE from the app origin', () => {
    expect(sessionWriteRefusal(req('DELETE', { origin: APP }), APP)).toBeNull();
  });

  it('without Origin, trusts only Sec-Fetch-Site: same-origin', () => {
    expect(sessionWriteRefusal(req('POST', { 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' }), APP)).toBeNull();
    expect(sessionWriteRefusal(req('POST', { 'sec-fetch-site': 'same-site', 'content-type': 'application/json' }), APP)).not.toBeNull();
    expect(sessionWriteRefusal(req('POST', { 'content-type': 'application/json' }), APP)).toMatch(/no origin/);
  });

  it('trusts the stricter of Origin and Sec-Fetch-Site', () => {
    expect(crossOriginReason(req('POST', { origin: APP, 'sec-fetch-site': 'cross-site' }), APP)).not.toBeNull();
  });

  it('accepts the host the request was sent to when it differs from the configured URL', () => {
    const request = new Request('http://127.0.0.1:3000/api/v1/articles', {
      method: 'POST',
      headers: { host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3000', 'content-type': 'application/json' },
    });
    expect(sessionWriteRefusal(request, APP)).toBeNull();
  });
});

describe('isJsonContentType', () => {
  it('knows JSON from its look-alikes', () => {
    expect(isJsonContentType('application/json')).toBe(true);
    expect(isJsonContentType('application/vnd.api+json')).toBe(true);
    expect(isJsonContentType('text/json')).toBe(false);
    expect(isJsonContentType('text/plain; application/json')).toBe(false);
    expect(isJsonContentType(null)).toBe(false);
  });
});
