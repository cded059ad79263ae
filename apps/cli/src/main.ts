import 'reflect-metadata';
import { Command } from 'commander';
import { commandRegistrations } from './commands';
import { CliError } from './cli-error';

async function main(argv: string[]): Promise<void> {
  const program = new Command()
    .name('followsun')
    .description('followsun planning tools: the same libraries as the API, on files')
    .exitOverride();
  for (const register of commandRegistrations) register(program);
  await program.parseAsync(argv);
}

main(process.argv).catch((error: unknown) => {
  if (error instanceof CliError) {
    process.stderr.write(`error: ${error.message}\n`);
    process.exitCode = error.exitCode;
    return;
  }
  // commander has already printed its own usage message for these
  if (error && typeof error === 'object' && 'code' in error && String((error as { code: string }).code).startsWith('commander.')) {
    const exitCode = (error as { exitCode?: number }).exitCode;
    process.exitCode = exitCode ?? 1;
    return;
  }
  process.stderr.write(`error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exitCode = 1;
});
