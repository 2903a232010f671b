import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf, placeAt } from './helpers.js';

describe('names listed beside an organization a rule read', () => {
  it('reads the other names of the list, with their towns in brackets', () => {
    const text = 'La mission comptait les sociétés Brasserie Dunord (Sept-Îles), Chimitek Composites (Rimouski) et Atelier Boréal Design (Matane).';
    const places = [placeAt(text, 'Sept-Îles'), placeAt(text, 'Rimouski'), placeAt(text, 'Matane')];
    expect(namesOf(text, 'ORG', 'fr', places)).toEqual(['Atelier Boréal Design', 'Brasserie Dunord', 'Chimitek Composites']);
  });

  it('reads an English list after a colon', () => {
    const text = 'It included three Alberta companies: Foothills Drone Logistics, Chinook Ag Robotics and Redcliff Media.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Chinook Ag Robotics', 'Foothills Drone Logistics', 'Redcliff Media']);
  });

  it('leaves people, roles, lone words and pairs alone', () => {
    const contact = 'Contact: Paula Grant, Chief Executive, Kelowna Trade Group, Tel. 555-0100.';
    expect(namesOf(contact, 'ORG', 'en')).toEqual(['Kelowna Trade Group']);
    const pair = 'The visit included Foothills Drone Logistics and Chinook Harvest.';
    expect(namesOf(pair, 'ORG', 'en')).toEqual(['Foothills Drone Logistics']);
    const people = 'Guests: Paula Grant, Acme Robotics, Jean Roy and Marc Dubé.';
    expect(namesOf(people, 'ORG', 'en')).toEqual(['Acme Robotics']);
  });

  it('stays fast on a list of thousands of names', () => {
    const many = `Acme Robotics, ${'Delta Harbour Foods, '.repeat(20_000)}and Omega Media.`;
    const t0 = performance.now();
    entitiesOf(many, 'en');
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});
