/**
 * Words for "where" in a validation message: the entity a JSON pointer lands in
 * (`class "urgent" of marketplace "amazon-us"`) and the field inside it (`replyClock.close`).
 */

export type EntityKind =
  | 'scenario'
  | 'marketplace'
  | 'class'
  | 'site'
  | 'shift template'
  | 'agent'
  | 'event'
  | 'currency rate'
  | 'history series'
  | 'time off';

/** Collection key → the kind of entity its items are. */
const COLLECTION_KINDS: Record<string, EntityKind> = {
  marketplaces: 'marketplace',
  classes: 'class',
  sites: 'site',
  shiftTemplates: 'shift template',
  agents: 'agent',
  events: 'event',
  currencyRates: 'currency rate',
  history: 'history series',
  timeOff: 'time off',
};

export interface IssueLocation {
  /** "class \"urgent\" of marketplace \"amazon-us\"", or "the scenario". */
  subject: string;
  /** Field path inside the subject ("replyClock.close", "languages[1]"), "" for the entity itself. */
  field: string;
}

/** Splits a JSON pointer into its unescaped segments. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function pointerFromSegments(segments: (string | number)[]): string {
  return segments.map((segment) => '/' + String(segment).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** `index` is the entity's position in its collection, null for the entity validated on its own. */
function nameOf(kind: EntityKind, value: unknown, index: number | null): string {
  const record = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const position = index === null ? '' : ` ${index + 1}`;
  if (kind === 'currency rate' && typeof record.currency === 'string') return `currency rate of ${record.currency}`;
  if (kind === 'history series' && typeof record.marketplaceId === 'string') {
    const klass = typeof record.classId === 'string' ? ` class "${record.classId}"` : '';
    return `history series${position} (marketplace "${record.marketplaceId}"${klass})`;
  }
  if (kind === 'time off' && typeof record.start === 'string') return `time off from ${record.start}`;
  if (typeof record.id === 'string' && record.id.length > 0) return `${kind} "${record.id}"`;
  return `${kind}${position}`;
}

/**
 * Describes the location of `pointer` inside `root` (whose own kind is `rootKind`; its name is
 * taken from its `id` when it has one).
 */
export function locateIssue(root: unknown, rootKind: EntityKind, pointer: string): IssueLocation {
  const segments = pointerSegments(pointer);
  const subjects: string[] = [rootKind === 'scenario' ? 'the scenario' : nameOf(rootKind, root, null)];
  let fieldParts: string[] = [];
  let value: unknown = root;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    const next = value && typeof value === 'object' ? (value as Record<string, unknown>)[segment] : undefined;
    const collectionKind = COLLECTION_KINDS[segment];
    const index = segments[i + 1];
    if (collectionKind && Array.isArray(next) && index !== undefined && /^\d+$/.test(index)) {
      subjects.push(nameOf(collectionKind, next[Number(index)], Number(index)));
      fieldParts = [];
      value = next[Number(index)];
      i++;
      continue;
    }
    if (/^\d+$/.test(segment) && fieldParts.length > 0) fieldParts[fieldParts.length - 1] += `[${segment}]`;
    else fieldParts.push(segment);
    value = next;
  }
  const named = subjects.filter((subject) => subject !== 'the scenario').reverse();
  return { subject: named.length > 0 ? named.join(' of ') : 'the scenario', field: fieldParts.join('.') };
}
