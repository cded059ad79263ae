/**
 * Every API error arrives as `{statusCode, error, message, issues?}`. The web app shows the
 * message and, where the API names them, the individual issues (a CSV row and field, a path
 * in the scenario file, a form field) next to the thing the user has to fix.
 */

export interface ApiIssue {
  /** Dotted or JSON-pointer path to the offending value, e.g. "classes.0.share" or "/sites/1/timeZone". */
  path?: string;
  /** CSV column or form field name. */
  field?: string;
  /** 1-based CSV row (line) number. */
  row?: number;
  message: string;
}

export class ApiError extends Error {
  constructor(
    message: string,
    /** HTTP status; 0 when the API could not be reached at all. */
    readonly status: number,
    /** HTTP reason ("Bad Request"), or a short code for client-side failures. */
    readonly error: string,
    readonly issues: ApiIssue[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get isValidation(): boolean {
    return this.status === 400 || this.status === 422;
  }
}

const PROPERTY_PATH = /^[a-z][\w$]*(?:\.\d+|\.[A-Za-z_$][\w$]*|\[\d+\])*$/;
const PREFIXES = ['each value in ', 'property '];

/**
 * Nest's validation pipe answers `message: string[]` ("name should not be empty",
 * "classes.0.share must not be less than 0", "each value in languages must …"):
 * the property path is the first word after an optional class-validator prefix.
 */
function issueFromValidationText(text: string): ApiIssue {
  const prefix = PREFIXES.find((p) => text.startsWith(p)) ?? '';
  const candidate = text.slice(prefix.length).split(/\s+/, 1)[0];
  return PROPERTY_PATH.test(candidate) ? { path: candidate, message: text } : { message: text };
}

function asIssue(value: unknown): ApiIssue | null {
  if (typeof value === 'string') return issueFromValidationText(value);
  if (!value || typeof value !== 'object') return null;
  const record = value as Record<string, unknown>;
  if (typeof record.message !== 'string') return null;
  const issue: ApiIssue = { message: record.message };
  if (typeof record.path === 'string') issue.path = record.path;
  if (Array.isArray(record.path)) issue.path = record.path.join('.');
  if (typeof record.field === 'string') issue.field = record.field;
  if (typeof record.row === 'number') issue.row = record.row;
  return issue;
}

/** Turns whatever the server answered with a failing status into an `ApiError`. */
export function toApiError(status: number, statusText: string, body: unknown): ApiError {
  const reason = statusText || `HTTP ${status}`;
  if (!body || typeof body !== 'object') {
    const text = typeof body === 'string' && body.trim() && body.length < 300 && !body.trim().startsWith('<') ? body.trim() : '';
    return new ApiError(text || `The API answered ${status} ${reason}.`, status, reason);
  }
  const record = body as Record<string, unknown>;
  const error = typeof record.error === 'string' ? record.error : reason;
  const listed = Array.isArray(record.issues) ? record.issues.map(asIssue).filter((i): i is ApiIssue => i !== null) : [];
  if (Array.isArray(record.message)) {
    const fromMessages = record.message.map(asIssue).filter((i): i is ApiIssue => i !== null);
    const issues = listed.length > 0 ? listed : fromMessages;
    const message = fromMessages.length === 1 ? fromMessages[0].message : `${fromMessages.length} values need fixing.`;
    return new ApiError(message, status, error, issues);
  }
  const message = typeof record.message === 'string' && record.message ? record.message : `The API answered ${status} ${reason}.`;
  return new ApiError(message, status, error, listed);
}

/** A network failure (server down, connection refused): nothing came back. */
export function unreachableApiError(cause: unknown): ApiError {
  const detail = cause instanceof Error && cause.message ? ` (${cause.message})` : '';
  return new ApiError(
    `Cannot reach the followsun API${detail}. Check that the server is running (npm start) and reload.`,
    0,
    'Unreachable',
  );
}
