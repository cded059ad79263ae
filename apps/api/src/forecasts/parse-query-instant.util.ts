import { DateTime } from 'luxon';
import { InvalidInputException } from '../common/invalid-input.exception';

/** UTC ms of an ISO 8601 instant from a query parameter; the common 400 naming the parameter otherwise. */
export function parseQueryInstant(name: string, text: string): number {
  const instant = DateTime.fromISO(text, { setZone: true, zone: 'utc' });
  if (!instant.isValid) {
    throw new InvalidInputException('query', [{ path: name, message: `"${text}" is not an ISO 8601 instant such as "2026-03-02T00:00:00Z".` }]);
  }
  return instant.toMillis();
}
