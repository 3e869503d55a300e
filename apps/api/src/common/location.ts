import {
  applyDecorators,
  Injectable,
  SetMetadata,
  UseInterceptors,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { tap } from 'rxjs';

/** The Location header of a 201 answer, for the OpenAPI document. */
export const LOCATION_HEADER = {
  Location: { description: 'The path of the created resource', schema: { type: 'string' } },
};

type Locate = (created: { id: string }, params: Record<string, string>) => string;
const LOCATE = 'created-resource-location';

@Injectable()
export class LocationInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler) {
    const locate = this.reflector.get<Locate | undefined>(LOCATE, context.getHandler());
    const http = context.switchToHttp();
    return next.handle().pipe(
      tap((created: { id: string }) => {
        const reply = http.getResponse<FastifyReply>();
        if (locate === undefined || reply.statusCode !== 201) return;
        const params = http.getRequest<FastifyRequest>().params as Record<string, string>;
        void reply.header('location', locate(created, params));
      }),
    );
  }
}

/** A 201 answer of the route names the resource it created in `Location` (RFC 9110, 15.3.2). */
export const LocatedAt = (locate: Locate) =>
  applyDecorators(SetMetadata(LOCATE, locate), UseInterceptors(LocationInterceptor));
