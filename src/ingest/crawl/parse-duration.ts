import { PermanentError } from '../../errors.js';

const UNITS: Readonly<Record<string, number>> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `90s`, `15m`, `6h`, `1d`, `1h30m` → milliseconds (at least one minute for crawl intervals). */
export function parseDuration(text: string, minMs = 60_000): number {
  const parts = [...text.trim().toLowerCase().matchAll(/(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)/g)];
  const joined = parts.map((part) => part[0]).join('');
  if (parts.length === 0 || joined.replace(/\s+/g, '') !== text.trim().toLowerCase().replace(/\s+/g, '')) {
    throw new PermanentError('invalid_duration', `[crawl] "${text}" is not a duration (examples: 30m, 6h, 1d)`);
  }
  const ms = parts.reduce((sum, part) => sum + Number(part[1]) * (UNITS[part[2] ?? ''] ?? 0), 0);
  if (ms < minMs) throw new PermanentError('invalid_duration', `[crawl] "${text}" is shorter than ${minMs / 1000} s`);
  return Math.round(ms);
}

export function formatDuration(ms: number): string {
  for (const [unit, size] of [['d', 86_400_000], ['h', 3_600_000], ['m', 60_000], ['s', 1_000]] as const) {
    if (ms >= size && ms % size === 0) return `${ms / size}${unit}`;
  }
  return `${ms}ms`;
}
