import type { FlagRecord } from '../records/flag.js';
import type { FlagResponse } from './flag.response.js';

/** A flag as the API answers it: its finding and review state, times in ISO 8601. */
export function presentFlag(flag: FlagRecord): FlagResponse {
  const { findingHolds, fingerprint: _, createdAt, updatedAt, ...shown } = flag;
  return {
    ...shown,
    checkStillFails: flag.status === 'resolved' && findingHolds,
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
  };
}

export type FlagView = FlagResponse;
