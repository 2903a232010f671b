import { describe, expect, it } from 'vitest';
import { eventsFor, missionFor } from './entities-for.js';

describe('the bodies that organise a trip travel with it', () => {
  it('adds "La mission, organisée par X et Y" after the trip noun when only its destinations are named', () => {
    const text =
      "Une trentaine d'entreprises ont pris part à une mission commerciale au Portugal. La mission, organisée par l'Agence régionale de l'export et la Chambre de commerce de Tulle, a duré trois jours.";
    const [e] = eventsFor(text, [['ORG', "Agence régionale de l'export"], ['ORG', 'Chambre de commerce de Tulle'], ['PLACE', 'Portugal'], ['PLACE', 'Tulle']]);
    expect(e?.parties).toEqual(expect.arrayContaining(["Agence régionale de l'export", 'Chambre de commerce de Tulle', 'Portugal']));
  });

  it('reads a fronted "Organisée par X, elle …" in the next sentence, leader included', () => {
    const text =
      "Une vingtaine d'entrepreneurs ont participé à une mission économique au Ghana. Organisée par l'Agence flamande du commerce, elle était conduite par la ministre Els Peeters.";
    const [e] = eventsFor(text, [['ORG', 'Agence flamande du commerce'], ['PLACE', 'Ghana'], ['PERSON', 'Els Peeters']]);
    expect(e?.parties).toEqual(expect.arrayContaining(['Agence flamande du commerce', 'Ghana']));
    expect(e?.signatories).toEqual(['Els Peeters']);
  });

  it('leaves the organiser out when a territory’s firms are the travelling side', () => {
    const text = 'The accord is to be signed in Osaka during a trade mission to Japan. Twenty Manitoba companies will join the mission, organized by the Manitoba Trade Agency.';
    const e = missionFor(text, [['ORG', 'Manitoba Trade Agency'], ['PLACE', 'Manitoba'], ['PLACE', 'Japan'], ['PLACE', 'Osaka']], [], 'en');
    expect(e?.parties).not.toContain('Manitoba Trade Agency');
  });

  it('does not take the organiser of meetings told after the trip', () => {
    const text = 'A delegation from Kumamoto visited Dunedin last week. Business meetings organized by the Dunedin Business Hub brought together local firms.';
    const [e] = eventsFor(text, [['ORG', 'Dunedin Business Hub'], ['PLACE', 'Kumamoto'], ['PLACE', 'Dunedin']], [], 'en');
    expect(e?.parties).not.toContain('Dunedin Business Hub');
  });
});

describe('a part of a place is still a location', () => {
  it('reads "in northern X" and "dans le nord-est de X" as where an agreement was signed', () => {
    const en = eventsFor('Port Alba and Nordhavn Logistics signed a letter of intent in northern Spain.', [['ORG', 'Port Alba'], ['ORG', 'Nordhavn Logistics'], ['PLACE', 'Spain']], [], 'en');
    expect(en[0]?.place).toBe('Spain');
    const fr = eventsFor("Le port de Sète et la société Navalia ont signé une convention dans le nord-est de l'Italie.", [['ORG', 'port de Sète'], ['ORG', 'Navalia'], ['PLACE', 'Italie']]);
    expect(fr[0]?.place).toBe('Italie');
  });
});

describe('a trip named by where it went travels from the place its adjective names', () => {
  it('reads "Une délégation jurassienne à Aoste" as a trip from Jura', () => {
    const text =
      "Le Jura a renouvelé le 3 mai son accord de coopération avec la Sardaigne.\n\nUne délégation jurassienne à Aoste\n\nLes élus ont visité l'hôpital régional et rencontré des entrepreneurs.";
    expect(missionFor(text, [['PLACE', 'Jura'], ['PLACE', 'Sardaigne'], ['PLACE', 'Aoste']])?.parties).toEqual(['Jura', 'Aoste']);
  });
});
