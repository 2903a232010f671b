import { describe, expect, it } from 'vitest';
import { agreementFor } from './entities-for.js';

describe('the heads of both sides named right after "A and B signed"', () => {
  it('are the signers: "La directrice de A, X, et le recteur de B, Y, prévoient …"', () => {
    const text =
      "Mardi, le Collège de Brivelle et l'Université de Sornac ont signé une convention de stages. La directrice du collège, Anne Roy, et le recteur de l'université, Paul Gendron, prévoient vingt stages dès 2028.";
    expect(agreementFor(text, [
      ['ORG', 'Collège de Brivelle'],
      ['ORG', 'Université de Sornac'],
      ['PERSON', 'Anne Roy'],
      ['PERSON', 'Paul Gendron'],
    ])?.signatories).toEqual(['Anne Roy', 'Paul Gendron']);
  });

  it('reads "The signatories were the rector of A, Dr. X, and the dean of B, Y,"', () => {
    const text =
      'On Monday, Eastmoor College and Varna University signed a memorandum of understanding. The signatories, the president of the college, Dr. Ruth Vale, and the rector of the university, Ivan Petrov, spoke briefly.';
    expect(agreementFor(text, [['ORG', 'Eastmoor College'], ['ORG', 'Varna University'], ['PERSON', 'Ruth Vale'], ['PERSON', 'Ivan Petrov']], [], 'en')?.signatories).toEqual(['Ruth Vale', 'Ivan Petrov']);
  });

  it('leaves out two heads who only looked on', () => {
    const text =
      "Mardi, le Collège de Brivelle et l'Université de Sornac ont signé une convention de stages. La préfète de région, Anne Roy, et le député de la circonscription, Paul Gendron, ont assisté à la cérémonie.";
    expect(agreementFor(text, [
      ['ORG', 'Collège de Brivelle'],
      ['ORG', 'Université de Sornac'],
      ['PERSON', 'Anne Roy'],
      ['PERSON', 'Paul Gendron'],
    ])?.signatories).toEqual([]);
  });
});
