import type { CheckInput } from './run-checks.js';
import { claimWords, contextOf, extractedInput, handBuiltInput } from './testing/check-input.js';
import { checkUnattributedQuote } from './unattributed-quote.js';

function findingsOf(input: CheckInput) {
  return checkUnattributedQuote(contextOf(input)).map((finding) => ({
    claims: claimWords(input, finding),
    message: finding.message,
  }));
}

const subHeadline =
  'Talks end in Astana\n"Discussing to Ensure Positive Outcomes in Nuclear Power Plant Contracts"\nPresident Yoon Suk-yeol spoke at the forum.';

const raised: Array<[string, CheckInput, string]> = [
  [
    'words read from a statement',
    extractedInput(
      'Officials were upbeat about the talks. "This is the best result we have had in a decade," the statement read.',
    ),
    'No speaker is given for the quotation "This is the best result we have had in a decade,"',
  ],
  [
    'words on a banner',
    extractedInput(
      '"We will not give up on this town and its people," read a banner outside the hall.',
    ),
    'No speaker is given for the quotation "We will not give up on this town and its people,"',
  ],
  [
    'an unnamed minister',
    extractedInput('The minister said the plan was "fair and necessary for the country".'),
    'No speaker is given for the quotation "fair and necessary for the country"',
  ],
  [
    'an unnamed protester',
    extractedInput(
      'The protesters marched as the council met. "It is a disgrace that this has happened again," one protester shouted.',
    ),
    'No speaker is given for the quotation "It is a disgrace that this has happened again,"',
  ],
  [
    'a quotation with no attribution at all',
    extractedInput(
      'Residents were angry. "Nobody listens to us any more and nothing ever changes here."',
    ),
    'No speaker is given for the quotation "Nobody listens to us any more and nothing ever changes here."',
  ],
  [
    'a relayed quotation whose speaker is unknown (hand-built: relayedBy without speaker)',
    handBuiltInput(
      'Mr Kim said a senior official had told him, "We are ready to sign the deal next week."',
      [],
      [],
      [
        {
          id: 'q1',
          exact: 'We are ready to sign the deal next week.',
          speaker: null,
          relayedBy: 'Kim',
        },
      ],
    ),
    'No speaker is given for the quotation "We are ready to sign the deal next week." (relayed by Kim)',
  ],
];

const silent: Array<[string, CheckInput]> = [
  [
    'a quotation with its speaker',
    extractedInput(
      'Kim Tae-hyo, the first deputy director, said: "We have agreed to expand cooperation in many fields."',
    ),
  ],
  [
    'a quotation resolved through "he"',
    extractedInput(
      'Andrew Mbeki, the chief executive, spoke first. "We are not making any excuses for this," he said.',
    ),
  ],
  [
    'a quoted headline attributed in the headline',
    extractedInput(
      "Labour leader: 'We have won back the trust of this city'\nLabour leader Priya Chaudhry said the result was historic.",
    ),
  ],
  [
    'an unattributed quoted sub-headline on its own line (hand-built: the extractor skips it)',
    handBuiltInput(
      subHeadline,
      [],
      [],
      [
        {
          id: 'q1',
          exact: 'Discussing to Ensure Positive Outcomes in Nuclear Power Plant Contracts',
          speaker: null,
        },
      ],
    ),
  ],
  [
    'a scare quote of one word (hand-built: speaker left null)',
    handBuiltInput(
      'Critics called the scheme "greenwashing" and said it would fail.',
      [],
      [],
      [{ id: 'q1', exact: 'greenwashing', speaker: null }],
    ),
  ],
];

describe('unattributed-quote', () => {
  it.each(raised)('raises %s', (_case, input, message) => {
    const quotes = input.claims
      .filter((claim) => claim.kind === 'quote')
      .map((claim) => claim.exact);
    expect(findingsOf(input)).toEqual([{ claims: quotes, message }]);
  });

  it.each(silent)('stays silent on %s', (_case, input) => {
    expect(input.claims.some((claim) => claim.kind === 'quote')).toBe(true);
    expect(findingsOf(input)).toEqual([]);
  });
});
