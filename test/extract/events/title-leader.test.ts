import { describe, expect, it } from 'vitest';
import { eventsFor, missionFor } from './entities-for.js';

describe('a trip led by a title alone', () => {
  it('reads "led by the Governor" as the one person named Governor earlier', () => {
    const text =
      'The pact was signed in Perth in the presence of the Governor of Sabah, Datuk Amir Hassan. It crowned a visit to Western Australia by a 20-member Sabah delegation led by the Governor.';
    expect(missionFor(text, [['PLACE', 'Perth'], ['PLACE', 'Sabah'], ['PLACE', 'Western Australia'], ['PERSON', 'Amir Hassan']], [], 'en')?.signatories).toEqual(['Amir Hassan']);
  });

  it('reads "Le président du gouvernement conduisait une délégation" as the person named with that title', () => {
    const text =
      "Le Jura et la Franche-Comté ont signé un accord. Le texte a été signé par le président du gouvernement jurassien, Luc Froidevaux, à Besançon. Le président du gouvernement conduisait une délégation de dix personnes en Franche-Comté.";
    expect(missionFor(text, [['PLACE', 'Jura'], ['PLACE', 'Franche-Comté'], ['PLACE', 'Besançon'], ['PERSON', 'Luc Froidevaux']])?.signatories).toEqual(['Luc Froidevaux']);
  });

  it('names no leader when two people hold the title', () => {
    const text =
      "Le texte a été signé par le président du Jura, Luc Froidevaux, et par le président de la Franche-Comté, Marc Gay. Le président conduisait une délégation à Besançon.";
    expect(missionFor(text, [['PLACE', 'Jura'], ['PLACE', 'Franche-Comté'], ['PLACE', 'Besançon'], ['PERSON', 'Luc Froidevaux'], ['PERSON', 'Marc Gay']])?.signatories ?? []).toEqual([]);
  });

  it('reads "conduite par M. le Maire" in minutes as the mayor named in the heading, not the next line\'s secretary', () => {
    const text =
      "Présidence : M. Paul Verrier, maire\nSecrétaire de séance : Mme Lise Carrel\nUne délégation de Sornac, conduite par M. le Maire, s'est rendue à Brivelle du 3 au 6 mai.";
    expect(missionFor(text, [['PLACE', 'Sornac'], ['PLACE', 'Brivelle'], ['PERSON', 'Paul Verrier'], ['PERSON', 'Lise Carrel']])?.signatories).toEqual(['Paul Verrier']);
  });

  it('reads "la mission conduite par M. le Maire à Brivelle" as the bare-titled mayor, not another town\'s', () => {
    const text =
      "Présidence : M. Paul Verrier, maire. Le maire de Brivelle, M. Jean Dorel, a reçu les élus. Elle rend compte de la mission conduite par M. le Maire à Brivelle du 3 au 6 mai.";
    expect(missionFor(text, [['PLACE', 'Brivelle'], ['PERSON', 'Paul Verrier'], ['PERSON', 'Jean Dorel']])?.signatories).toEqual(['Paul Verrier']);
  });

  it('names no leader when two people hold the bare title', () => {
    const text =
      "Présidence : M. Paul Verrier, maire. Invité : M. Jean Dorel, maire. Elle rend compte de la mission conduite par M. le Maire à Brivelle du 3 au 6 mai.";
    expect(missionFor(text, [['PLACE', 'Brivelle'], ['PERSON', 'Paul Verrier'], ['PERSON', 'Jean Dorel']])?.signatories ?? []).toEqual([]);
  });

  it('does not read a title that ends its sentence as the title of the name after it', () => {
    const text =
      "Présidence : M. Paul Verrier, maire. M. le Maire répond que rien n'est prévu. M. Jean Dorel demande un bilan. Elle rend compte de la mission conduite par M. le Maire à Brivelle du 3 au 6 mai.";
    expect(missionFor(text, [['PLACE', 'Brivelle'], ['PERSON', 'Paul Verrier'], ['PERSON', 'Jean Dorel']])?.signatories).toEqual(['Paul Verrier']);
  });

  it('does not read a title that ends its line as the title of the name on the next one', () => {
    const text =
      "Présidence : M. Paul Verrier, maire\nM. Jean Dorel, secrétaire\nElle rend compte de la mission conduite par M. le Maire à Brivelle du 3 au 6 mai.";
    expect(missionFor(text, [['PLACE', 'Brivelle'], ['PERSON', 'Paul Verrier'], ['PERSON', 'Jean Dorel']])?.signatories).toEqual(['Paul Verrier']);
  });
});

describe('a trip led by a title that several people hold', () => {
  const people = [['PLACE', 'Néguac'], ['PLACE', 'Arbois'], ['PERSON', 'Aurèle Vautrin'], ['PERSON', 'Rémi Savoie-Cormier']] as const;

  it('reads "menée par le maire" as the mayor whose title names the travelling town', () => {
    const text =
      "Le maire d'Arbois, Aurèle Vautrin, et le maire de Néguac, Rémi Savoie-Cormier, ont signé une entente d'amitié. Une délégation de Néguac, menée par le maire, se rendra à Arbois en mai 2026.";
    const out = eventsFor(text, people);
    expect(out.find((e) => e.type === 'mission')?.signatories).toEqual(['Rémi Savoie-Cormier']);
  });

  it('names no leader when no mayor is said to be the travelling town\'s', () => {
    const text =
      "Le maire Aurèle Vautrin et le maire Rémi Savoie-Cormier ont signé une entente d'amitié. Une délégation de Néguac, menée par le maire, se rendra à Arbois en mai 2026.";
    const out = eventsFor(text, people);
    expect(out.find((e) => e.type === 'mission')?.signatories ?? []).toEqual([]);
  });
});
