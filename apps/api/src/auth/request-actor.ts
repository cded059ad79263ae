import { AsyncLocalStorage } from 'async_hooks';
import type { NextFunction, Request, Response } from 'express';
import type { SignedInUser } from './signed-in-user';

/** Filled in by the access guard once it knows who sent the request. */
interface RequestActor {
  user?: SignedInUser;
}

const actors = new AsyncLocalStorage<RequestActor>();

/**
 * Gives each request a place for its user that everything it calls can read, however deep
 * (a job's startedBy). A middleware rather than an interceptor: a global interceptor defers
 * every handler, and a server-sent-events route then answered 200 before its 404.
 */
export function requestActorMiddleware(_request: Request, _response: Response, next: NextFunction): void {
  actors.run({}, next);
}

export function recordActor(user: SignedInUser): void {
  const actor = actors.getStore();
  if (actor) actor.user = user;
}

/** The signed-in user whose request is being served, if any. */
export function currentActor(): SignedInUser | undefined {
  return actors.getStore()?.user;
}
