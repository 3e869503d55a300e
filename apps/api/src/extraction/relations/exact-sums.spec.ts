import { relationsByText } from '../testing/relations-by-text.js';

const parts = (total: string, members: string[]) => ({
  type: 'parts-of-total',
  total,
  parts: members,
  complete: true,
});

describe('parts of a total found by their arithmetic', () => {
  it.each<[string, string, unknown[]]>([
    [
      'precise figures in neighbouring sentences',
      'The service is made up of 976 diplomats, with 63 waiting for promotion. Once promoted, there will be 1,039.',
      [parts('1,039', ['976 diplomats', '63'])],
    ],
    [
      'of two pairs adding up to the total, the one of a single sentence near it',
      'Nine members, in total, voted against the plan: six were from the north and three from the south.\nLater, five were named. Four were suspended.',
      [parts('Nine members', ['six', 'three'])],
    ],
    [
      'precise counts of things named differently',
      'The fleet has 412 buses, with 37 more on order. Once they arrive, the city will run 449 vehicles.',
      [parts('449 vehicles', ['412 buses', '37'])],
    ],
    [
      'a stated total far from its parts, and the pair before a triple',
      'Five subsidiaries will pay a total of $515m.\nThe regulator said many things. It agreed a deal totalling $375m with three firms. It was made up of $250m in gains and $125m in penalties. Separately, it reached a $140m deal with two others.',
      [parts('$375m', ['$250m', '$125m']), parts('$515m', ['$375m', '$140m'])],
    ],
  ])('%s', (_name, text, expected) => {
    expect(relationsByText(text, 'parts-of-total')).toEqual(expected);
  });

  it.each<[string, string]>([
    [
      'round figures that add up by chance',
      'Police found 20 cars. Officers made 10 arrests and 10 more later.',
    ],
    [
      'counts of different things',
      'Labour will win a majority of 160. The Liberal Democrats take three seats, leaving the Tories with 163 MPs.',
    ],
    [
      'a bare figure far from a precise total',
      'The rank shrank to 19 from 33.\nOfficials met on Monday. They talked at length. Nothing was agreed.\nThere will be 1,039 officers, close to the 1,058 officers of last year.',
    ],
  ])('finds nothing in %s', (_name, text) => {
    expect(relationsByText(text, 'parts-of-total')).toEqual([]);
  });
});
