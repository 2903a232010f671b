import { describe, expect, it } from 'vitest';
import { agreementFor, dateFor, type Spec } from './entities-for.js';

// An interview: the lead names the agreement, the answer names it again, and the sentence after tells the day it was signed.
const SPECS: Spec[] = [
  ['ORG', 'Ville de Ferrandou', 'Town of Ferrandou'], ['ORG', 'Commune de Lestrac'], ['PLACE', 'Lestrac'], ['PLACE', 'Ferrandou'],
  ['PLACE', 'Vermoise'], ['PERSON', 'Anne Tully'], ['PERSON', 'Jean Harwick'], ['PERSON', 'Ali Sow'], ['PERSON', 'Paul Oskar'],
];

describe('an agreement dated by its signing told again, active, after one of its mentions', () => {
  it('reads "le maire et son homologue l\'ont signée le samedi 7 novembre", not the issue date', () => {
    const text =
      "La Gazette de Ferrandou – 14/11/2026\n\nDe retour du Vermoise, Anne Tully, adjointe au maire de Ferrandou, revient sur la convention signée avec la Commune de Lestrac. Propos recueillis par Paul Oskar.\n\nLa Gazette : Qu'est-ce qui a été signé exactement ?\n\nAnne Tully : Une convention de coopération décentralisée entre la Ville de Ferrandou et la Commune de Lestrac. Le maire, Jean Harwick, et son homologue, Ali Sow, l'ont signée le samedi 7 novembre dans la salle des délibérations de l'hôtel de ville de Lestrac.";
    const dates = [dateFor(text, '14/11/2026', '2026-11-14'), dateFor(text, 'samedi 7 novembre', '2026-11-07')];
    expect(agreementFor(text, SPECS, dates)?.date).toBe('2026-11-07');
  });

  it('reads "our mayor and his counterpart signed it on Saturday, November 7"', () => {
    const text =
      'The Ferrandou Gazette – 14/11/2026\n\nBack from Vermoise, Anne Tully, deputy mayor of Ferrandou, looks back on the agreement signed with the Commune de Lestrac. Interview by Paul Oskar.\n\nThe Gazette: What was signed exactly?\n\nAnne Tully: A decentralised cooperation agreement between the Town of Ferrandou and the Commune de Lestrac. Our mayor, Jean Harwick, and his counterpart, Ali Sow, signed it on Saturday, November 7 in the council chamber of Lestrac town hall.';
    const dates = [dateFor(text, '14/11/2026', '2026-11-14'), dateFor(text, 'Saturday, November 7', '2026-11-07')];
    expect(agreementFor(text, SPECS, dates, 'en')?.date).toBe('2026-11-07');
  });

  it('takes no range of days as the day of the signing told again ("l\'ont signée lors des journées du 5 au 8 novembre")', () => {
    const text =
      "La Gazette de Ferrandou – 14/11/2026\n\nDe retour du Vermoise, Anne Tully, adjointe au maire de Ferrandou, revient sur la convention signée avec la Commune de Lestrac. Propos recueillis par Paul Oskar.\n\nLa Gazette : Qu'est-ce qui a été signé exactement ?\n\nAnne Tully : Une convention de coopération décentralisée entre la Ville de Ferrandou et la Commune de Lestrac. Le maire, Jean Harwick, et son homologue, Ali Sow, l'ont signée lors des journées de l'amitié, du 5 au 8 novembre.";
    const dates = [dateFor(text, '14/11/2026', '2026-11-14'), dateFor(text, 'du 5 au 8 novembre', '2026-11-05/2026-11-08')];
    expect(agreementFor(text, SPECS, dates)?.date).toBe('2026-11-14');
  });

  it('takes no day of another act told with the anaphor ("l\'ont présentée le samedi 7 novembre")', () => {
    const text =
      "La Gazette de Ferrandou – 14/11/2026\n\nDe retour du Vermoise, Anne Tully, adjointe au maire de Ferrandou, revient sur la convention signée avec la Commune de Lestrac. Propos recueillis par Paul Oskar.\n\nLa Gazette : Qu'est-ce qui a été signé exactement ?\n\nAnne Tully : Une convention de coopération décentralisée entre la Ville de Ferrandou et la Commune de Lestrac. Le maire, Jean Harwick, et son homologue, Ali Sow, l'ont présentée le samedi 7 novembre dans la salle des délibérations de l'hôtel de ville de Lestrac.";
    const dates = [dateFor(text, '14/11/2026', '2026-11-14'), dateFor(text, 'samedi 7 novembre', '2026-11-07')];
    expect(agreementFor(text, SPECS, dates)?.date).toBe('2026-11-14');
  });
});
