import type { NextFunction, Request, Response } from 'express';

/** What body-parser puts on the errors it raises (`type` says which check failed). */
interface BodyParserError extends Error {
  type?: string;
  status?: number;
}

const STATUS_TEXT: Record<number, string> = { 400: 'Bad Request', 413: 'Payload Too Large', 415: 'Unsupported Media Type' };

/**
 * Express error handler for what the body parsers refuse, registered right after them: the
 * answer is the API's usual error body with 400, 413 or 415. Without it, errors raised before
 * routing reach the web UI's single-page fallback, which answers every /api error "Cannot POST".
 */
export function bodyErrorsHandler(limitMegabytes: number) {
  return (error: BodyParserError, _request: Request, response: Response, next: NextFunction): void => {
    const status = typeof error?.type === 'string' ? statusOf(error) : null;
    if (status === null) return next(error);
    response.status(status).json({ statusCode: status, error: STATUS_TEXT[status], message: messageOf(error, limitMegabytes) });
  };
}

function statusOf(error: BodyParserError): number | null {
  if (error.type === 'entity.too.large') return 413;
  if (error.type === 'encoding.unsupported' || error.type === 'charset.unsupported') return 415;
  return error.status !== undefined && error.status >= 400 && error.status < 500 ? 400 : null;
}

function messageOf(error: BodyParserError, limitMegabytes: number): string {
  switch (error.type) {
    case 'entity.too.large':
      return `The request body is larger than the ${limitMegabytes} MB limit.`;
    case 'entity.parse.failed':
      return `The request body is not valid JSON: ${error.message}.`;
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return `The request body's encoding is not supported: ${error.message}; send UTF-8.`;
    default:
      return `The request body could not be read: ${error.message}.`;
  }
}
