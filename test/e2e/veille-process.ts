import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const bin = path.resolve('bin/veille.js');

/** A real `node bin/veille.js …` process whose output lines the test can wait for. */
export interface VeilleProcess {
  readonly child: ChildProcess;
  readonly lines: string[];
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** Sends a signal and resolves with the exit code (or the signal name). */
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<number | string>;
  readonly exited: Promise<number | string>;
}

/** The parent's env without our variables, plus `env`: a child sees only what the test gives it. */
export function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('VEILLE_') && k !== 'DATABASE_URL' && k !== 'REDIS_URL' && k !== 'CI'),
  );
  return { ...base, ...env };
}

export function spawnVeille(args: readonly string[], options: { cwd: string; env: Record<string, string> }): VeilleProcess {
  const child = spawn(process.execPath, [bin, ...args], { cwd: options.cwd, env: childEnv(options.env), stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const waiters = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    for (const w of [...waiters]) w();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<number | string>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  const waitFor = (pattern: RegExp, timeoutMs = 45_000) =>
    new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`timed out waiting for ${pattern} from veille ${args.join(' ')}; output:\n${lines.slice(-30).join('\n')}`));
      }, timeoutMs);
      const check = () => {
        const hit = lines.find((l) => pattern.test(l));
        if (hit === undefined) return;
        clearTimeout(timer);
        waiters.delete(check);
        resolve(hit);
      };
      waiters.add(check);
      check();
      void exited.then(() => setTimeout(() => {
        if (!waiters.has(check)) return;
        waiters.delete(check);
        clearTimeout(timer);
        reject(new Error(`veille ${args.join(' ')} exited before ${pattern}; output:\n${lines.slice(-30).join('\n')}`));
      }, 50));
    });
  const stop = async (signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 20_000) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    const code = await exited;
    clearTimeout(timer);
    return code;
  };
  return { child, lines, waitFor, stop, exited };
}

/** Polls `probe` until it returns true. */
export async function until(probe: () => Promise<boolean> | boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await probe()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}
