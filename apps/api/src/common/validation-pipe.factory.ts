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
    // a named parameter (@Param('id'), @Query('timeZone')) is its own field
    const nulBytes = nulBytePaths(value, metadata.data ? `/${metadata.data}` : '');
    if (nulBytes.length) {
      const subject = metadata.type === 'body' ? 'request body' : metadata.type === 'query' ? 'query string' : 'path';
      throw new InvalidInputException(subject, nulBytes.map((path) => ({ path, message: 'contains a NUL character (\\u0000), which no name, id or text may hold' })));
    }
    await super.transform(value, metadata);
    return value;
  }
}

/**
 * JSON pointers of every string (and key) holding U+0000: PostgreSQL cannot store it in text,
 * so it is refused at the door, the same way on both databases. (A raw CSV body is a Buffer and
 * is checked by the history import's own encoding rules.)
 */
function nulBytePaths(value: unknown, path: string): string[] {
  if (typeof value === 'string') return value.includes('\u0000') ? [path] : [];
  if (value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const at = `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    return [...(key.includes('\u0000') ? [at] : []), ...nulBytePaths(child, at)];
  });
}

function flatten(errors: ValidationError[], parent: string): InputIssue[] {
  return errors.flatMap((error) => {
    const path = `${parent}/${error.property}`;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ path, message }));
    return [...own, ...flatten(error.children ?? [], path)];
  });
}
