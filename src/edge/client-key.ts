/**
 * The key a client is counted under: its IPv4 address, or the /64 network of its IPv6 address, because one IPv6
 * subscriber usually holds a whole /64 and could otherwise take a fresh address for every request.
 */
import { isIPv4, isIPv6 } from 'net';

const MAPPED_IPV4 = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

export function clientKey(ip: string): string {
  const mapped = MAPPED_IPV4.exec(ip);
  if (mapped) return mapped[1];
  if (isIPv4(ip) || !isIPv6(ip.split('%')[0])) return ip;
  return `${ipv6Groups(ip.split('%')[0]).slice(0, 4).join(':')}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address, in lower-case hex without leading zeros. */
function ipv6Groups(ip: string): string[] {
  const parts = (text: string) => (text ? text.split(':') : []);
  // An embedded IPv4 tail (::ffff:1.2.3.4, 64:ff9b::1.2.3.4) stands for two groups.
  const width = (list: string[]) => list.reduce((sum, part) => sum + (part.includes('.') ? 2 : 1), 0);
  const [head, tail] = ip.split('::');
  const groups =
    tail === undefined
      ? parts(head)
      : [...parts(head), ...Array<string>(8 - width(parts(head)) - width(parts(tail))).fill('0'), ...parts(tail)];
  return groups.map((group) => (group.includes('.') ? group : parseInt(group, 16).toString(16)));
}
