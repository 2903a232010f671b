import { describe, expect, it } from 'vitest';
import { agreementsFor } from './entities-for.js';

describe('an agreement a town’s council speaks of with its partner alone', () => {
  it('takes the town the story is filed from as the other side, as its body when the text names one', () => {
    const en =
      'HARLOWE — Bridge repairs end on Friday, the City of Harlowe said.\n\nTown council members will vote in January to approve a friendship agreement with the City of Rostavik.';
    const out = agreementsFor(en, [['ORG', 'City of Harlowe'], ['ORG', 'City of Rostavik'], ['PLACE', 'Harlowe']], [], 'en');
    expect(out.map((e) => e.parties)).toEqual([['City of Harlowe', 'City of Rostavik']]);
  });

  it('takes the town itself when the text names no body of it (French)', () => {
    const fr =
      "MARBEUIL — Le marché de Noël ouvre vendredi.\n\nLe conseil de ville autorisera en janvier le maire à signer une entente d'amitié avec la commune de Tellancourt.";
    const out = agreementsFor(fr, [['ORG', 'commune de Tellancourt'], ['PLACE', 'Marbeuil', 'MARBEUIL']]);
    expect(out.map((e) => e.parties)).toEqual([['Marbeuil', 'commune de Tellancourt']]);
  });

  it('adds nothing when a named body, not the council, speaks of the agreement', () => {
    const en =
      'HARLOWE — Bridge repairs end on Friday, the City of Harlowe said.\n\nQuennel Growers Guild members will vote in January to approve a friendship agreement with the City of Rostavik.';
    const out = agreementsFor(en, [['ORG', 'City of Harlowe'], ['ORG', 'City of Rostavik'], ['ORG', 'Quennel Growers Guild'], ['PLACE', 'Harlowe']], [], 'en');
    expect(out).not.toHaveLength(0);
    expect(out.flatMap((e) => e.parties)).not.toContain('City of Harlowe');
  });
  it('reads "Councilors" and a bare "Le conseil devra" as the council', () => {
    const en =
      'HARLOWE — The City of Harlowe welcomed visitors this week.\n\nCouncilors will be asked to approve a friendship agreement with the City of Rostavik early next year.';
    const enOut = agreementsFor(en, [['ORG', 'City of Harlowe'], ['ORG', 'City of Rostavik'], ['PLACE', 'Harlowe']], [], 'en');
    expect(enOut.map((e) => e.parties)).toEqual([['City of Harlowe', 'City of Rostavik']]);
    const fr = "MARBEUIL — La fanfare a joué samedi.\n\nLe conseil devra autoriser le maire à signer une entente d'amitié avec la commune de Tellancourt.";
    const frOut = agreementsFor(fr, [['ORG', 'commune de Tellancourt'], ['PLACE', 'Marbeuil', 'MARBEUIL']]);
    expect(frOut.map((e) => e.parties)).toEqual([['Marbeuil', 'commune de Tellancourt']]);
  });

  it('adds nothing when "le conseil municipal de" names another town', () => {
    const fr =
      "MARBEUIL — La fanfare a joué samedi.\n\nLe conseil municipal de Quessac autorise le maire à signer une entente d'amitié avec la commune de Tellancourt.";
    const out = agreementsFor(fr, [['ORG', 'commune de Tellancourt'], ['PLACE', 'Marbeuil', 'MARBEUIL']]);
    expect(out).toHaveLength(1);
    expect(out[0]!.parties).not.toContain('Marbeuil');
  });

  it('adds nothing when "the Council of Europe" speaks of the agreement', () => {
    const en =
      'HARLOWE — The City of Harlowe welcomed visitors this week.\n\nThe Council of Europe will be asked to approve a friendship agreement with the City of Rostavik early next year.';
    const out = agreementsFor(en, [['ORG', 'City of Harlowe'], ['ORG', 'City of Rostavik'], ['PLACE', 'Harlowe']], [], 'en');
    expect(out).toHaveLength(1);
    expect(out[0]!.parties).not.toContain('City of Harlowe');
  });
});
