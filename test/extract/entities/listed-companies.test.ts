import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf, placeAt } from './helpers.js';

describe('a list of organizations, one a line with its town', () => {
  const text = 'NOS NOUVEAUX MEMBRES\n\nMenuiserie Dubois, Lévis\nCabinet Roy Gagnon notaires, Québec\nTraiteur Le Bon Goût, Charlesbourg\n';
  const places = [placeAt(text, 'Lévis'), placeAt(text, 'Québec')];

  it('reads the part before the comma as an organization and the town as a place', () => {
    expect(namesOf(text, 'ORG', 'fr', places)).toEqual(['Cabinet Roy Gagnon notaires', 'Menuiserie Dubois', 'Traiteur Le Bon Goût']);
    expect(namesOf(text, 'PLACE', 'fr', places)).toEqual(['Charlesbourg', 'Lévis', 'Québec']);
  });

  it('leaves a list of people and a lone line alone', () => {
    const people = 'Marie Tremblay, Lévis\nPaul Roy, Québec\n\nUne ligne seule, Québec\n';
    expect(namesOf(people, 'ORG', 'fr', [placeAt(people, 'Lévis'), placeAt(people, 'Québec')])).toEqual([]);
  });

  it('takes no role from a contact block', () => {
    const contact = 'Pour information :\nDirecteur, Communications\nVille de Lévis, Québec\n';
    expect(namesOf(contact, 'ORG', 'fr', [placeAt(contact, 'Lévis'), placeAt(contact, 'Québec')])).toEqual(['Ville de Lévis']);
    expect(namesOf(contact, 'PLACE', 'fr', [placeAt(contact, 'Lévis'), placeAt(contact, 'Québec')])).toEqual(['Lévis', 'Québec']);
  });

  it('reads a line whose town is followed by what the firm makes, in brackets', () => {
    const described = 'The firms on the trip were:\n\n- Kestrel Hill Analytics, Tralee (software for labs);\n- Bantry Cove Kelp, Bantry (seaweed for feed);\n- Inchydoney Joinery, Clonakilty (oak doors and stairs);\n';
    expect(namesOf(described, 'ORG', 'en', [placeAt(described, 'Tralee')])).toEqual(['Bantry Cove Kelp', 'Inchydoney Joinery', 'Kestrel Hill Analytics']);
  });

  it('reads bulleted lines the same way', () => {
    const bulleted = 'Eight firms went along:\n\n- Red Deer Hydraulics, Lacombe\n- Prairie Oak Mills, Camrose\n- Bow Valley Seeds, Okotoks\n';
    const towns = [placeAt(bulleted, 'Camrose')];
    expect(namesOf(bulleted, 'ORG', 'en', towns)).toEqual(['Bow Valley Seeds', 'Prairie Oak Mills', 'Red Deer Hydraulics']);
    expect(namesOf(bulleted, 'PLACE', 'en', towns)).toEqual(['Camrose', 'Lacombe', 'Okotoks']);
  });

  it('reads a town in brackets after the name on bulleted lines', () => {
    const bracketed = 'Five companies joined:\n- Harbour Ice Logistics (Nanaimo), cold storage;\n- Tidewater Boatworks (Sooke), boat repair;\n- Cedar Loop Foods (Ladysmith), snacks.\n';
    expect(namesOf(bracketed, 'ORG', 'en')).toEqual(['Cedar Loop Foods', 'Harbour Ice Logistics', 'Tidewater Boatworks']);
    expect(namesOf(bracketed, 'PLACE', 'en')).toEqual(['Ladysmith', 'Nanaimo', 'Sooke']);
  });

  it('takes no bracketed acronym for a town', () => {
    const acronyms = 'Partners:\n- Banque Nord (BN), lead;\n- Fonds Vert (FV), co-funder;\n- Office Sud (OS), host.\n';
    expect(namesOf(acronyms, 'PLACE', 'fr')).toEqual([]);
  });

  it('stays fast on thousands of such lines', () => {
    const many = 'Atelier Dupuis, Lévis\n'.repeat(20_000);
    const t0 = performance.now();
    entitiesOf(many);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });

  it('reads a bulleted list after a colon even when no town is a known place', () => {
    const text = 'The delegation brought five Manitoba firms:\n\n- Red River Bakery, Selkirk\n- Birchwood Timber Frames, Gimli\n- Pembina Valley Honey, Morden\n';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Birchwood Timber Frames', 'Pembina Valley Honey', 'Red River Bakery']);
    expect(namesOf(text, 'PLACE', 'en')).toEqual(['Gimli', 'Morden', 'Selkirk']);
  });

  it('reads a town in parentheses followed by a short description', () => {
    const text = 'Quatre entreprises ont suivi la mission :\n- Fromagerie Gagnon (Alma), fromages fins ;\n- Scierie Tremblay (Dolbeau), bois d\'œuvre ;\n- Atelier Côté Design (Chicoutimi), mobilier ;\n';
    expect(namesOf(text, 'ORG', 'fr')).toEqual(['Atelier Côté Design', 'Fromagerie Gagnon', 'Scierie Tremblay']);
    expect(namesOf(text, 'PLACE', 'fr')).toEqual(['Alma', 'Chicoutimi', 'Dolbeau']);
  });

  it('wants a colon before a list of unknown towns', () => {
    const text = 'Notes\n- Red River Bakery, Selkirk\n- Birchwood Timber Frames, Gimli\n- Pembina Valley Honey, Morden\n';
    expect(namesOf(text, 'ORG', 'en')).not.toContain('Red River Bakery');
  });
});
