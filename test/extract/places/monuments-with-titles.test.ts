import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/extract/places/find-places.js';
import { placeNames } from './place-names.js';

const names = placeNames('fr', 'sorted');

describe('findPlaces: a monument named by a title or an adjective before its place', () => {
  it('reads a castle of the dukes of a province', () => {
    expect(names('La cérémonie a eu lieu au château des comtes de Vermandrie, devant les élus.')).toContain('château des comtes de Vermandrie');
  });

  it('reads a citadel or palace with an adjective before its town', () => {
    expect(names("Le texte a été signé dans l'enceinte de la citadelle royale de Valmorin.")).toContain('citadelle royale de Valmorin');
    expect(names("Elle s'est tenue dans la cour du palais présidentiel de Valmorin.")).toContain('palais présidentiel de Valmorin');
  });

  it('reads a racecourse, a fort and a mountain pass named after a place', () => {
    expect(names("L'accord a été signé sous le chapiteau de l'hippodrome de Brassac.")).toContain('hippodrome de Brassac');
    expect(names('La délégation a visité le fort de Montbrison et le col du Grand-Vernet.')).toEqual(expect.arrayContaining(['fort de Montbrison', 'col du Grand-Vernet']));
  });

  it('does not read "fort de" as a fort when it means "strong in"', () => {
    expect(names("Le maire, fort de l'appui du conseil, a signé.")).toEqual([]);
  });

  it('does not take a verb or a common noun after the head for an adjective', () => {
    expect(names('Le château reste ouvert de Pâques à la Toussaint.')).toEqual([]);
  });
});

describe('findPlaces: a business zone is no monument', () => {
  it('does not report an industrial park as a place', () => {
    expect(names("L'usine s'installera dans le parc industriel de Montbrison.")).not.toContain('parc industriel de Montbrison');
  });
});
