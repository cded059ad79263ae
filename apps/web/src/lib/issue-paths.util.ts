import type { ApiIssue } from './api-error';

/**
 * The API names offending values in several spellings: "classes.0.share" (class-validator),
 * "/classes/0/share" (JSON pointer, ajv), "classes[0].share" or "$.classes[0].share".
 * Forms key their fields by the dotted spelling, so everything is brought to that.
 */
export function normalizeIssuePath(path: string): string {
  let text = path.trim();
  if (text.startsWith('$')) text = text.slice(1);
  if (text.startsWith('/')) {
    text = text
      .slice(1)
      .split('/')
      .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
      .join('.');
  }
  return text
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/\["([^"]+)"\]/g, '.$1')
    .replace(/^\.+/, '')
    .replace(/\.{2,}/g, '.');
}

/** The key a form would use for this issue's field: its path, else its field name, else ''. */
export function issueKey(issue: ApiIssue): string {
  if (issue.path) return normalizeIssuePath(issue.path);
  if (issue.field) return normalizeIssuePath(issue.field);
  return '';
}

export type FieldMessages = ReadonlyMap<string, string[]>;

/** Messages grouped by dotted field path; issues without a path are grouped under ''. */
export function groupIssuesByField(issues: readonly ApiIssue[]): FieldMessages {
  const grouped = new Map<string, string[]>();
  for (const issue of issues) {
    const key = issueKey(issue);
    const list = grouped.get(key) ?? [];
    if (!list.includes(issue.message)) list.push(issue.message);
    grouped.set(key, list);
  }
  return grouped;
}

/**
 * Messages for one field. A field also collects messages of a path that ends inside it
 * when asked with `includeNested` (a fieldset "classes" shows "classes.2" problems).
 */
export function messagesFor(messages: FieldMessages, field: string, includeNested = false): string[] {
  const own = messages.get(field) ?? [];
  if (!includeNested) return own;
  const nested: string[] = [];
  for (const [key, list] of messages) {
    if (key !== field && key.startsWith(`${field}.`)) nested.push(...list);
  }
  return [...own, ...nested];
}

/** A path a person can read: "classes.0.share" → "classes › 1 › share" (rows counted from 1). */
export function readableIssuePath(path: string): string {
  const normalized = normalizeIssuePath(path);
  if (!normalized) return '(whole file)';
  return normalized
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? `#${Number(part) + 1}` : part))
    .join(' › ');
}

/** One field → messages map from several sources (the form's own parsing, the API's issues). */
export function mergeFieldMessages(...sources: (FieldMessages | undefined)[]): FieldMessages {
  const merged = new Map<string, string[]>();
  for (const source of sources) {
    if (!source) continue;
    for (const [key, list] of source) {
      const target = merged.get(key) ?? [];
      for (const message of list) if (!target.includes(message)) target.push(message);
      merged.set(key, target);
    }
  }
  return merged;
}
