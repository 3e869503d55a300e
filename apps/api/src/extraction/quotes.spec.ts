import { extract } from './extract.js';
import type { QuoteClaim } from './types.js';

function quotes(text: string): Pick<QuoteClaim, 'exact' | 'speaker' | 'relayedBy'>[] {
  return extract(text)
    .claims.filter((c): c is QuoteClaim => c.kind === 'quote')
    .map(({ exact, speaker, relayedBy }) => ({ exact, speaker, relayedBy }));
}

type Q = [exact: string, speaker: string | null, relayedBy?: string | null];

function expectQuotes(text: string, expected: Q[]): void {
  expect(quotes(text)).toEqual(
    expected.map(([exact, speaker, relayedBy = null]) => ({ exact, speaker, relayedBy })),
  );
}

describe('quotation marks and spans', () => {
  it.each<[string, string, Q[]]>([
    [
      'straight double quotes',
      'John Smith said, "We will appeal the ruling."',
      [['We will appeal the ruling.', 'John Smith']],
    ],
    [
      'curly double quotes',
      'John Smith said: “We will appeal the ruling.”',
      [['We will appeal the ruling.', 'John Smith']],
    ],
    [
      'a quote split around its attribution',
      '"We are pleased," Jane Doe said, "and we hope to build on it."',
      [
        ['We are pleased,', 'Jane Doe'],
        ['and we hope to build on it.', 'Jane Doe'],
      ],
    ],
    [
      'a quote that opens in one sentence and closes in the next',
      'Jane Doe said: "The plan is sound. It will work."',
      [['The plan is sound. It will work.', 'Jane Doe']],
    ],
    [
      'a quote running over a paragraph break',
      'Jane Doe said: "The first part of my answer is this.\n"And the second part is that we will not stop."',
      [
        ['The first part of my answer is this.', 'Jane Doe'],
        ['And the second part is that we will not stop.', 'Jane Doe'],
      ],
    ],
    [
      'a lost closing mark ends at the next opening mark',
      'Jane Doe said: "We are not finished yet. John Smith replied: "We have only begun."',
      [
        ['We are not finished yet. John Smith replied:', 'Jane Doe'],
        ['We have only begun.', 'John Smith'],
      ],
    ],
    [
      'a lost closing mark ends at the line end',
      'Jane Doe said: "We are not finished yet.\nThe rest of the story continues here.',
      [['We are not finished yet.', 'Jane Doe']],
    ],
    [
      'a closing mark after a stray space still closes ("delays ”.")',
      'Jane Doe said it was “the worst in years ”. The rest of the story continues here.',
      [['the worst in years', 'Jane Doe']],
    ],
    [
      'punctuation inside the marks is kept',
      '"It is over," John Smith said.',
      [['It is over,', 'John Smith']],
    ],
  ])('%s', (_name, text, expected) => expectQuotes(text, expected));
});

describe('speakers', () => {
  it.each<[string, string, Q[]]>([
    [
      '"X said, …"',
      'Park Chun-seop said, "We have agreed to open direct flights."',
      [['We have agreed to open direct flights.', 'Park Chun-seop']],
    ],
    [
      '"he said" inside the sentence about the person spoken of',
      'Councillor Tom Becker called the plan "a waste of money". Anna Ruiz, he said, "has not explained where the money comes from".',
      [
        ['a waste of money', 'Tom Becker'],
        ['has not explained where the money comes from', 'Tom Becker'],
      ],
    ],
    [
      'a name and its appositive after the quote',
      '"Shedding jobs makes total sense," Ivo Geijsen, an analyst with Bank Oyens & Van Eeghen, told Bloomberg.',
      [['Shedding jobs makes total sense,', 'Ivo Geijsen']],
    ],
    [
      'a possessive appositive after the quote',
      '“The end of the year is a popular time for purchases,” Jessica Caldwell, Edmunds’ executive director of industry analysis, said in a statement.',
      [['The end of the year is a popular time for purchases,', 'Jessica Caldwell']],
    ],
    [
      'an appositive with no comma before the verb',
      'Mark Serwotka, the leader of the Public and Commercial Services Union said: "We had the day of the long knives."',
      [['We had the day of the long knives.', 'Mark Serwotka']],
    ],
    [
      '"X said, adding, …"',
      '“People are cautious,” InfoNation President Dan McDowell said, adding, “2019 is just not as strong as 2018.”',
      [
        ['People are cautious,', 'Dan McDowell'],
        ['2019 is just not as strong as 2018.', 'Dan McDowell'],
      ],
    ],
    [
      'a paragraph that opens with an unattributed quote, after a quote paragraph',
      '“Space needs an entire ecosystem,” said Michael Sims, CEO of Ceres Robotics.\n“There are the big established players, but there are also small players.”',
      [
        ['Space needs an entire ecosystem,', 'Michael Sims'],
        [
          'There are the big established players, but there are also small players.',
          'Michael Sims',
        ],
      ],
    ],
    [
      '"…" and more words, X said',
      'Gary Burtless is an economist. That mobility remains low suggests “that local job markets have been basically lousy” except a few areas, Burtless said. “Wages are behaving as though there is slack.”',
      [
        ['that local job markets have been basically lousy', 'Gary Burtless'],
        ['Wages are behaving as though there is slack.', 'Gary Burtless'],
      ],
    ],
    [
      'a person "of" a body with no "the" between: the person',
      'Analysts were unsurprised by the cuts. “The cuts were expected for months,” said Paul Wong of Bernstein. Mark Zandi of Moody’s Analytics agreed. “It is a sign of the times,” Zandi said.',
      [
        ['The cuts were expected for months,', 'Paul Wong'],
        ['It is a sign of the times,', 'Mark Zandi'],
      ],
    ],
    [
      '"one fund manager", "another trader": someone unnamed, not the speaker before',
      'Chief executive Andy Jassy spoke. “We expect growth to pick up later,” Jassy added. Some investors were cautious. “The valuation still looks stretched to me,” said one fund manager, who declined to be named. “It is far too high,” another trader said.',
      [
        ['We expect growth to pick up later,', 'Andy Jassy'],
        ['The valuation still looks stretched to me,', null],
        ['It is far too high,', null],
      ],
    ],
    [
      'someone unnamed whose relative clause stands between them and the verb, after a named speaker',
      'The mayor, Tom Alvarez, called the closure “a slap in the face for every family here.”\n“We have lost everything we worked for,” one driver, who asked not to be named, told the BBC.',
      [
        ['a slap in the face for every family here.', 'Tom Alvarez'],
        ['We have lost everything we worked for,', null],
      ],
    ],
    [
      'two words that open the sentence, closed by a comma and attributed, are speech even from someone unnamed',
      'Acme shut its plant on Monday.\n“It’s devastating,” a worker told reporters. The rank of “career minister,” has gone, the letter said.',
      [['It’s devastating,', null]],
    ],
    [
      'a phrase the subject calls something before going on with "and" and another verb',
      'Representative John Park called the vote “a disgrace” and vowed to fight it in the courts.',
      [['a disgrace', 'John Park']],
    ],
    [
      'a role after the verb, then the name it is given',
      'The bank lobby welcomed the vote. “Today’s decision is good news for growth,” said its president, Mark Ellis.',
      [['Today’s decision is good news for growth,', 'Mark Ellis']],
    ],
    [
      'a role before the verb, then the name it is given',
      'The association called it "a step in the right direction". "We\'ll be watching closely," the group\'s president, Anne Clarke, said.',
      [
        ['a step in the right direction', null],
        ["We'll be watching closely,", 'Anne Clarke'],
      ],
    ],
    [
      'a name with two appositives between it and its verb',
      'Researchers found the drug slowed dementia. Dr Raj Singh, of the Alzheimer’s Society, who was not involved in the research, said the findings were “promising but preliminary”.',
      [['promising but preliminary', 'Raj Singh']],
    ],
    [
      'two or three words after a speech verb and its subject, whoever the subject is',
      'Profits rose 12%. The firm’s boss added that food inflation was “coming down quickly” this spring.',
      [['coming down quickly', null]],
    ],
    [
      'a person called by their nation after they are named ("the Spaniard")',
      'Coach Luis Ortega watched his side lose 2-1. “We are not in a good moment,” the Spaniard told reporters. Rival coach Anna Berg was pleased. “The players showed real character,” the Swede said.',
      [
        ['We are not in a good moment,', 'Luis Ortega'],
        ['The players showed real character,', 'Anna Berg'],
      ],
    ],
    [
      "a person named after their party's possessive, as the subject of a speech verb",
      'The cut was announced in July. The Liberal Democrats’ Ed Davey said it was “cruel and unnecessary”.',
      [['cruel and unnecessary', 'Ed Davey']],
    ],
    [
      'a government named by an adjective and a body word, and a name with the particle "ap"',
      'Waiting lists grew again. A Welsh government spokesperson said: “We have invested an extra £50m this year.” Plaid Cymru’s Mabon ap Gwynfor described the situation as “a national emergency”.',
      [
        ['We have invested an extra £50m this year.', 'Welsh government'],
        ['a national emergency', 'Mabon ap Gwynfor'],
      ],
    ],
    [
      'a spokesperson for a body described at length, after a named speaker',
      'Finance chief Priya Raman spoke to analysts. “Margins will recover next year,” Raman said.\n“We are watching this very closely,” a spokesperson for the energy regulator Ofgem said.',
      [
        ['Margins will recover next year,', 'Priya Raman'],
        ['We are watching this very closely,', 'Ofgem'],
      ],
    ],
    [
      'the spokesperson of a body whose name holds "of"',
      'Troops were sent. “We do not comment on operations,” a Ministry of Defence spokesman said. “The review is ongoing,” said a Department of Health spokeswoman. “We will wait and see,” a Bank of England spokesman said.',
      [
        ['We do not comment on operations,', 'Ministry of Defence'],
        ['The review is ongoing,', 'Department of Health'],
        ['We will wait and see,', 'Bank of England'],
      ],
    ],
    [
      'a statement read out: its writer, or no one the text names, never the speaker before',
      'Economist Tom Ray spoke at a Home Office briefing. “That is wishful thinking at best,” Ray said. “The numbers do not add up,” read a statement from the Home Office. “We stand by every figure,” a statement from the ministry read. “We stand by all of it,” the statement read.',
      [
        ['That is wishful thinking at best,', 'Tom Ray'],
        ['The numbers do not add up,', 'Home Office'],
        ['We stand by every figure,', null],
        ['We stand by all of it,', 'Home Office'],
      ],
    ],
    [
      'a surname that is also a title word, after the full name',
      'Media analyst Ken Doctor was not convinced. “It is a gamble for the publisher,” Doctor said.\nNovelist Stephen King disagreed. “I wrote it in a month, and it shows,” King said. “He wants readers,” he said of the publisher.',
      [
        ['It is a gamble for the publisher,', 'Ken Doctor'],
        ['I wrote it in a month, and it shows,', 'Stephen King'],
        ['He wants readers,', 'Stephen King'],
      ],
    ],
    [
      '"he" after a sentence about a person named by a surname that is a title word',
      'Novelist Stephen King met the actor Tom Hanks. Hanks left early. King stayed on at the party. “I wrote it in a month, and it shows,” he said.',
      [['I wrote it in a month, and it shows,', 'Stephen King']],
    ],
    [
      '"he" after a sentence about "the King" is not the novelist King',
      'Novelist Stephen King met the actor Tom Hanks. Hanks talked on. Then the King arrived at the party. “I wrote it in a month, and it shows,” he said.',
      [['I wrote it in a month, and it shows,', 'Tom Hanks']],
    ],
    [
      'a title word after an article is a title, not the surname of a person named before',
      'Former prime minister John Major met novelist Stephen King at the palace. “It will work in the end,” Major said. “We will act on this soon,” the King said.',
      [
        ['It will work in the end,', 'John Major'],
        ['We will act on this soon,', null],
      ],
    ],
    [
      '"he" after a person named again by surname',
      'Kevin Yearout, a contractor, said work is slow.\n“Government has been a drag,” said Michael O’Donnell, a scientist.\nWhile bids have started, Yearout said, there is no backlog.\n“There is a cautious optimism,” he said.',
      [
        ['Government has been a drag,', 'Michael O’Donnell'],
        ['There is a cautious optimism,', 'Kevin Yearout'],
      ],
    ],
    [
      'a capitalised role with no comma before the verb',
      'Rhodri Glyn Thomas, Plaid Cymru health spokesman said: "It is exactly the same target she set in 1999."',
      [['It is exactly the same target she set in 1999.', 'Rhodri Glyn Thomas']],
    ],
    [
      '"he" after a party named in two capitalised words',
      'Mr Kennedy urged students to act. He underlined Lib Dem plans to scrap fees. He said: "Top up fees put students off university."',
      [['Top up fees put students off university.', 'Kennedy']],
    ],
    [
      'a long role and name after the quote, with a verb of pleading',
      '“Based on the co-ordinates, any crash position is in the sea,” Indonesia search-and-rescue director Henry Bambang Soelistyo said. “Papa, come home, I still need you,” Angela Anggi Ranastianis, his 22-year-old daughter, pleaded in social-media comments.',
      [
        ['Based on the co-ordinates, any crash position is in the sea,', 'Henry Bambang Soelistyo'],
        ['Papa, come home, I still need you,', 'Angela Anggi Ranastianis'],
      ],
    ],
    [
      '"he said" after a sentence in which he spoke, with another man named first',
      'Mr Howard\'s seat is at the top of the list. Others targeted include Oliver Letwin, David Davis and Theresa May, Lib Dem\'s elections chief Lord Rennard said. He said it was "nothing personal" but a matter of numbers.',
      [['nothing personal', 'Rennard']],
    ],
    [
      '"she said" after a sentence in which a man spoke',
      'Ms Morris spoke first. Mr Campbell said the war had hit trust. She said it was "a question of credibility" in the end.',
      [['a question of credibility', 'Morris']],
    ],
    [
      '"…" and more words, said X',
      'Casinos faced competition, and there has been “very little private sector investment” in new construction, said Joseph Seneca, a Rutgers University economist.',
      [['very little private sector investment', 'Joseph Seneca']],
    ],
    [
      '"…," according to a body\'s document',
      'Information technology “will become increasingly important,” according to a Moody’s forecast in June.',
      [['will become increasingly important,', 'Moody']],
    ],
    [
      '"he said" after a sentence in which a spokesman spoke',
      'The State Department spokesman said 9,519 took the exam in 2017. “This trend corresponds with an improving economy,” he said.',
      [['This trend corresponds with an improving economy,', 'State Department']],
    ],
    [
      'a phrase woven into the sentence after the one saying who spoke',
      'The £12bn left over would cut borrowing, Michael Howard added. However, the remainder would deal with some of the "unfair taxes".',
      [['unfair taxes', 'Michael Howard']],
    ],
    [
      'a phrase woven into the paragraph after a one-sentence paragraph saying who spoke',
      'Incomes Data Services (IDS) looked at pensions.\nIDS said there were some schemes in good health.\nBut, in many cases, firms had been forced to top up funds to tackle "yawning deficits".',
      [['yawning deficits', 'Incomes Data Services']],
    ],
    [
      'a word closed by its comma, said by the subject and relayed "according to" a source',
      'David Mulinix said he believes the Electoral College is “outdated,” according to Hawaii News Now.',
      [['outdated,', 'David Mulinix', 'Hawaii News Now']],
    ],
    [
      'two words before a determiner are quoted words, no modifier',
      'Mr Straw told activists that voters would decide which party "best deserves" their trust.',
      [['best deserves', 'Straw']],
    ],
    [
      'a quote that is its own sentence, after a sentence saying who spoke',
      'Menzies Campbell said the Iraq war had hit trust in politicians hard. "Issues of war and peace do have a damaging effect." Martin Bell, who won the Tatton seat, said politicians failed to see themselves as others did. "We need public figures we trust to tell the truth."',
      [
        ['Issues of war and peace do have a damaging effect.', 'Menzies Campbell'],
        ['We need public figures we trust to tell the truth.', 'Martin Bell'],
      ],
    ],
    [
      'a quote that ends its sentence, before the words that introduce the next quote',
      'Kirsty Williams called the new target "hugely unambitious". "It leaves patients waiting two years." Conservative spokesman Jonathan Morgan said: "We are spending more money."',
      [
        ['hugely unambitious', 'Kirsty Williams'],
        ['It leaves patients waiting two years.', 'Kirsty Williams'],
        ['We are spending more money.', 'Jonathan Morgan'],
      ],
    ],
    [
      '"…," X said',
      '"We have agreed to open direct flights," Park Chun-seop said.',
      [['We have agreed to open direct flights,', 'Park Chun-seop']],
    ],
    [
      '"…," said X',
      '"We have agreed to open direct flights," said Park Chun-seop.',
      [['We have agreed to open direct flights,', 'Park Chun-seop']],
    ],
    [
      'X stated, "…"',
      'Kim Tae-hyo stated, "The two countries have agreed to cooperate."',
      [['The two countries have agreed to cooperate.', 'Kim Tae-hyo']],
    ],
    [
      'according to X',
      'According to Jane Doe, "the board knew about the losses for months."',
      [['the board knew about the losses for months.', 'Jane Doe']],
    ],
    [
      'headline form "Minister: …"',
      'Minister John Smith: "We Will Not Raise Taxes Again"\nThe minister spoke on Monday.',
      [['We Will Not Raise Taxes Again', 'John Smith']],
    ],
    [
      'an appositive between speaker and verb',
      'Kim Tae-hyo, the first deputy director of the National Security Office, said the summit produced "concrete and practical economic cooperation outcomes".',
      [['concrete and practical economic cooperation outcomes', 'Kim Tae-hyo']],
    ],
    [
      'a title and surname resolve to the full name',
      'Kim Tae-hyo briefed reporters on Friday. Deputy Director Kim stated, "We have decided to expand opportunities."',
      [['We have decided to expand opportunities.', 'Kim Tae-hyo']],
    ],
    [
      '"Secretary Park" resolves to Park Chun-seop',
      'Park Chun-seop, the chief economic secretary, spoke later. Secretary Park said, "Lithium reserves are large."',
      [['Lithium reserves are large.', 'Park Chun-seop']],
    ],
    [
      '"Mr Smith" resolves to John Smith',
      'John Smith runs the depot. "We are short of drivers," Mr Smith said.',
      [['We are short of drivers,', 'John Smith']],
    ],
    [
      '"he" resolves to the last person named',
      'Deputy Director Kim Tae-hyo spoke first. He continued, "Kazakhstan plans to hold a referendum."',
      [['Kazakhstan plans to hold a referendum.', 'Kim Tae-hyo']],
    ],
    [
      '"she" skips a man',
      'Mr John Smith opened the meeting. Jane Doe, the treasurer, followed. "We are in deficit," she said.',
      [['We are in deficit,', 'Jane Doe']],
    ],
    [
      'a long role before the name after the quote',
      '"We found the next best thing: ice in the crater," lead researcher and agency planetary scientist Laura Perez said in a statement.',
      [['We found the next best thing: ice in the crater,', 'Laura Perez']],
    ],
    [
      'a name after the quote, then an appositive with commas of its own and no closing comma',
      '“This is mainly due to the change in wind direction,” Kiran Rao, a research analyst at the Council on Energy, Environment and Water think tank told reporters.',
      [['This is mainly due to the change in wind direction,', 'Kiran Rao']],
    ],
    [
      'a name after the quote with a long appositive before the verb',
      '"Experiments of this kind pay off when you get out more than you put in," Dana Ortiz, a postdoctoral fellow at the Institute for Astrophysics in Munich, Germany, and co-author of the study, said in a statement.',
      [['Experiments of this kind pay off when you get out more than you put in,', 'Dana Ortiz']],
    ],
    [
      'an abbreviated title with its stop after the quote',
      'Rita Gomez ran the clinic. “This is how epidemics begin,” Dr. Luz Arroyo, a member of the group, told reporters. “We asked twice,” Mr. Gomez said.',
      [
        ['This is how epidemics begin,', 'Luz Arroyo'],
        ['We asked twice,', 'Rita Gomez'],
      ],
    ],
    [
      '"it added" after a body is quoted',
      'Prosecutors decided to "discontinue the investigation into the case", the Swedish Prosecution Authority said.\n\n"The evidence has weakened considerably," it added.',
      [
        ['discontinue the investigation into the case', 'Swedish Prosecution Authority'],
        ['The evidence has weakened considerably,', 'Swedish Prosecution Authority'],
      ],
    ],
    [
      "a body's officer, named after the body and the title",
      '"The hearing is over," White House Press Secretary Dana Price said. Price left early. “We have learned nothing new,” she added. "Rates will rise," Bank of England Governor Mark Hale said.',
      [
        ['The hearing is over,', 'Dana Price'],
        ['We have learned nothing new,', 'Dana Price'],
        ['Rates will rise,', 'Mark Hale'],
      ],
    ],
    [
      '"responded" before the name',
      'Rep. Robert Lane asked about the rocket. “It depends on what the builder is willing to invest,” responded agency administrator Jim Kerr, noting the cost.',
      [['It depends on what the builder is willing to invest,', 'Jim Kerr']],
    ],
    [
      'an adverb between the name and its verb',
      'Officer Ray Thomas was on duty that night. "We messed up; I messed up," Thomas allegedly told a supervisor.',
      [['We messed up; I messed up,', 'Ray Thomas']],
    ],
    [
      'a role, the name, then its appositive, after the quote',
      '"Essential elements are present in the plume," study lead author Maria Lenz, a planetary scientist at the agency, said in a statement.',
      [['Essential elements are present in the plume,', 'Maria Lenz']],
    ],
    [
      'a dash and a name under a quote',
      'The book won praise on its release.\n\n“Had he written a sequence of five more, he would be as famous as anyone.” — Neil Gaiman\n\nBut the novels were only the beginning.',
      [['Had he written a sequence of five more, he would be as famous as anyone.', 'Neil Gaiman']],
    ],
    [
      '"comments" before the name',
      '"We adjusted the design of the craft and its power use," comments Robin Hale, who led the study.',
      [['We adjusted the design of the craft and its power use,', 'Robin Hale']],
    ],
    [
      'a body named in apposition that sent a letter saying it',
      'Managers met on Monday. The group, Riders United, formed in May and sent a letter to the council last week stating that they “will not accept the new timetable.”',
      [['will not accept the new timetable.', 'Riders United']],
    ],
    [
      'a person known by a title and one name, named again by the name alone',
      'The real Prince Andrew was busy. Jeffrey Epstein was his friend. Andrew doesn’t remember any of it. "I went for pizza," he said.',
      [['I went for pizza,', 'Andrew']],
    ],
    [
      'the person a possessive opening the sentence introduces',
      'Anna Grey won an award in May. Anna Grey\'s son, filmmaker Tom Price ("The Lake"), also remembers it as a hard time. "She was not herself," he said.',
      [['She was not herself,', 'Tom Price']],
    ],
    [
      '"she" after a sentence whose first person is a man: the woman named in it',
      'Mike Ford wrote short plays. When Ford visited his editor Teresa Hayden at her office, he left poems on her desk. "Life was not long enough," she recalled.',
      [['Life was not long enough,', 'Teresa Hayden']],
    ],
    [
      '"she" after a sentence that opens with "She": the woman named before, not one named in it',
      'Rosa Hill called the council. She gave me the address of Ford\'s sister, Martha Fry. "I cannot believe Martha would say no," she said.',
      [['I cannot believe Martha would say no,', 'Rosa Hill']],
    ],
    [
      'a camp that is a place is no campaign',
      'Aid workers left in May. A source inside the Rukban camp said the claim was "absolutely not true, and everyone here knows it."',
      [['absolutely not true, and everyone here knows it.', null]],
    ],
    [
      "a candidate's campaign speaks, not the candidate",
      'Maria Lopez won the primary. The Lopez campaign said the result was "a clear mandate." A Lopez campaign spokeswoman called the recount "a stunt by sore losers."',
      [
        ['a clear mandate.', 'Lopez campaign'],
        ['a stunt by sore losers.', 'Lopez campaign'],
      ],
    ],
    [
      'a scare quote earlier in the sentence does not hide its speech verb',
      'The Transit Workers Union read the report today, and the union says it shows that Director Paul Reed\'s "reform" into a leaner depot was "a cover for cuts."',
      [['a cover for cuts.', 'Transit Workers Union']],
    ],
    [
      'a group the text does not name speaks as that group',
      'Freight analysts called the merger "a bad day for shippers," and the authors of a report published in the Journal of Commerce argued it was "long overdue."',
      [
        ['a bad day for shippers,', 'Freight analysts'],
        ['long overdue.', 'authors'],
      ],
    ],
    [
      '"he" skips a woman whose given name tells her sex',
      'Mike Ford wrote the books. Elise Moss met him in 1997. “I don’t even have words,” she replied in an email.\n\nIn 1997, Elise wrote, she interviewed him for a convention. She asked for a story.\n\n“No,” he said.',
      [
        ['I don’t even have words,', 'Elise Moss'],
        ['No,', 'Mike Ford'],
      ],
    ],
    [
      '"she" skips a man known by his given name alone, with no title',
      'The clinic is run by Karen Ortiz. Daniel Reyes joined in May. "We are full every day," she said.',
      [['We are full every day,', 'Karen Ortiz']],
    ],
    [
      'a relayed quote belongs to the quoted person',
      'Kim Tae-hyo briefed reporters. Deputy Director Kim conveyed in the briefing that Supreme Leader Gurbanguly Berdimuhamedow said, "We ask Korean companies to take charge of major projects."',
      [
        [
          'We ask Korean companies to take charge of major projects.',
          'Gurbanguly Berdimuhamedow',
          'Kim Tae-hyo',
        ],
      ],
    ],
    [
      'a quote after another in the same paragraph keeps its speaker',
      '"The maths is simple," Ms Marsh said. "They are paying old rents on new footfall."',
      [
        ['The maths is simple,', 'Marsh'],
        ['They are paying old rents on new footfall.', 'Marsh'],
      ],
    ],
    [
      'a body speaks through its name',
      'The Usdaw union said the news was "a hammer blow" for workers.',
      [['a hammer blow', 'Usdaw']],
    ],
    [
      'a spokesperson speaks for the body',
      'A spokesperson for the Department of Health said: "We are reviewing the figures carefully."',
      [['We are reviewing the figures carefully.', 'Department of Health']],
    ],
    [
      'an unresolvable speaker is null',
      '"This cannot go on much longer, we all know it," the note read.',
      [['This cannot go on much longer, we all know it,', null]],
    ],
    [
      'a partial quote woven into the sentence',
      'Finance director Tom Okafor said the results were "respectable".',
      [['respectable', 'Tom Okafor']],
    ],
    [
      'a single-quoted speech with attribution',
      "'We will fight this decision in the courts,' said Jane Doe.",
      [['We will fight this decision in the courts,', 'Jane Doe']],
    ],
    [
      'an abbreviated title is no part of the name',
      'Gov. Elena Ortiz declared an emergency. "We will be there for these families," Ortiz said.',
      [['We will be there for these families,', 'Elena Ortiz']],
    ],
    [
      'a party-and-state appositive is skipped',
      'Senate Majority Leader Chuck Schumer, D-N.Y., said the deal was "good news for the country."',
      [['good news for the country.', 'Chuck Schumer']],
    ],
    [
      'single-quoted speech carries on in the same paragraph',
      "Prosecutor Mark Hill spoke. 'He lied on 14 separate forms,' Mr Hill said. 'Each time he had the chance to come clean.'",
      [
        ['He lied on 14 separate forms,', 'Mark Hill'],
        ['Each time he had the chance to come clean.', 'Mark Hill'],
      ],
    ],
    [
      "a spokesperson named by the body's initials",
      'The Department for Work and Pensions published figures. A DWP spokesperson said: "We will always take action against those who cheat the system."',
      [
        [
          'We will always take action against those who cheat the system.',
          'Department for Work and Pensions',
        ],
      ],
    ],
    [
      'a body named by initials that leave out its generic head or keep its "of"',
      'The Department of Health and Human Services extended the deadline. "Demand was extraordinary," HHS said. The Department of Justice declined to comment, but "we are reviewing it," the DOJ said.',
      [
        ['Demand was extraordinary,', 'Department of Health and Human Services'],
        ['we are reviewing it,', 'Department of Justice'],
      ],
    ],
    [
      'an occupation before the name is a title',
      'Meteorologist Dana Whitfield said conditions were "about as bad as they get" for crews.',
      [['about as bad as they get', 'Dana Whitfield']],
    ],
    [
      'words woven into a sentence that names one person',
      'Among those who fled was Tom Gallagher, 58, who left with his dogs and "whatever fit in the truck."',
      [['whatever fit in the truck.', 'Tom Gallagher']],
    ],
    [
      '"the company" is the organisation the article names most',
      'Hartwell\'s cut prices. Shares in Hartwell\'s fell after the chain said it faced "brutal" trading conditions.',
      [['brutal', "Hartwell's"]],
    ],
    [
      'a single-quoted headline quote whose speaker is given with a longer title',
      "Labour leader: 'We have won back the trust of this city'\nLabour group leader Priya Chaudhry, 44, spoke after the count.",
      [['We have won back the trust of this city', 'Priya Chaudhry']],
    ],
    [
      'a headline quote attributed by a title given in full later',
      'Supreme Leader: "Major Projects Should Go To Local Firms"\nSupreme Leader Gurbanguly Berdimuhamedow spoke on Monday.',
      [['Major Projects Should Go To Local Firms', 'Gurbanguly Berdimuhamedow']],
    ],
    [
      'a possessive inside an organisation name',
      'Factory work will shrink, but services "will keep growing," according to a Harlow’s Economics forecast in May.',
      [['will keep growing,', 'Harlow’s Economics']],
    ],
    [
      'an initial opens or sits inside a name',
      'J. Martin Okafor, a lawyer for the tenants, said the ruling was "long overdue."\n\n"We will keep going," he said. Mary T. Lund said: "We will appeal."',
      [
        ['long overdue.', 'J. Martin Okafor'],
        ['We will keep going,', 'J. Martin Okafor'],
        ['We will appeal.', 'Mary T. Lund'],
      ],
    ],
    [
      'a person "of" their newspaper, at the end of a sentence',
      'Rents rose again, according to Amira Haddad of the Evening Courier. She called the rise "steep".',
      [['steep', 'Amira Haddad']],
    ],
    [
      'a capitalised appositive that ends in a title',
      'Rosa Quintero, Lakeside State University Economics Professor, said the council did not need to "gamble with reserves" this year.',
      [['gamble with reserves', 'Rosa Quintero']],
    ],
    [
      'a participle after the clause whose subject spoke',
      'A week before the vote, Hollis sent a second memo to the board, stating, "Our position has not changed." Later, Greta Vance, who chairs the panel, backed the memo by saying the result was "beyond doubt."',
      [
        ['Our position has not changed.', 'Hollis'],
        ['beyond doubt.', 'Greta Vance'],
      ],
    ],
    [
      'a body said it, a reporter relays it',
      'The Provincial Health Bureau said it had traced every contact, according to Amira Haddad of the Evening Courier. All "affected rooms" were also cleaned.',
      [['affected rooms', 'Provincial Health Bureau', 'Amira Haddad']],
    ],
    [
      'two quotes of one sentence attributed once, after the second',
      'While mining still leads, “farming and tourism” and the software trade “will matter more,” according to a Harlow’s Economics report.',
      [
        ['farming and tourism', 'Harlow’s Economics'],
        ['will matter more,', 'Harlow’s Economics'],
      ],
    ],
    [
      'a body named after the quote, its verb first',
      'Since then, the region “has rebuilt its flood defences almost entirely,” writes the Associated Press.',
      [['has rebuilt its flood defences almost entirely,', 'Associated Press']],
    ],
    [
      'a nationality opens the name of a body',
      'The European Commission said the deal was “a first step”. The British Medical Association said: “Doctors are exhausted.”',
      [
        ['a first step', 'European Commission'],
        ['Doctors are exhausted.', 'British Medical Association'],
      ],
    ],
    [
      'a spokesman of the body the sentence names, who is not named',
      'The Transport Department did not dispute the figures, but an agency spokesman who asked not to be named said that “the delays are temporary.”',
      [['the delays are temporary.', 'Transport Department']],
    ],
    [
      '"he said" after a sentence about the spokesman quoted before, not a person named earlier',
      'Anne Corbett, who chairs the trust, wrote to members. A Transport Department spokesman said the trains were “on time.” The spokesman gave no figures for buses. “Ridership is back above 2019,” he said.',
      [
        ['on time.', 'Transport Department'],
        ['Ridership is back above 2019,', 'Transport Department'],
      ],
    ],
    [
      '"the union" named in an appositive before',
      'Cleaners at the hotel chain organised this year. The union, Cleaners United, wrote to managers in May. On Friday the union added that the chain “has broken every promise.”',
      [['has broken every promise.', 'Cleaners United']],
    ],
    [
      'a body that estimated it',
      'Costs could be cut, with the National Audit Office estimating in May that waste adds up to “hundreds of millions” a year.',
      [['hundreds of millions', 'National Audit Office']],
    ],
    [
      '"the letter" is the letter of the person named before',
      'According to Maria Okonjo’s letter, hiring has stalled. The letter said “intake will fall by half next year.”',
      [['intake will fall by half next year.', 'Maria Okonjo']],
    ],
    [
      '"he" is never a building or an institution',
      'Chief of staff Alan Reyes met reporters. The mayor backed the White House’s plan. “We will hire 40 more officers,” he said.',
      [['We will hire 40 more officers,', 'Alan Reyes']],
    ],
    [
      '"the spokesman" is the spokesman of the body named before',
      'The Transport Department did not dispute the figures, but a department spokeswoman said they were “misleading.” The spokeswoman said the minister “will explain the plan next week.”',
      [
        ['misleading.', 'Transport Department'],
        ['will explain the plan next week.', 'Transport Department'],
      ],
    ],
    [
      "a speech verb coordinated with the clause's first verb shares its subject",
      'Maria Lopez rejected the offer and warned that the firm would “never accept a deal like this”. Jack Straw spoke later. He admitted that voters had lost faith, but suggested the party could win back “their trust in us” by May.',
      [
        ['never accept a deal like this', 'Maria Lopez'],
        ['their trust in us', 'Jack Straw'],
      ],
    ],
    [
      'a coordinated verb or a participle after a title that opens the sentence',
      'Mayor Ann Kibble toured the depot on Monday. The mayor stood up and said the plan was “dead in the water”. Health Minister Raj Patel met nurses later. The minister sent a letter to MPs, stating that “waiting lists will fall”.',
      [
        ['dead in the water', 'Ann Kibble'],
        ['waiting lists will fall', 'Raj Patel'],
      ],
    ],
    [
      "what a body's investigation found, the body named with a possessive",
      'According to the court filing, the FBI’s prior investigation found that some 27 email chains “have been transmitted through private accounts.”',
      [['have been transmitted through private accounts.', 'FBI']],
    ],
    [
      'what a report by a body found',
      'Ministers were warned. A report by the National Audit Office found “serious delays and rising costs” in the programme.',
      [['serious delays and rising costs', 'National Audit Office']],
    ],
    [
      '"the spokeswoman said" after a sentence that reports what a body\'s spokeswoman said, with no quote',
      'Ministers met on Monday. A Home Office spokeswoman said the department was reviewing the case. “We take these matters seriously,” the spokeswoman said.',
      [['We take these matters seriously,', 'Home Office']],
    ],
    [
      'words woven into a sentence about a body',
      'The Competition Authority is seeking heavy fines against both firms for "deliberate price fixing" over a decade.',
      [['deliberate price fixing', 'Competition Authority']],
    ],
    [
      "a person named after their firm's possessive",
      'Analysts are wary. Fitchley\'s Dana Orr warns that "prices can turn fast."',
      [['prices can turn fast.', 'Dana Orr']],
    ],
    [
      'a capitalised word that opens a sentence is no first name',
      'Whether Okafor knew remains unclear. Okafor denied it, saying, "I never saw the file."',
      [['I never saw the file.', 'Okafor']],
    ],
    [
      'initials: "J.C." opens a name, "U.S." does not',
      'Director J.C. Moreau met U.S. Marines on Monday. "They were generous," Moreau said.',
      [['They were generous,', 'J.C. Moreau']],
    ],
    [
      'a party and a district in brackets after the name',
      'State Sen. Dana Whitby (R-Warren) said the budget "ignores rural towns."',
      [['ignores rural towns.', 'Dana Whitby']],
    ],
    [
      '"quoted X as saying"',
      '"I regret nothing," local papers quoted Ana Salas as saying.',
      [['I regret nothing,', 'Ana Salas']],
    ],
    [
      'a name and a verb after a question that ends its sentence',
      '"Do you want some music?" Omar Haidari asks as he drives out of town. Lena Ruiz praised it by saying it was "simply SPECIAL!" When asked, 53 percent agreed.',
      [
        ['Do you want some music?', 'Omar Haidari'],
        ['simply SPECIAL!', 'Lena Ruiz'],
      ],
    ],
    [
      'verbs that put the name after the quote',
      '"Nobody came to help," recalls Abdul Rahim, the district governor. "Nobody," explains Rahim.',
      [
        ['Nobody came to help,', 'Abdul Rahim'],
        ['Nobody,', 'Abdul Rahim'],
      ],
    ],
    [
      'a writer named inside the sentence before a woven quote',
      'The main reason clients leave, writes Lena Beyer, is "always about communication."',
      [['always about communication.', 'Lena Beyer']],
    ],
    [
      'a woven quote in a sentence that opens with no name',
      'Working as a driver for a trucking firm, he hauled goods "worth more than the trucks themselves" across the country.',
      [['worth more than the trucks themselves', null]],
    ],
    [
      'the pronoun "I" after a name is no part of it',
      'Sir Alan Reeve left in May. "Sir Alan I do not think she liked," an aide said. Sir Alan had insisted the plan was "clearer and fairer" than before.',
      [
        ['Sir Alan I do not think she liked,', null],
        ['clearer and fairer', 'Alan Reeve'],
      ],
    ],
    [
      'an initial inside the name after the quote',
      '"The weather is bad now," rescue coordinator S.B. Supriyadi told reporters.',
      [['The weather is bad now,', 'S.B. Supriyadi']],
    ],
    [
      'a statement that says it',
      'The Kestrel Group released a separate statement saying, "It lets us grow together."',
      [['It lets us grow together.', 'Kestrel Group']],
    ],
    [
      'who was warned did not speak',
      '"We will go ahead," Mrs Hale said. In one briefing she was warned that "nobody will fail the exam". Tom Reyes was telling everyone, "It is over."',
      [
        ['We will go ahead,', 'Hale'],
        ['nobody will fail the exam', null],
        ['It is over.', 'Tom Reyes'],
      ],
    ],
    [
      'an unnamed official after the quote',
      'Mrs Hale read the note. Doing it by May was a "hopelessly unrealistic" aim, an official said.',
      [],
    ],
    [
      'a model name is no person "he" can mean; a rank is a title',
      'The jet was an Airbus A320-200. "The debris is intact," he said. Airman Tri Wibowo said: "We saw it."',
      [
        ['The debris is intact,', null],
        ['We saw it.', 'Tri Wibowo'],
      ],
    ],
    [
      '"Bill" opens a person\'s name, "Hall" ends one',
      'Two officers were shot "execution-style," Mayor Bill Okoro said. "We are shaken," said Stuart Hall, a neighbour. "It is sad," Hall added.',
      [
        ['execution-style,', 'Bill Okoro'],
        ['We are shaken,', 'Stuart Hall'],
        ['It is sad,', 'Stuart Hall'],
      ],
    ],
    [
      'more verbs of reporting, before and after the name',
      '"The app is the map," the Daily Courier reported recently. Orbitel, which the satellite firm Telesat describes as "the first of its kind," grew. "Cash is the enemy," Ana Ruiz and Tom Berg write. "AC power matters," suggested Russ Blank.',
      [
        ['The app is the map,', 'Daily Courier'],
        ['the first of its kind,', 'Telesat'],
        ['Cash is the enemy,', 'Ana Ruiz and Tom Berg'],
        ['AC power matters,', 'Russ Blank'],
      ],
    ],
    [
      '"as" before a long body name after the quote',
      'Forecasting improved. "The rain gauge and the barometer came first," as the National Oceanic and Atmospheric Administration notes in its history.',
      [
        [
          'The rain gauge and the barometer came first,',
          'National Oceanic and Atmospheric Administration',
        ],
      ],
    ],
    [
      'a role of a body, then the name, after the quote',
      '"We have continued to add jobs every month," the chief economist of job search site ZipRecruiter, Cathy Barrera, told The New York Times.',
      [['We have continued to add jobs every month,', 'Cathy Barrera']],
    ],
    [
      'a body with its appositive after the quote',
      '"Total nonfarm payroll employment rose by 431,000 in March," the Bureau of Labor Statistics, a unit within the Labor Department, said in a news release.',
      [
        [
          'Total nonfarm payroll employment rose by 431,000 in March,',
          'Bureau of Labor Statistics',
        ],
      ],
    ],
    [
      'a quote paragraph with no attribution, after a paragraph saying who spoke',
      'The council approved the budget.\nAt the meeting, council member Bill Spelman said it was too late for revisions.\n“By the time we have got a budget printed in two volumes, it is not going to be possible to unmake it.”\nThe final vote included a tax rise.',
      [
        [
          'By the time we have got a budget printed in two volumes, it is not going to be possible to unmake it.',
          'Bill Spelman',
        ],
      ],
    ],
    [
      'a person from or of a body, with a title',
      'Joe Traynor from the ONS Centre for Crime and Justice said: “Over recent decades, we have seen falls in crime.” Professor Ann Lee of the University of Missouri-Kansas City School of Law called the fine a “rounding error” for the company.',
      [
        ['Over recent decades, we have seen falls in crime.', 'Joe Traynor'],
        ['rounding error', 'Ann Lee'],
      ],
    ],
    [
      'a full name, then a capitalised role, after the quote',
      '“This is the largest seizure in the agency’s history,” Troy Miller, CBP Senior Official Performing the Duties of the Commissioner, said. “Every day, officers are on our front lines.”',
      [
        ['This is the largest seizure in the agency’s history,', 'Troy Miller'],
        ['Every day, officers are on our front lines.', 'Troy Miller'],
      ],
    ],
    [
      '"the statement said" after a sentence in which a body spoke',
      'The Finance Ministry has rejected the claims.\nThe Finance Ministry in a statement said the amount has not been used.\n“In 2020, GHC 600 million was released to the account,” the statement said.',
      [['In 2020, GHC 600 million was released to the account,', 'Finance Ministry']],
    ],
    [
      'a councilman of a numbered district',
      '“In terms of giving council timely information, it has failed,” says 5th District Councilman Parker Agelasto.',
      [['In terms of giving council timely information, it has failed,', 'Parker Agelasto']],
    ],
    [
      'a quote paragraph after a paragraph that only cites a source',
      'Firefighters contained a third of the blaze, according to the government wildfire tracking website Inciweb.\n“It is not in the middle of a town, but there are some homes in the area, and we are watching them closely.”',
      [
        [
          'It is not in the middle of a town, but there are some homes in the area, and we are watching them closely.',
          null,
        ],
      ],
    ],
    [
      'a body whose view or statement the quote gives',
      'The recovery meshes with the Federal Open Market Committee’s view there is “significant underutilization of labor resources,” according to the statement. Critics cited Unison’s warning that “services across the county will close within a year”.',
      [
        ['significant underutilization of labor resources,', 'Federal Open Market Committee'],
        ['services across the county will close within a year', 'Unison'],
      ],
    ],
    [
      'a quote whose closing mark and attribution follow a line of link text',
      'Website traffic was “adversely affected by AI overviews, resulting in\n[fewer users clicking through](https://example.com/a)\n”, DMGT said.\nProfit rose.',
      [['adversely affected by AI overviews, resulting in', 'DMGT']],
    ],
  ])('%s', (_name, text, expected) => expectQuotes(text, expected));
});

describe('quoted text that is no quotation', () => {
  it.each<[string, string]>([
    ['a single-quoted title', "Yoon spoke at the 'Korea-Kazakhstan Business Forum' on Monday."],
    [
      'a single-quoted MOU title',
      "They signed an MOU on 'Lithium Mine Exploration and Development Cooperation' with the ministry.",
    ],
    ['a scare quote', 'Critics call it "greenwashing" and worse.'],
    [
      'a name between a determiner and its noun',
      'Mark Hanna, a dealer in Fayetteville, said sales slowed after the end of the "cash for clunkers" program in late August.',
    ],
    [
      'a list of song titles after a source',
      'According to the promoter, fans can expect to hear a wide range of hits on the tour, including “Listen To The Music,” “Takin’ It To The Streets,” “Long Train Running,” “Black Water,” “China Grove,” “Minute By Minute,” “It Keeps You Runnin’,” and more.',
    ],
    [
      'a word in quotes in a sentence about the United States ("States" is no "states")',
      'The United States and China reached a “historic” deal in October, but signing it has proved elusive.',
    ],
    [
      'an unnamed chief executive is no body named "CEO"',
      'Neo-banks say they are convenient. They focus on their customers’ “financial health,” as one neo-bank CEO told me.',
    ],
    [
      "a poll's answers",
      'Asked about the budget, 44 percent said they approved, 40% said they were "not sure" and a quarter of renters said "too early to tell."',
    ],
    [
      'a quoted term closed by mistake with a single mark, before another quoted term',
      'The next rung, with the rank of “senior partner,’ has shrunk to 19 from 33, the report said, and the one beneath, of “associate,” has dropped to 36.',
    ],
    ['a so-called term', 'The company reported its so-called "run rate" for the quarter.'],
    [
      'a quoted term before a noun',
      'Ms Donnelly said the chain would open three smaller "concept" shops next year.',
    ],
    ['a double-quoted title', 'The report "Fit for the Future" was published on Monday.'],
    ['apostrophes in words', "Kazakhstan's T'way Air and the workers' union didn't comment."],
  ])('%s', (_name, text) => {
    expect(quotes(text)).toEqual([]);
  });
});
