/** Base of every error veille raises on purpose: a stable `code` for logs, records and exit codes. */
export class VeilleError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/**
 * Bad input that no retry can fix (corrupt PDF, unsupported format, unsafe path).
 * Job runners do not retry it; the BullMQ runner maps it to UnrecoverableError.
 */
export class PermanentError extends VeilleError {}

/** A lookup by key found nothing; `key` says what was asked for. */
export class NotFoundError extends VeilleError {
  readonly key: string;
  constructor(what: string, key: string, options?: { cause?: unknown }) {
    super('not_found', `${what} not found: ${key}`, options);
    this.key = key;
  }
}

/** Configuration or environment that prevents start-up (bad env value, Redis eviction policy, owned PGlite folder). */
export class ConfigError extends VeilleError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('config', message, options);
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function errorCode(error: unknown): string {
  return error instanceof VeilleError ? error.code : 'error';
}
