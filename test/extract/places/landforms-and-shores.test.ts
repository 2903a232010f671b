import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/extract/places/find-places.js';
import { placeNames } from './place-names.js';

const names = placeNames('en', 'sorted');

describe('findPlaces: landforms and shores named by their head', () => {
  it('takes the river an estuary or a mouth is named after', () => {
    expect(names("Le port est à l'embouchure du Couesnon, face à l'estuaire de la Rance.", 'fr')).toEqual(['Couesnon', 'Rance']);
  });

  it('takes the river or the lake whose banks or shore are named', () => {
    expect(names('Ils vivent sur les deux rives du Zoégon, face à la ville.', 'fr')).toEqual(['Zoégon']);
    expect(names('Une réception a eu lieu sur les bords de la Tringue.', 'fr')).toEqual(['Tringue']);
    expect(names('La ville est posée au bord du Zoégon.', 'fr')).toEqual(['Zoégon']);
  });

  it('does not read "à bord du" (aboard) as a shore', () => {
    expect(names('Les élus sont montés à bord du Zoégon pour la traversée.', 'fr')).toEqual([]);
  });

  it('reads a cove, and an island or a lake named with "aux"', () => {
    expect(names("Ils ont visité l'anse de Kervella, l'île aux Hérons et le lac aux Brochets.", 'fr')).toEqual(['anse de Kervella', 'lac aux Brochets', 'île aux Hérons']);
  });

  it('does not read a head across a comma: the river set beside it is named alone', () => {
    expect(names('Nous avons une rivière, la Vézeronce, et un lac.', 'fr')).toEqual(['Vézeronce']);
  });

  it('reads French gorges, coasts, points and beaches', () => {
    const text = "Le groupe a longé les gorges du Tarn, puis la Côte d'Émeraude, la pointe de Grave et la plage de Kerhillio.";
    expect(names(text, 'fr')).toEqual(["Côte d'Émeraude", 'gorges du Tarn', 'plage de Kerhillio', 'pointe de Grave']);
  });

  it('does not read "du côté de" as a coast', () => {
    expect(names("Les ventes progressent du côté de l'Entreprise Marbot.", 'fr')).toEqual([]);
  });

  it('keeps a lower-case link hyphened inside the name after a head', () => {
    expect(names('Ils ont marché dans la vallée Bras-du-Lac.', 'fr')).toContain('vallée Bras-du-Lac');
  });

  it('reads an Irish lough, a Scottish loch, a gorge and a range', () => {
    const text = 'The crew sailed Lough Ree and Loch Fyne, hiked the Wye Gorge and camped below the Mourne Range.';
    expect(names(text, 'en')).toEqual(['Loch Fyne', 'Lough Ree', 'Mourne Range', 'Wye Gorge']);
  });

  it('does not read a firm named after a lough as the lake', () => {
    expect(names('The order went to Lough Carra Hydraulics last week.', 'en')).toEqual([]);
  });
});
