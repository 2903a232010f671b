import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/extract.js';

describe("entities: a listed company's name is not cut by the partner rule's word limit", () => {
  it("reads four words back from \"and\" to the list's comma", () => {
    const orgs = extract('Firms from Alberta in Canada: Lacombe Solar Inc. of Calgary, Cold Lake Pipe Fabricators and Bow Valley Geothermal Corp.').entities.filter((e) => e.type === 'ORG').map((e) => e.name);
    expect(orgs).toContain('Cold Lake Pipe Fabricators');
  });
});
