/**
 * Links that must not be published (docs/register.md, "What a device may not publish"): an address
 * with a user name or password in it, and an address of a private place (a home or office network,
 * the computer itself). Pure and browser-safe: the register's schema (`links.ts`) and the propose
 * form's check (`check-proposal.ts`) both use it, so that the two refuse the same links.
 */

/** Why a link may not be published: it carries a login, or it points to a private place. */
export type PrivateAddressProblem = 'credentials' | 'privateHost';

/** Host names that only resolve inside one computer or one network (RFC 6761, RFC 6762, ICANN .internal). */
const PRIVATE_NAME = /(^|\.)(localhost|local|internal)\.?$/i;

/** IPv4 ranges no resident can reach: [first octets, prefix length]. */
const PRIVATE_IPV4: [number[], number][] = [
  [[0], 8], // "this network" (RFC 1122)
  [[10], 8], // private (RFC 1918)
  [[100, 64], 10], // carrier-grade NAT (RFC 6598)
  [[127], 8], // loopback
  [[169, 254], 16], // link-local
  [[172, 16], 12], // private (RFC 1918)
  [[192, 168], 16], // private (RFC 1918)
];

function ipv4Bits(octets: number[]): number {
  return octets.reduce((bits, octet) => bits * 256 + octet, 0);
}

function isPrivateIpv4(host: string): boolean {
  const octets = host.split('.').map(Number);
  const bits = ipv4Bits(octets);
  return PRIVATE_IPV4.some(([start, prefix]) => {
    const base = ipv4Bits([...start, 0, 0, 0, 0].slice(0, 4));
    const size = 2 ** (32 - prefix);
    return bits >= base && bits < base + size;
  });
}

/** The eight 16-bit groups of an IPv6 address as the URL parser writes it (compressed, lower case). */
function ipv6Groups(host: string): number[] {
  const [head = '', tail] = host.split('::');
  const part = (text: string) => (text === '' ? [] : text.split(':').map((group) => parseInt(group, 16)));
  const first = part(head);
  const last = tail === undefined ? [] : part(tail);
  return [...first, ...Array<number>(8 - first.length - last.length).fill(0), ...last];
}

function isPrivateIpv6(host: string): boolean {
  const groups = ipv6Groups(host);
  const [first = 0] = groups;
  const zeroUpTo = (count: number) => groups.slice(0, count).every((group) => group === 0);
  if (zeroUpTo(7) && groups[7]! <= 1) return true; // :: (unspecified) and ::1 (loopback)
  if ((first & 0xfe00) === 0xfc00) return true; // unique local fc00::/7
  if ((first & 0xffc0) === 0xfe80) return true; // link-local fe80::/10
  // An IPv4 address written as IPv6 (::ffff:192.168.1.20) is that IPv4 address.
  if (zeroUpTo(5) && groups[5] === 0xffff) {
    const [high = 0, low = 0] = groups.slice(6);
    return isPrivateIpv4([high >> 8, high & 255, low >> 8, low & 255].join('.'));
  }
  return false;
}

/**
 * Whether the host of a parsed URL is a private place. The URL parser has already turned the other
 * spellings of an IPv4 address (`0x7f.1`, `2130706433`) into dotted decimal.
 */
export function isPrivateHost(hostname: string): boolean {
  if (hostname.startsWith('[')) return isPrivateIpv6(hostname.slice(1, -1).toLowerCase());
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(hostname)) return isPrivateIpv4(hostname);
  return PRIVATE_NAME.test(hostname);
}

/** What makes `address` unfit to publish, or undefined (also for a text that is no URL). */
export function privateAddressProblem(address: string): PrivateAddressProblem | undefined {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return undefined;
  }
  if (url.username !== '' || url.password !== '') return 'credentials';
  return isPrivateHost(url.hostname) ? 'privateHost' : undefined;
}

/** The register's words for each problem (the propose form has its own, in every language). */
export const privateAddressMessages: Record<PrivateAddressProblem, string> = {
  credentials:
    'Link the public address of the page; this one contains a user name or password (the part before @), which would be published for everyone to read.',
  privateHost:
    'Link the public address of the page; this one points to a private network or to a computer itself (such as 192.168.…, 10.…, localhost or a .local or .internal name), which residents cannot reach.',
};
