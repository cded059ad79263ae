import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError, parseAppConfig, redact } from './config/app-config';
import { WorkerModule } from './worker.module';

/** `npm run worker`: runs the jobs an API with the same REDIS_URL and DATABASE_URL queues. SIGTERM finishes or hands back its jobs. */
async function bootstrap(): Promise<void> {
  let config;
  try {
    config = parseAppConfig(process.env, process.cwd());
    if (!config.jobs?.redisUrl) throw new ConfigError(['REDIS_URL is needed by a worker: it takes its jobs from the BullMQ queue there (redis://host:6379)']);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`followsun worker cannot start: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: ['log', 'warn', 'error'] });
  app.enableShutdownHooks();
  await app.init();
  const database = config.database.kind === 'sqlite' ? `SQLite ${config.database.path}` : `PostgreSQL ${redact(config.database.url)}`;
  Logger.log(`followsun worker ready (${redact(config.jobs!.redisUrl!)}, prefix ${config.jobs!.queuePrefix}; ${database})`, 'Worker');
}

bootstrap().catch((error: unknown) => {
  Logger.error(`followsun worker could not start: ${error instanceof Error ? error.message : String(error)}`, 'Worker');
  process.exit(1);
});
