import { describe, expect, it } from 'vitest';
import { eventsFor, type Spec } from './entities-for.js';

const deal = (text: string, specs: readonly Spec[]) => eventsFor(text, specs).find((e) => e.type === 'agreement');

describe('a signer titled by a town body named in full signs for that body', () => {
  it('reads "la présidente de la Câmara Municipal de Lamego" as the Câmara, not the town', () => {
    const text = "La présidente de la Câmara Municipal de Lamego, Ana Costa, et le président de la Chambre de commerce de Val-Brûlé, Paul Tremblay, ont signé un protocole d'amitié.";
    const specs: Spec[] = [['ORG', 'Câmara Municipal de Lamego'], ['ORG', 'Chambre de commerce de Val-Brûlé'], ['PLACE', 'Lamego'], ['PLACE', 'Val-Brûlé'], ['PERSON', 'Ana Costa'], ['PERSON', 'Paul Tremblay']];
    expect(deal(text, specs)?.parties).toEqual(['Câmara Municipal de Lamego', 'Chambre de commerce de Val-Brûlé']);
  });

  it('still reads a council of the town as the town ("la présidente du conseil municipal de Lamego")', () => {
    const text = "La présidente du conseil municipal de Lamego, Ana Costa, et le président de la Chambre de commerce de Val-Brûlé, Paul Tremblay, ont signé un protocole d'amitié.";
    const specs: Spec[] = [['ORG', 'conseil municipal de Lamego'], ['ORG', 'Chambre de commerce de Val-Brûlé'], ['PLACE', 'Lamego'], ['PLACE', 'Val-Brûlé'], ['PERSON', 'Ana Costa'], ['PERSON', 'Paul Tremblay']];
    expect(deal(text, specs)?.parties).toContain('Lamego');
  });
});

describe('the side filled in beside a town body is the other town’s body', () => {
  const context = 'La Ville de Val-Brûlé a officialisé ses liens avec la municipalité portugaise de Lamego. ';

  it('fills in "la Ville de Val-Brûlé" rather than Val-Brûlé beside the Câmara of Lamego', () => {
    const text = context + "Le maire Paul Tremblay et la présidente de la Câmara Municipal de Lamego, Ana Costa, ont signé un protocole d'amitié. Val-Brûlé compte 9 000 habitants.";
    const specs: Spec[] = [['ORG', 'Ville de Val-Brûlé'], ['ORG', 'Câmara Municipal de Lamego'], ['PLACE', 'Val-Brûlé'], ['PLACE', 'Lamego'], ['PERSON', 'Ana Costa'], ['PERSON', 'Paul Tremblay']];
    expect(deal(text, specs)?.parties).toEqual(['Câmara Municipal de Lamego', 'Ville de Val-Brûlé']);
  });

  it('keeps the town beside a body that is not a town’s own', () => {
    const text = context + "Le maire Paul Tremblay et la présidente de l'Université de Lamego, Ana Costa, ont signé un protocole d'amitié. Val-Brûlé compte 9 000 habitants.";
    const specs: Spec[] = [['ORG', 'Ville de Val-Brûlé'], ['ORG', 'Université de Lamego'], ['PLACE', 'Val-Brûlé'], ['PLACE', 'Lamego'], ['PERSON', 'Ana Costa'], ['PERSON', 'Paul Tremblay']];
    const found = deal(text, specs);
    expect(found).toBeDefined();
    expect(found!.parties).not.toContain('Ville de Val-Brûlé');
  });
});
