import { CommanderError } from 'commander';
import { ConfigError, NotFoundError, PermanentError, VeilleError } from '../errors.js';

/** sysexits-style codes, so scripts can tell bad input from a broken setup. */
export const EXIT = Object.freeze({
  ok: 0,
  failed: 1,
  usage: 2,
  dataError: 65,
  notFound: 66,
  software: 70,
  config: 78,
});

/** The one place errors become exit codes. */
export function exitCodeOf(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  if (error instanceof ConfigError) return EXIT.config;
  if (error instanceof NotFoundError) return EXIT.notFound;
  if (error instanceof PermanentError) return EXIT.dataError;
  if (error instanceof VeilleError) return EXIT.failed;
  return EXIT.software;
}
