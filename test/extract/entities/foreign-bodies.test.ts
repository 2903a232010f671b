import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('bodies named in Portuguese, Spanish, Italian or German', () => {
  it('reads a foreign head with its "de/di" complement as one body', () => {
    const text = 'La Ville de Chambly et la Câmara Municipal de Braga ont signé une entente avec le Comune di Trento.';
    expect(namesOf(text, 'ORG')).toEqual(['Comune di Trento', 'Câmara Municipal de Braga', 'Ville de Chambly']);
  });

  it('splits two bodies coordinated by "y" and keeps "y de" inside one name', () => {
    const text = 'The Universidad de Sevilla y la Universidad de Cádiz met the Instituto Tecnológico y de Estudios Superiores de Monterrey.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Instituto Tecnológico y de Estudios Superiores de Monterrey', 'Universidad de Cádiz', 'Universidad de Sevilla']);
  });

  it('gives an acronym whose initials do not match to the foreign name before it', () => {
    const text = 'Researchers visited the Centro Universitario de Ciencias Sociales y Humanidades (CUCSH) last week.';
    const org = namesOf(text, 'ORG', 'en');
    expect(org).toEqual(['Centro Universitario de Ciencias Sociales y Humanidades']);
  });

  it('reads a German head followed by the town’s name', () => {
    expect(namesOf('Une délégation de la Stadt Linz est attendue en mai.', 'ORG')).toEqual(['Stadt Linz']);
  });

  it('takes no body from an ambiguous head without its complement', () => {
    expect(namesOf('Elle a photographié la Camera Obscura puis le Centro Plaza.', 'ORG')).toEqual([]);
  });
  it('keeps a capitals label and a "por" complement inside a foreign name', () => {
    const text = 'Le Consell Regulador de la DO Montsant et la Cámara de Comercio de Pereira por Risaralda ont signé un accord.';
    expect(namesOf(text, 'ORG')).toEqual(['Consell Regulador de la DO Montsant', 'Cámara de Comercio de Pereira por Risaralda']);
  });

  it('ends the foreign name before a capitals label that nothing follows, and before a lower-case "por"', () => {
    const text = 'Le Consell Regulador de la DO a signé. La Universidad de Lima por su parte a signé.';
    const org = namesOf(text, 'ORG');
    expect(org).toContain('Consell Regulador');
    expect(org).toContain('Universidad de Lima');
  });
});

describe('the honorific a Spanish-speaking council is styled with', () => {
  it('opens the name, spelt out or as an initial', () => {
    const text = 'La Ciudad de Norbury y el H. Ayuntamiento de Valdoro firmaron con la Ilustre Municipalidad de Pedrales.';
    const names = namesOf(text, 'ORG', 'en');
    expect(names).toContain('H. Ayuntamiento de Valdoro');
    expect(names).toContain('Ilustre Municipalidad de Pedrales');
  });

  it('leaves a person\'s middle initial out', () => {
    const names = namesOf('Habló Juan H. Ayuntamiento de Valdoro ayer.', 'ORG', 'en');
    expect(names.filter((n) => n.startsWith('H.'))).toEqual([]);
  });
});

describe('Welsh, Irish and Gaelic heads, and more Spanish ones', () => {
  it('reads a school, a council and a federation named in their own language', () => {
    const text = 'Pupils of Ysgol Bryn Tarvel met the Federación de Productores de Norvia and Comhairle nan Eilean Tarvel staff.';
    const names = namesOf(text, 'ORG', 'en');
    expect(names).toContain('Ysgol Bryn Tarvel');
    expect(names).toContain('Federación de Productores de Norvia');
    expect(names).toContain('Comhairle nan Eilean Tarvel');
  });

  it('keeps an eclipsed Irish word after "na" inside the name', () => {
    expect(namesOf('Norvale County Council | Comhairle Contae Dhún na nTarbh signed.', 'ORG', 'en')).toContain('Comhairle Contae Dhún na nTarbh');
  });

  it('leaves a lower-case word after "na" that is no eclipsis out', () => {
    expect(namesOf('Comhairle Contae Tarvel na staff came.', 'ORG', 'en')).not.toContain('Comhairle Contae Tarvel na staff');
  });
});
