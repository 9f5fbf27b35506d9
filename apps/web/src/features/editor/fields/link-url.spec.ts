import { linkUrl } from './link-url';

describe('linkUrl', () => {
  it.each([
    ['www.zorgvoorbeter.nl', 'https://www.zorgvoorbeter.nl'],
    ['  https://www.zorgvoorbeter.nl  ', 'https://www.zorgvoorbeter.nl'],
    ['https://https://www.zorgvoorbeter.nl', 'https://www.zorgvoorbeter.nl'],
    ['http://https://www.zorgvoorbeter.nl/a?b=c', 'https://www.zorgvoorbeter.nl/a?b=c'],
    ['http://school.nl', 'http://school.nl'],
    ['mailto:docent@school.nl', 'mailto:docent@school.nl'],
    ['tel:+31201234567', 'tel:+31201234567'],
    ['', null],
    ['https://', null],
    ['javascript:alert(1)', null],
    ['https://school.nl/met spatie', null],
  ])('%j → %j', (typed, expected) => {
    expect(linkUrl(typed)).toBe(expected);
  });
});
