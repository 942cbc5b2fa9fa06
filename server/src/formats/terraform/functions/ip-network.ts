import { asInteger, asString, FnError } from '../evaluator/values';
import { fixed, variadic, type FunctionTable } from './registry';

/** IP network functions: https://developer.hashicorp.com/terraform/language/functions/cidrsubnet and siblings. */
export const ipNetworkFunctions: FunctionTable = {
  cidrhost: fixed(2, ([p, n]) => cidrHost(parseCidr(asString(p)), asInteger(n))),
  cidrnetmask: fixed(1, ([p]) => cidrNetmask(parseCidr(asString(p)))),
  cidrsubnet: fixed(3, ([p, bits, num]) => formatCidr(subnet(parseCidr(asString(p)), asInteger(bits), asInteger(num)))),
  cidrsubnets: variadic(1, ([p, ...bits]) =>
    cidrSubnets(
      parseCidr(asString(p)),
      bits.map((b) => asInteger(b)),
    ),
  ),
};

interface Cidr {
  readonly v6: boolean;
  /** The network address (host bits cleared). */
  readonly addr: bigint;
  readonly prefix: number;
}

const width = (c: Cidr): number => (c.v6 ? 128 : 32);

export function parseCidr(s: string): Cidr {
  const m = /^([^/]+)\/(\d{1,3})$/.exec(s);
  if (!m) throw new FnError(`invalid CIDR address ${JSON.stringify(s)}`);
  const v6 = m[1].includes(':');
  const addr = v6 ? parseV6(m[1]) : parseV4(m[1]);
  const prefix = Number(m[2]);
  if (addr === undefined || prefix > (v6 ? 128 : 32)) throw new FnError(`invalid CIDR address ${JSON.stringify(s)}`);
  const bits = v6 ? 128 : 32;
  const hostMask = (1n << BigInt(bits - prefix)) - 1n;
  return { v6, addr: addr & ~hostMask, prefix };
}

function parseV4(s: string): bigint | undefined {
  const parts = s.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return undefined;
  return parts.reduce((acc, p) => (acc << 8n) | BigInt(Number(p)), 0n);
}

function parseV6(s: string): bigint | undefined {
  const halves = s.split('::');
  if (halves.length > 2) return undefined;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const missing = 8 - head.length - tail.length;
  if ((halves.length === 1 && missing !== 0) || missing < 0) return undefined;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  if (groups.some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
  return groups.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g, 16)), 0n);
}

function formatAddr(addr: bigint, v6: boolean): string {
  if (!v6) return [24n, 16n, 8n, 0n].map((s) => String((addr >> s) & 255n)).join('.');
  const groups = Array.from({ length: 8 }, (_, i) => Number((addr >> BigInt(112 - i * 16)) & 0xffffn));
  // Compress the longest run of two or more zero groups, as Go's net.IP.String does.
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) [best, bestLen] = [i, j - i];
    i = j === i ? i + 1 : j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best < 0) return hex.join(':');
  return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLen).join(':')}`;
}

function formatCidr(c: Cidr): string {
  return `${formatAddr(c.addr, c.v6)}/${c.prefix}`;
}

function subnet(c: Cidr, newbits: number, netnum: number): Cidr {
  const prefix = c.prefix + newbits;
  if (newbits < 0 || prefix > width(c))
    throw new FnError(`insufficient address space to extend prefix of ${c.prefix} by ${newbits}`);
  if (netnum < 0 || BigInt(netnum) >= 1n << BigInt(newbits)) {
    throw new FnError(`prefix extension of ${newbits} does not accommodate a subnet numbered ${netnum}`);
  }
  return { v6: c.v6, addr: c.addr | (BigInt(netnum) << BigInt(width(c) - prefix)), prefix };
}

function cidrHost(c: Cidr, hostnum: number): string {
  const size = 1n << BigInt(width(c) - c.prefix);
  const n = hostnum < 0 ? size + BigInt(hostnum) : BigInt(hostnum);
  if (n < 0n || n >= size) throw new FnError(`prefix of ${c.prefix} does not accommodate a host numbered ${hostnum}`);
  return formatAddr(c.addr + n, c.v6);
}

function cidrNetmask(c: Cidr): string {
  if (c.v6) throw new FnError('only IPv4 networks have a netmask');
  return formatAddr(((1n << 32n) - 1n) ^ ((1n << BigInt(32 - c.prefix)) - 1n), false);
}

/** Consecutive, aligned allocation as the cidrsubnets documentation describes. */
function cidrSubnets(c: Cidr, bits: number[]): string[] {
  let next = c.addr;
  const end = c.addr + (1n << BigInt(width(c) - c.prefix));
  return bits.map((b) => {
    const prefix = c.prefix + b;
    if (b < 1 || prefix > width(c)) throw new FnError(`would extend prefix to ${prefix} bits, which is too long`);
    const size = 1n << BigInt(width(c) - prefix);
    const start = ((next + size - 1n) / size) * size;
    if (start + size > end) throw new FnError('not enough remaining address space for a subnet');
    next = start + size;
    return formatCidr({ v6: c.v6, addr: start, prefix });
  });
}
