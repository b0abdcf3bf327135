import ipaddr from 'ipaddr.js';

/**
 * Which addresses the server may fetch from: only public unicast ones. Everything that reaches the
 * newsroom's own network or the machine itself is refused — private, loopback, link-local (and so
 * the cloud metadata service at 169.254.169.254), unique-local (fd00:ec2::254), multicast,
 * unspecified, carrier-grade NAT, broadcast and reserved ranges — in IPv4, IPv6 and the IPv6 forms
 * that carry an IPv4 address inside (mapped, compatible, SIIT, NAT64, 6to4). Teredo hides its
 * IPv4 address behind an obfuscation and is refused as a whole.
 */

/** A plain reason, or null when the address is public. */
export function refusedAddressReason(address: string): string | null {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.parse(stripZone(address));
  } catch {
    return 'not an IP address';
  }
  return parsed.kind() === 'ipv4' ? ipv4Reason(parsed as ipaddr.IPv4) : ipv6Reason(parsed as ipaddr.IPv6);
}

function stripZone(address: string): string {
  const bare = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
  const percent = bare.indexOf('%');
  return percent >= 0 ? bare.slice(0, percent) : bare;
}

const IPV4_NAMES: Record<string, string> = {
  unspecified: 'an unspecified address',
  broadcast: 'a broadcast address',
  multicast: 'a multicast address',
  linkLocal: 'a link-local address (this includes the cloud metadata service)',
  loopback: 'a loopback address (this machine)',
  carrierGradeNat: 'a carrier-grade NAT address',
  private: 'a private network address',
  reserved: 'a reserved address',
};

function ipv4Reason(ip: ipaddr.IPv4): string | null {
  const range = ip.range();
  if (range === 'unicast') return null;
  return IPV4_NAMES[range] ?? `a non-public address (${range})`;
}

const IPV6_NAMES: Record<string, string> = {
  unspecified: 'an unspecified address',
  linkLocal: 'a link-local address',
  multicast: 'a multicast address',
  loopback: 'a loopback address (this machine)',
  uniqueLocal: 'a unique-local address (this includes the cloud metadata service fd00:ec2::254)',
  teredo: 'a Teredo tunnel address',
  reserved: 'a reserved address',
  discard: 'a discard-only address',
};

function ipv6Reason(ip: ipaddr.IPv6): string | null {
  const embedded = embeddedIpv4(ip);
  if (embedded) {
    const inner = ipv4Reason(embedded);
    return inner ? `${inner}, inside an IPv6 address` : null;
  }
  const range = ip.range();
  if (range === 'unicast') return null;
  return IPV6_NAMES[range] ?? `a non-public address (${range})`;
}

/**
 * The IPv4 address an IPv6 address stands for, when it stands for one: ::ffff:a.b.c.d (mapped),
 * ::a.b.c.d (compatible, deprecated), ::ffff:0:a.b.c.d (SIIT), 64:ff9b::a.b.c.d (NAT64), and
 * 2002:AABB:CCDD::/48 (6to4). Local-use NAT64 (64:ff9b:1::/48) is a private range: it maps to
 * 0.0.0.0 here so it is refused.
 */
function embeddedIpv4(ip: ipaddr.IPv6): ipaddr.IPv4 | null {
  const p = ip.parts;
  const last32 = (): ipaddr.IPv4 => new ipaddr.IPv4([p[6] >> 8, p[6] & 0xff, p[7] >> 8, p[7] & 0xff]);
  const zeros = (from: number, to: number) => p.slice(from, to).every((x) => x === 0);
  if (zeros(0, 5) && p[5] === 0xffff) return last32();
  if (zeros(0, 6) && (p[6] !== 0 || p[7] > 1)) return last32();
  if (zeros(0, 4) && p[4] === 0xffff && p[5] === 0) return last32();
  if (p[0] === 0x64 && p[1] === 0xff9b && zeros(2, 6)) return last32();
  if (p[0] === 0x64 && p[1] === 0xff9b && p[2] === 1) return new ipaddr.IPv4([0, 0, 0, 0]);
  if (p[0] === 0x2002) return new ipaddr.IPv4([p[1] >> 8, p[1] & 0xff, p[2] >> 8, p[2] & 0xff]);
  return null;
}

/** True when `host` is an IP literal (with or without IPv6 brackets). */
export function isIpLiteral(host: string): boolean {
  return ipaddr.isValid(stripZone(host)) && (host.includes(':') || ipaddr.IPv4.isValidFourPartDecimal(host));
}

/**
 * CLAIMDESK_FETCH_ALLOW: comma-separated `host` or `host:port` entries (IPv6 in brackets,
 * `[::1]:8080`) whose addresses may be fetched even when private. Empty by default.
 */
export type AllowList = { host: string; port: number | null }[];

export function parseAllowList(value: string | undefined): AllowList {
  const list: AllowList = [];
  for (const raw of (value ?? '').split(',')) {
    const entry = raw.trim().toLowerCase();
    if (!entry) continue;
    const bracket = /^\[([^\]]+)\](?::(\d{1,5}))?$/.exec(entry);
    if (bracket) {
      list.push({ host: bracket[1], port: bracket[2] ? Number(bracket[2]) : null });
      continue;
    }
    const colon = entry.lastIndexOf(':');
    // a bare IPv6 address has several colons and no port
    if (colon > 0 && entry.indexOf(':') === colon && /^\d{1,5}$/.test(entry.slice(colon + 1))) {
      list.push({ host: entry.slice(0, colon), port: Number(entry.slice(colon + 1)) });
    } else list.push({ host: entry, port: null });
  }
  return list;
}

/** Whether the URL's host (and port) is on the allow-list. */
export function isAllowed(url: URL, allow: AllowList): boolean {
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
  const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
  return allow.some((e) => e.host === host && (e.port === null || e.port === port));
}
