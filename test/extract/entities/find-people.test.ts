import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf, placeAt } from './helpers.js';

describe('people: honorifics and roles', () => {
  it('takes the name after M., Mme and Dr, without the title', () => {
    expect(namesOf('Étaient présents M. Gaston Beaupré, Mme Ngozi Adeyemi et le Dr Karl Wendt.', 'PERSON'))
      .toEqual(['Gaston Beaupré', 'Karl Wendt', 'Ngozi Adeyemi']);
  });

  it('takes the name after a role noun, with role modifiers in between', () => {
    const text = 'Le dossier a été présenté par la déléguée générale Odile Marchetti, puis commenté par le maire Aurélien Ferrandi.';
    expect(namesOf(text, 'PERSON')).toEqual(['Aurélien Ferrandi', 'Odile Marchetti']);
  });

  it('takes English titles (Gov., Premier, Mayor) and keeps a lone surname after a strong title', () => {
    const text = 'Gov. Harriet Quill met Premier Dalton Okafor in Halifax. Later, Premier Okafor said the talks went well.';
    const people = entitiesOf(text, 'en').filter((e) => e.type === 'PERSON');
    expect(people.map((p) => p.name).sort()).toEqual(['Dalton Okafor', 'Harriet Quill']);
    expect(people.find((p) => p.name === 'Dalton Okafor')?.mentions).toHaveLength(2);
  });

  it('keeps a surname alone after "le premier ministre" when it is no place', () => {
    expect(namesOf('Rappelons que le premier ministre Tessier a signé une entente.', 'PERSON')).toEqual(['Tessier']);
  });

  it('does not take a place after a role ("le maire Lyon") nor a common noun', () => {
    const text = 'Une rencontre avec le maire Lyon, puis avec la vice-présidente Innovation du groupe.';
    expect(namesOf(text, 'PERSON', 'fr', [placeAt(text, 'Lyon')])).toEqual([]);
  });
});

describe('people: given names and name shapes', () => {
  it('finds given name + surname, hyphenated given names and particles', () => {
    const text = 'Jean-Sébastien Lacombe a rencontré Fatoumata Diallo et Ludwig van der Berg à la conférence.';
    expect(namesOf(text, 'PERSON')).toEqual(['Fatoumata Diallo', 'Jean-Sébastien Lacombe', 'Ludwig van der Berg']);
  });

  it('takes particles after a given name but not a locative "de X" after a surname', () => {
    const text = 'Ont participé Charles de Villiers et Paule Girard de Rimouski.';
    expect(namesOf(text, 'PERSON', 'fr', [placeAt(text, 'Rimouski')])).toEqual(['Charles de Villiers', 'Paule Girard']);
  });

  it('keeps an upper-case surname and a middle initial', () => {
    expect(namesOf('La séance était animée par Sylvie GAUTHIER et Omar K. Benali.', 'PERSON')).toEqual(['Omar K. Benali', 'Sylvie GAUTHIER']);
  });

  it('reads a caption in capitals and a later bare capitalized surname as the same person', () => {
    const text = 'Photo : JOSÉE LAPIERRE\nLe rapport de Josée LAPIERRE, directrice, est clair. LAPIERRE le confirme.';
    const people = entitiesOf(text).filter((e) => e.type === 'PERSON');
    expect(people.map((p) => p.name.toLowerCase())).toEqual(['josée lapierre']);
    expect(entitiesOf(text).filter((e) => e.type === 'ORG')).toEqual([]);
  });

  it('links a later surname-only mention to the full name and keeps the surname as alias', () => {
    const text = 'Premier Lucinda Marsh signed the pact. Marsh said the deal will help farmers.';
    const [marsh] = entitiesOf(text, 'en').filter((e) => e.type === 'PERSON');
    expect(marsh?.name).toBe('Lucinda Marsh');
    expect(marsh?.aliases).toContain('Marsh');
    expect(marsh?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Lucinda Marsh', 'Marsh']);
  });

  it('finds unknown given names by apposition with a role or a verb of saying', () => {
    const text = 'Le projet plaît à Tiémoko Ouattara, directeur du port. « Nous sommes prêts », a déclaré Kwesi Appiah.';
    expect(namesOf(text, 'PERSON')).toEqual(['Kwesi Appiah', 'Tiémoko Ouattara']);
  });

  it('finds a name after a role and a short complement ("consul général de France X Y")', () => {
    const text = 'Étaient là le consul général de Belgique Ruben Vangeel et la présidente de région Oyelaran Mbeki.';
    expect(namesOf(text, 'PERSON', 'fr', [placeAt(text, 'Belgique')])).toEqual(['Oyelaran Mbeki', 'Ruben Vangeel']);
  });

  it('finds a sentence-initial unknown name followed by its role, and one before "et"', () => {
    const text = 'Oyelaran Mbeki, directrice du centre, a signé. Entouré du préfet de la région, Tadeusz Wrona et de son équipe.';
    expect(namesOf(text, 'PERSON')).toEqual(['Oyelaran Mbeki', 'Tadeusz Wrona']);
  });

  it('does not make a person of a street or of a place that starts with a given name', () => {
    const text = 'Le siège est rue Jean Talon, près de Saint-Louis. Ils ont visité Victoria Falls.';
    expect(namesOf(text, 'PERSON', 'fr', [placeAt(text, 'Victoria Falls')])).toEqual([]);
  });

  it('does not take role words in Title Case headlines as titles', () => {
    expect(namesOf('Governor Signs Border Pact With Neighbouring Province\nThe text follows.', 'PERSON', 'en')).toEqual([]);
  });

  it('keeps names short in a Title Case headline', () => {
    expect(namesOf('Sen. Whitcombe Backs Ferry Deal\nGov. Nadia Perrin Opens Trade Office\nText.', 'PERSON', 'en')).toEqual(['Nadia Perrin', 'Whitcombe']);
  });
});

describe('people: role words are no names (generalization)', () => {
  it('reads "Consul General of X" as a role and "City Mayor" as no person', () => {
    const text = 'The Consul General of Peru in Montreal, Ms. Ana Ruiz, met the Deputy City Mayor. Halifax’s City Mayor stayed home.';
    expect(namesOf(text, 'PERSON', 'en', [placeAt(text, 'Peru'), placeAt(text, 'Montreal')])).toEqual(['Ana Ruiz']);
  });

  it('drops a municipal title such as "Alderman" or "Councilwoman" from the name', () => {
    const text = '"It will grow," said Alderman Peter Novak. Councilwoman Maria Lopez welcomed the guests.';
    expect(namesOf(text, 'PERSON', 'en')).toEqual(['Maria Lopez', 'Peter Novak']);
  });
});
