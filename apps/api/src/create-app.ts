import { INestApplication, LogLevel, RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import type { Request } from 'express';
import { isStreamedActualsImport } from './actuals/actuals.controller';
import { AppModule } from './app.module';
import { BEARER_SCHEME, COOKIE_SCHEME, SESSION_COOKIE } from './auth/access.decorator';
import { requestActorMiddleware } from './auth/request-actor';
import { bodyErrorsHandler } from './common/body-errors.handler';
import { BODY_LIMIT_MB } from './common/body-limit';
import { createValidationPipe } from './common/validation-pipe.factory';
import { AppConfig } from './config/app-config';
import { APP_VERSION } from './health/app-version';

export interface CreateAppOptions {
  config: AppConfig;
  /** Nest's logger levels; false silences it (tests). */
  logger?: LogLevel[] | false;
}

const BODY_LIMIT = `${BODY_LIMIT_MB}mb`;
const RAW_BODY_TYPES = ['text/csv', 'text/plain', 'application/octet-stream'];

/**
 * Builds the whole app — modules, body limits, validation, OpenAPI at /api/docs — and
 * initialises it (database connected and migrated, demo seeded) without listening, so
 * main.ts and the end-to-end tests share the same wiring.
 */
export async function createApp(options: CreateAppOptions): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options.config), {
    logger: options.logger ?? ['log', 'warn', 'error'],
  });
  app.useBodyParser('json', { limit: BODY_LIMIT });
  // the actuals import reads its CSV body itself, as it arrives (a large export is parsed while it uploads)
  app.useBodyParser('raw', { type: (request: Request) => !isStreamedActualsImport(request) && Boolean(request.is(RAW_BODY_TYPES)), limit: BODY_LIMIT });
  app.use(bodyErrorsHandler(BODY_LIMIT_MB));
  app.use(cookieParser());
  app.use(requestActorMiddleware);
  app.setGlobalPrefix('api', { exclude: [{ path: '/', method: RequestMethod.GET }] });
  app.useGlobalPipes(createValidationPipe());

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('followsun API')
      .setDescription(
        'Planning data of one organisation: marketplaces, sites, shift templates, agents, events, currency rates and ' +
          'message history; the whole setup as one scenario file. Errors: `{ statusCode, error, message, issues? }`. ' +
          'Sign in with POST /api/auth/login, then send `Authorization: Bearer <token>` (or, in a browser, the session cookie); ' +
          "each operation's `x-permissions` lists the permissions of which the caller's role needs one (docs/access.md).",
      )
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'opaque', description: 'The token from POST /api/auth/login' }, BEARER_SCHEME)
      .addCookieAuth(SESSION_COOKIE, { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: 'Set by POST /api/auth/login' }, COOKIE_SCHEME)
      .setVersion(APP_VERSION)
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  await app.init();
  return app;
}
