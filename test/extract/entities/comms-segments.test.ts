import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('a communications unit that fills a segment of a contact line', () => {
  it('reads an English unit made of unit words between the line\'s commas', () => {
    const text = 'The deal was signed on Monday.\n\nMedia contact: Tavish Oduya, Communications and External Affairs, Northvale University\nPress: Office of Corporate Communications, Town of Bellmoor\nNorthvale Marketing and Communications\n';
    expect(namesOf(text, 'ORG', 'en')).toEqual(expect.arrayContaining(['Communications and External Affairs', 'Office of Corporate Communications', 'Northvale Marketing and Communications']));
  });

  it('reads a French unit with the body it belongs to, but not a lone acronym', () => {
    const text = 'La convention a été signée lundi.\n\nContact presse : Ana Roy, Service communication de la Ville de Pontlieu\nRenseignements : Luc Roy, direction de la communication de l\'UBVN\n';
    expect(namesOf(text, 'ORG', 'fr')).toEqual(expect.arrayContaining(['Service communication de la Ville de Pontlieu', 'direction de la communication']));
  });

  it('leaves a sentence, a portfolio and a technology alone', () => {
    const fr = namesOf('La convention a été signée lundi.\n\nLe service communication de la mairie a publié les photos.\n', 'ORG', 'fr');
    expect(fr.filter((n) => n.includes('communication'))).toEqual([]);
    const en = namesOf('The deal was signed.\n\nAna Roy, Minister of Communications, Ruritania\nInformation and Communications Technology, Bellmoor\n', 'ORG', 'en');
    expect(en.filter((n) => n.includes('Communications'))).toEqual([]);
  });
});
