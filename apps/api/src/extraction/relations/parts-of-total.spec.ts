import { relationsByText } from '../testing/relations-by-text.js';

const parts = (total: string, members: string[], complete: boolean) => ({
  type: 'parts-of-total',
  total,
  parts: members,
  complete,
});

describe('parts-of-total', () => {
  it.each<[string, string, unknown[]]>([
    [
      'a figure of another kind that makes up the sum by chance leaves the breakdown as it is',
      'Of the 283 MOUs, 8 were signed in Astana and 62 in Almaty. The firm said 213 of its 217 staff would go.',
      [
        parts('283 MOUs', ['8', '62'], true),
        parts('217 staff', ['213'], false),
        parts('283 MOUs', ['8', '62', '213'], true),
      ],
    ],
    [
      'an addition in another state ends the list of parts; one in the same state is a part',
      'Some 310 structures have been destroyed, including 220 homes, and another 150 damaged. The fire destroyed 40 flats, including 12 in the tower, and damaged another 30. Some 50 cars were burnt, including 20 vans, and a further 10 burnt in the yard.',
      [
        parts('310 structures', ['220 homes'], false),
        parts('40 flats', ['12'], false),
        parts('50 cars', ['20 vans', '10'], false),
      ],
    ],
    [
      'a part of a whole with a possessive name, and the rest of the split in the next sentence',
      "The Alliance won 118 of parliament's 200 seats. The Front won 64 seats, while independents shared the remaining 18.",
      [parts('200 seats', ['118', '64 seats', '18'], true)],
    ],
    [
      'parts in another paragraph that add up to far more than a total',
      'A storm hit Albany, New York, and killed 50 people.\n\nThe water board serves 8.4 million people in New York City and another 1 million people upstate.',
      [],
    ],
    [
      'a later list whose one part equals the earlier figure',
      'The laptop comes with a 512GB drive for $799.\n\nIt is a good deal. It pairs a fast processor with 8GB of memory and a generous 512GB solid state drive.',
      [],
    ],
    [
      'a later list that adds up to more than twice the earlier figure',
      'The president cancelled tariffs on some $156 billion of consumer goods.\n\nBeijing also wants him to lift tariffs on $125 billion of goods, as well as the tariffs on a $250 billion list of goods.',
      [],
    ],
    [
      'measures naming a kind of thing, and rates, are not added up',
      'Following the 16-inch laptop, the firm plans a 13-inch model.\n\nThe 13-inch model and the cheaper 13-inch version sell well. He leads the league with 11.1 assists per game and had at least 10 assists in one game, and four more in another.',
      [],
    ],
    [
      'a part of a total with a modifier between them',
      'Smith scored 20 of his season-high 31 points in the first half for the Hawks, who have lost four of five games.',
      [parts('31 points', ['20'], false), parts('five games', ['four'], false)],
    ],
    [
      'a part broken down in brackets is no other part',
      'The defence had 11 hits on the quarterback. 8 of those hits came from the line. 5 of those hits were from two players now facing bans (2 for Reed, 3 for Cole).',
      [parts('11 hits', ['8'], false), parts('8', ['5'], false)],
    ],
    [
      '"Of the N X," with every part',
      'Of the 35 MOUs, 11 were signed by the leaders, and 22 MOUs were signed at the forum.',
      [parts('35 MOUs', ['11', '22 MOUs'], true)],
    ],
    [
      '"Of the N X," with words before the comma',
      'Of the £1.2bn budget, £700m went to schools and £600m to roads.',
      [parts('£1.2bn', ['£700m', '£600m'], true)],
    ],
    [
      '"Of the N X," with one part',
      'Of the 1,200 employees, about 600 work in sales.',
      [parts('1,200 employees', ['600'], false)],
    ],
    [
      '"including": some of the total',
      'The paper will cut 300 jobs, including 45 newsroom jobs and 20 print jobs.',
      [parts('300 jobs', ['45 newsroom jobs', '20 print jobs'], false)],
    ],
    [
      '"of which" after words',
      'He had more than 20,537 flying hours, of which 6,100 were on the A320.',
      [parts('20,537 flying hours', ['6,100'], false)],
    ],
    [
      'parts before "a total of"',
      'The council hired 40 nurses and 25 nurses from abroad, a total of 65 nurses.',
      [parts('65 nurses', ['40 nurses', '25 nurses'], true)],
    ],
    [
      'a running total',
      'Two new cases were found on Monday and 3 cases on Tuesday, bringing the total to 45 cases.',
      [parts('45 cases', ['Two new cases', '3 cases'], false)],
    ],
    [
      'a part "of its" total',
      'The chain will close 38 of its 112 shops.',
      [parts('112 shops', ['38'], false)],
    ],
    [
      'a part "among" a total',
      'There were 30,000 federal workers among the 193,000 public sector employees.',
      [parts('193,000 public sector employees', ['30,000 federal workers'], false)],
    ],
    [
      'a list after a dash, with an item that has no figure',
      'A crew of seven – two pilots, four flight attendants and, unusually, a flight engineer – were on board.',
      [parts('seven', ['two pilots', 'four flight attendants'], false)],
    ],
    [
      'a breakdown in the next sentence',
      'The SEC agreed a deal totalling $375m. It was made up of $250m to pay back gains and $125m in penalties.',
      [parts('$375m', ['$250m', '$125m'], true)],
    ],
    [
      '"N of them" in the next sentence',
      'Just 13 out of 659 MPs are from a minority group. Twelve of them represent Labour, and 2 are Liberal Democrats.',
      [parts('659 MPs', ['13'], false), parts('13', ['Twelve', '2'], true)],
    ],
    [
      '"Of them, N" is a part of a count no smaller than it',
      'In Lakshadweep, 440 (235 boys and 205 girls) students sat for the examinations. Of them, 396 passed.',
      [parts('440', ['396'], false), parts('440', ['235 boys', '205 girls'], true)],
    ],
    [
      'a figure someone expected is no part',
      'Revenue for the quarter rose to $56.2 billion from $51.9 billion, surpassing analyst estimates of $55.5 billion.\nThe Intelligent Cloud segment experienced growth of 15% to reach $24.0 billion, surpassing expectations of $23.8 billion. The segment grew 17% in constant currency.\nThe productivity unit generated $18.3 billion in revenue.',
      [],
    ],
    [
      'figures analysts expected are no parts of the figure reported',
      'Apple earned $1.85 per share on revenue of $49.6 billion, up 39 percent.\nBoth figures beat expectations. Analysts polled by Thomson Reuters expected Apple to report quarterly adjusted earnings of $1.81 per share and revenue of $49.4 billion.',
      [],
    ],
    [
      'a range forecast and the figure analysts look for are no parts of the revenue reported',
      'Apple shares fall despite results\nThe company beat estimates with revenue of $49.6 billion for the quarter.\nApple earned $1.85 per share on revenue of $49.6 billion, up 39 percent over last year.\nSales of the watch were strong, the chief executive said on a call with investors.\nThe company forecast fourth-quarter revenue between $49 billion and $51 billion, which falls below the $51.1 billion that analysts are looking for.',
      [],
    ],
    [
      '"in all 50 states" names every state, no total of the counts before',
      'The first study used data from three states, the second looked at records from 28 states, and the third looked at Medicare data in all 50 states.',
      [],
    ],
    [
      'an amount a share is no part of billions',
      'Apple profit falls\nIn the third quarter, the company reported 35 billion dollars in revenue.\nIn the fourth quarter it will post 34 billion dollars in revenue and 7.65 dollars earnings per share.',
      [],
    ],
    [
      'a plan reported as expected keeps its parts',
      'The bank is expected to cut 2,850 jobs by 2020. Of those, 1,100 will go in banking and 1,200 in IT.',
      [parts('2,850 jobs', ['1,100', '1,200'], false)],
    ],
    [
      '"Those include" opening the next paragraph',
      'In sum, more than 4,000 people are expected to receive notice.\nThose include 1,000 maintenance workers who have been informed.',
      [parts('4,000 people', ['1,000 maintenance workers'], false)],
    ],
    [
      'no breakdown of the headline',
      'Firm to cut 4,000 jobs\nThose include 1,000 maintenance workers.',
      [],
    ],
    [
      '"Within this," in the next sentence',
      'Card fraud rose 6% to £116.4m. Within this, internet fraud totalled £43m.',
      [parts('£116.4m', ['£43m'], false)],
    ],
    [
      '"Of these, ... the remaining" in the next sentence, with a bound that is no part',
      'The largest group, 3.5 million, are parents. Of these, about 700,000 have adult children and the remaining 2.8 million have children younger than 18.',
      [parts('3.5 million', ['700,000', '2.8 million'], true)],
    ],
    [
      'a majority: the winner = the runner-up + the majority',
      'He won with 20,645 votes, compared to 14,738 for his rival, giving him a majority of 5,907.',
      [parts('20,645 votes', ['14,738', '5,907'], true)],
    ],
    [
      'the rest in the next sentence',
      'Of the 400 beds, 150 are in Leeds and 200 in York. The remaining 50 are in Hull.',
      [parts('400 beds', ['150', '200', '50'], true)],
    ],
    [
      'a later paragraph breaking down the lead',
      'The bank is to cut 2,850 jobs.\nAbout 1,100 jobs will go in investment banking while 1,200 and 550 will go in IT and human resources respectively.',
      [parts('2,850 jobs', ['1,100 jobs', '1,200', '550'], true)],
    ],
    [
      'a later paragraph breaking down the lead, past a figure someone expected',
      'GM is to pay Fiat 1.55bn euros.\nAnalysts had expected a 2bn euro pay-off. Fiat is to get 1bn euros now, with another 850m to follow.',
      [parts('1.55bn euros', ['1bn euros', '850m'], false)],
    ],
    [
      'parts that do not add up, after the sentence stating their total',
      'Marsh posted a $676m loss. It blamed an $850m payout. Marsh took a charge of $927m in the quarter, on top of the $232m charge from the previous quarter.',
      [parts('$850m', ['$927m', '$232m'], true)],
    ],
    [
      'parts said to make a whole, after a sentence stating a smaller one',
      'Marsh posted a $676m loss. It blamed a $510m payout. Marsh took a charge of $618m in the quarter, on top of the $232m charge from the previous quarter.',
      [parts('$510m', ['$618m', '$232m'], true)],
    ],
    [
      'a later breakdown whose part is broken down in turn',
      'He said 7,800 civil servants were being moved out of London.\nAbout 4,300 civil servants will leave by March and there are plans to relocate another 3,500. Of those 300 posts will go to Leeds.',
      [
        parts('3,500', ['300 posts'], false),
        parts('7,800 civil servants', ['4,300 civil servants', '3,500'], true),
      ],
    ],
    [
      'a later breakdown joined by "as well as"',
      'SBC agreed its $16bn takeover of AT&T.\nThe deal will be financed with $15bn of shares as well as a $1bn special dividend.',
      [parts('$16bn', ['$15bn', '$1bn'], true)],
    ],
    [
      'a part of a whole counted earlier with the same noun',
      'NASA said nine US companies could bid. In May it tapped three of those companies.',
      [parts('nine US companies', ['three'], false)],
    ],
    [
      'a figure that narrows a part is a part of that part ("three of those ..., only two")',
      'NASA said nine US companies could bid. In May, when it tapped three of those companies to fly next year, only two committed.',
      [parts('nine US companies', ['three'], false), parts('three', ['two'], false)],
    ],
    [
      'parts after "including" past a figure of another kind ("over 10 years")',
      'The plan would cost $1.2 trillion over 10 years, including $550 billion in new spending and $650 billion for existing programmes.',
      [parts('$1.2 trillion', ['$550 billion', '$650 billion'], false)],
    ],
    [
      'a total the next sentence gives for the figures before ("Together they made up")',
      'Electric car sales rose 40% to 1.1 million, while petrol car sales fell 8% to 4.6 million. Together they made up 5.7 million cars.',
      [parts('5.7 million cars', ['1.1 million', '4.6 million'], true)],
    ],
    [
      'a total after "together making up"',
      'Tesla sold 1.1 million cars and BYD 4.6 million cars, together making up 5.7 million cars.',
      [parts('5.7 million cars', ['1.1 million cars', '4.6 million cars'], true)],
    ],
    [
      'a part of a part ("with 15 of them") is no second part of the total',
      'Of the 40 libraries, 28 will remain open, with 15 of them run by volunteers.',
      [parts('40 libraries', ['28'], false), parts('28', ['15'], false)],
    ],
    [
      '"with N of them" is a part of the count before that can hold it',
      'There were 2,295 excess deaths during five heat episodes, with 1,311 of them among people aged 85 and over.',
      [parts('2,295 excess deaths', ['1,311'], false)],
    ],
    [
      'parts after "including", six words after the total',
      'The company returned almost $25bn to shareholders during the quarter, including $18bn in buybacks and $3.8bn in dividends.',
      [parts('$25bn', ['$18bn', '$3.8bn'], false)],
    ],
    [
      'a count the next sentence narrows with "only"',
      'The program allowed an estimated 1.1 million people to become eligible for relief. But by June, only about 712,000 applied.',
      [parts('1.1 million people', ['712,000'], false)],
    ],
    [
      'no part narrowed by "only" when the sentence before has no count or two',
      'Turnout was 64%. Only 40 turned up. It has 500 staff and 200 drivers. Only 30 came.',
      [],
    ],
    [
      'a part of the nearest whole its words place ("in its fleet")',
      'Boeing said its fleet of roughly 400 jets was grounded.\nEmirates had a fleet of 270 aircraft. It ordered 50 Airbus jets.\nEmirates is the top buyer of the A380, with 123 of the planes in its fleet.',
      [parts('270 aircraft', ['123'], false)],
    ],
    [
      'an instalment of the amount before it',
      'The £7.5bn of Treasury money was earmarked for spending in £2.5bn instalments in 2010, 2011 and 2012.',
      [parts('£7.5bn', ['£2.5bn'], false)],
    ],
    [
      'an amount that leaves "the rest" of a whole stated before',
      'The £10bn Crossrail plan is to get the go-ahead.\nThe Treasury has allocated £7.5bn for the project and talks on raising the rest will begin shortly.',
      [parts('£10bn', ['£7.5bn'], false)],
    ],
    [
      "a survey's net balance: the share of rises = the share of falls + the balance",
      'Of the companies surveyed, 30% saw orders rise and 27% saw them fall. The positive balance of plus 3 compared with minus 10 in the previous survey.',
      [parts('30%', ['27%', 'plus 3'], true)],
    ],
    [
      'shares spelled out in brackets',
      'The poll found 54% saying they are either uncertain (25%) or pessimistic (29%).',
      [parts('54%', ['25%', '29%'], true)],
    ],
    [
      'a count after ", with" is some of the count before it',
      'The online poll of 1,499 adults was conducted Dec. 3 to 7, with 1,138 adults saying they were aware of the bill.',
      [parts('1,499 adults', ['1,138 adults'], false)],
    ],
    [
      'deaths among the cases counted with them',
      'According to WHO, there were 3,248 cases reported worldwide between 2010 and 2015, with 584 deaths. China had 26 cases and 11 deaths.',
      [parts('3,248 cases', ['584 deaths'], false), parts('26 cases', ['11 deaths'], false)],
    ],
    [
      'no part in an addition after ", with"',
      'The firm has 200 staff, with 500 more to be hired.',
      [],
    ],
    [
      'no whole of "the rest" in a figure of another time',
      'The council spent £2m on roads last year. It has £8m for the project and will raise the rest from grants.',
      [],
    ],
    ['no relation between unrelated figures', 'The firm hired 40 nurses. Prices rose 5%.', []],
    [
      'no breakdown of an average',
      'The average price was $39,014.\nA truck cost $41,640 on average while a sedan cost $31,627.',
      [],
    ],
  ])('%s', (_name, text, expected) => {
    expect(relationsByText(text, 'parts-of-total')).toEqual(expected);
  });
});
