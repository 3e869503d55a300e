import { reasonLabel } from '../labels';
import { memberName, useSession } from '../session';
import type { Claim } from '../types';

/** What the claim states: value, unit, qualifier, subject or speaker, assignee, verdict reason. */
export function ClaimDetails({ claim }: { claim: Claim }) {
  const { members } = useSession();
  const rows: [string, string][] = [];
  if (claim.kind === 'numeric') {
    rows.push(
      ['Value', formatValue(claim)],
      ['Unit', claim.unit ?? '—'],
      ['Qualifier', qualifier(claim)],
    );
    rows.push(['Subject', claim.subject ?? '—']);
  } else {
    rows.push(['Speaker', claim.speaker ?? 'unattributed']);
    if (claim.relayedBy) rows.push(['Relayed by', claim.relayedBy]);
  }
  rows.push(['Assigned to', memberName(members, claim.assigneeId)]);
  rows.push(['Origin', claim.origin === 'manual' ? 'added by hand' : 'extracted']);
  if (claim.correctedBy) rows.push(['Last corrected by', memberName(members, claim.correctedBy)]);
  if (claim.statusReason) rows.push(['Reason', reasonLabel(claim.statusReason)]);
  if (claim.statusNote) rows.push(['Note', claim.statusNote]);

  return (
    <dl className="details">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function formatValue(claim: Claim): string {
  const number = (value: number) => value.toLocaleString('en');
  if (claim.value !== null) return number(claim.value);
  if (claim.low !== null && claim.high !== null)
    return `${number(claim.low)} to ${number(claim.high)}`;
  if (claim.low !== null) return `from ${number(claim.low)}`;
  if (claim.high !== null) return `up to ${number(claim.high)}`;
  return '—';
}

function qualifier(claim: Claim): string {
  const words = [];
  if (claim.approximate) words.push('approximate (“about”)');
  if (claim.bound === 'lower') words.push('at least (lower bound)');
  if (claim.bound === 'upper') words.push('at most (upper bound)');
  return words.length ? words.join(', ') : 'exact';
}
