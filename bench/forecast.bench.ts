import { runBankCallsBenchmark } from './forecast/bank-calls.run';
import { runM4HourlyBenchmark } from './forecast/m4-hourly.run';

/** `npm run bench -- forecast`: M4 Hourly and the Israeli bank's call arrivals, figures printed and returned. */
export async function forecastBenchmark(): Promise<Record<string, unknown>> {
  const m4Hourly = runM4HourlyBenchmark();
  const bankCalls = runBankCallsBenchmark();
  return { m4Hourly, bankCalls };
}
