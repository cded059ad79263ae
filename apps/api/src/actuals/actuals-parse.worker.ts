import { parentPort } from 'worker_threads';
import { parseActualsCsv, type ActualsCsvOptions } from '@app/actuals';

/** Worker thread entry: parses one large helpdesk export off the API's event loop and answers with the result (or the error). */
parentPort?.once('message', ({ content, options }: { content: Uint8Array; options: ActualsCsvOptions }) => {
  try {
    parentPort?.postMessage({ ok: true, result: parseActualsCsv(content, options) });
  } catch (error) {
    parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
