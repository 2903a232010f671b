import { describe, expect, it } from 'vitest';
import { eventsFor } from './entities-for.js';

describe('signers named after a passive signing’s agent', () => {
  it('reads "Elle a été signée par A et par B" in the sentence after the agreement', () => {
    const text =
      "Le 3 mai, la Ville de Tarbes et la Ville de Huesca ont conclu une convention d'échanges. Elle a été signée par le maire de Tarbes, Paul Ferrand, et par la mairesse de Huesca, Lucía Marín.";
    const [e] = eventsFor(text, [['ORG', 'Ville de Tarbes'], ['ORG', 'Ville de Huesca'], ['PERSON', 'Paul Ferrand'], ['PERSON', 'Lucía Marín'], ['PLACE', 'Tarbes'], ['PLACE', 'Huesca']]);
    expect(e?.signatories).toEqual(['Paul Ferrand', 'Lucía Marín']);
  });

  it('reads a fronted "Paraphée par A et par B, elle prévoit …"', () => {
    const text =
      "La Chambre de métiers du Gers et la Cámara de Comercio de Lleida ont signé une convention de partenariat. Paraphée par Anne Lacoste et par le président de la Cámara, Jordi Puig, elle prévoit des salons communs.";
    const [e] = eventsFor(text, [['ORG', 'Chambre de métiers du Gers'], ['ORG', 'Cámara de Comercio de Lleida', 'Cámara'], ['PERSON', 'Anne Lacoste'], ['PERSON', 'Jordi Puig']]);
    expect(e?.signatories).toEqual(['Anne Lacoste', 'Jordi Puig']);
  });

  it('reads "porte les signatures de A et de B"', () => {
    const text =
      "L'Université de Pau et l'Université de Saragosse ont signé un accord-cadre. Le document porte les signatures du président de l'Université de Pau, Marc Aubert, et de la rectrice Rosa Gil.";
    const [e] = eventsFor(text, [['ORG', 'Université de Pau'], ['ORG', 'Université de Saragosse'], ['PERSON', 'Marc Aubert'], ['PERSON', 'Rosa Gil']]);
    expect(e?.signatories).toEqual(['Marc Aubert', 'Rosa Gil']);
  });

  it('reads "was signed at a venue in a city by A and B" with titles and honorifics between', () => {
    const text =
      'Port Alba and Nordhavn Logistics signed a memorandum of understanding on Tuesday. The agreement was signed at the Harbour Centre in Alba by Port Alba CEO Ruth Keane and Nordhavn Logistics chair Dr. Ole Berg.';
    const [e] = eventsFor(text, [['ORG', 'Port Alba'], ['ORG', 'Nordhavn Logistics'], ['PERSON', 'Ruth Keane'], ['PERSON', 'Ole Berg'], ['PLACE', 'Alba']], [], 'en');
    expect(e?.signatories).toEqual(['Ruth Keane', 'Ole Berg']);
  });

  it('reads past a place and a body named before the second signer’s title', () => {
    const text =
      'Port Alba and the Faroe Ocean Cluster signed a memorandum of understanding. It was signed at the Harbour Centre by Port Alba CEO Ruth Keane and Faroe Ocean Cluster founder and chair Dr. Ole Berg.';
    const [e] = eventsFor(text, [['ORG', 'Port Alba'], ['PLACE', 'Faroe'], ['ORG', 'Ocean Cluster founder and chair'], ['PERSON', 'Ruth Keane'], ['PERSON', 'Ole Berg']], [], 'en');
    expect(e?.signatories).toEqual(['Ruth Keane', 'Ole Berg']);
  });

  it('reads a second signer after a long possessive title of the first', () => {
    const text =
      'Alberta and Montana renewed their memorandum of understanding. The renewed MOU was signed in Calgary by Jane Ord, Alberta\'s Minister of Jobs, Economy, Trade and Immigration, and Montana Lt. Gov. Tom Reese.';
    const [e] = eventsFor(text, [['PLACE', 'Alberta'], ['PLACE', 'Montana'], ['PLACE', 'Calgary'], ['PERSON', 'Jane Ord'], ['PERSON', 'Tom Reese']], [], 'en');
    expect(e?.signatories).toEqual(['Jane Ord', 'Tom Reese']);
  });

  it('reads "Il a été paraphé par A et par B" two sentences after the agreement, past a sentence that tells no event', () => {
    const text =
      "Le 4 juin, la Chambre de commerce de Vernac et la Coopérative des oléiculteurs de Jaén ont signé un protocole d'accord. Le texte prévoit des échanges de producteurs. Il a été paraphé par M. Roux et par le président de la coopérative, Tomás Vela.";
    const [e] = eventsFor(text, [['ORG', 'Chambre de commerce de Vernac'], ['ORG', 'Coopérative des oléiculteurs de Jaén'], ['PERSON', 'Roux'], ['PERSON', 'Tomás Vela']]);
    expect(e?.signatories).toEqual(['Roux', 'Tomás Vela']);
  });

  it('does not read an agent two sentences on when the sentence between tells another event', () => {
    const text =
      "Le 4 juin, la Chambre de commerce de Vernac et la Coopérative des oléiculteurs de Jaén ont signé un protocole d'accord. La Ville de Vernac et la Ville de Jaén ont aussi conclu une entente culturelle. Elle a été paraphée par M. Roux et par Tomás Vela.";
    const out = eventsFor(text, [['ORG', 'Chambre de commerce de Vernac'], ['ORG', 'Coopérative des oléiculteurs de Jaén'], ['ORG', 'Ville de Vernac'], ['ORG', 'Ville de Jaén'], ['PERSON', 'Roux'], ['PERSON', 'Tomás Vela']]);
    expect(out.find((e) => e.parties.includes('Chambre de commerce de Vernac'))?.signatories).toEqual([]);
  });

  it('does not take a person named long after "par" with no title leading to him', () => {
    const text =
      "La Ville de Vannes et la Ville de Cádiz ont renouvelé leur jumelage. La première charte avait été signée par les maires de l'époque, bien après le passage du navigateur Jean Le Goff.";
    const out = eventsFor(text, [['ORG', 'Ville de Vannes'], ['ORG', 'Ville de Cádiz'], ['PERSON', 'Jean Le Goff']]);
    expect(out.flatMap((e) => e.signatories)).toEqual([]);
  });
});

describe('people present at a signing', () => {
  it('leaves out those named after "en présence de"', () => {
    const text =
      "Le pacte d'amitié entre la Ville de Espalion et la Ville de Teruel a été signé par Claire Vaudrey et Javier Soler en présence de la mairesse de Lodève, Mme Henriette Bastide.";
    const [e] = eventsFor(text, [['ORG', 'Ville de Espalion'], ['ORG', 'Ville de Teruel'], ['PERSON', 'Claire Vaudrey'], ['PERSON', 'Javier Soler'], ['PERSON', 'Henriette Bastide'], ['PLACE', 'Lodève']]);
    expect(e?.signatories).toEqual(['Claire Vaudrey', 'Javier Soler']);
  });

  it('leaves out those named after "in the presence of" in an agent list', () => {
    const text =
      'Port Alba and Nordhavn Logistics signed a memorandum of understanding. It was signed by Ruth Keane and Ole Berg, in the presence of Governor Ana Lind.';
    const [e] = eventsFor(text, [['ORG', 'Port Alba'], ['ORG', 'Nordhavn Logistics'], ['PERSON', 'Ruth Keane'], ['PERSON', 'Ole Berg'], ['PERSON', 'Ana Lind']], [], 'en');
    expect(e?.signatories).toEqual(['Ruth Keane', 'Ole Berg']);
  });

  it('keeps those present who signed after all ("en présence de A et B, qui ont paraphé le document")', () => {
    const text =
      "La Ville de Espalion et la commune de Teruel ont renouvelé leur jumelage. La cérémonie s'est tenue en présence de Claire Vaudrey, maire de Espalion, et de Javier Soler, qui ont paraphé le document.";
    const [e] = eventsFor(text, [['ORG', 'Ville de Espalion'], ['ORG', 'commune de Teruel'], ['PERSON', 'Claire Vaudrey'], ['PERSON', 'Javier Soler'], ['PLACE', 'Espalion']]);
    expect(e?.signatories).toEqual(['Claire Vaudrey', 'Javier Soler']);
  });
});
