import { describe, expect, it } from 'vitest';
import { isAllowed, parseAllowList, refusedAddressReason } from './address-policy';

describe('refusedAddressReason', () => {
  it.each([
    ['10.1.2.3', /private/],
    ['172.16.0.1', /private/],
    ['192.168.1.1', /private/],
    ['127.0.0.1', /loopback/],
    ['127.255.0.9', /loopback/],
    ['169.254.169.254', /link-local.*metadata/],
    ['100.64.0.1', /carrier-grade/],
    ['0.0.0.0', /unspecified/],
    ['224.0.0.251', /multicast/],
    ['255.255.255.255', /broadcast/],
    ['198.18.0.1', /reserved/],
  ])('refuses the IPv4 address %s', (address, reason) => {
    expect(refusedAddressReason(address)).toMatch(reason);
  });

  it.each([
    ['::1', /loopback/],
    ['::', /unspecified/],
    ['fe80::1', /link-local/],
    ['fe80::1%eth0', /link-local/],
    ['fd00:ec2::254', /unique-local.*metadata/],
    ['fc00::5', /unique-local/],
    ['ff02::1', /multicast/],
    ['2001:db8::1', /reserved/],
    ['2001:0:4136:e378:8000:63bf:3fff:fdd2', /Teredo/],
  ])('refuses the IPv6 address %s', (address, reason) => {
    expect(refusedAddressReason(address)).toMatch(reason);
  });

  it.each([
    ['::ffff:127.0.0.1', /loopback.*inside an IPv6/],
    ['::ffff:7f00:1', /loopback/],
    ['[::ffff:169.254.169.254]', /link-local/],
    ['::ffff:10.0.0.1', /private/],
    ['::10.0.0.1', /private/],
    ['::ffff:0:192.168.0.1', /private/],
    ['64:ff9b::10.0.0.1', /private/],
    ['64:ff9b::a9fe:a9fe', /link-local/],
    ['64:ff9b:1::8.8.8.8', /unspecified/],
    ['2002:7f00:1::1', /loopback/],
    ['2002:c0a8:101::', /private/],
  ])('refuses the IPv4 address inside the IPv6 form %s', (address, reason) => {
    expect(refusedAddressReason(address)).toMatch(reason);
  });

  it.each(['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:93.184.216.34', '64:ff9b::808:808', '2002:5db8:d822::1'])(
    'lets the public address %s through',
    (address) => {
      expect(refusedAddressReason(address)).toBeNull();
    },
  );

  it('refuses what is not an address', () => {
    expect(refusedAddressReason('example.org')).toMatch(/not an IP/);
  });
});

describe('CLAIMDESK_FETCH_ALLOW', () => {
  const allow = parseAllowList(' localhost:4321 , intranet.example, [::1]:8080, 127.0.0.1:9000,fd00::7 ');

  it('reads host and host:port entries, IPv6 in brackets', () => {
    expect(allow).toEqual([
      { host: 'localhost', port: 4321 },
      { host: 'intranet.example', port: null },
      { host: '::1', port: 8080 },
      { host: '127.0.0.1', port: 9000 },
      { host: 'fd00::7', port: null },
    ]);
  });

  it('matches host and port exactly; a host without a port allows every port', () => {
    expect(isAllowed(new URL('http://localhost:4321/a'), allow)).toBe(true);
    expect(isAllowed(new URL('http://localhost:4322/a'), allow)).toBe(false);
    expect(isAllowed(new URL('http://localhost/a'), allow)).toBe(false);
    expect(isAllowed(new URL('https://intranet.example/x'), allow)).toBe(true);
    expect(isAllowed(new URL('http://INTRANET.example:81/x'), allow)).toBe(true);
    expect(isAllowed(new URL('http://evil.intranet.example/x'), allow)).toBe(false);
    expect(isAllowed(new URL('http://[::1]:8080/'), allow)).toBe(true);
    expect(isAllowed(new URL('http://127.0.0.1:9000/'), allow)).toBe(true);
    expect(isAllowed(new URL('http://127.0.0.1/'), allow)).toBe(false);
  });

  it('is empty by default', () => {
    expect(parseAllowList(undefined)).toEqual([]);
    expect(parseAllowList('')).toEqual([]);
  });
});
