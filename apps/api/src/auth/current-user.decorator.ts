import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { AuthenticatedRequest, SignedInUser } from './signed-in-user';

/** The signed-in user of the request (routes behind Access or SignedIn always have one). */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): SignedInUser => {
  const user = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
  if (!user) throw new Error('CurrentUser on a route without a signed-in user');
  return user;
});

/** The hash of the token the request was signed in with (to end or keep that session). */
export const SessionTokenHash = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  const tokenHash = context.switchToHttp().getRequest<AuthenticatedRequest>().sessionTokenHash;
  if (!tokenHash) throw new Error('SessionTokenHash on a route without a signed-in user');
  return tokenHash;
});
