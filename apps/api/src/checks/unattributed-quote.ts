/**
 * unattributed-quote (warning): a quotation whose speaker could not be
 * resolved (speaker null). Example: 'Residents were angry. "Nobody listens to
 * us any more and nothing ever changes here."' raises 'No speaker is given for
 * the quotation "Nobody listens to us any more and nothing ever changes here."'.
 * Not raised: a quotation that stands alone on its own line (an unattributed
 * quoted sub-headline, like the seed's second line), and a quotation of one or
 * two words, which is a term or scare quote rather than someone's words.
 */
import type { QuoteClaim } from '../extraction/types.js';
import type { CheckContext } from './check-context.js';
import { createFinding, type Finding, type RuleInfo } from './finding.js';

export const UNATTRIBUTED_QUOTE: RuleInfo = {
  name: 'unattributed-quote',
  version: 1,
  severity: 'warning',
};

const MINIMUM_WORDS = 3;
/** What may stand around a sub-headline on its line: quote marks, spaces, end punctuation. */
const SUB_HEADLINE_REST = /^[\s"“”'‘’«».!?…:-]*$/u;

export function checkUnattributedQuote(context: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const quote of context.quoteClaims) {
    if (quote.speaker !== null && quote.speaker.trim() !== '') continue;
    if (quote.exact.trim().split(/\s+/u).length < MINIMUM_WORDS) continue;
    const line = lineText(context, quote);
    if (line !== null && SUB_HEADLINE_REST.test(line.replace(quote.exact, ''))) continue;
    findings.push(
      createFinding(UNATTRIBUTED_QUOTE, {
        claims: [quote.id],
        message: `No speaker is given for the quotation "${shorten(quote.exact)}"${quote.relayedBy ? ` (relayed by ${quote.relayedBy})` : ''}`,
        data: { quote: quote.exact, relayedBy: quote.relayedBy },
        inputs: {
          quote: {
            id: quote.id,
            exact: quote.exact,
            speaker: quote.speaker,
            relayedBy: quote.relayedBy,
          },
          line,
        },
      }),
    );
  }
  return findings;
}

function lineText(context: CheckContext, quote: QuoteClaim): string | null {
  const range = context.text.rangeOf(quote);
  return range === null ? null : context.text.paragraphAt(range.start).text;
}

function shorten(text: string): string {
  return text.length <= 80 ? text : `${text.slice(0, 77).trimEnd()}...`;
}
