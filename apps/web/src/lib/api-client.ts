import { ApiError, toApiError, unreachableApiError } from './api-error';

export { ApiError } from './api-error';
export type { ApiIssue } from './api-error';

/**
 * The one typed client for the followsun API (served under `/api` by the same origin that
 * serves this app; the Vite dev server proxies it). Every failure becomes an `ApiError`.
 * The session travels in the HttpOnly cookie the browser sends by itself (same origin), so the
 * client never handles a token; a 401 tells the `onUnauthorized` listeners.
 */

export const API_PREFIX = '/api';

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  query?: Record<string, QueryValue>;
  /** Sent as JSON unless it is a Blob/File (sent as is), FormData or a string. */
  body?: unknown;
  /** Content type for a Blob or string body (e.g. "text/csv"). */
  contentType?: string;
  signal?: AbortSignal;
  /**
   * The caller handles a 401 itself (signing in, the session check, a wrong current password):
   * the app is not sent back to the sign-in page.
   */
  handlesUnauthorized?: boolean;
}

type UnauthorizedListener = (error: ApiError) => void;
const unauthorizedListeners = new Set<UnauthorizedListener>();

/**
 * Called whenever the API answers 401 (the session ended or was never there), so the app can
 * show its sign-in page. Returns the function that stops listening.
 */
export function onUnauthorized(listener: UnauthorizedListener): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

/** `/api` + path + query string; empty and undefined query values are left out. */
export function apiUrl(path: string, query?: Record<string, QueryValue>): string {
  const url = `${API_PREFIX}${path.startsWith('/') ? path : `/${path}`}`;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.append(key, String(value));
  }
  const search = params.toString();
  return search ? `${url}?${search}` : url;
}

function encodeBody(options: RequestOptions): { body?: BodyInit; headers: Record<string, string> } {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const { body, contentType } = options;
  if (body === undefined) return { headers };
  if (typeof FormData !== 'undefined' && body instanceof FormData) return { body, headers };
  if ((typeof Blob !== 'undefined' && body instanceof Blob) || typeof body === 'string') {
    const type = contentType ?? (body instanceof Blob && body.type ? body.type : 'text/plain');
    return { body: body as BodyInit, headers: { ...headers, 'Content-Type': type } };
  }
  return { body: JSON.stringify(body), headers: { ...headers, 'Content-Type': 'application/json' } };
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { body, headers } = encodeBody(options);
  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), {
      method: options.method ?? (body === undefined ? 'GET' : 'POST'),
      headers,
      body,
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw unreachableApiError(cause);
  }
  const payload = await readBody(response);
  if (!response.ok) {
    const error = toApiError(response.status, response.statusText, payload);
    if (response.status === 401 && !options.handlesUnauthorized) unauthorizedListeners.forEach((listener) => listener(error));
    throw error;
  }
  return payload as T;
}

export const apiClient = {
  get: <T>(path: string, query?: Record<string, QueryValue>, signal?: AbortSignal) =>
    apiRequest<T>(path, { method: 'GET', query, signal }),
  post: <T>(path: string, body?: unknown, options: Omit<RequestOptions, 'method' | 'body'> = {}) =>
    apiRequest<T>(path, { ...options, method: 'POST', body }),
  put: <T>(path: string, body: unknown, options: Omit<RequestOptions, 'method' | 'body'> = {}) => apiRequest<T>(path, { ...options, method: 'PUT', body }),
  delete: <T = void>(path: string) => apiRequest<T>(path, { method: 'DELETE' }),
};

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}
