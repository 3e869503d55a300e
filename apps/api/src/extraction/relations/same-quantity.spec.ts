import { relationsByText } from '../testing/relations-by-text.js';

const same = (...claims: string[]) => ({ type: 'same-quantity', claims });

describe('same-quantity', () => {
  it.each<[string, string, unknown[]]>([
    [
      "the headline's figure repeated in the body",
      '35 MOUs Signed During Visit\nThe two countries signed a total of 35 memorandums of understanding (MOUs).',
      [same('35 MOUs', '35 memorandums of understanding (MOUs)')],
    ],
    [
      'figures of different paragraphs far apart in value are about different things',
      'Cable history\nThe first fibre cable under the ocean could carry 7,560 simultaneous voice calls.\nThe trade boomed for a decade.\nA newer fibre cable under the ocean could carry 483,840 simultaneous voice calls.',
      [],
    ],
    [
      "the headline's figure stated with another value in the lead",
      'Firm fined £500 over leak\nThe company was fined £5,000 by the regulator.',
      [same('£500', '£5,000')],
    ],
    [
      "a headline's figures restated by the body's equal ones, not by near ones",
      'Jobless rate moved down to 3.6% from a previous 3.8% in March\nThe unemployment rate declined to 3.6 percent from 3.8% in February. A rate of 4% or below is maximum employment.',
      [same('3.6%', '3.6 percent'), same('3.8%', '3.8%')],
    ],
    [
      "a headline's round figure restated by a figure that rounds to it, not by one further off",
      'Country to welcome 20 mln visitors this year\nVisitors rose to 17.5 million last year. The country expects 20.4 million visitors this year.',
      [same('20 mln visitors', '20.4 million visitors')],
    ],
    [
      'a lead figure with another value restates none of several headline figures of its unit',
      'Robbery spikes by 29%, sexual offences rise 23% and violence increases 20%\nPolice recorded crime is up 14% to 5.3 million offences in the year to September.',
      [],
    ],
    [
      'a definite figure that analysts expected restates no figure reported',
      'Apple shares fall\nApple reported fourth-quarter iPhone revenue of $49.6 billion on Tuesday.\nApple said fourth-quarter iPhone revenue would fall short of the $51.1 billion that analysts are looking for.',
      [],
    ],
    [
      'a change by which a verb moves its object restates no headline amount',
      'Health Care Bill Will Cost $849 Billion\nBudget Office estimates the bill will cut the budget deficit by $127B over a decade.',
      [],
    ],
    [
      'a count in words after a count in digits is no restatement of another value',
      'A spokesman said at least 27 people were injured, three of them critically.',
      [],
    ],
    [
      'forecasts of two surveys are no figure stated twice',
      'Economists trimmed their outlook for the year.\nThe median forecast is for gross domestic product to grow at 1.5% this year. Growth was 2.4% last year.\nBusiness investment is the main drag on the outlook, one economist said.\nHousing remains a bright spot for the economy.\nPanelists forecast payroll growth to average 185,000 jobs per month this year — down from 201,000 forecast in the June survey — and then slow to 168,000 per month next year. The projected job creation figure for next year reflects a decrease from the 192,000 jobs per month anticipated in the June survey.',
      [],
    ],
    [
      'a headline count of another noun of the same kind',
      'Dutch bank to lay off 2,850 staff\nABN Amro is to cut 2,850 jobs as profits fall.',
      [same('2,850 staff', '2,850 jobs')],
    ],
    [
      'the headline repeated word for word at the top of the body, with another figure',
      'Foreign tourists to S. Korea jump 17 pct in November\nforeign tourists-tally Foreign tourists to S. Korea jump 26 pct in November SEOUL (Yonhap) -- Visitors rose sharply, climbing 17.3 percent from a year earlier.',
      [same('17 pct', '26 pct', '17.3 percent')],
    ],
    [
      'a count repeated with a word in common before its noun',
      'The layoffs include 600 security workers who were told on Monday, according to the union.\nOn Friday a contractor agreed to hire close to 600 security and cleaning workers for its sites.',
      [same('600 security workers', '600 security and cleaning workers')],
    ],
    [
      'a count repeated with a hyphenated word before its noun in common',
      'Regulators fined two directors of the lender. Three other ex-Acme executives agreed settlements with the regulator.\nThe watchdog closed its probe into the lender and three ex-Acme executives on Friday.',
      [same('Three other ex-Acme executives', 'three ex-Acme executives')],
    ],
    [
      'counts of one value whose words before the noun differ are not linked by them',
      'The council will build 400 affordable homes in the north.\nDevelopers were also promised land for 400 luxury homes by the river.',
      [],
    ],
    [
      'a fall restated without its time',
      'Digital advertising revenue at the publisher fell by 15% last year.\nThe group also publishes a newspaper.\nDigital advertising revenue was down 15% to £148.3m.',
      [same('15%', '15%')],
    ],
    [
      'a word fraction given as a percentage later',
      'Less than half the UK wants a ban compared to almost two thirds in 1999, the survey suggests.\nThe Mail on Sunday survey in 1999 found that 63% wanted a ban compared with 24% against.',
      [same('two thirds', '63%')],
    ],
    [
      '"nearly half" and "more than half" are two quantities',
      'Nearly half of Americans oppose the tax plan.\nAsked who benefits most, more than half of Americans surveyed said the wealthy.',
      [],
    ],
    [
      'a fraction restated as a percentage',
      'Nearly two thirds - 65% - of the 1,000 people interviewed said yes.',
      [same('two thirds', '65%')],
    ],
    [
      'a fraction restated in brackets',
      'Almost a quarter (21%) of those polled said no.',
      [same('a quarter', '21%')],
    ],
    ['words restated as figures', 'Twelve (15) volunteers turned up.', [same('Twelve', '15')]],
    [
      '"the same share"',
      'A whopping 92 percent of his voters are optimistic. The same share of his voters - 92 percent - are hopeful.',
      [same('92 percent', '92 percent')],
    ],
    [
      'a figure referred back to',
      'The Tories say they can save £35bn in spending.\nThe bulk of the £35bn saved would go to services.',
      [same('£35bn', '£35bn')],
    ],
    [
      'a possessive restatement with another value',
      "Talks over pensions ended without agreement. Unison will start balloting 800,000 local government workers on strikes. Other unions have pledged to follow.\nThe government wants to raise the pension age. Ministers say the scheme is too costly.\nUnison's 600,000 workers are among those being balloted.",
      [same('800,000 local government workers', '600,000 workers')],
    ],
    [
      'a change referred back to with another value',
      'The number of career ambassadors has dropped by 90 percent, according to a letter by the union. It declined with the retirement of three envoys.\nThe spokesman said the 60 percent reduction in the number of career ambassadors was misleading.',
      [same('90 percent', '60 percent')],
    ],
    [
      "another owner's figure is no restatement",
      "Talks over pensions ended without agreement. Unison will start balloting 800,000 local government workers on strikes. Other unions have pledged to follow.\nThe government wants to raise the pension age. Ministers say the scheme is too costly.\nAmicus' 20,000 members are among those being balloted.",
      [],
    ],
    [
      '"that" opening a clause refers back to nothing',
      'The scheme could reach about 9 million total renters who will be eligible for a housing grant. The largest group — at least 1.2 million, according to council estimates — consists of tenant parents who have lived in the city for at least five years and have children in local schools.\nIn some cases, the estimates differ. For example, the council estimates that more than 2 million parents of local school children could apply for the grant.',
      [],
    ],
    [
      'a count whose noun was read from the sentence before, repeated with another noun',
      'The scheme could reach about 9 million renters who would get a three-year lease. The largest group, at least 1.2 million, lives in cities.\nThe council counts more than 2 million parents who could apply, compared with our 1.2 million figure.',
      [same('1.2 million', '1.2 million')],
    ],
    [
      'a bare count with a noun from the sentence before is no restatement of the list after it',
      'On board were 155 passengers, including 17 children. A crew of seven – two pilots and five attendants – was assigned to the flight.',
      [],
    ],
    [
      'parallel figures are not one quantity',
      'Marsh took a charge of $618m, on top of a $232m charge.',
      [],
    ],
  ])('%s', (_name, text, expected) => {
    expect(relationsByText(text, 'same-quantity')).toEqual(expected);
  });

  describe('in a long text', () => {
    const filler = (count: number) =>
      Array.from({ length: count }, (_, i) => `Plant ${i} made ${i + 1000} cars.`).join(' ');
    const withFiguresBetween = (count: number) =>
      `Tesco saved £402.4m.\n${filler(count)}\nThe £402.4m saved went to staff.`;

    it('links a figure repeated forty sentences of figures later', () => {
      expect(relationsByText(withFiguresBetween(40), 'same-quantity')).toEqual([
        same('£402.4m', '£402.4m'),
      ]);
    });

    it('reads no restatement further apart than MAX_FIGURES_APART figures', () => {
      expect(relationsByText(withFiguresBetween(200), 'same-quantity')).toEqual([]);
    });
  });
});
