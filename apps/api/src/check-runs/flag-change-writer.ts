import { Injectable } from '@nestjs/common';
import type { Finding } from '../checks/finding.js';
import { NO_LONGER_HOLDS, type FlagChange } from '../checks/reconcile.js';
import type { LedgerTransaction } from '../ledger/ledger-writer.js';
import { findingOf, type FlagRecord } from '../records/flag.js';
import { FlagRepository } from '../store/flag.repository.js';

/** Writes what a run of the checks changes in a document's flags, each change with its event. */
@Injectable()
export class FlagChangeWriter {
  constructor(private readonly flags: FlagRepository) {}

  async apply(
    ledger: LedgerTransaction,
    workspaceId: string,
    documentId: string,
    changes: FlagChange<FlagRecord>[],
  ): Promise<void> {
    const raised = await this.flags.insertMany(
      ledger.tx,
      workspaceId,
      changes.flatMap((change) =>
        change.kind === 'raise' ? [{ documentId, finding: change.finding }] : [],
      ),
    );
    const raisedFlag = new Map(raised.map((flag) => [flag.fingerprint, flag]));
    for (const change of changes) {
      switch (change.kind) {
        case 'raise':
          recordRaised(ledger, raisedFlag.get(change.finding.fingerprint)!);
          break;
        case 'update': {
          const flag = await this.flags.updateFinding(
            ledger.tx,
            workspaceId,
            change.flag.id,
            change.finding,
            change.reopen,
          );
          ledger.record({
            action: change.reopen ? 'flag.reopened' : 'flag.updated',
            subject: { type: 'flag', id: flag.id },
            documentId,
            data: { before: flagEventData(change.flag), after: flagEventData(flag) },
          });
          break;
        }
        case 'holds': {
          const flag = await this.flags.setFindingHolds(
            ledger.tx,
            workspaceId,
            change.flag.id,
            change.holds,
          );
          ledger.record({
            action: 'flag.updated',
            subject: { type: 'flag', id: flag.id },
            documentId,
            data: { findingHolds: { before: change.flag.findingHolds, after: flag.findingHolds } },
          });
          break;
        }
        case 'resolve': {
          const flag = await this.flags.setStatus(ledger.tx, workspaceId, change.flag.id, {
            status: 'resolved',
            reason: NO_LONGER_HOLDS,
            note: 'The finding no longer holds after the claims changed.',
          });
          ledger.record({
            action: 'flag.resolved',
            subject: { type: 'flag', id: flag.id },
            documentId,
            data: {
              automatic: true,
              status: { before: change.flag.status, after: flag.status },
              reason: flag.reason,
            },
          });
          break;
        }
      }
    }
  }

  /** New flags, of one document or several, inserted at once; an event each, in their order. */
  async raise(
    ledger: LedgerTransaction,
    workspaceId: string,
    raised: Array<{ documentId: string; finding: Finding }>,
  ): Promise<void> {
    for (const flag of await this.flags.insertMany(ledger.tx, workspaceId, raised))
      recordRaised(ledger, flag);
  }
}

function recordRaised(ledger: LedgerTransaction, flag: FlagRecord): void {
  ledger.record({
    action: 'flag.raised',
    subject: { type: 'flag', id: flag.id },
    documentId: flag.documentId,
    data: flagEventData(flag),
  });
}

function flagEventData(flag: FlagRecord) {
  return { ...findingOf(flag), status: flag.status };
}
