// Which network addresses are not on the public internet: a server that connects to addresses its users give it
// (webhooks) must not be turned against its own machine or network.

/** Why an address is not public. */
export type NonPublicAddressKind =
  | 'unspecified'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'shared'
  | 'multicast'
  | 'reserved'
  | 'ipv4-mapped';

function parseIpv4(text: string): number[] | undefined {
  const parts = text.split('.');
  if (parts.length !== 4 || parts.some((part) => !/^(0|[1-9]\d{0,2})$/.test(part))) return undefined;
  const bytes = parts.map(Number);
  return bytes.every((byte) => byte <= 255) ? bytes : undefined;
}

/** The eight 16-bit groups of an IPv6 address (`::` and a trailing dotted IPv4 allowed; a zone is ignored). */
function parseIpv6(text: string): number[] | undefined {
  let rest = text.replace(/%.*$/, '');
  const tail: number[] = [];
  const dotted = /:(\d+\.\d+\.\d+\.\d+)$/.exec(rest);
  if (dotted) {
    const v4 = parseIpv4(dotted[1]!);
    if (!v4) return undefined;
    tail.push((v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!);
    rest = `${rest.slice(0, dotted.index)}:`;
    if (rest.endsWith('::')) rest = rest.slice(0, -1) + ':';
    else rest = rest.slice(0, -1);
  }
  const halves = rest.split('::');
  if (halves.length > 2) return undefined;
  const groups = (half: string) => (half === '' ? [] : half.split(':'));
  const head = groups(halves[0]!);
  const back = halves.length === 2 ? groups(halves[1]!) : [];
  if ([...head, ...back].some((group) => !/^[0-9a-f]{1,4}$/i.test(group))) return undefined;
  const known = head.length + back.length + tail.length;
  if (halves.length === 1 ? known !== 8 : known > 7) return undefined;
  const zeros = Array<number>(8 - known).fill(0);
  return [...head.map((g) => parseInt(g, 16)), ...zeros, ...back.map((g) => parseInt(g, 16)), ...tail];
}

function ipv4Kind([a, b, c]: number[]): NonPublicKindOrNull {
  if (a === 0) return 'unspecified';
  if (a === 127) return 'loopback';
  if (a === 10 || (a === 172 && b! >= 16 && b! <= 31) || (a === 192 && b === 168)) return 'private';
  if (a === 169 && b === 254) return 'link-local';
  if (a === 100 && b! >= 64 && b! <= 127) return 'shared';
  if (a! >= 224 && a! <= 239) return 'multicast';
  if (a! >= 240) return 'reserved';
  // Protocol assignments, documentation and benchmarking networks.
  if ((a === 192 && b === 0 && (c === 0 || c === 2)) || (a === 198 && (b === 18 || b === 19)) || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113)) {
    return 'reserved';
  }
  return null;
}
type NonPublicKindOrNull = NonPublicAddressKind | null;

function ipv6Kind(groups: number[]): NonPublicKindOrNull {
  const [g0, g1, g2, g3, g4, g5, g6, g7] = groups as [number, number, number, number, number, number, number, number];
  const v4 = [g6 >> 8, g6 & 0xff, g7 >> 8, g7 & 0xff];
  const zeroTo = (n: number) => groups.slice(0, n).every((group) => group === 0);
  if (zeroTo(8)) return 'unspecified';
  if (zeroTo(7) && g7 === 1) return 'loopback';
  // ::ffff:a.b.c.d (mapped) and ::a.b.c.d (the old compatible form) reach IPv4 hosts however they are written.
  if (zeroTo(5) && g5 === 0xffff) return 'ipv4-mapped';
  if (zeroTo(6)) return 'ipv4-mapped';
  // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) carry an IPv4 address: judge that one.
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return ipv4Kind(v4);
  if (g0 === 0x2002) return ipv4Kind([g1 >> 8, g1 & 0xff, g2 >> 8, g2 & 0xff]);
  if ((g0 & 0xffc0) === 0xfe80) return 'link-local';
  if ((g0 & 0xffc0) === 0xfec0 || (g0 & 0xfe00) === 0xfc00) return 'private';
  if ((g0 & 0xff00) === 0xff00) return 'multicast';
  if (g0 === 0x2001 && g1 === 0x0db8) return 'reserved';
  if (g0 === 0x100 && g1 === 0 && g2 === 0 && g3 === 0) return 'reserved';
  return null;
}

/** Whether `text` is an IP address as a resolver or a URL's host gives it (IPv6 with or without brackets). */
export function isIpAddress(text: string): boolean {
  const bare = text.replace(/^\[(.*)\]$/, '$1');
  return Boolean(parseIpv4(bare) ?? parseIpv6(bare));
}

/**
 * Why an address is not public (loopback, private, link-local, shared/CGNAT, multicast, unspecified, reserved,
 * IPv4-mapped IPv6), or null for a public one and for anything that is not an IP address. Give it a URL's host
 * (`new URL(…).hostname` spells 0x7f.1, 2130706433 and 017700000001 as 127.0.0.1) or a resolved address.
 */
export function nonPublicAddressKind(text: string): NonPublicAddressKind | null {
  const bare = text.replace(/^\[(.*)\]$/, '$1');
  const v4 = parseIpv4(bare);
  if (v4) return ipv4Kind(v4);
  const v6 = parseIpv6(bare);
  return v6 ? ipv6Kind(v6) : null;
}
