import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Worker } from 'worker_threads';
import type { ScenarioFile } from '@app/domain';
import { ForecastError, ForecastErrorCode, forecastScenario, type ScenarioForecast, type ScenarioForecastOptions } from '@app/forecast';
import { InTurn } from '../common/in-turn';
import { workerLaunch } from '../common/worker-launch';
import type { ForecastThreadMessage } from './forecast-thread.messages';

/**
 * Forecasts with this many hours of history in all (over the series forecast) or more run on the
 * forecast thread: the demo's 5 series of 12 weeks (about 10,000 hours) took the event loop for
 * 150–300 ms a series, and four plans forecasting at once pushed /api/health's p99 past 800 ms.
 * Smaller ones take a few milliseconds here, less than the thread takes to start.
 */
export const FORECAST_ON_THREAD_FROM_HISTORY_HOURS = 5_000;

/**
 * Runs forecastScenario off the event loop: on one worker thread kept for the next forecast
 * (starting one loads the forecast engine's modules again), one forecast at a time, others
 * queued; cancelling terminates the thread (a new one starts for the next).
 */
@Injectable()
export class ForecastThread implements OnApplicationShutdown {
  private worker: Worker | null = null;
  private readonly turns = new InTurn();
  /** Forecasts run on the thread so far (the tests read it). */
  threadRuns = 0;

  forecast(scenario: ScenarioFile, options: ScenarioForecastOptions): Promise<ScenarioForecast> {
    if (historyHours(scenario, options.marketplaceIds) < FORECAST_ON_THREAD_FROM_HISTORY_HOURS) return forecastScenario(scenario, options);
    return this.turns.run(() => this.onThread(scenario, options));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
  }

  private onThread(scenario: ScenarioFile, options: ScenarioForecastOptions): Promise<ScenarioForecast> {
    const { signal, onProgress } = options;
    if (signal?.aborted) return Promise.reject(new ForecastError(ForecastErrorCode.Aborted, 'forecast aborted'));
    this.threadRuns++;
    const worker = this.thread();
    worker.ref();
    return new Promise<ScenarioForecast>((resolve, reject) => {
      const settle = (finish: () => void) => {
        worker.unref();
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        signal?.removeEventListener('abort', abort);
        finish();
      };
      const stop = () => {
        if (this.worker === worker) this.worker = null;
        void worker.terminate();
      };
      const onMessage = (message: ForecastThreadMessage) => {
        if (message.type === 'progress') onProgress?.(message.step);
        else if (message.type === 'result') settle(() => resolve(message.result));
        else settle(() => reject(message.code ? new ForecastError(message.code, message.message, message.field ?? undefined) : new Error(message.message)));
      };
      const onError = (error: Error) => settle(() => (stop(), reject(new Error(`the forecast thread failed: ${error.message}`))));
      const onExit = (code: number) => settle(() => (stop(), reject(new Error(`the forecast thread stopped (exit code ${code}) before it answered`))));
      const abort = () => settle(() => (stop(), reject(new ForecastError(ForecastErrorCode.Aborted, 'forecast aborted'))));
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      signal?.addEventListener('abort', abort, { once: true });
      worker.postMessage({ scenario, options: { startUtcMs: options.startUtcMs, hours: options.hours, marketplaceIds: options.marketplaceIds } });
    });
  }

  /** The kept thread, or a new one; it holds the process open only while it forecasts. */
  private thread(): Worker {
    if (!this.worker) {
      const { filename, options } = workerLaunch(__filename, 'forecast-scenario.worker');
      const worker = new Worker(filename, options);
      // a thread that stops while it waits is not handed the next forecast
      worker.once('exit', () => {
        if (this.worker === worker) this.worker = null;
      });
      this.worker = worker;
    }
    return this.worker;
  }
}

/** Hours of history of the series a forecast of these marketplaces reads. */
function historyHours(scenario: ScenarioFile, marketplaceIds: readonly string[] | undefined): number {
  return scenario.history.filter((series) => !marketplaceIds || marketplaceIds.includes(series.marketplaceId)).reduce((total, series) => total + series.counts.length, 0);
}
