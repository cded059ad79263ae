import { ConflictException, NotFoundException } from '@nestjs/common';
import { InvalidInputException } from './invalid-input.exception';

/** 404 naming what was looked for, e.g. `site "manila" not found`. */
export function notFound(kind: string, id: string): NotFoundException {
  return new NotFoundException(`${kind} "${id}" not found`);
}

/** 409 on POST of an id that is taken. */
export function alreadyExists(kind: string, id: string, path: string): ConflictException {
  return new ConflictException(`${kind} "${id}" already exists; use PUT ${path}/${encodeURIComponent(id)} to change it`);
}

/** 409 on DELETE of something others still refer to. */
export function stillReferenced(kind: string, id: string, users: string[]): ConflictException {
  return new ConflictException(`${kind} "${id}" is still used by ${users.join(', ')}; change or delete those first`);
}

/** 400 when a PUT body's id differs from the id in the path: ids are not renamed. */
export function idMismatch(field: string, pathId: string, bodyId: string): InvalidInputException {
  return new InvalidInputException('request body', [
    { path: field, message: `"${bodyId}" does not match "${pathId}" in the URL (ids cannot be renamed)` },
  ]);
}

/** `shift templates "a", "b"` for a {@link stillReferenced} message; nothing when `ids` is empty. */
export function referencedBy(label: string, ids: string[]): string[] {
  if (ids.length === 0) return [];
  const shown = ids.slice(0, 5).map((id) => `"${id}"`).join(', ');
  return [`${label} ${shown}${ids.length > 5 ? ` and ${ids.length - 5} more` : ''}`];
}
