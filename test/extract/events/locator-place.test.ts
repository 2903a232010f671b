import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/extract.js';
import { agreementFor, dateFor, firstOfType, missionFor } from './entities-for.js';

describe('a larger place set off after a smaller one', () => {
  it('keeps the town a trip stayed in when "en Bretagne" only locates it', () => {
    const text = "Une délégation de la Ville de Saguenay a séjourné à Lorient, en Bretagne, du 3 au 7 mai, à l'invitation de la Ville de Lorient.";
    const specs = [['ORG', 'Ville de Saguenay'], ['PLACE', 'Lorient'], ['PLACE', 'Bretagne'], ['ORG', 'Ville de Lorient']] as const;
    const trip = missionFor(text, specs, [dateFor(text, 'du 3 au 7 mai', '--05-03/--05-07')]);
    expect(trip?.place).toBe('Lorient');
    expect(trip?.parties).not.toContain('Bretagne');
  });

  it('reads "De retour de X, au Y" as a trip to X', () => {
    const text =
      "De retour de Campbellton, au Nouveau-Brunswick, où elle a conduit une délégation lannionnaise du 5 au 9 juin, la maire de Lannion, Anne Le Gall, fait le point sur le rapprochement avec Campbellton, en Acadie.";
    const trip = extract(text).events.find((e) => e.type === 'mission');
    expect(trip?.place).toBe('Campbellton');
  });

  it('keeps the country of a list of towns ("à Cork et à Dublin, en Irlande")', () => {
    const text = 'Une délégation de la Chambre de commerce de Rouen a effectué du 4 au 8 mai une mission économique à Cork et à Dublin, en Irlande.';
    const trip = extract(text).events.find((e) => e.type === 'mission');
    expect(trip?.place).toBe('Irlande');
  });
});

describe('a part of a larger place, or its head word, set off after a smaller one', () => {
  it('reads "la maire de X, dans l\'est du Y, Z" as where the leader comes from, not a side of the trip', () => {
    const text = "Du 3 au 7 mai, la délégation de Quenterre a séjourné à Lugnac sous la conduite de la maire de Mboralé, dans l'est du Tchad, Nafi Toubalé.";
    const trip = extract(text).events.find((e) => e.type === 'mission');
    expect(trip).toBeDefined();
    expect(trip?.place).toBe('Lugnac');
    expect(trip?.parties).not.toContain('Tchad');
  });

  it('reads "a mission to X, in <name> province, …" as a trip to X alone', () => {
    const text = 'Harnwick City Council is back from a week-long trade mission to Qilvang, in Hebei province, where it discussed a friendship agreement.';
    const trip = extract(text).events.find((e) => e.type === 'mission');
    expect(trip).toBeDefined();
    expect(trip?.place).toBe('Qilvang');
    expect(trip?.parties).not.toContain('Hebei');
  });

  it('reads "a mission to X, in Y Province, …" (capitalized head word) as a trip to X alone', () => {
    const text = 'Kelvardine City Council has returned from a six-day trade mission to Tsenjiang, in Gansu Province, with a friendship agreement.';
    const specs = [['ORG', 'Kelvardine City Council'], ['PLACE', 'Tsenjiang'], ['PLACE', 'Gansu']] as const;
    const trip = missionFor(text, specs, []);
    expect(trip).toBeDefined();
    expect(trip?.place).toBe('Tsenjiang');
    expect(trip?.parties).not.toContain('Gansu');
  });

  it('keeps the region a trip went to when no smaller place comes before it', () => {
    const text = 'Une délégation de la Ville de Quenterre a séjourné dans le sud du Sénégal du 3 au 7 mai.';
    const specs = [['ORG', 'Ville de Quenterre'], ['PLACE', 'Sénégal']] as const;
    expect(missionFor(text, specs, [dateFor(text, 'du 3 au 7 mai', '--05-03/--05-07')])?.place).toBe('Sénégal');
  });
});

describe('a place after ", in" that does not hold the place before it', () => {
  it('reads "a delegation from Kumamoto, in Adelaide from …" as a stay in Adelaide', () => {
    const text =
      'The signing took place during the visit of a 12-member delegation from Kumamoto, in Adelaide from 3 to 7 May. It was hosted by Adelaide City Council and the Tonsley Innovation District.';
    const trip = extract(text).events.find((e) => e.type === 'mission');
    expect(trip?.place).toBe('Adelaide');
    const abroad = extract('The agreement was signed during a five-day visit by a delegation from Kumamoto, Japan, in Adelaide from 3 to 7 May.').events;
    expect(firstOfType(abroad, 'mission')?.place).toBe('Adelaide');
  });

  it('still reads ", dans les Landes" after a party as where the party sits', () => {
    const text =
      "La Ville de Gaspé a signé, mardi 10 mars, un accord de coopération avec la Communauté de communes de Mimizan, dans les Landes. La signature a eu lieu à Mimizan.";
    const specs = [['ORG', 'Ville de Gaspé'], ['ORG', 'Communauté de communes de Mimizan'], ['PLACE', 'Landes'], ['PLACE', 'Mimizan']] as const;
    const deal = agreementFor(text, specs, [dateFor(text, 'mardi 10 mars', '--03-10')]);
    expect(deal?.place).toBe('Mimizan');
  });
});
