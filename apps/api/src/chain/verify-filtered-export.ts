import type { CheckpointReference } from './checkpoint.js';
import {
  canonicalEvent,
  describeChainProblem,
  hashEvent,
  type ChainProblem,
  type HashedEvent,
} from './ledger-hash.js';

/** Consecutive seqs, first to last, every one of them in the file. */
export interface SeqRange {
  first: number;
  last: number;
}

/** Why an export does not verify: the event to blame (null when no single one is), and how. */
export interface VerificationFailure {
  seq: number | null;
  message: string;
}

/** How many runs of consecutive seqs are kept to list, besides the last one. */
const LISTED_RUNS = 5;

/**
 * Verifies a filtered export (one that starts after seq 1) event by event, in
 * constant memory. The events between its runs of consecutive seqs are not in
 * the file, so each event is checked against its own prevHash and content, each
 * run as a chain, and the run holding the checkpoint's seq against the
 * checkpoint: only that run, up to that seq, is tied to it.
 */
export class FilteredExportVerifier {
  count = 0;
  runCount = 0;
  workspaceId: string | undefined;
  /** The events that chain up to the checkpoint: its run's first event to its seq. */
  checkpointRun: SeqRange | null = null;
  private lastEvent: { seq: number; hash: string } | null = null;
  private currentRun: SeqRange | null = null;
  private readonly firstRuns: SeqRange[] = [];

  constructor(private readonly checkpoint: CheckpointReference | undefined) {}

  push(event: HashedEvent): VerificationFailure | null {
    const failure = this.failureOf(event);
    if (failure) return failure;
    this.count++;
    this.workspaceId ??= event.workspaceId;
    const run = this.extendRuns(event.seq);
    if (this.checkpoint?.seq === event.seq)
      this.checkpointRun = { first: run.first, last: run.last };
    this.lastEvent = { seq: event.seq, hash: event.hash };
    return null;
  }

  /** The first runs and, when there are more, the last one; `runCount` counts them all. */
  runsToList(): SeqRange[] {
    const listed = this.firstRuns.map((run) => ({ ...run }));
    const { currentRun } = this;
    if (currentRun !== null && this.runCount > this.firstRuns.length)
      listed.push({ ...currentRun });
    return listed;
  }

  /** The last run when its last event carries `hash`: the run that chains up to that head. */
  runEndingAt(hash: string): SeqRange | null {
    if (this.currentRun === null || this.lastEvent?.hash !== hash) return null;
    return { ...this.currentRun };
  }

  private failureOf(event: HashedEvent): VerificationFailure | null {
    const { lastEvent: previous, checkpoint } = this;
    const { seq } = event;
    if (previous !== null && seq <= previous.seq) {
      return {
        seq,
        message: `event seq ${seq}: comes after seq ${previous.seq} (an event was inserted or reordered)`,
      };
    }
    const workspaceFailure = otherWorkspaceFailure(event, this.workspaceId);
    if (workspaceFailure) return workspaceFailure;
    if (previous?.seq === seq - 1 && event.prevHash !== previous.hash) {
      return chainFailure({
        kind: 'prev-hash',
        seq,
        expected: previous.hash,
        found: event.prevHash,
      });
    }
    if (checkpoint?.seq === seq - 1 && event.prevHash !== checkpoint.hash.toLowerCase()) {
      return {
        seq,
        message:
          `event seq ${seq}: prevHash ${event.prevHash} does not match ` +
          `the hash ${checkpoint.hash} of the checkpoint at seq ${checkpoint.seq}`,
      };
    }
    const expected = hashEvent(event.prevHash, canonicalEvent(event));
    if (event.hash !== expected)
      return chainFailure({ kind: 'hash', seq, expected, found: event.hash });
    return checkpointHashFailure(event, checkpoint);
  }

  private extendRuns(seq: number): SeqRange {
    if (this.currentRun !== null && this.currentRun.last === seq - 1) {
      this.currentRun.last = seq;
      return this.currentRun;
    }
    const run = { first: seq, last: seq };
    this.runCount++;
    if (this.firstRuns.length < LISTED_RUNS) this.firstRuns.push(run);
    this.currentRun = run;
    return run;
  }
}

/** The event of the checkpoint's seq must carry the checkpoint's hash. */
export function checkpointHashFailure(
  event: HashedEvent,
  checkpoint: CheckpointReference | undefined,
): VerificationFailure | null {
  if (checkpoint?.seq !== event.seq || event.hash === checkpoint.hash.toLowerCase()) return null;
  return {
    seq: event.seq,
    message: `event seq ${event.seq}: hash ${event.hash} does not match the checkpoint's hash ${checkpoint.hash}`,
  };
}

/** Every event of an export is of the workspace of its first. */
export function otherWorkspaceFailure(
  event: HashedEvent,
  workspaceId: string | undefined,
): VerificationFailure | null {
  if (workspaceId === undefined || event.workspaceId === workspaceId) return null;
  return {
    seq: event.seq,
    message: `event seq ${event.seq}: of workspace ${event.workspaceId}, the export is of ${workspaceId}`,
  };
}

function chainFailure(problem: ChainProblem): VerificationFailure {
  return { seq: problem.seq, message: describeChainProblem(problem) };
}
