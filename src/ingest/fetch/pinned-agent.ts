import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { Agent, buildConnector } from 'undici';
import { PermanentError } from '../../errors.js';
import type { AddressPolicy } from './address-policy.js';

/*
 * An undici Agent whose connector resolves the host itself, checks every address against
 * the policy, and connects to the checked address (pinned), so a DNS answer that changes
 * between check and connect (rebinding) cannot reach a refused address. IP-literal URLs
 * skip undici's `lookup` hook (nodejs/undici#2019), hence a whole connector.
 */

/** Resolves a host name to its addresses (dns.lookup with `all: true` by default). */
export type HostResolver = (hostname: string) => Promise<readonly string[]>;

export const systemResolver: HostResolver = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);

export function blockedError(host: string, address: string, reason: string): PermanentError {
  const shown = host === address ? host : `${host} (${address})`;
  return new PermanentError('blocked_ssrf', `[ingest:fetch] ${shown}: refused, ${reason} address`);
}

/** The one address to connect to, after every resolved address passed the policy. */
export async function resolveAllowed(hostname: string, policy: AddressPolicy, resolve: HostResolver): Promise<string> {
  const bare = hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(bare) ? [bare] : await resolve(bare);
  if (addresses.length === 0) throw new PermanentError('dns', `[ingest:fetch] ${bare}: no address`);
  for (const address of addresses) {
    const reason = policy(address);
    if (reason) throw blockedError(bare, address, reason);
  }
  return addresses[0] as string;
}

export interface PinnedAgentOptions {
  readonly policy: AddressPolicy;
  readonly resolve: HostResolver;
  readonly connectTimeoutMs: number;
}

export function createPinnedAgent({ policy, resolve, connectTimeoutMs }: PinnedAgentOptions): Agent {
  const base = buildConnector({ timeout: connectTimeoutMs });
  const connect: buildConnector.connector = (options, callback) => {
    resolveAllowed(options.hostname, policy, resolve).then(
      (address) => {
        const named = isIP(options.hostname.replace(/^\[|\]$/g, '')) === 0;
        const servername = options.servername ?? (named ? options.hostname : undefined);
        base({ ...options, hostname: address, ...(servername ? { servername } : {}) }, callback);
      },
      (error: Error) => callback(error, null),
    );
  };
  return new Agent({ connect, headersTimeout: connectTimeoutMs * 3, keepAliveTimeout: 2_000 });
}
