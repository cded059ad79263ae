import type { INestApplicationContext, Type } from '@nestjs/common';
import { CliError } from '../cli-error';

/**
 * Runs `work` on the database named by DATABASE_URL (the API's default SQLite file when unset)
 * and closes it. A 400 of the services becomes a CliError after its issues are printed, a 404,
 * 409 or 413 a CliError with its message. `modules` loads feature modules beside the planning
 * data (loaded on demand, like the rest of the API).
 */
export async function withPlanningDatabase<T>(work: (context: INestApplicationContext) => Promise<T>, modules: () => Promise<Type[]> = async () => []): Promise<T> {
  // Loaded on demand: the Nest/TypeORM graph costs seconds, and only import/export need it.
  const { ConfigError, parseDatabaseConfig } = await import('../../../api/src/config/app-config');
  const { InvalidInputException } = await import('../../../api/src/common/invalid-input.exception');
  const { openPlanningContext } = await import('../../../api/src/planning-context');
  const { HttpException } = await import('@nestjs/common');
  let database;
  try {
    database = parseDatabaseConfig(process.env, process.cwd());
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message);
    throw error;
  }
  const context = await openPlanningContext(database, await modules());
  try {
    return await work(context);
  } catch (error) {
    if (error instanceof InvalidInputException) {
      for (const issue of error.issues) {
        const where = issue.row !== undefined ? `row ${issue.row}${issue.field ? ` (${issue.field})` : ''}` : issue.path || '/';
        process.stderr.write(`${where}: ${issue.message}\n`);
      }
      throw new CliError(String((error.getResponse() as { message: string }).message));
    }
    if (error instanceof HttpException && [404, 409, 413].includes(error.getStatus())) {
      const response = error.getResponse();
      throw new CliError(typeof response === 'string' ? response : String((response as { message: unknown }).message));
    }
    throw error;
  } finally {
    await context.close();
  }
}
