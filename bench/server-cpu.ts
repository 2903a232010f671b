import { readdirSync, readFileSync } from 'node:fs';

/*
 * CPU seconds spent by this process and by the local Postgres and Redis servers over a run
 * (Linux /proc; servers on another machine, or no /proc, read as 0). Backends that exit
 * during the run are missed, which the pooled connections of a bench run do not do.
 */

export interface CpuSplit {
  readonly node: number;
  readonly postgres: number;
  readonly redis: number;
}

const TICKS_PER_S = 100;
const SERVERS = { postgres: 'postgres', redis: 'redis-server' } as const;

function serverTicks(database?: string): Map<string, { comm: string; ticks: number }> {
  const out = new Map<string, { comm: string; ticks: number }>();
  let pids: string[] = [];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return out;
  }
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      if (comm !== SERVERS.postgres && comm !== SERVERS.redis) continue;
      // Only the backends serving the bench's database: other sessions share the server.
      // Without one (PGlite runs in this process) no server backend is the bench's.
      if (comm === SERVERS.postgres && (!database || !readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(` ${database} `))) continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(pid, { comm, ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // The process ended between readdir and read.
    }
  }
  return out;
}

/** `database`: count only the Postgres backends connected to it (its name as in the URL); none without it. */
export function cpuMeter(database?: string): { stop(): CpuSplit } {
  const node = process.cpuUsage();
  const before = serverTicks(database);
  return {
    stop() {
      const used = process.cpuUsage(node);
      const totals = { postgres: 0, redis: 0 };
      for (const [pid, { comm, ticks }] of serverTicks(database)) {
        const delta = (ticks - (before.get(pid)?.ticks ?? 0)) / TICKS_PER_S;
        if (comm === SERVERS.postgres) totals.postgres += delta;
        else totals.redis += delta;
      }
      return { node: (used.user + used.system) / 1e6, ...totals };
    },
  };
}
