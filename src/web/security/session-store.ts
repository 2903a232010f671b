import { randomBytes } from 'node:crypto';

/*
 * Server-side sessions in memory (the app runs in one process): the cookie holds a random id,
 * the CSRF token and the actor stay here. A fresh id at every login; 30 minutes idle ends one.
 */

export interface Session {
  readonly id: string;
  readonly csrf: string;
  readonly actor: string;
  lastSeen: number;
}

const IDLE_MS = 30 * 60 * 1000;
const MAX_SESSIONS = 10_000;

export class SessionStore {
  readonly #sessions = new Map<string, Session>();
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  create(actor: string): Session {
    if (this.#sessions.size >= MAX_SESSIONS) this.#evictIdle();
    const session = { id: token(), csrf: token(), actor, lastSeen: this.#now() };
    this.#sessions.set(session.id, session);
    return session;
  }

  /** The live session of that id, touched; undefined when unknown or idle too long. */
  get(id: string | undefined): Session | undefined {
    const session = id === undefined ? undefined : this.#sessions.get(id);
    if (!session) return undefined;
    if (this.#now() - session.lastSeen > IDLE_MS) {
      this.#sessions.delete(session.id);
      return undefined;
    }
    session.lastSeen = this.#now();
    return session;
  }

  destroy(id: string): void {
    this.#sessions.delete(id);
  }

  #evictIdle(): void {
    const oldest = [...this.#sessions.values()].sort((a, b) => a.lastSeen - b.lastSeen);
    for (const session of oldest.slice(0, Math.ceil(MAX_SESSIONS / 10))) this.#sessions.delete(session.id);
  }
}

function token(): string {
  return randomBytes(32).toString('base64url');
}
