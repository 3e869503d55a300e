import {
  ValidationPipe,
  type ArgumentMetadata,
  type PipeTransform,
  type ValidationError,
} from '@nestjs/common';
import { DomainError, type FieldError } from './domain-error.js';

/**
 * class-validator errors as one 400 naming each invalid field (nested as a.b).
 * A body field the API does not know is refused; a query parameter it does not
 * know is dropped, since caches and links add their own (`?_=1733…`, `utm_source`).
 */
export function createValidationPipe(): PipeTransform {
  const options = {
    whitelist: true,
    transform: true,
    stopAtFirstError: true,
    exceptionFactory: (errors: ValidationError[]) => DomainError.invalidInput(flatten(errors)),
  };
  const strict = new ValidationPipe({ ...options, forbidNonWhitelisted: true });
  const lenient = new ValidationPipe({ ...options, forbidNonWhitelisted: false });
  return {
    transform: (value: unknown, metadata: ArgumentMetadata) =>
      (metadata.type === 'query' ? lenient : strict).transform(value, metadata),
  };
}

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
