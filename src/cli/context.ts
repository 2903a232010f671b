import type { Config } from '../config.js';

/** What every command gets: the frozen config and where to write. Commands hold no business logic. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export interface CliContext {
  readonly config: Config;
  readonly io: CliIo;
}
