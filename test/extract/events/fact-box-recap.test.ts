import { describe, expect, it } from 'vitest';
import { agreements, dateFor, eventsFor } from './entities-for.js';

describe('a fact box that recaps the agreements told above', () => {
  const specs = [['ORG', 'Ville de Norvalle'], ["ORG", "Ville d'Estamir"], ['ORG', 'Académie de Norvalle'], ['ORG', 'Lycée Marceau']] as const;
  const body =
    "Le vendredi 13 novembre, la Ville de Norvalle et la Ville d'Estamir ont signé une convention de partenariat. Le samedi 14 novembre, l'Académie de Norvalle et le Lycée Marceau ont signé une charte d'échanges pédagogiques.\n\n";

  it('folds "- Convention de partenariat signée le 13 novembre" into the convention signed that day', () => {
    const text = body + 'En bref\n- Convention de partenariat signée le 13 novembre\n- Charte d\'échanges pédagogiques signée le 14 novembre\n';
    const dates = [dateFor(text, 'vendredi 13 novembre', '--11-13'), dateFor(text, 'samedi 14 novembre', '--11-14')];
    const recap = text.indexOf('signée le 13');
    dates.push({ start: recap + 10, end: recap + 21, text: '13 novembre', value: '--11-13' });
    const at14 = text.indexOf('signée le 14');
    dates.push({ start: at14 + 10, end: at14 + 21, text: '14 novembre', value: '--11-14' });
    const out = agreements(eventsFor(text, specs, dates.sort((a, b) => a.start - b.start)));
    expect(out).toHaveLength(2);
  });

  it('keeps a bare line of another day apart from the agreement of its noun', () => {
    const text = body + 'Rappel\nConvention de jumelage signée le 2 mai 1987\n';
    const dates = [dateFor(text, 'vendredi 13 novembre', '--11-13'), dateFor(text, 'samedi 14 novembre', '--11-14'), dateFor(text, '2 mai 1987', '1987-05-02')];
    const out = agreements(eventsFor(text, specs, dates));
    expect(out.find((e) => e.date === '1987-05-02')).toBeDefined();
  });
});
