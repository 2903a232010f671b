import type { Analysis, Candidate } from './candidate.js';
import { absorb, draftOf, type EntityDraft } from './group-entities.js';
import { familyNameToken } from './family-name.js';

/**
 * PERSON entities: one per full name; surname-only mentions ("Premier Notley", a bare
 * "Alward" later) join the full name with that surname, and the surname becomes an alias.
 */
export function groupPeople(a: Analysis, accepted: readonly Candidate[], taken: Uint8Array): EntityDraft[] {
  const byKey = new Map<string, EntityDraft>();
  const bySurname = new Map<string, EntityDraft | null>();
  const people = accepted.filter((c) => c.type === 'PERSON');
  const surnameOf = new Map<EntityDraft, string>();
  for (const c of people.filter((p) => !p.surnameOnly)) {
    const d = draftOf(a, c);
    const existing = byKey.get(d.key);
    if (existing) absorb(existing, d);
    else byKey.set(d.key, d);
    const surname = familyNameToken(a.tokens.slice(c.start, c.end));
    const target = existing ?? d;
    surnameOf.set(target, surname.fold);
    target.aliases.add(surname.text);
  }
  joinFamilyNameTails(byKey);
  for (const [, d] of byKey) {
    const fold = surnameOf.get(d)!;
    const seen = bySurname.get(fold);
    bySurname.set(fold, seen === undefined || seen === d ? d : null);
  }
  for (const c of people.filter((p) => p.surnameOnly)) {
    const d = draftOf(a, c);
    const owner = bySurname.get(a.tokens[c.start]!.fold) ?? byKey.get(d.key);
    if (owner) absorb(owner, d);
    else byKey.set(d.key, d);
  }
  linkBareSurnames(a, bySurname, taken);
  return [...byKey.values()];
}

/**
 * "M. Ben Amor", "Ortúzar Vial" after "Karim Ben Amor", "Ana Ortúzar Vial":
 * a later mention by a family name of two words joins the one full name it ends.
 */
function joinFamilyNameTails(byKey: Map<string, EntityDraft>): void {
  const drafts = [...byKey.values()];
  for (const d of drafts) {
    if (!d.key.includes(' ')) continue;
    const owners = drafts.filter((o) => o !== d && byKey.get(o.key) === o && o.key.endsWith(' ' + d.key));
    if (owners.length !== 1) continue;
    byKey.delete(d.key);
    absorb(owners[0]!, d);
  }
}

function linkBareSurnames(a: Analysis, bySurname: ReadonlyMap<string, EntityDraft | null>, taken: Uint8Array): void {
  if (bySurname.size === 0) return;
  const t = a.tokens;
  for (let k = 0; k < t.length; k++) {
    const tok = t[k]!;
    // A surname of the document's people wins over a gazetteer place of the same spelling.
    if (taken[k] || !tok.isCap) continue;
    const owner = bySurname.get(tok.fold);
    if (owner) owner.mentions.push({ start: tok.start, end: tok.end });
  }
}
