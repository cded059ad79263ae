import { AsyncLocalStorage } from 'async_hooks';
import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Observable } from 'rxjs';
import type { AuthenticatedRequest, SignedInUser } from './signed-in-user';

const actors = new AsyncLocalStorage<SignedInUser>();

/** The signed-in user whose request is being served, for records that say who did it (a job's startedBy). */
export function currentActor(): SignedInUser | undefined {
  return actors.getStore();
}

/** Runs each handler with its request's user in reach of {@link currentActor}, however deep the call. */
@Injectable()
export class RequestActorInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const user = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
    if (!user) return next.handle();
    return new Observable((subscriber) => actors.run(user, () => next.handle().subscribe(subscriber)));
  }
}
