/**
 * What the change-mismatch checks share: the rule (name, version, severity),
 * the direction of a change, and the relation as it is recorded in a
 * finding's inputs.
 */
import type { ChangeRelation } from '../extraction/types.js';
import type { RuleInfo } from './finding.js';

export const CHANGE_MISMATCH: RuleInfo = { name: 'change-mismatch', version: 3, severity: 'error' };

export type Direction = 'rise' | 'fall';

export function relationInputs(relation: ChangeRelation) {
  return {
    type: relation.type,
    from: relation.from,
    to: relation.to,
    change: relation.change,
    by: relation.by,
    direction: relation.direction,
    factor: relation.factor,
  };
}
