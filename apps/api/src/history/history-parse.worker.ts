import { parentPort } from 'worker_threads';
import { parseHistoryCsv, type HistoryCsvOptions } from '@app/history';

/** Worker thread entry: parses one large history CSV off the API's event loop and answers with the result (or the error). */
parentPort?.once('message', ({ content, options }: { content: Uint8Array; options: HistoryCsvOptions }) => {
  try {
    parentPort?.postMessage({ ok: true, result: parseHistoryCsv(content, options) });
  } catch (error) {
    parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
