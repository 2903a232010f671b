// "A fifth text, a cooperation agreement between A and B on apprenticeships, was not ready in time", "A separate
// memorandum between A and B is being negotiated", "Un protocole entre A et B est encore en cours de rédaction":
// the predicate told after the noun phrase and its sides says the agreement is not signed yet.
const PENDING_PREDICATE = new RegExp(
  String.raw`^[^.;:!?]{0,80}?(?<![\p{L}\p{N}])(?:(?:is|are|was|were)\s+(?:still\s+)?(?:being\s+(?:negotiated|prepared|drafted|finali[sz]ed|discussed)|not\s+(?:yet\s+)?ready)|(?:est|sont|était|étaient)\s+(?:encore\s+|toujours\s+)?en\s+cours\s+de\s+(?:négociation|préparation|rédaction|finalisation)|n['’](?:est|sont|était|étaient)\s+pas\s+(?:encore\s+)?prête?s?)(?![\p{L}\p{N}])`,
  'iu',
);
const PENDING_STEM = /being|ready|en\s+cours|prêt/iu;

/** The clause goes on, after the agreement's noun and sides (`from`), to say it is still being drafted or not ready. */
export function pendingPredicate(text: string, from: number, to: number): boolean {
  const rest = text.slice(from, Math.min(to, from + 200));
  return PENDING_STEM.test(rest) && PENDING_PREDICATE.test(rest);
}
