import { parentPort } from 'worker_threads';
import { ForecastError, forecastScenario } from '@app/forecast';
import type { ForecastThreadMessage, ForecastThreadRequest } from './forecast-thread.messages';

/**
 * Worker thread entry: forecasts the scenarios it is sent, one at a time, off the API's event
 * loop (a series takes 150–300 ms of CPU on the demo, during which no request is answered).
 * Cancelling is terminating the thread.
 */
parentPort?.on('message', async ({ scenario, options }: ForecastThreadRequest) => {
  const send = (message: ForecastThreadMessage) => parentPort?.postMessage(message);
  try {
    const result = await forecastScenario(scenario, { ...options, onProgress: (step) => send({ type: 'progress', step }) });
    send({ type: 'result', result });
  } catch (error) {
    send({ type: 'error', message: error instanceof Error ? error.message : String(error), code: error instanceof ForecastError ? error.code : null, field: error instanceof ForecastError ? error.field ?? null : null });
  }
});
