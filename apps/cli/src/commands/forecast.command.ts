import { readFileSync, writeFileSync } from 'fs';
import type { Command } from 'commander';
import { hasHolidayCalendar, isValidTimeZone } from '@app/domain';
import { FORECAST_METHODS, ForecastError, MAX_HORIZON_HOURS, forecastSeries, type ForecastMethodName, type SeriesForecast } from '@app/forecast';
import { CliError } from '../cli-error';
import { describeProblem, forecastsToCsv, parseForecastInput } from './forecast-csv';

/**
 * `forecast --input <csv> --horizon <hours> [--timezone <IANA>] [--country <ISO>] [--method m]
 * [--out <csv>] [--backtest-report <json>]`: hourly forecasts with 80 %/95 % intervals for every
 * series of the file, in one process. Bad input exits 2 naming the line, the field and the reason.
 */

interface ForecastCommandOptions {
  input: string;
  horizon: string;
  timezone: string;
  country?: string;
  method: string;
  out?: string;
  backtestReport?: string;
}

function checkOptions(options: ForecastCommandOptions): { horizon: number; method: 'auto' | ForecastMethodName } {
  const horizon = Number(options.horizon);
  if (!/^\d+$/.test(options.horizon) || horizon < 1 || horizon > MAX_HORIZON_HOURS) {
    throw new CliError(`--horizon must be a whole number of hours from 1 to ${MAX_HORIZON_HOURS} (13 weeks); got "${options.horizon}"`);
  }
  if (!isValidTimeZone(options.timezone)) throw new CliError(`--timezone: unknown IANA time zone "${options.timezone}"`);
  if (options.country && !hasHolidayCalendar(options.country)) throw new CliError(`--country: no public-holiday calendar for "${options.country}"`);
  if (options.method !== 'auto' && !(FORECAST_METHODS as readonly string[]).includes(options.method)) {
    throw new CliError(`--method must be auto or one of ${FORECAST_METHODS.join(', ')}; got "${options.method}"`);
  }
  return { horizon, method: options.method as 'auto' | ForecastMethodName };
}

function readInput(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message}`);
  }
}

const percent = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)}%` : 'n/a');

export function registerForecastCommand(program: Command): void {
  program
    .command('forecast')
    .description('hourly forecasts with prediction intervals for every series of a CSV (series_id,timestamp,value)')
    .requiredOption('--input <csv>', 'history: series_id (optional), timestamp (ISO 8601), value')
    .requiredOption('--horizon <hours>', `hours to forecast after each series' last hour (1 to ${MAX_HORIZON_HOURS})`)
    .option('--timezone <IANA>', "buyers' time zone: seasonality clock, and the zone of timestamps without an offset", 'UTC')
    .option('--country <ISO>', "buyers' country for public holidays (e.g. US, DE, IL)")
    .option('--method <name>', `auto (backtest picks per series) or one of ${FORECAST_METHODS.join(', ')}`, 'auto')
    .option('--out <csv>', 'write the forecasts here (default: standard output)')
    .option('--backtest-report <json>', 'write each series\' chosen method, backtest errors and calendar effects here')
    .action((options: ForecastCommandOptions) => {
      const { horizon, method } = checkOptions(options);
      const { series, problems } = parseForecastInput(readInput(options.input), options.timezone);
      if (problems.length) {
        for (const problem of problems) process.stderr.write(`error: ${describeProblem(options.input, problem)}\n`);
        throw new CliError(`${options.input}: ${problems.length === 20 ? 'at least ' : ''}${problems.length} problem(s) in the input; nothing forecast`);
      }
      if (!series.length) throw new CliError(`${options.input} holds no rows`);
      const started = Date.now();
      const results: { seriesId: string; forecast: SeriesForecast }[] = [];
      for (const [index, { seriesId, history }] of series.entries()) {
        let forecast: SeriesForecast;
        try {
          forecast = forecastSeries(history, { horizonHours: horizon, timeZone: options.timezone, country: options.country, method });
        } catch (error) {
          if (error instanceof ForecastError) throw new CliError(`series "${seriesId}": ${error.message}`);
          throw error;
        }
        results.push({ seriesId, forecast });
        process.stderr.write(`forecast ${index + 1}/${series.length} "${seriesId}": ${forecast.method}, backtest WAPE ${percent(forecast.backtest.chosen?.wape ?? Number.NaN)}\n`);
      }
      const csv = forecastsToCsv(results);
      if (options.out) writeFileSync(options.out, csv);
      else process.stdout.write(csv);
      if (options.backtestReport) {
        const report = results.map(({ seriesId, forecast }) => ({ seriesId, method: forecast.method, timeZone: forecast.timeZone, backtest: forecast.backtest, calendar: forecast.calendar }));
        writeFileSync(options.backtestReport, JSON.stringify({ horizonHours: horizon, series: report }, null, 2) + '\n');
      }
      process.stderr.write(`forecast: ${series.length} series × ${horizon} h in ${((Date.now() - started) / 1000).toFixed(1)} s${options.out ? ` → ${options.out}` : ''}\n`);
    });
}
