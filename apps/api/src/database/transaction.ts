import type { Prisma } from '../generated/prisma/client.js';

/**
 * The handle of an open database transaction. Services pass it from the ledger
 * writer to repositories without looking inside; only repositories use it.
 */
export type Tx = Prisma.TransactionClient;
