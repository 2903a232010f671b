import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/extract/events/extract-events.js';
import { splitSentences } from '../../../src/extract/text/split-sentences.js';
import { dateFor, entitiesFor, eventsFor, firstOfType, missionFor } from './entities-for.js';

describe('where an agreement was signed', () => {
  it('takes the place between the verb and the agreement over one in its subject matter', () => {
    const text =
      "Le Collège de Rimouski et l'Université de Dakar ont signé vendredi 7 mars à Dakar une convention portant sur l'accueil d'étudiants sénégalais au Canada.";
    const [e] = eventsFor(text, [['ORG', 'Collège de Rimouski'], ['ORG', 'Université de Dakar'], ['PLACE', 'Dakar'], ['PLACE', 'Canada']]);
    expect(e?.place).toBe('Dakar');
  });

  it('reads "à l\'hôtel de ville de La X" as a place in X', () => {
    const text = "La Ville de Campbellton et la Ville de Niort ont signé une charte de jumelage à l'hôtel de ville de La Rochelle.";
    const [e] = eventsFor(text, [['ORG', 'Ville de Campbellton'], ['ORG', 'Ville de Niort'], ['PLACE', 'Rochelle']]);
    expect(e?.place).toBe('Rochelle');
  });

  it('places a signing "au siège du ministère X, à Y" in Y', () => {
    const text =
      "Le gouvernement des Seychelles et la Région Mayotte ont signé un accord-cadre au siège du ministère des Affaires étrangères, à Victoria.";
    const [e] = eventsFor(text, [
      ['ORG', 'gouvernement des Seychelles'],
      ['ORG', 'Région Mayotte'],
      ['ORG', 'ministère des Affaires étrangères'],
      ['PLACE', 'Victoria'],
    ]);
    expect(e?.place).toBe('Victoria');
  });

  it('takes the dateline city after a masthead line', () => {
    const text =
      "NIORT MATIN — Société | Par Jeanne Roy\n\nNIORT — La Ville de Niort et la Ville de Sherbrooke ont signé une convention de coopération.";
    const [e] = eventsFor(text, [['ORG', 'Ville de Niort'], ['ORG', 'Ville de Sherbrooke'], ['PLACE', 'Niort', 'NIORT']]);
    expect(e?.place).toBe('Niort');
  });
});

describe('when a trip was', () => {
  it('takes the stay told after a signing day as the trip\'s dates and place', () => {
    const text =
      "La Ville de Gaspé et la Ville de Vannes ont signé une entente le jeudi 5 juin, en présence d'une délégation bretonne venue de Vannes. La délégation a séjourné en Gaspésie du 2 au 8 juin.";
    const dates = [dateFor(text, 'jeudi 5 juin', '--06-05'), dateFor(text, 'du 2 au 8 juin', '--06-02/--06-08')];
    const trip = missionFor(text, [['ORG', 'Ville de Gaspé'], ['ORG', 'Ville de Vannes'], ['PLACE', 'Vannes'], ['PLACE', 'Gaspésie']], dates);
    expect(trip?.date).toBe('--06-02/--06-08');
    expect(trip?.place).toBe('Gaspésie');
  });

  it('does not take the date of a dateline whose outlet is named in brackets', () => {
    const text =
      "Dakar, 20 mai 2025 (L'Écho du Cap-Vert) – Une délégation de la Ville de Rimouski a séjourné à Dakar du 12 au 16 mai, à l'invitation de la Mairie de Dakar.";
    const dates = [dateFor(text, '20 mai 2025', '2025-05-20'), dateFor(text, 'du 12 au 16 mai', '2025-05-12/2025-05-16')];
    expect(missionFor(text, [['ORG', 'Ville de Rimouski'], ['ORG', 'Mairie de Dakar'], ['PLACE', 'Dakar']], dates)?.date).toBe('2025-05-12/2025-05-16');
  });
});

describe('an agreement named again by its noun', () => {
  it('points "la signature de l\'entente" back to the entente, not to a planned convention told since', () => {
    const text =
      "La Ville de Rimouski et la Ville de Lorient ont signé une entente de jumelage le 3 juin. Le Cégep de Rimouski et le lycée Dupuy de Lôme prévoient de signer une convention d'échange d'élèves. Photo : les deux maires après la signature de l'entente.";
    const out = eventsFor(text, [['ORG', 'Ville de Rimouski'], ['ORG', 'Ville de Lorient'], ['ORG', 'Cégep de Rimouski'], ['ORG', 'lycée Dupuy de Lôme']], [
      dateFor(text, '3 juin', '--06-03'),
    ]);
    const planned = out.find((e) => e.kind.startsWith('convention'));
    expect(planned?.status).toBe('planned');
  });
});

describe('where a trip went', () => {
  it('keeps the country a dated stay names over a town the visitors will stop at', () => {
    const text =
      "Une délégation vendéenne séjourne au Sénégal du 3 au 9 février. Conduite par le maire de Vendôme, elle comprend des élus de la Ville de Vendôme. Les visiteurs se rendront à Thiès et à Louga pour visiter des périmètres maraîchers.";
    const country: Record<string, string> = { Sénégal: 'SN', Thiès: 'SN', Louga: 'SN', Vendôme: 'FR' };
    const entities = entitiesFor(text, [['ORG', 'Ville de Vendôme'], ['PLACE', 'Sénégal'], ['PLACE', 'Thiès'], ['PLACE', 'Louga'], ['PLACE', 'Vendôme']]).map((e) =>
      country[e.name] ? { ...e, geo: { lat: 0, lon: 0, country: country[e.name]! } } : e,
    );
    const dates = [dateFor(text, 'du 3 au 9 février', '--02-03/--02-09')];
    const out = extractEvents({ text, language: 'fr', sentences: splitSentences(text), entities, dates });
    expect(firstOfType(out, 'mission')?.place).toBe('Sénégal');
  });

  it('takes the region a delegation stayed in, told after a visit placed in a town', () => {
    const text =
      "L'annonce a été faite jeudi à Tanger, au terme d'une visite de travail d'une délégation de la Région Bretagne. La délégation, qui a séjourné dans l'Oriental du 4 au 7 mars, comprenait des chefs d'entreprise.";
    const trip = missionFor(text, [['ORG', 'Région Bretagne'], ['PLACE', 'Tanger'], ['PLACE', 'Oriental']], [dateFor(text, 'du 4 au 7 mars', '--03-04/--03-07')]);
    expect(trip?.date).toBe('--03-04/--03-07');
    expect(trip?.place).toBe('Oriental');
  });
});

describe('the ceremony told after a signing', () => {
  it('places the agreement where the ceremony was held, not where an earlier one was signed', () => {
    const text =
      "Le Conseil régional de Kayes et le Département du Lot ont renouvelé leur convention de coopération. La cérémonie s'est tenue à l'hôtel de région de Kayes. La convention a été signée par les deux présidents et reconduit la première convention, signée à Cahors en 2009.";
    const out = eventsFor(text, [['ORG', 'Conseil régional de Kayes'], ['ORG', 'Département du Lot'], ['PLACE', 'Kayes'], ['PLACE', 'Cahors']]);
    expect(out.find((e) => e.kind.startsWith('convention de coopération'))?.place).toBe('Kayes');
  });

  it('leaves a ceremony in a building to the town told elsewhere', () => {
    const text =
      "L'Université de Sherbrooke et l'Université de Bamako ont signé un accord-cadre à Sherbrooke. La cérémonie s'est tenue au pavillon Marie-Curie.";
    const out = eventsFor(text, [['ORG', 'Université de Sherbrooke'], ['ORG', 'Université de Bamako'], ['PLACE', 'Sherbrooke'], ['PLACE', 'pavillon Marie-Curie']]);
    expect(out[0]?.place).toBe('Sherbrooke');
  });
});
