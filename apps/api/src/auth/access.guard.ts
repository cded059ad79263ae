import { CanActivate, ExecutionContext, ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { isOwnOrigin, roleAllows, roleWithArticle } from '@app/access';
import { AppConfig, defaultAuthConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { ACCESS_RULE, AccessRule, SESSION_COOKIE } from './access.decorator';
import { AuthService } from './auth.service';
import { recordActor } from './request-actor';
import type { AuthenticatedRequest } from './signed-in-user';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every route goes through here (a global guard): it finds the session (bearer token or
 * cookie), refuses cookie writes from other origins, and checks the route's rule against the
 * user's role. A route without a rule is refused, so a new route is closed until it says who may call it.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly trustedOrigins: string[];

  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.trustedOrigins = (config.auth ?? defaultAuthConfig()).trustedOrigins;
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [context.getHandler(), context.getClass()]);
    if (!rule) throw new ForbiddenException('This route has no access rule yet, so nobody may call it.');
    const request = context.switchToHttp().getRequest<Request & AuthenticatedRequest>();
    if (rule.kind === 'public') {
      // A sign-in posted by another site would sign the browser into that site's account.
      if (!SAFE_METHODS.has(request.method) && request.headers.origin !== undefined && !isOwnOrigin(request.headers, this.trustedOrigins)) throw crossSiteWrite();
      return true;
    }
    const credential = credentialOf(request);
    if (!credential) {
      throw new UnauthorizedException('Sign in first: POST /api/auth/login, then send the session cookie or the header Authorization: Bearer <token>.');
    }
    const session = await this.auth.authenticate(credential.token);
    if (!session) throw new UnauthorizedException('Your session has expired or was ended; sign in again.');
    if (credential.via === 'cookie' && !SAFE_METHODS.has(request.method) && !isOwnOrigin(request.headers, this.trustedOrigins)) {
      throw crossSiteWrite();
    }
    request.user = session.user;
    request.sessionTokenHash = session.tokenHash;
    recordActor(session.user);
    if (rule.kind === 'permission' && !rule.anyOf.some((permission) => roleAllows(session.user.role, permission))) {
      const who = roleWithArticle(session.user.role);
      throw new ForbiddenException(`${who[0].toUpperCase()}${who.slice(1)} cannot do this; it needs the ${rule.anyOf.join(' or ')} permission.`);
    }
    return true;
  }
}

function crossSiteWrite(): ForbiddenException {
  return new ForbiddenException(
    "A change sent from a browser must come from followsun's own pages, and this request's Origin names another site (or none). Scripts send Authorization: Bearer <token> instead.",
  );
}

/** The bearer header wins over the cookie: a script's explicit token is what it means to use. */
function credentialOf(request: Request): { token: string; via: 'bearer' | 'cookie' } | null {
  const header = request.headers.authorization;
  const bearer = header?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  if (bearer) return { token: bearer, via: 'bearer' };
  const cookie = (request.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
  return cookie ? { token: cookie, via: 'cookie' } : null;
}
