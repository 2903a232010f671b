import { describe, expect, it } from 'vitest';
import { missionFor } from './entities-for.js';

describe('the bodies whose people travel with a trip are on its travelling side', () => {
  it('adds "The delegation included representatives of X and Y" in the next sentence', () => {
    const text =
      'A delegation from Tromsø visited Halden from May 4 to May 7. The delegation included representatives of the Arctic Fisheries Institute and the Tromsø Harbour Authority.';
    const e = missionFor(text, [['ORG', 'Arctic Fisheries Institute'], ['ORG', 'Tromsø Harbour Authority'], ['PLACE', 'Tromsø'], ['PLACE', 'Halden']], [], 'en');
    expect(e?.parties).toEqual(expect.arrayContaining(['Arctic Fisheries Institute', 'Tromsø Harbour Authority', 'Tromsø']));
  });

  it('reads "Elle compte notamment des représentants du X et de la Y"', () => {
    const text =
      'Une délégation de Villeneuve séjourne à Carouge du 3 au 6 juin. Elle compte notamment des représentants du Musée des arts textiles et de la Chambre des métiers de Villeneuve.';
    const e = missionFor(text, [['ORG', 'Musée des arts textiles'], ['ORG', 'Chambre des métiers de Villeneuve'], ['PLACE', 'Villeneuve'], ['PLACE', 'Carouge']]);
    expect(e?.parties).toEqual(expect.arrayContaining(['Musée des arts textiles', 'Chambre des métiers de Villeneuve']));
  });

  it('leaves out the officials the travellers met', () => {
    const text =
      'A delegation from Tromsø visited Halden from May 4 to May 7. The programme included meetings with representatives of the Halden Chamber of Commerce.';
    const e = missionFor(text, [['ORG', 'Halden Chamber of Commerce'], ['PLACE', 'Tromsø'], ['PLACE', 'Halden']], [], 'en');
    expect(e?.parties).not.toContain('Halden Chamber of Commerce');
  });

  it('leaves out a body named without a "representatives of" cue', () => {
    const text =
      'A delegation from Tromsø visited Halden from May 4 to May 7. The trip included a tour of the Halden Science Park.';
    const e = missionFor(text, [['ORG', 'Halden Science Park'], ['PLACE', 'Tromsø'], ['PLACE', 'Halden']], [], 'en');
    expect(e?.parties).not.toContain('Halden Science Park');
  });

  it('adds the firms listed after "Participating companies included"', () => {
    const text =
      'A delegation from Tromsø visited Halden from May 4 to May 7. Participating companies included Polar Net Systems and Fjordline Robotics.';
    const e = missionFor(text, [['ORG', 'Polar Net Systems'], ['ORG', 'Fjordline Robotics'], ['PLACE', 'Tromsø'], ['PLACE', 'Halden']], [], 'en');
    expect(e?.parties).toEqual(expect.arrayContaining(['Polar Net Systems', 'Fjordline Robotics']));
  });

  it('adds the firms named after "entreprises :"', () => {
    const text =
      'Une délégation de Villeneuve séjourne à Carouge du 3 au 6 juin. Elle comprend trois entreprises : Textiles Morel, Atelier Brun et Verrerie Duval.';
    const e = missionFor(text, [['ORG', 'Textiles Morel'], ['ORG', 'Atelier Brun'], ['ORG', 'Verrerie Duval'], ['PLACE', 'Villeneuve'], ['PLACE', 'Carouge']]);
    expect(e?.parties).toEqual(expect.arrayContaining(['Textiles Morel', 'Atelier Brun', 'Verrerie Duval']));
  });

  it('reads "des représentants de l\'agence X" and "des cadres de la Y"', () => {
    const text =
      "Une délégation de Villeneuve séjourne à Carouge du 3 au 6 juin. Elle comprenait des représentants de l'agence de développement Essor Lot et des cadres de la Régie des eaux de Villeneuve.";
    const e = missionFor(text, [['ORG', 'Essor Lot'], ['ORG', 'Régie des eaux de Villeneuve'], ['PLACE', 'Villeneuve'], ['PLACE', 'Carouge']]);
    expect(e?.parties).toEqual(expect.arrayContaining(['Essor Lot', 'Régie des eaux de Villeneuve']));
  });

  it('adds bodies named as members: "The delegation includes X and the Y", two sentences on', () => {
    const text =
      'A delegation from Tromsø is visiting Halden from May 4 to May 7. It is led by the mayor. The delegation includes the Arctic Fisheries Institute and the Tromsø Harbour Authority.';
    const e = missionFor(text, [['ORG', 'Arctic Fisheries Institute'], ['ORG', 'Tromsø Harbour Authority'], ['PLACE', 'Tromsø'], ['PLACE', 'Halden']], [], 'en');
    expect(e?.parties).toEqual(expect.arrayContaining(['Arctic Fisheries Institute', 'Tromsø Harbour Authority']));
  });

  it('adds the firms after "companies:" and the people listed after "Y figuraient"', () => {
    const text =
      'A delegation from Tromsø visited Halden from May 4 to May 7. It included three companies: Polar Net Systems, Fjordline Robotics and Nordkapp Foods.';
    expect(missionFor(text, [['ORG', 'Polar Net Systems'], ['ORG', 'Fjordline Robotics'], ['ORG', 'Nordkapp Foods'], ['PLACE', 'Tromsø'], ['PLACE', 'Halden']], [], 'en')?.parties).toEqual(expect.arrayContaining(['Polar Net Systems', 'Fjordline Robotics', 'Nordkapp Foods']));
    const fr = 'Une délégation de Villeneuve séjourne à Carouge du 3 au 6 juin. Y figuraient des représentants du Musée des arts textiles.';
    expect(missionFor(fr, [['ORG', 'Musée des arts textiles'], ['PLACE', 'Villeneuve'], ['PLACE', 'Carouge']])?.parties).toContain('Musée des arts textiles');
  });

  it('adds the firms after "la délégation comptait notamment les sociétés"', () => {
    const text =
      'Une délégation de Villeneuve séjourne à Carouge du 3 au 6 juin. La délégation comptait notamment les sociétés Textiles Morel (Agen) et Verrerie Duval.';
    const parties = missionFor(text, [['ORG', 'Textiles Morel'], ['ORG', 'Verrerie Duval'], ['PLACE', 'Agen'], ['PLACE', 'Villeneuve'], ['PLACE', 'Carouge']])?.parties;
    expect(parties).toEqual(expect.arrayContaining(['Textiles Morel', 'Verrerie Duval']));
    expect(parties).not.toContain('Agen');
  });
});

describe('a trip named by its town adjective travels from that town, bodies and all', () => {
  it('adds the canton of "la délégation valaisanne" beside the body it includes', () => {
    const text =
      'La délégation valaisanne séjourne à Aoste du 3 au 6 juin. Elle comprend des représentants de la Chambre de commerce du Valais.';
    expect(missionFor(text, [['ORG', 'Chambre de commerce du Valais'], ['PLACE', 'Valais'], ['PLACE', 'Aoste']])?.parties).toEqual(expect.arrayContaining(['Valais', 'Chambre de commerce du Valais']));
  });

  it('leaves out the country of "la délégation française" when its bodies are named', () => {
    const text =
      "La délégation française séjourne à Turin du 3 au 6 juin. Elle comprend des représentants de la Régie des eaux de France.";
    const parties = missionFor(text, [["ORG", "Régie des eaux de France"], ['PLACE', 'France'], ['PLACE', 'Turin']])?.parties;
    expect(parties).toContain("Régie des eaux de France");
    expect(parties).not.toContain('France');
  });
});
