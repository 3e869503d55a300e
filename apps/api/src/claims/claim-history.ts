import type { HashedEvent } from '../chain/ledger-hash.js';
import type { HistoryEntryResponse } from './claim.response.js';

export type HistoryEntry = HistoryEntryResponse;

/** One event of a claim's history, with a sentence a person can read. */
export function historyEntry(event: HashedEvent, names: ReadonlyMap<string, string>): HistoryEntry {
  const name = event.actor.id ? (names.get(event.actor.id) ?? null) : null;
  const who = name
    ? `${name} (${event.actor.role})`
    : event.actor.role === 'system'
      ? 'The system'
      : event.actor.role;
  return {
    seq: event.seq,
    at: event.at,
    action: event.action,
    actor: { ...event.actor, name },
    summary: `${who} ${describe(event.action, event.data as Record<string, unknown>, names)}`,
    subject: event.subject,
    data: event.data,
    hash: event.hash,
  };
}

function describe(
  action: string,
  data: Record<string, unknown>,
  names: ReadonlyMap<string, string>,
): string {
  const str = (value: unknown): string => {
    if (value === null || value === undefined) return 'nothing';
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    return JSON.stringify(value);
  };
  const withReason = data.reason
    ? ` (reason: ${str(data.reason)}${data.note ? `, "${str(data.note)}"` : ''})`
    : '';
  switch (action) {
    case 'claim.extracted':
      return `extracted "${str(data.exact)}"`;
    case 'claim.created':
      return `added "${str(data.exact)}" by hand`;
    case 'claim.corrected': {
      const before = (data.before ?? {}) as Record<string, unknown>;
      const after = (data.after ?? {}) as Record<string, unknown>;
      const changes = Object.keys(after).map(
        (key) => `${key} ${str(before[key])} → ${str(after[key])}`,
      );
      return `corrected ${changes.join(', ')}`;
    }
    case 'claim.start-review':
      return 'moved it to review';
    case 'claim.set-verdict':
      return `set the verdict ${str(data.to)}${withReason}`;
    case 'claim.reopen':
      return `reopened the ${str(data.from)} verdict${withReason}`;
    case 'claim.reject':
      return `marked it as not a claim${withReason}`;
    case 'claim.restore':
      return `restored it as a claim${withReason}`;
    case 'claim.assigned':
      return data.after
        ? `assigned it to ${names.get(str(data.after)) ?? str(data.after)}`
        : 'unassigned it';
    case 'comment.added':
      return `commented: "${str(data.body)}"`;
    case 'flag.raised':
      return `raised a ${str(data.rule)} flag: ${str(data.message)}`;
    case 'flag.updated': {
      const holds = (data.findingHolds as { after?: unknown } | undefined)?.after;
      if (holds !== undefined)
        return holds
          ? "noted that a closed flag's check fails again"
          : "noted that a closed flag's check no longer fails";
      const hash = (side: unknown) => (side as { inputHash?: unknown } | undefined)?.inputHash;
      return hash(data.before) !== undefined && hash(data.before) === hash(data.after)
        ? 'updated the spans a flag highlights'
        : 'updated a flag as its inputs changed';
    }
    case 'flag.reopened':
      return 'reopened a flag as its finding holds again';
    case 'flag.resolved':
      return data.automatic
        ? 'resolved a flag whose finding no longer holds'
        : `resolved a flag${withReason}`;
    case 'flag.dismissed':
      return `dismissed a flag${withReason}`;
    case 'evidence.added':
      return `added ${str(data.stance)} evidence: ${str(data.note)}${data.url ? ` (${str(data.url)})` : ''}`;
    default:
      return action;
  }
}
