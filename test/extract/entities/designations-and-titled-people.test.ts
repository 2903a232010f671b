import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('the body that awards a title, before the title', () => {
  it('reads the acronym alone before a heritage, geopark or creative-city title', () => {
    const text = "Perth builds on its designation as a UNESCO Creative City of Music and Hull on its title as a UNESCO City of Literature. Both parks hold UNESCO Global Geopark status. Ouro Preto is a UNESCO World Heritage Site.";
    expect(namesOf(text, 'ORG', 'en')).toEqual(['UNESCO']);
  });

  it('keeps a network of the titled cities, and an acronym before a city it names', () => {
    expect(namesOf('The City is a member of the UNESCO Creative Cities Network.', 'ORG', 'en')).toEqual(['UNESCO Creative Cities Network']);
    expect(namesOf('The GIFT City office opened.', 'ORG', 'en')).toEqual([]);
  });
});

describe('a titled person before the body they belong to', () => {
  it('leaves a vice role and the person named after it out of the body', () => {
    const text = "The deal was signed alongside Vice Governor Zhao Ming of the Yunnan Provincial People's Government. She met Tran Thi Mai, Vice Chairwoman of the Da Nang City People's Committee.";
    expect(namesOf(text, 'ORG', 'en')).toEqual(["Da Nang City People's Committee", "Yunnan Provincial People's Government"]);
  });

  it('leaves a titled person joined by "and" out of the body', () => {
    expect(namesOf('Mayor John Smith and Fife Council Leader Anne Brown signed the memorandum.', 'ORG', 'en')).toEqual(['Fife Council']);
  });

  it('leaves a person the lexicon lacks, after "led by" and before "of the", out of the body', () => {
    expect(namesOf('A delegation led by Wang Fang of the Sichuan Provincial Department of Commerce is here.', 'ORG', 'en')).toEqual(['Sichuan Provincial Department of Commerce']);
  });

  it('keeps a body whose own name holds "of the" or a portfolio after the role', () => {
    expect(namesOf('The grant was awarded by Friends of the Earth Foundation.', 'ORG', 'en')).toEqual(['Friends of the Earth Foundation']);
    expect(namesOf('They met the Minister of Jobs and Growth.', 'ORG', 'en')).toEqual([]);
    expect(namesOf('She is Vice-President International of the University of Kent.', 'ORG', 'en')).toEqual(['University of Kent']);
  });
});
