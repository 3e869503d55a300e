import { verifyCheckpoint, type CheckpointReference } from './checkpoint.js';
import {
  ChainVerifier,
  describeChainProblem,
  GENESIS_HASH,
  type ChainProblem,
  type HashedEvent,
} from './ledger-hash.js';

/**
 * Verifies a full export of a workspace's history, event by event, in constant
 * memory: re-computes the chain from seq 1 and, when asked, checks that it ends
 * at a known head and passes through a (signed) checkpoint. It reads events
 * only; the file formats are export-readers.ts's business.
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
 * `count` is the number of events verified. On success, `unproven` says what
 * the file alone cannot show (events removed from its end), or is null when the
 * expected head anchors the end. On failure, `seq` names the first event that
 * does not match, or is null when no single event is to blame.
 */
export type ExportVerification =
  | { ok: true; count: number; head: string; unproven: string | null }
  | { ok: false; count: number; seq: number | null; message: string };

export async function verifyExport(
  events: AsyncIterable<HashedEvent> | Iterable<HashedEvent>,
  options: ExportVerificationOptions = {},
): Promise<ExportVerification> {
  const { checkpoint } = options;
  const verifier = new ChainVerifier();
  let workspaceId: string | undefined;
  for await (const event of events) {
    const problem = verifier.push(event);
    if (problem)
      return failed(verifier.count, problem.seq, chainProblemMessage(problem, verifier.count));
    workspaceId ??= event.workspaceId;
    if (checkpoint?.seq === event.seq && event.hash !== checkpoint.hash.toLowerCase()) {
      return failed(
        verifier.count,
        event.seq,
        `event seq ${event.seq}: hash ${event.hash} does not match the checkpoint's hash ${checkpoint.hash}`,
      );
    }
  }
  const { count, head } = verifier;
  if (checkpoint) {
    const problem = checkpointProblem(checkpoint, count, workspaceId, options.publicKeyPem);
    if (problem) return failed(count, problem.seq, problem.message);
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

/** The one line `ledger verify` prints. */
export function describeVerification(verification: ExportVerification): string {
  if (!verification.ok) return `FAILED ${verification.message}`;
  const verified = `OK ${verification.count} events, head ${verification.head}`;
  return verification.unproven === null
    ? verified
    : `${verified}; not proven: ${verification.unproven}`;
}

function chainProblemMessage(problem: ChainProblem, verifiedCount: number): string {
  const description = describeChainProblem(problem);
  if (problem.kind === 'seq-gap' && verifiedCount === 0) {
    return `${description}; verification needs a full export, from seq 1`;
  }
  return description;
}

function checkpointProblem(
  checkpoint: CheckpointReference,
  count: number,
  chainWorkspaceId: string | undefined,
  publicKeyPem: string | undefined,
): { seq: number | null; message: string } | null {
  const { seq } = checkpoint;
  const where = `checkpoint seq ${seq}`;
  if (seq > count) {
    return {
      seq: null,
      message: `${where}: the export ends at seq ${count}, before the checkpoint`,
    };
  }
  if (seq === 0 && checkpoint.hash.toLowerCase() !== GENESIS_HASH) {
    return { seq: null, message: `${where}: an empty chain's hash is ${GENESIS_HASH}` };
  }
  if (checkpoint.workspaceId !== undefined && chainWorkspaceId !== undefined) {
    if (checkpoint.workspaceId !== chainWorkspaceId) {
      return {
        seq: null,
        message: `${where}: signed for workspace ${checkpoint.workspaceId}, the export is of ${chainWorkspaceId}`,
      };
    }
  }
  if (publicKeyPem === undefined) return null;
  const workspaceId = checkpoint.workspaceId ?? chainWorkspaceId;
  const { signature, at } = checkpoint;
  if (signature === undefined || at === undefined || workspaceId === undefined) {
    const missing = signature === undefined ? 'signature' : at === undefined ? 'at' : 'workspaceId';
    return { seq: null, message: `${where}: no ${missing}, so its signature cannot be checked` };
  }
  const signed = { workspaceId, seq, hash: checkpoint.hash, at, signature };
  if (!verifyCheckpoint(signed, publicKeyPem)) {
    return { seq: null, message: `${where}: the signature is not valid for the given public key` };
  }
  return null;
}

function failed(count: number, seq: number | null, message: string): ExportVerification {
  return { ok: false, count, seq, message };
}
