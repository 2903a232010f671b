import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('a port: the site visited or the body that signs', () => {
  it('reads a visited or locating "Port of X" as a place', () => {
    const text = 'The delegates toured the Port of Walvis Bay on Monday. A joint office in Port of Loreto was discussed.';
    expect(namesOf(text, 'ORG', 'en')).toEqual([]);
    expect(namesOf(text, 'PLACE', 'en')).toEqual(['Port of Loreto', 'Port of Walvis Bay']);
  });

  it('keeps a port that signs as a body', () => {
    expect(namesOf('On Tuesday the Port of Walvis Bay and a Dutch port signed a memorandum.', 'ORG', 'en')).toEqual(['Port of Walvis Bay']);
  });
});

describe('local heads', () => {
  it('reads French school, stud and band heads', () => {
    const text = "Le Chœur mixte de Vevey, l'Athénée royal de Huy, la Fanfare de Gimel et le Haras national du Pin ont signé.";
    expect(namesOf(text, 'ORG')).toEqual(['Athénée royal de Huy', 'Chœur mixte de Vevey', 'Fanfare de Gimel', 'Haras national du Pin']);
  });

  it('reads the name after "l\'asbl"', () => {
    expect(namesOf("La délégation était accompagnée de l'asbl Liège Partage.", 'ORG')).toEqual(['Liège Partage']);
  });

  it('reads "<Town> Municipality" and "Travel <Place>"', () => {
    const text = 'The Kollam Municipality agreed, and Travel Kerala will promote Kerala.';
    const at = text.lastIndexOf('Kerala');
    expect(namesOf(text, 'ORG', 'en', [{ start: at, end: at + 6, name: 'Kerala', confidence: 0.9 }])).toEqual(['Kollam Municipality', 'Travel Kerala']);
  });
});

describe('a council with no name of its own', () => {
  it('takes no "City Council" when no town is named before it', () => {
    expect(namesOf('City Council voted on Monday. The Kestrel City Council agreed.', 'ORG', 'en')).toEqual(['Kestrel City Council']);
  });
});
