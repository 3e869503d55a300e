import { Param, ParseUUIDPipe } from '@nestjs/common';
import { DomainError } from '../errors/domain-error.js';

/** A route parameter that must be a UUID; anything else is a 400 naming it. */
export const UuidParam = (name: string) =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () =>
        DomainError.invalidInput([{ field: name, message: 'must be a UUID' }]),
    }),
  );
