import { wordRegex } from '../text/word-regex.js';
import type { Span } from '../types.js';

// "You sign a memorandum when you know who you will work with", "you don't sign an MOU for the photo":
// the generic "you" of a maxim, not a signing that happened or is planned.
const GENERIC_YOU_SIGNS = wordRegex(
  String.raw`(?:^|[^\p{L}])you\s+(?:(?:don['’]t|do\s+not|never|only|can(?:not|['’]t)?|should(?:n['’]t)?|must|have\s+to|need\s+to|would(?:n['’]t)?)\s+)?(?:sign|conclude|ink)\s+(?:an?|any)\s`,
  'iu',
);

// "Une charte, ça se signe une seule fois", "une entente, cela ne se négocie pas en un jour": the pronominal present of a
// maxim, said of agreements in general ("ça s'est signé hier" is a past signing, not a maxim).
const GENERIC_SE_SIGNE = wordRegex(String.raw`(?:^|[^\p{L}])(?:ça|cela|ceci)\s+(?:ne\s+)?se\s+(?:signe|négocie|conclut|paraphe|renouvelle)\b`, 'iu');

// What every GENERIC_SE_SIGNE match holds, " se " (same flags): a gate several times cheaper than
// a \b, which under the `iu` flags V8 tests slowly at every offset.
const SPACED_SE = /\sse\s/iu;

/** Whether the clause tells what "you" do when signing an agreement in general, or what "ça se signe" of any. */
export function genericSigning(clause: string): boolean {
  return (/you/i.test(clause) && GENERIC_YOU_SIGNS.test(clause)) || (SPACED_SE.test(clause) && GENERIC_SE_SIGNE.test(clause));
}

// "would announce any agreement", "asked that any future agreement be tabled", "toute entente future",
// "tout nouvel accord": whatever agreement may come, none in particular ("la toute première entente" is one).
const ANY_BEFORE = wordRegex(String.raw`\b(?:any|tout|toute)\s+(?!premi|derni|récent|nouveau\s+venu)(?:\p{Ll}[\p{L}-]*\s+)?$`, 'iu');

/** Whether the agreement noun at `trigger` is quantified by "any" / "tout": an agreement in general. */
export function anyAgreement(text: string, trigger: Span): boolean {
  return ANY_BEFORE.test(text.slice(Math.max(0, trigger.start - 30), trigger.start));
}

// "Analysts say a memorandum would matter more for X", "une convention serait utile aux deux ports": what an
// agreement would be worth, said of none in particular.
const INDEFINITE_JUST_BEFORE = /(?:^|[^\p{L}])(?:an?|une?)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}$/iu;
const WORTH_AFTER = wordRegex(
  String.raw`^\s+(?:would|could|might)\s+(?:(?:really|only|also|probably)\s+)?(?:matter|help|count|weigh|mean|benefit|make\s+(?:sense|a\s+difference)|be\s+(?:useful|valuable|worth|welcome|important))\b|^\s+(?:serait|pourrait\s+être|aurait)\s+(?:(?:très|plus|bien)\s+)?(?:utile|précieu|bienvenu|important|du\s+sens|plus\s+de\s+poids)`,
  'iu',
);

/** Whether the agreement noun at `trigger` is "a memorandum" whose worth a conditional weighs: no agreement at all. */
export function hypotheticalAgreement(text: string, trigger: Span & { readonly kind: string }): boolean {
  const end = Math.max(trigger.end, trigger.start + trigger.kind.length);
  return WORTH_AFTER.test(text.slice(end, end + 50)) && INDEFINITE_JUST_BEFORE.test(text.slice(Math.max(0, trigger.start - 30), trigger.start));
}

// "un protocole de ce genre", "a charter of that kind", "ce type de convention", "this sort of memorandum", "such pacts":
// agreements of a sort, none in particular.
const SORT_AFTER = wordRegex(
  String.raw`^\s+(?:de\s+ce\s+(?:type|genre)|de\s+cette\s+(?:sorte|nature)|de\s+la\s+sorte|of\s+(?:this|that|the\s+same)\s+(?:kind|type|sort)|like\s+(?:this|that)\s+one)\b`,
  'iu',
);
const SORT_BEFORE = wordRegex(
  String.raw`\b(?:(?:ce|cet|cette|ces|le\s+même|la\s+même|un\s+autre)\s+(?:genre|type|sorte)\s+(?:de\s+|d['’])|(?:this|that|these|those|the\s+same)\s+(?:kind|type|sort)s?\s+of\s+(?:an?\s+)?|such\s+(?:an?\s+)?)$`,
  'iu',
);
const SORT_STEM = /type|genre|sorte|nature|kind|sort|like|such/iu;

/** Whether the agreement noun at `trigger` names a sort of agreement ("un protocole de ce genre") rather than one agreement. */
export function sortOfAgreement(text: string, trigger: Span): boolean {
  const before = text.slice(Math.max(0, trigger.start - 30), trigger.start);
  const after = text.slice(trigger.end, trigger.end + 30);
  return (SORT_STEM.test(after) && SORT_AFTER.test(after)) || (SORT_STEM.test(before) && SORT_BEFORE.test(before));
}
