import {
  applyDecorators,
  createParamDecorator,
  ExecutionContext,
  SetMetadata,
} from '@nestjs/common';
import { ApiSecurity } from '@nestjs/swagger';
import type { Actor } from './actor.js';
import type { Permission } from './permissions.js';

export const ACCESS_RULE = 'access-rule';

export type AccessRule = { public: true } | { public: false; permission: Permission };

/**
 * The route needs no API key. Every other route must name its permission.
 * Documented with the empty security requirement (`security: [{}]`): anyone may call it.
 */
export const Public = () =>
  applyDecorators(SetMetadata(ACCESS_RULE, { public: true } satisfies AccessRule), ApiSecurity({}));

/** The route needs an API key whose role grants `permission`. */
export const Requires = (permission: Permission) =>
  SetMetadata(ACCESS_RULE, { public: false, permission } satisfies AccessRule);

export interface AuthenticatedRequest {
  actor?: Actor;
}

/** The authenticated caller of the current request. */
export const CurrentActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Actor => {
    const actor = context.switchToHttp().getRequest<AuthenticatedRequest>().actor;
    if (!actor) throw new Error('CurrentActor used on a route without authentication');
    return actor;
  },
);
