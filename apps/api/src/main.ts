import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, parseAppConfig, redact } from './config/app-config';
import { createApp } from './create-app';

async function bootstrap(): Promise<void> {
  let config;
  try {
    config = parseAppConfig(process.env, process.cwd());
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`followsun cannot start: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const app = await createApp({ config });
  app.enableShutdownHooks();
  await app.listen(config.port);
  const database = config.database.kind === 'sqlite' ? `SQLite ${config.database.path}` : `PostgreSQL ${redact(config.database.url)}`;
  Logger.log(`followsun listening on http://localhost:${config.port} (API /api, docs /api/docs; ${database})`, 'Bootstrap');
}

bootstrap().catch((error: unknown) => {
  Logger.error(`followsun could not start: ${error instanceof Error ? error.message : String(error)}`, 'Bootstrap');
  process.exit(1);
});
