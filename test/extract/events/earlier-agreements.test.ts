import { describe, expect, it } from 'vitest';
import { agreementsFor, dateFor, eventsFor } from './entities-for.js';

describe('an agreement earlier than the one reported', () => {
  it('makes "the original 2009 agreement" an agreement of its own between the same sides', () => {
    const text =
      'The Government of Ontario and the State of Michigan on Tuesday renewed their memorandum of understanding on Great Lakes shipping. The original 2009 agreement was signed in Lansing by the governor at the time.';
    const agreements = agreementsFor(text, [['ORG', 'Government of Ontario'], ['ORG', 'State of Michigan'], ['PLACE', 'Lansing']], [], 'en');
    expect(agreements).toHaveLength(2);
    expect(agreements[1]).toMatchObject({ status: 'signed', date: '2009', place: 'Lansing', parties: ['Government of Ontario', 'State of Michigan'] });
    expect(agreements[0]?.date).toBeUndefined();
  });

  it('makes "la première charte avait été signée en 1992" its own agreement, and takes no signer from a later clause', () => {
    const text =
      'La Ville de Rimouski et la Ville de Lorient ont renouvelé leur charte de jumelage le 3 juin. La première charte avait été signée à Lorient en 1992 par les maires de l’époque, dix ans après l’élection de Jean Morin.';
    const out = eventsFor(
      text,
      [['ORG', 'Ville de Rimouski'], ['ORG', 'Ville de Lorient'], ['PLACE', 'Lorient'], ['PERSON', 'Jean Morin']],
      [dateFor(text, '3 juin', '--06-03'), dateFor(text, '1992', '1992')],
    );
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ date: '--06-03', parties: ['Ville de Rimouski', 'Ville de Lorient'] });
    expect(out[0]?.place).toBeUndefined();
    expect(out[1]).toMatchObject({ date: '1992', place: 'Lorient', signatories: [] });
  });

  it('keeps "leur premier accord" signed today as the agreement reported', () => {
    const text = 'Sfax et Grenoble ont signé leur premier accord de coopération le 2 mars.';
    const out = eventsFor(text, [['PLACE', 'Sfax'], ['PLACE', 'Grenoble']], [dateFor(text, '2 mars', '--03-02')]);
    expect(out).toHaveLength(1);
  });

  it('does not place a renewal where the first one was signed', () => {
    const text =
      'The City of Campbellton and the City of Lafayette renewed their friendship agreement, first signed in Lafayette in 2005. The renewed agreement was signed in Campbellton.';
    const out = eventsFor(text, [['ORG', 'City of Campbellton'], ['ORG', 'City of Lafayette'], ['PLACE', 'Lafayette'], ['PLACE', 'Campbellton']], [], 'en');
    expect(out[0]).toMatchObject({ place: 'Campbellton' });
  });
});

describe('a signing day within a visit', () => {
  it('reads "signed on Oct. 6" and "the visit from Oct. 5 to 7" as the same time', () => {
    const text =
      'Alberta and Montana signed a memorandum of understanding on October 6. The memorandum was signed in Calgary by Ann Lee, who led a delegation to Calgary from October 5 to 7.';
    expect(agreementsFor(
      text,
      [['PLACE', 'Alberta'], ['PLACE', 'Montana'], ['PLACE', 'Calgary'], ['PERSON', 'Ann Lee']],
      [dateFor(text, 'October 6', '--10-06'), dateFor(text, 'October 5 to 7', '--10-05/--10-07')],
      'en',
    )).toHaveLength(1);
  });
});

describe('sides of a relative clause', () => {
  it('takes no sides from "…, which set up an exchange between A and B"', () => {
    const text =
      'Campbellton and Poitiers renewed their friendship agreement. It builds on a letter of intent signed in 2012 by the mayors, which set up an exchange between Acadia College and Vienne Institute.';
    const out = eventsFor(text, [['PLACE', 'Campbellton'], ['PLACE', 'Poitiers'], ['ORG', 'Acadia College'], ['ORG', 'Vienne Institute']], [], 'en');
    expect(out.flatMap((e) => e.parties)).not.toContain('Acadia College');
  });
});

describe('the first signing told beside the renewal', () => {
  it('makes "l’accord précédent, signé en 2014 à Kayes" an earlier agreement', () => {
    const text =
      "La Région de Matam et la Région Bretagne ont signé une convention-cadre le 4 mars. La présidente a rappelé que l'accord précédent, signé en 2014 à Kayes, n'avait produit que deux projets.";
    const out = eventsFor(
      text,
      [['ORG', 'Région de Matam'], ['ORG', 'Région Bretagne'], ['PLACE', 'Kayes']],
      [dateFor(text, '4 mars', '--03-04'), dateFor(text, '2014', '2014')],
    );
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ date: '--03-04' });
    expect(out[1]).toMatchObject({ date: '2014', place: 'Kayes', parties: ['Région de Matam', 'Région Bretagne'] });
  });

  it('makes "Conclu une première fois à Sierre le 3 mai 2011, l’accord …" an earlier agreement', () => {
    const text =
      "Le Tessin et la Lombardie ont renouvelé le 2 avril leur accord-cadre. Conclu une première fois à Sierre le 3 mai 2011, l'accord arrivait à échéance.";
    const out = eventsFor(
      text,
      [['PLACE', 'Tessin'], ['PLACE', 'Lombardie'], ['PLACE', 'Sierre']],
      [dateFor(text, '2 avril', '--04-02'), dateFor(text, '3 mai 2011', '2011-05-03')],
    );
    expect(out).toHaveLength(2);
    expect(out[1]).toMatchObject({ date: '2011-05-03', place: 'Sierre', parties: ['Tessin', 'Lombardie'] });
  });

  it('splits "renewed their MOU, first signed in Tromsø in 2012", not a bare year of origin', () => {
    const text = 'The Province of Nordland and the State of Alaska renewed their MOU on fisheries, first signed in Tromsø in 2012.';
    const out = eventsFor(text, [['ORG', 'Province of Nordland'], ['ORG', 'State of Alaska'], ['PLACE', 'Tromsø']], [dateFor(text, '2012', '2012')], 'en');
    expect(out).toHaveLength(2);
    expect(out[0]?.place).toBeUndefined();
    expect(out[1]).toMatchObject({ date: '2012', place: 'Tromsø' });
    const bare = 'Tulle et Wels ont renouvelé le 9 mai leur charte de jumelage, signée pour la première fois en 1978.';
    expect(eventsFor(bare, [['PLACE', 'Tulle'], ['PLACE', 'Wels']], [dateFor(bare, '9 mai', '--05-09'), dateFor(bare, '1978', '1978')])).toHaveLength(1);
  });
});
