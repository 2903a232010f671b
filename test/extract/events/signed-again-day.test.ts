import { describe, expect, it } from 'vitest';
import { agreementFor, dateFor, type Spec } from './entities-for.js';

// An interview: the lead names the agreement, the answer names it again, and the sentence after tells the day it was signed.
const SPECS: Spec[] = [
  ['ORG', 'Ville de Ferrandou', 'Town of Ferrandou'], ['ORG', 'Commune de Lestrac'], ['PLACE', 'Lestrac'], ['PLACE', 'Ferrandou'],
  ['PLACE', 'Vermoise'], ['PERSON', 'Anne Travenel'], ['PERSON', 'Jean Harwick'], ['PERSON', 'Ali Dembaro'], ['PERSON', 'Paul Oskar'],
];

describe('an agreement dated by its signing told again, active, after one of its mentions', () => {
  it('reads "X et Y l\'ont signée le samedi 7 novembre", not the issue date', () => {
    const text =
      "Le Courrier de Ferrandou – 14/11/2026\n\nAnne Travenel, adjointe au maire de Ferrandou, rentre du Vermoise avec une convention conclue avec la Commune de Lestrac. Entretien : Paul Oskar.\n\nLe Courrier : Que prévoit ce texte ?\n\nAnne Travenel : Des échanges d'écoles et d'artistes, dans une convention de coopération entre la Ville de Ferrandou et la Commune de Lestrac. Jean Harwick et Ali Dembaro l'ont signée le samedi 7 novembre, à l'hôtel de ville de Lestrac.";
    const dates = [dateFor(text, '14/11/2026', '2026-11-14'), dateFor(text, 'samedi 7 novembre', '2026-11-07')];
    expect(agreementFor(text, SPECS, dates)?.date).toBe('2026-11-07');
  });

  it('reads "X and Y signed it on Saturday, November 7"', () => {
    const text =
      'The Ferrandou Courier – 14/11/2026\n\nBack from Vermoise, Anne Travenel, deputy mayor of Ferrandou, talks about the agreement signed with the Commune de Lestrac. Interview: Paul Oskar.\n\nThe Courier: What does the text provide for?\n\nAnne Travenel: A cooperation agreement between the Town of Ferrandou and the Commune de Lestrac, for school and artist exchanges. Jean Harwick and Ali Dembaro signed it on Saturday, November 7, at Lestrac town hall.';
    const dates = [dateFor(text, '14/11/2026', '2026-11-14'), dateFor(text, 'Saturday, November 7', '2026-11-07')];
    expect(agreementFor(text, SPECS, dates, 'en')?.date).toBe('2026-11-07');
  });

  it('takes no range of days as the day of the signing told again ("l\'ont signée lors des journées du 5 au 8 novembre")', () => {
    const text =
      "La Gazette de Ferrandou – 14/11/2026\n\nDe retour du Vermoise, Anne Travenel, adjointe au maire de Ferrandou, revient sur la convention signée avec la Commune de Lestrac. Propos recueillis par Paul Oskar.\n\nLa Gazette : Qu'est-ce qui a été signé exactement ?\n\nAnne Travenel : Une convention de coopération décentralisée entre la Ville de Ferrandou et la Commune de Lestrac. Le maire, Jean Harwick, et son homologue, Ali Dembaro, l'ont signée lors des journées de l'amitié, du 5 au 8 novembre.";
    const dates = [dateFor(text, '14/11/2026', '2026-11-14'), dateFor(text, 'du 5 au 8 novembre', '2026-11-05/2026-11-08')];
    expect(agreementFor(text, SPECS, dates)?.date).toBe('2026-11-14');
  });

  it('takes no day of another act told with the anaphor ("l\'ont présentée le samedi 7 novembre")', () => {
    const text =
      "Le Courrier de Ferrandou – 14/11/2026\n\nAnne Travenel, adjointe au maire de Ferrandou, rentre du Vermoise avec une convention conclue avec la Commune de Lestrac. Entretien : Paul Oskar.\n\nLe Courrier : Que prévoit ce texte ?\n\nAnne Travenel : Des échanges d'écoles et d'artistes, dans une convention de coopération entre la Ville de Ferrandou et la Commune de Lestrac. Jean Harwick et Ali Dembaro l'ont présentée le samedi 7 novembre, à l'hôtel de ville de Lestrac.";
    const dates = [dateFor(text, '14/11/2026', '2026-11-14'), dateFor(text, 'samedi 7 novembre', '2026-11-07')];
    expect(agreementFor(text, SPECS, dates)?.date).toBe('2026-11-14');
  });
});
