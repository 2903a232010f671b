import { runCli } from '../../src/cli/main.js';

/** Runs `veille ARGS` in this process with its own env and captures what it prints. */
export async function veille(args: readonly string[], env: Record<string, string | undefined>) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['node', 'veille', ...args], { out: (l) => out.push(l), err: (l) => err.push(l) }, env);
  return { code, out: out.join('\n'), err: err.join('\n') };
}
