import { runBankBusinessHoursBenchmark } from './forecast/bank-business-hours.run';
import { runBankCallsBenchmark } from './forecast/bank-calls.run';
import { runM4HourlyBenchmark } from './forecast/m4-hourly.run';

/**
 * `npm run bench -- forecast`: M4 Hourly, the Israeli bank's call arrivals around the clock and
 * in its opening hours only; each against the 4-week same-hour median; figures printed and returned.
 */
export async function forecastBenchmark(): Promise<Record<string, unknown>> {
  const m4Hourly = runM4HourlyBenchmark();
  const bankCalls = runBankCallsBenchmark();
  const bankBusinessHours = runBankBusinessHoursBenchmark();
  return { m4Hourly, bankCalls, bankBusinessHours };
}
