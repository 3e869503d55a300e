import { verifyCheckpoint, type CheckpointReference } from './checkpoint.js';
import {
  ChainVerifier,
  describeChainProblem,
  GENESIS_HASH,
  type HashedEvent,
} from './ledger-hash.js';
import {
  checkpointHashFailure,
  FilteredExportVerifier,
  otherWorkspaceFailure,
  type SeqRange,
  type VerificationFailure,
} from './verify-filtered-export.js';

export type { SeqRange } from './verify-filtered-export.js';

/**
 * Verifies an export of a workspace's history, event by event, in constant
 * memory. A full export (from seq 1) is re-computed as one chain and, when
 * asked, must end at a known head and pass through a (signed) checkpoint. An
 * export that starts later is a filtered one (no filter selects seq 1, the
 * workspace's creation, together with a gap): each event is checked on its own,
 * each run of consecutive seqs as a chain, and the result says which events the
 * checkpoint or head ties to the ledger. It reads events only; the file formats
 * are export-readers.ts's business.
 */

export interface ExportVerificationOptions {
  /** The head the auditor wrote down: the last event's hash must equal it. */
  expectedHead?: string;
  /** A checkpoint the auditor kept: the event of its seq must have its hash. */
  checkpoint?: CheckpointReference;
  /** With a checkpoint: its signature must be valid for this Ed25519 public key (PEM). */
  publicKeyPem?: string;
}

/**
 * A full export that verifies. `unproven` says what the file alone cannot show
 * (events removed from its end), or is null when the expected head anchors the end.
 */
export interface FullExportVerification {
  ok: true;
  count: number;
  head: string;
  unproven: string | null;
}

/** A filtered export that verifies: what it ties to the ledger, as facts describeVerification phrases. */
export interface FilteredExportVerification {
  ok: true;
  filtered: true;
  count: number;
  /** Its runs of consecutive seqs: the first few and the last (`runCount` counts them all). */
  runs: SeqRange[];
  runCount: number;
  /** With a checkpoint: the events that chain up to it, null when its seq is not in the file. */
  checkpoint: { seq: number; signatureChecked: boolean; chainedRun: SeqRange | null } | null;
  /** With an expected head: the events that chain up to it, null when the last event is not it. */
  expectedHead: { chainedRun: SeqRange | null } | null;
}

/**
 * `count` is the number of events verified. On failure, `seq` names the first
 * event that does not match, or is null when no single event is to blame.
 */
export type ExportVerification =
  | FullExportVerification
  | FilteredExportVerification
  | { ok: false; count: number; seq: number | null; message: string };

export async function verifyExport(
  events: AsyncIterable<HashedEvent> | Iterable<HashedEvent>,
  options: ExportVerificationOptions = {},
): Promise<ExportVerification> {
  const { checkpoint } = options;
  const full = new ChainVerifier();
  let filtered: FilteredExportVerifier | null = null;
  let workspaceId: string | undefined;
  for await (const event of events) {
    const isFirst = workspaceId === undefined;
    if (isFirst && event.seq > 1) filtered = new FilteredExportVerifier(checkpoint);
    const failure = filtered
      ? filtered.push(event)
      : fullExportFailure(full, event, workspaceId, checkpoint);
    if (failure) return failed(filtered?.count ?? full.count, failure.seq, failure.message);
    workspaceId ??= event.workspaceId;
  }
  return filtered
    ? finishFilteredExport(filtered, options)
    : finishFullExport(full, workspaceId, options);
}

function fullExportFailure(
  verifier: ChainVerifier,
  event: HashedEvent,
  workspaceId: string | undefined,
  checkpoint: CheckpointReference | undefined,
): VerificationFailure | null {
  const problem = verifier.push(event);
  if (problem) return { seq: problem.seq, message: describeChainProblem(problem) };
  return otherWorkspaceFailure(event, workspaceId) ?? checkpointHashFailure(event, checkpoint);
}

function finishFullExport(
  verifier: ChainVerifier,
  workspaceId: string | undefined,
  options: ExportVerificationOptions,
): ExportVerification {
  const { count, head } = verifier;
  const { checkpoint } = options;
  if (checkpoint) {
    if (checkpoint.seq > count) {
      const message = `checkpoint seq ${checkpoint.seq}: the export ends at seq ${count}, before the checkpoint`;
      return failed(count, null, message);
    }
    const problem = checkpointProblem(checkpoint, workspaceId, options.publicKeyPem);
    if (problem) return failed(count, null, problem);
  }
  const expectedHead = options.expectedHead?.toLowerCase();
  if (expectedHead !== undefined && head !== expectedHead) {
    const last = count === 0 ? 'no events' : `event seq ${count} (the last)`;
    return failed(
      count,
      count === 0 ? null : count,
      `${last}: head ${head} does not match the expected head ${expectedHead} ` +
        '(events at the end were removed or added, or this is another chain)',
    );
  }
  return { ok: true, count, head, unproven: unprovenEnd(options) };
}

/** What a verified chain does not prove: only a head written down elsewhere anchors its end. */
function unprovenEnd(options: ExportVerificationOptions): string | null {
  if (options.expectedHead !== undefined) return null;
  if (options.checkpoint !== undefined)
    return `that no events after seq ${options.checkpoint.seq} were removed (give --head)`;
  return 'that no events were removed from the end (give --head or --checkpoint)';
}

/** A filtered export usually ends before the head: a checkpoint or head beyond it is no failure. */
function finishFilteredExport(
  verifier: FilteredExportVerifier,
  options: ExportVerificationOptions,
): ExportVerification {
  const { checkpoint, publicKeyPem, expectedHead } = options;
  if (checkpoint) {
    const problem = checkpointProblem(checkpoint, verifier.workspaceId, publicKeyPem);
    if (problem) return failed(verifier.count, null, problem);
  }
  return {
    ok: true,
    filtered: true,
    count: verifier.count,
    runs: verifier.runsToList(),
    runCount: verifier.runCount,
    checkpoint: checkpoint
      ? {
          seq: checkpoint.seq,
          signatureChecked: publicKeyPem !== undefined,
          chainedRun: verifier.checkpointRun,
        }
      : null,
    expectedHead:
      expectedHead === undefined
        ? null
        : { chainedRun: verifier.runEndingAt(expectedHead.toLowerCase()) },
  };
}

/** True when the export verifies but leaves something unproven (what --strict refuses). */
export function leavesUnproven(verification: ExportVerification): boolean {
  if (!verification.ok) return false;
  return 'filtered' in verification || verification.unproven !== null;
}

/** The one line `ledger verify` prints. */
export function describeVerification(verification: ExportVerification): string {
  if (!verification.ok) return `FAILED ${verification.message}`;
  if ('filtered' in verification) return describeFilteredExport(verification);
  const verified = `OK ${verification.count} events, head ${verification.head}`;
  return verification.unproven === null
    ? verified
    : `${verified}; not proven: ${verification.unproven}`;
}

/**
 * Only events that chain up to the checkpoint or the expected head are tied to
 * the ledger: any other event can be forged with a hash that matches its
 * content, and events the filter selects can be left out unseen.
 */
function describeFilteredExport(verification: FilteredExportVerification): string {
  const { count, runCount, checkpoint, expectedHead } = verification;
  const proven = ["each event's hash matches its content"];
  if (count > runCount) proven.push('consecutive events link');
  const checkpointName = checkpoint?.signatureChecked ? 'the signed checkpoint' : 'the checkpoint';
  if (checkpoint?.chainedRun) proven.push(chainedUpTo(checkpoint.chainedRun, checkpointName));
  if (expectedHead?.chainedRun) proven.push(chainedUpTo(expectedHead.chainedRun, 'the given head'));

  const unproven: string[] = [];
  const tiedCount = tiedEventCount(verification);
  if (tiedCount === 0) {
    const reasons: string[] = [];
    if (checkpoint) reasons.push(`the file does not hold the checkpoint's seq ${checkpoint.seq}`);
    if (expectedHead) reasons.push("the file's last event is not the given head");
    if (reasons.length === 0) reasons.push('give --checkpoint');
    const these = count === 1 ? 'this event is' : 'these events are';
    unproven.push(`that ${these} in the ledger (${reasons.join(', and ')})`);
  } else if (tiedCount < count) {
    const others = count - tiedCount;
    const theOthers = others === 1 ? 'the other event is' : `the other ${others} events are`;
    unproven.push(`that ${theOthers} in the ledger`);
  }
  unproven.push('that the file holds every event its filter selects');
  const prove = unproven.length === 1 ? 'it' : 'these';
  return (
    `OK ${eventCount(count)} of a filtered export (seq ${listRuns(verification)}): ` +
    `${proven.join('; ')}; not proven: ${unproven.join(', nor ')} ` +
    `(verify a full export to prove ${prove})`
  );
}

function chainedUpTo(run: SeqRange, anchor: string): string {
  return run.first === run.last
    ? `seq ${run.first} matches ${anchor}`
    : `seq ${run.first}-${run.last} chain up to ${anchor}`;
}

/** How many events chain up to the checkpoint or the head (runs that may be one and the same). */
function tiedEventCount({ checkpoint, expectedHead }: FilteredExportVerification): number {
  const runs = [checkpoint?.chainedRun, expectedHead?.chainedRun].filter(
    (run): run is SeqRange => run !== null && run !== undefined,
  );
  const sizes = runs.map((run) => run.last - run.first + 1);
  if (runs.length === 2 && runs[0].first === runs[1].first) return Math.max(...sizes);
  return sizes.reduce((sum, size) => sum + size, 0);
}

/** "3-4, 9, 17-25", or "3-4, 9, 17-25, 30, 33, …, 990-998 in 412 runs" when there are many. */
function listRuns({ runs, runCount }: FilteredExportVerification): string {
  const ranges = runs.map((run) =>
    run.first === run.last ? `${run.first}` : `${run.first}-${run.last}`,
  );
  if (runCount === runs.length) return ranges.join(', ');
  const last = ranges.pop();
  return `${ranges.join(', ')}, …, ${last} in ${runCount} runs`;
}

function eventCount(count: number): string {
  return count === 1 ? '1 event' : `${count} events`;
}

function checkpointProblem(
  checkpoint: CheckpointReference,
  chainWorkspaceId: string | undefined,
  publicKeyPem: string | undefined,
): string | null {
  const { seq } = checkpoint;
  const where = `checkpoint seq ${seq}`;
  if (seq === 0 && checkpoint.hash.toLowerCase() !== GENESIS_HASH) {
    return `${where}: an empty chain's hash is ${GENESIS_HASH}`;
  }
  if (checkpoint.workspaceId !== undefined && chainWorkspaceId !== undefined) {
    if (checkpoint.workspaceId !== chainWorkspaceId) {
      return `${where}: signed for workspace ${checkpoint.workspaceId}, the export is of ${chainWorkspaceId}`;
    }
  }
  if (publicKeyPem === undefined) return null;
  const workspaceId = checkpoint.workspaceId ?? chainWorkspaceId;
  const { signature, at } = checkpoint;
  if (signature === undefined || at === undefined || workspaceId === undefined) {
    const missing = signature === undefined ? 'signature' : at === undefined ? 'at' : 'workspaceId';
    return `${where}: no ${missing}, so its signature cannot be checked`;
  }
  const signed = { workspaceId, seq, hash: checkpoint.hash, at, signature };
  if (!verifyCheckpoint(signed, publicKeyPem)) {
    return `${where}: the signature is not valid for the given public key`;
  }
  return null;
}

function failed(count: number, seq: number | null, message: string): ExportVerification {
  return { ok: false, count, seq, message };
}
