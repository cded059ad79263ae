import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { InputIssue, InvalidInputException } from './invalid-input.exception';

/**
 * Checks request bodies against the DTOs' shape, rejects unknown fields, and reports every
 * problem with its JSON pointer (`/classes/1/share`, as the domain validators do) in the
 * common 400 format.
 */
export function createValidationPipe(): ValidationPipe {
  return new ShapeValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    exceptionFactory: (errors: ValidationError[]) => new InvalidInputException('request body', flatten(errors, '')),
  });
}

/**
 * Hands on the body as the client sent it once it has passed. (Unknown fields were refused, so
 * nothing needs stripping; and a DTO instance would carry every optional field as an own
 * property set to undefined, which the domain validators rightly refuse as unknown.)
 */
class ShapeValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    await super.transform(value, metadata);
    return value;
  }
}

function flatten(errors: ValidationError[], parent: string): InputIssue[] {
  return errors.flatMap((error) => {
    const path = `${parent}/${error.property}`;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ path, message }));
    return [...own, ...flatten(error.children ?? [], path)];
  });
}
