import { describe, expect, it } from 'vitest';
import { agreementFor, dateFor, eventsFor } from './entities-for.js';

describe('an agreement signed at a town hall that names no town', () => {
  it('was signed in the town of its side that is the town hall’s body', () => {
    const text = "Jeudi, à l'hôtel de ville, la Ville de Montclar et la Chambre de commerce de Varenne ont signé une convention de partenariat.";
    const [e] = eventsFor(text, [['ORG', 'Ville de Montclar'], ['PLACE', 'Montclar'], ['ORG', 'Chambre de commerce de Varenne']]);
    expect(e?.place).toBe('Montclar');
  });

  it('of two town sides, in the town a delegation was visiting', () => {
    const text =
      'A delegation from Nordby is staying in Arden this week. On Tuesday, at City Hall, the City of Arden and the City of Nordby signed a friendship agreement.';
    expect(agreementFor(text, [['PLACE', 'Nordby'], ['PLACE', 'Arden'], ['ORG', 'City of Arden'], ['ORG', 'City of Nordby']], [], 'en')?.place).toBe('Arden');
  });

  it('reads a stage in front of the town hall and the municipal chambers as the town hall', () => {
    const front = "Samedi, sur la scène dressée devant l'hôtel de ville, la Ville de Montclar et la Chambre de commerce de Varenne ont signé une convention.";
    expect(eventsFor(front, [['ORG', 'Ville de Montclar'], ['PLACE', 'Montclar'], ['ORG', 'Chambre de commerce de Varenne']])[0]?.place).toBe('Montclar');
    const chambers = 'On Friday, in the Municipal Chambers, Arden Town Council and the Nordby Chamber of Commerce signed a memorandum of understanding.';
    expect(agreementFor(chambers, [['ORG', 'Arden Town Council'], ['PLACE', 'Arden'], ['ORG', 'Nordby Chamber of Commerce']], [], 'en')?.place).toBe('Arden');
  });

  it('leaves a building in front of which nothing is signed alone', () => {
    const text = "La Ville de Montclar et la Chambre de commerce de Varenne ont signé une convention. Un marché se tient devant l'hôtel de ville.";
    const [e] = eventsFor(text, [['ORG', 'Ville de Montclar'], ['PLACE', 'Montclar'], ['ORG', 'Chambre de commerce de Varenne']]);
    expect(e).toBeDefined();
    expect(e!.place).toBeUndefined();
  });

  it('stays without a place when two town sides and no visit tell which', () => {
    const text = 'On Tuesday, at City Hall, the City of Arden and the City of Nordby signed a friendship agreement.';
    const agreement = agreementFor(text, [['PLACE', 'Nordby'], ['PLACE', 'Arden'], ['ORG', 'City of Arden'], ['ORG', 'City of Nordby']], [], 'en');
    expect(agreement).toBeDefined();
    expect(agreement!.place).toBeUndefined();
  });

  it('leaves a town hall whose town is elided ("mairie d’X") to that town, not to the town side', () => {
    const text = "Jeudi, à la mairie d'Orvalette, la Ville de Brestonville et l'Université d'Orvalette ont signé une convention de coopération.";
    const specs = [['ORG', 'Ville de Brestonville'], ['PLACE', 'Brestonville'], ['ORG', "mairie d'Orvalette"], ['ORG', "Université d'Orvalette"]] as const;
    const agreement = agreementFor(text, specs);
    expect(agreement).toBeDefined();
    expect(agreement!.place).not.toBe('Brestonville');
  });

  it('does not take the town of a visit made in another year', () => {
    const text =
      'In June 2023 a delegation from Caldmoor visited Ostrevik. On 14 November 2024, at City Hall, the City of Ostrevik and the City of Caldmoor signed a friendship agreement.';
    const specs = [['PLACE', 'Caldmoor'], ['PLACE', 'Ostrevik'], ['ORG', 'City of Ostrevik'], ['ORG', 'City of Caldmoor']] as const;
    const dates = [dateFor(text, 'June 2023', '2023-06'), dateFor(text, '14 November 2024', '2024-11-14')];
    const agreement = agreementFor(text, specs, dates, 'en');
    expect(agreement).toBeDefined();
    expect(agreement!.place).not.toBe('Ostrevik');
  });

  it('still takes the town of a visit in the month of the signing', () => {
    const text =
      'In November 2024 a delegation from Caldmoor visited Ostrevik. On 14 November 2024, at City Hall, the City of Ostrevik and the City of Caldmoor signed a friendship agreement.';
    const specs = [['PLACE', 'Caldmoor'], ['PLACE', 'Ostrevik'], ['ORG', 'City of Ostrevik'], ['ORG', 'City of Caldmoor']] as const;
    const dates = [dateFor(text, 'November 2024', '2024-11'), dateFor(text, '14 November 2024', '2024-11-14')];
    expect(agreementFor(text, specs, dates, 'en')?.place).toBe('Ostrevik');
  });
});
