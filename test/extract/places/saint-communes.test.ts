import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/extract/places/find-places.js';
import { placeNames } from './place-names.js';

const names = placeNames('fr');

describe('findPlaces: a saint’s compound after "de"', () => {
  it('takes a commune named "Saint-X" after "de", listed or not', () => {
    expect(names('Le car est parti vers les vergers de Saint-Aubérin et les caves.')).toEqual(['Saint-Aubérin']);
    expect(names("Ils ont visité l'érablière de Saint-Tranquille hier.")).toEqual(['Saint-Tranquille']);
    expect(names('Elles ont vu les fermes de Sainte-Zoégonde, où on teste un robot.')).toEqual(['Sainte-Zoégonde']);
  });

  it('leaves a feast or a fair named after the saint, and a name that goes on', () => {
    expect(names('Elle sera signée pendant la Foire de Saint-Zoégond, en janvier.')).toEqual([]);
    expect(names('On a dansé à la fête de Saint-Zoégond.')).toEqual([]);
    expect(names('Le directeur de Saint-Zoégond Industries a parlé.')).toEqual([]);
  });
});

describe('findPlaces: a compound opened by a landform’s noun', () => {
  it('takes "Lac-X", "Rivière-X", "Mont-X" whole, as one place', () => {
    expect(names('Le centre de services scolaire du Lac-Zoégond a signé.')).toEqual(['Lac-Zoégond']);
    expect(names('Une visite de Rivière-Tranquille pourra être ajoutée.')).toEqual(['Rivière-Tranquille']);
    expect(names('Le groupe a skié au Mont-Sainte-Zoégonde samedi.')).toEqual(['Mont-Sainte-Zoégonde']);
  });

  it('leaves one inside a longer name, and two places paired by a dash', () => {
    expect(names("L'Info Lac-Zoégond — Cahier Économie")).toEqual([]);
    expect(names('La cérémonie Lac-Zoégond–Tringhamville a eu lieu.')).not.toContain('Lac-Zoégond–Tringhamville');
  });
});
