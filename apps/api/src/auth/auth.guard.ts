import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError, ErrorCode } from '../errors/domain-error.js';
import { ACCESS_RULE, type AccessRule, type AuthenticatedRequest } from './access.decorators.js';
import { isWellFormedKey, keyMatchesHash, keyPrefix } from './api-key.js';
import { ApiKeyRepository, type KeyOwner } from './api-key.repository.js';
import { FailedAuthentications } from './failed-authentications.js';
import { roleMay } from './permissions.js';

const LAST_USE_RESOLUTION_MS = 60_000;

/**
 * Default deny: a route is public only when it says @Public(), and any other
 * route must say which permission it @Requires(); a route that says neither is
 * refused for everyone.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly keys: ApiKeyRepository,
    private readonly failures: FailedAuthentications,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) {
      this.logger.error(
        `${context.getClass().name}.${context.getHandler().name} has no access rule`,
      );
      throw new DomainError(ErrorCode.Forbidden, 'This route has no access rule and is closed');
    }
    if (rule.public) return true;

    const request = context
      .switchToHttp()
      .getRequest<
        AuthenticatedRequest & { headers: Record<string, string | undefined>; ip?: string }
      >();
    const owner = await this.authenticate(request.headers.authorization, request.ip ?? 'unknown');

    const now = new Date();
    if (!owner.lastUsedAt || now.getTime() - owner.lastUsedAt.getTime() > LAST_USE_RESOLUTION_MS) {
      await this.keys.touch(owner.keyId, now);
    }
    request.actor = { workspaceId: owner.workspaceId, userId: owner.userId, role: owner.role };
    if (!roleMay(owner.role, rule.permission)) {
      throw new DomainError(
        ErrorCode.Forbidden,
        `The role ${owner.role} may not ${rule.permission}`,
        {
          role: owner.role,
          permission: rule.permission,
        },
      );
    }
    return true;
  }

  /** The key's owner; a failure counts against the address, which past its limit is refused first. */
  private async authenticate(header: string | undefined, address: string): Promise<KeyOwner> {
    if (!header) {
      throw new DomainError(
        ErrorCode.Unauthenticated,
        'Send an API key: Authorization: Bearer <key>',
      );
    }
    const retryAfter = this.failures.retryAfterSeconds(address);
    if (retryAfter > 0)
      throw DomainError.rateLimited(
        `Too many failed authentications from this address: retry in ${retryAfter} s`,
        retryAfter,
      );
    try {
      const key = bearerToken(header);
      const owner = await this.keys.findOwnerByPrefix(keyPrefix(key));
      if (!owner || !keyMatchesHash(key, owner.keyHash))
        throw new DomainError(ErrorCode.Unauthenticated, 'The API key is not known');
      if (owner.revoked)
        throw new DomainError(ErrorCode.Unauthenticated, 'The API key has been revoked');
      return owner;
    } catch (error) {
      if (error instanceof DomainError && error.code === ErrorCode.Unauthenticated)
        this.failures.record(address);
      throw error;
    }
  }
}

function bearerToken(header: string): string {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match || !isWellFormedKey(match[1])) {
    throw new DomainError(
      ErrorCode.Unauthenticated,
      'The Authorization header must be "Bearer <api key>"',
    );
  }
  return match[1];
}
