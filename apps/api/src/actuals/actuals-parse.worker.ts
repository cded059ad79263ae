import { parentPort } from 'worker_threads';
import { parseActualsCsv, type ActualsCsvOptions } from '@app/actuals';
import { answerOnce } from '../common/one-shot-worker';

/** Worker thread entry: parses one large helpdesk export off the API's event loop and answers with the result (or the error). */
answerOnce(parentPort, ({ content, options }: { content: Uint8Array; options: ActualsCsvOptions }) => parseActualsCsv(content, options));
