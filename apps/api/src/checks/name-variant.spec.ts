import { isNameVariant } from '../text/person-index.js';
import { checkNameVariant } from './name-variant.js';
import { contextOf, extractedInput } from './testing/check-input.js';

function messagesOf(text: string): string[] {
  return checkNameVariant(contextOf(extractedInput(text))).map((finding) => finding.message);
}

const raised: Array<[string, string, string]> = [
  [
    'a Korean given name romanised two ways',
    "President Yoon Suk-yeol met officials. Later, President Yoon Seok-yeol's motorcade left.",
    'One person\'s name is spelled two ways: "Yoon Suk-yeol" (once) and "Yoon Seok-yeol" (once)',
  ],
  [
    'Mohammed and Muhammad',
    'Dr Mohammed Salah, 45, said the clinic was full. Dr Muhammad Salah added that staff were tired.',
    'One person\'s name is spelled two ways: "Mohammed Salah" (once) and "Muhammad Salah" (once)',
  ],
  [
    'a surname missing a letter',
    'Chancellor Olaf Scholz spoke first. Chancellor Olaf Sholz then left.',
    'One person\'s name is spelled two ways: "Olaf Scholz" (once) and "Olaf Sholz" (once)',
  ],
  [
    'a doubled letter in a given name',
    'Mr Philip Hammond said the budget was fair. Mr Phillip Hammond later added that it was.',
    'One person\'s name is spelled two ways: "Philip Hammond" (once) and "Phillip Hammond" (once)',
  ],
  [
    'a hyphen against a space, the person shown by one spelling only',
    'North Korean leader Kim Jong Un said the test went well. Analysts said Kim Jong-un wanted talks.',
    'One person\'s name is spelled two ways: "Kim Jong Un" (once) and "Kim Jong-un" (once)',
  ],
  [
    'a transliteration with a doubled ending, the more frequent spelling first',
    'Volodymyr Zelenskyy said the line held. President Volodymyr Zelensky spoke later. Volodymyr Zelensky, 46, left.',
    'One person\'s name is spelled two ways: "Volodymyr Zelensky" (twice) and "Volodymyr Zelenskyy" (once)',
  ],
  [
    'a one-letter variant of a short given name',
    'Ana Ruiz, 34, said the bus was late. Anna Ruiz added that it often is.',
    'One person\'s name is spelled two ways: "Ana Ruiz" (once) and "Anna Ruiz" (once)',
  ],
];

const silent: Array<[string, string]> = [
  [
    'two people sharing a surname',
    'Kim Tae-hyo, the first deputy director, said talks went well. He said North Korean leader Kim Jong-un was not discussed.',
  ],
  ['a father and son', 'Leader Kim Jong-un met his sister. Leader Kim Jong-il was his father.'],
  [
    'names that differ by an ending',
    'Martin Blake, 52, said it was a difficult night. His wife Martina Blake, 50, said she was proud.',
  ],
  ['sisters', 'Serena Williams, 41, won. Venus Williams, 43, lost.'],
  ['brothers', 'Ed Miliband said he would stand. David Miliband, his brother, said he would not.'],
  [
    'a short form of the same name',
    'Dr Priya Raman said the figures were troubling. Dr Raman added more.',
  ],
  [
    'title-case words that name no person',
    'Sales Fall At Hartwell Stores\nSales Fell At Hartwell Stores, the company said.',
  ],
  ['the same name in another case', 'President Yoon Suk-yeol spoke. President Yoon Suk-Yeol left.'],
];

describe('name-variant', () => {
  it.each(raised)('raises %s', (_case, text, message) => {
    expect(messagesOf(text)).toEqual([message]);
  });

  it.each(silent)('stays silent on %s', (_case, text) => {
    expect(messagesOf(text)).toEqual([]);
  });

  it('fingerprints a finding by its two spellings, since it names no claim', () => {
    const text =
      "President Yoon Suk-yeol met officials. Later, President Yoon Seok-yeol's motorcade left.";
    const [finding] = checkNameVariant(contextOf(extractedInput(text)));
    const [again] = checkNameVariant(contextOf(extractedInput(`${text} He flew home.`)));
    expect(finding.claims).toEqual([]);
    expect(again.fingerprint).toBe(finding.fingerprint);
  });

  it.each([
    ['Yoon Suk-yeol', 'Yoon Seok-yeol', true],
    ['Moon Jae-in', 'Mun Jae-in', true],
    ['Kim Jong-un', 'Kim Jong-nam', false],
    ['Lee Jae-myung', 'Lee Jae-yong', false],
    ['Francesco Rossi', 'Francesca Rossi', false],
    ['José Álvarez', 'Jose Alvarez', true],
    ['Anna Smith', 'Anna Smith', false],
    ['Ana Ruiz', 'Anna Ruiz', true],
    ['Kim Jong-un', 'Kim Jong-il', false],
  ])('isNameVariant(%s, %s) is %s', (a, b, expected) => {
    expect(isNameVariant(a, b)).toBe(expected);
  });
});
