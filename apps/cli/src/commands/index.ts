import type { Command } from 'commander';
import { registerForecastCommand } from './forecast.command';
import { registerValidateCommand } from './validate.command';
import { registerImportCommand } from './import.command';
import { registerExportCommand } from './export.command';
import { registerRotaCommand } from './rota.command';
import { registerSimulateCommand } from './simulate.command';
import { registerPromiseCommand } from './promise.command';
import { registerCompareCommand } from './compare.command';
import { registerPlanCommand } from './plan.command';
import { registerActualsCommand } from './actuals.command';
import { registerMonitorCommand } from './monitor.command';

/** Each command lives in its own file and registers itself here (one line each). */
export const commandRegistrations: Array<(program: Command) => void> = [
  registerForecastCommand,
  registerValidateCommand,
  registerImportCommand,
  registerExportCommand,
  registerRotaCommand,
  registerSimulateCommand,
  registerPromiseCommand,
  registerCompareCommand,
  registerPlanCommand,
  registerActualsCommand,
  registerMonitorCommand,
];
