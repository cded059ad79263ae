import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiExtension, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Permission } from '@app/access';
import { ApiErrorDto } from '../common/api-error.dto';

export const ACCESS_RULE = 'followsun:access-rule';
export const SESSION_COOKIE = 'followsun_session';
export const BEARER_SCHEME = 'bearer';
export const COOKIE_SCHEME = 'session-cookie';

/** Who may call a route: anybody, any signed-in user, or a user whose role has one of the permissions. */
export type AccessRule = { kind: 'public' } | { kind: 'signed-in' } | { kind: 'permission'; anyOf: Permission[] };

function documentedRule(rule: AccessRule, description: string): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(ACCESS_RULE, rule),
    ApiBearerAuth(BEARER_SCHEME),
    ApiCookieAuth(COOKIE_SCHEME),
    ApiExtension('x-permissions', rule.kind === 'permission' ? rule.anyOf : []),
    ApiUnauthorizedResponse({ type: ApiErrorDto, description: 'not signed in, or the session has ended' }),
    ApiForbiddenResponse({ type: ApiErrorDto, description }),
  );
}

/** The route needs a signed-in user whose role holds one of these permissions (docs/access.md). */
export function Access(...anyOf: [Permission, ...Permission[]]): MethodDecorator & ClassDecorator {
  return documentedRule({ kind: 'permission', anyOf }, `the role lacks ${anyOf.join(' or ')}, or a cookie write came from another origin`);
}

/** Any signed-in user, whatever their role (their own session and password). */
export function SignedIn(): MethodDecorator & ClassDecorator {
  return documentedRule({ kind: 'signed-in' }, 'a cookie write came from another origin');
}

/** No sign-in: health, the sign-in itself, the page that says how to build the web UI. */
export function Public(): MethodDecorator & ClassDecorator {
  return SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);
}
