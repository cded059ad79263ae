import { applyDecorators } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse } from '@nestjs/swagger';
import { ApiErrorDto } from './api-error.dto';

/** The error answers a route can give, documented once. */
export function ApiErrors(...statuses: Array<400 | 404 | 409>): MethodDecorator {
  const decorators = statuses.map((status) => {
    if (status === 400) return ApiBadRequestResponse({ type: ApiErrorDto, description: 'invalid input; `issues` names each problem' });
    if (status === 404) return ApiNotFoundResponse({ type: ApiErrorDto, description: 'no such id' });
    return ApiConflictResponse({ type: ApiErrorDto, description: 'the id is taken, or others still refer to it' });
  });
  return applyDecorators(...decorators);
}
