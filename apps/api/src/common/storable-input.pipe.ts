import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { unstorableCharacter, unstorableTextError } from '../text/normalize.js';
import { DomainError } from '../errors/domain-error.js';

/** Deeper than any body of this API; a bound so that validation never recurses without end. */
export const MAX_INPUT_DEPTH = 32;

/**
 * The first check of every body, query and path parameter, before validation:
 * nesting no deeper than MAX_INPUT_DEPTH, and no string (value or key) that
 * PostgreSQL would refuse or UTF-8 would alter (NUL, unpaired surrogates). A
 * refusal names the field. It walks with its own stack, so a hostile depth
 * cannot overflow the call stack.
 */
@Injectable()
export class StorableInputPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const root = metadata.type === 'body' ? '' : (metadata.data ?? '');
    const pending: Array<{ value: unknown; path: string; depth: number }> = [
      { value, path: root, depth: 0 },
    ];
    for (let item = pending.pop(); item !== undefined; item = pending.pop()) {
      const { path, depth } = item;
      if (typeof item.value === 'string') {
        const problem = unstorableCharacter(item.value);
        if (problem !== null) throw unstorableTextError(path || '(body)', problem);
        continue;
      }
      if (typeof item.value !== 'object' || item.value === null) continue;
      if (depth >= MAX_INPUT_DEPTH)
        throw DomainError.invalidInput([
          { field: path || '(body)', message: `is nested deeper than ${MAX_INPUT_DEPTH} levels` },
        ]);
      for (const [key, child] of Object.entries(item.value)) {
        const childPath = Array.isArray(item.value)
          ? `${path}[${key}]`
          : path === ''
            ? key
            : `${path}.${key}`;
        const keyProblem = unstorableCharacter(key);
        if (keyProblem !== null) throw unstorableTextError(childPath, `name ${keyProblem}`);
        pending.push({ value: child, path: childPath, depth: depth + 1 });
      }
    }
    return value;
  }
}
