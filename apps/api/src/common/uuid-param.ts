import { Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { DomainError } from '../errors/domain-error.js';

/** A route parameter that must be a UUID (so documented); anything else is a 400 naming it. */
export const UuidParam =
  (name: string): ParameterDecorator =>
  (target, propertyKey, index) => {
    Param(
      name,
      new ParseUUIDPipe({
        exceptionFactory: () =>
          DomainError.invalidInput([{ field: name, message: 'must be a UUID' }]),
      }),
    )(target, propertyKey, index);
    if (propertyKey === undefined) return;
    const descriptor = Object.getOwnPropertyDescriptor(target, propertyKey);
    if (descriptor)
      ApiParam({ name, type: String, format: 'uuid' })(target, propertyKey, descriptor);
  };
