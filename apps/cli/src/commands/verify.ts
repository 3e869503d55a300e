import { Command } from 'commander';
import type { VerifyOptions } from './run-verify.js';

export function verifyCommand(): Command {
  return new Command('verify')
    .description(
      'recompute the hash chain of a ledger export offline (NDJSON, JSON array or CSV), full ' +
        'or filtered, and say what it proves; exit 0 when it verifies, 1 when an event does not ' +
        'match, 2 when the input is unusable, 3 with --strict when something remains unproven',
    )
    .argument(
      '<file>',
      'an export of GET /v1/ledger/export: a full one, from seq 1, or a filtered one',
    )
    .option(
      '--head <hash>',
      'also require a full export to end at this head hash (a filtered one that does not ' +
        'leaves it unproven)',
    )
    .option(
      '--checkpoint <file>',
      'also require the chain to pass through this checkpoint (the JSON of GET /v1/ledger/head); ' +
        'a filtered export is tied to it by the events that chain up to its seq',
    )
    .option(
      '--public-key <file>',
      "check the checkpoint's signature with this Ed25519 public key (GET /v1/ledger/public-key)",
    )
    .option(
      '--strict',
      'exit 3 when the chain verifies but what it cannot prove remains (events removed from ' +
        'its end; for a filtered export, always: only a full export proves it complete)',
    )
    .exitOverride((error) => {
      // Exit 1 says the chain does not verify: a usage error must not look like it.
      process.exit(error.exitCode === 0 ? 0 : 2);
    })
    .action(async (file: string, options: VerifyOptions) => {
      const { runVerify } = await import('./run-verify.js');
      process.exitCode = await runVerify(file, options, process);
    });
}
