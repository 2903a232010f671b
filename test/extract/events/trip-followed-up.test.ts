import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/extract.js';

const news = `Valbrise, le 20 novembre 2026 – Sept entreprises membres de la Chambre économique de Valbrise (CEV) ont participé du 9 au 14 novembre 2026 à une mission commerciale à Tornhavn, en Norvège. Conduite par la présidente de la CEV, Mme Teodora Quillane, la délégation a rencontré une trentaine d'acheteurs.

`;

const trips = (text: string) => extract(text).events.filter((e) => e.type === 'mission');

describe('"fait suite à la mission … <date>": the trip followed up is a trip of its own', () => {
  it('reads "Ce voyage fait suite à la mission de prospection conduite à Y par X en avril 2024" as the earlier trip', () => {
    const text = `${news}Ce voyage fait suite à la mission de prospection conduite à Lunebrac par la CEV en avril 2024.`;
    const found = trips(text);
    expect(found.map((t) => t.date)).toEqual(['2026-11-09/2026-11-14', '2024-04']);
    expect(found[1]?.parties).toContain('Lunebrac');
  });

  it('reads "Ce rapprochement fait suite à la mission exploratoire d\'élus à Y en septembre 2025" as the earlier trip', () => {
    const text = `${news}Ce rapprochement fait suite à la mission exploratoire d'élus valbrisiens à Lunebrac en septembre 2025, menée par la mairesse.`;
    expect(trips(text).map((t) => t.date)).toEqual(['2026-11-09/2026-11-14', '2025-09']);
  });

  it('makes no trip of an undated visit followed up, and one of the trip of the news told again by its days', () => {
    const undated = `${news}Cette mission fait suite à la visite de la déléguée générale de Lunebrac, qui avait permis de nouer les premiers contacts.`;
    expect(trips(undated)).toHaveLength(1);
    const retold = `${news}La signature fait suite à la mission de la CEV à Tornhavn du 9 au 14 novembre, qui a réuni sept entreprises.`;
    expect(trips(retold)).toHaveLength(1);
  });
});
