import { relationsByText } from '../testing/relations-by-text.js';

const group = (...shares: string[]) => ({ type: 'shares-of-one-group', shares });

describe('shares-of-one-group', () => {
  it.each<[string, string, unknown[]]>([
    [
      'for, against and undecided',
      'The poll found 48% for, 27% against and 30% undecided.',
      [group('48%', '27%', '30%')],
    ],
    [
      'yes, no and did not know',
      'Asked about the plan, 52% said yes, 41% said no and 12% did not know.',
      [group('52%', '41%', '12%')],
    ],
    [
      'the categories of one partition, and the rest',
      'Of the 2,000 people surveyed, 61 percent were white, 14.2 percent were black, 17 percent Hispanic, and 7.8 of another race.',
      [group('61 percent', '14.2 percent', '17 percent', '7.8')],
    ],
    [
      'ways to vote',
      'Asked how they will cast a ballot, 45 per cent plan to vote by post, with nearly a third, 30 percent, planning to vote early and 19 per cent planning to vote on the day.',
      [group('45 per cent', '30 percent', '19 per cent')],
    ],
    ['women and men', 'Of its staff, 58% are women and 41% men.', [group('58%', '41%')]],
    [
      'shares listed with one "by" or "from" phrase each, not rates "in" places',
      'Of the total, 82% were built by developers, 15% by housing associations and 3% by councils. Turnout was 60% in London, 55% in Paris and 40% in Berlin.',
      [group('82%', '15%', '3%')],
    ],
    [
      'named parts of a whole split between them, each share in brackets',
      'Revenue was split between North America (55%), Europe (30%) and Asia (15%). Shares of Apple (12%), Google (8%) and Amazon (5%) rose.',
      [group('55%', '30%', '15%')],
    ],
    [
      'a level stated after what it measures, then the answers against it',
      'The poll put support for the government at 28%, with 55% saying they disapproved and 17% undecided.',
      [group('28%', '55%', '17%')],
    ],
    [
      'opposite answers with one verb',
      'Of the companies surveyed, 30% saw orders rise and 27% saw them fall.',
      [group('30%', '27%')],
    ],
    [
      'a reply to the answer before',
      'A total of 53% of those polled said they had sympathy for him, with 40% saying they did not.',
      [group('53%', '40%')],
    ],
    [
      'a pair in brackets after "margin", even when the second is larger',
      'They believe he will bring change by a two-to-one margin (41 percent to 74 percent).',
      [group('41 percent', '74 percent')],
    ],
    [
      'choices, continued from the sentence before',
      'More than half of adults surveyed selected either the wealthy or corporations. Twelve percent chose “all Americans,” 8 percent picked the middle class and 2 percent chose lower-income Americans.',
      [group('half', 'Twelve percent', '8 percent', '2 percent')],
    ],
    [
      'a ranking, across a sentence without figures',
      'The Postal Service delivers about 62 percent of Amazon packages. The company and the post office have an agreement. Amazon’s No. 2 carrier is UPS, at 21 percent, and FedEx is third, with 8 percent or so.',
      [group('62 percent', '21 percent', '8 percent')],
    ],
    [
      'shares of a vote: "by A to B with C on"',
      'Labour lead the Conservatives by 39% to 34% with the Liberal Democrats on 19%.',
      [group('39%', '34%', '19%')],
    ],
    [
      'a breakdown continued in the next sentence',
      'The South accounted for 41.3 percent of violent crime, while the West had 22.9 percent of it. The Midwest claimed 19.5 percent of the cases and the Northeast, 16.2 percent.',
      [group('41.3 percent', '22.9 percent', '19.5 percent', '16.2 percent')],
    ],
    [
      'an answer continued by answers of other kinds',
      'Only 34% said all their cards had been replaced. Furthermore, 16% said none had been, while 30% said only some had.',
      [group('34%', '16%', '30%')],
    ],
    [
      'answers in brackets after the answer words',
      'More Americans give him a poor rating (46 percent) than a positive one (40 percent).',
      [group('46 percent', '40 percent')],
    ],
    [
      'shares spelled out in brackets are no members of the group',
      'The poll finds 54 percent either uncertain (25 percent) or pessimistic (29 percent), compared with 45 percent who are optimistic.',
      [group('54 percent', '45 percent')],
    ],
    [
      'pairs in brackets, one per group',
      'Groups expecting better rather than worse include whites (49 percent better to 15 percent worse) and men (46 percent better to 15 percent worse).',
      [group('49 percent', '15 percent'), group('46 percent', '15 percent')],
    ],
    [
      'answers that need not exclude each other',
      '83% were happy with it, though nearly a quarter said they struggled.',
      [],
    ],
    [
      'answers with one pole',
      '87% said politicians did not keep promises, while 92% said they never gave a straight answer.',
      [],
    ],
    ['shares of different wholes', 'Some 60% of men and 55% of women said they would vote.', []],
    [
      'answers with a change between them are about other things',
      'They rejected by almost 96% a first offer, which provided for a 25% salary increase, then a second which proposed 35% but which was rejected by 64%.',
      [],
    ],
    [
      'shares of different groups named right after them',
      'Pass rates of girls were ahead of boys. About 81.42% boys and 89.26% girls passed.',
      [],
    ],
    [
      'one share in two groups, each named by what its people do',
      'Of those who walked daily, 63% said they felt healthier, compared with 55% of those who rarely walked.',
      [],
    ],
    [
      'answers about different things',
      'Of those polled, 60% support the plan and 45% oppose the tax.',
      [],
    ],
    ['shares at different times', 'Labour won 60% of the vote in 2019 and 55% in 2024.', []],
    [
      'shares of different subgroups',
      'Among Democrats, 33 percent say it will improve, while among Republicans, 70 percent say it will worsen.',
      [],
    ],
    ['changes', 'Sales rose 60% in March and fell 55% in April.', []],
    [
      'answers put the same way, continued by the next sentence with the answer against',
      'Almost a quarter (21%) of those polled said he should return to the Cabinet at once. One in four said he should be back within a year or two while 39% opposed a comeback.',
      [group('21%', 'One in four', '39%')],
    ],
    [
      'answers to two questions put the same way',
      'Some 60% said he should resign. Another 70% said he should apologise.',
      [],
    ],
    [
      'a second poll, no ranking',
      'In the first poll, 61% backed the plan. In the second poll, 55% backed it.',
      [],
    ],
    [
      'one share at two times',
      'Problem use rose by 37 percent, from 0.90 percent to 1.23 percent.',
      [],
    ],
  ])('%s', (_name, text, expected) => {
    expect(relationsByText(text, 'shares-of-one-group')).toEqual(expected);
  });
});
