import { wordSet } from './word-set.js';

/** Last words of an event's name: "Harbour Energy Week (HEW)", "Salon de l'habitat" are held, and nobody signs as them. */
export const EVENT_NAME_WORDS: ReadonlySet<string> = wordSet(`
week days summit expo fair show games semaine journees salon sommet foire
`);

/**
 * Heads of a gathering when its edition is told ("the 2024 Brelland Circle Assembly") or something happens on its
 * sidelines: the event words, and "assembly", which otherwise heads a body ("the Northern Assembly").
 */
export const GATHERING_HEADS: ReadonlySet<string> = new Set([...EVENT_NAME_WORDS, 'assembly']);
