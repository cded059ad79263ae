import { parentPort } from 'worker_threads';
import { parseHistoryCsv, type HistoryCsvOptions } from '@app/history';
import { answerOnce } from '../common/one-shot-worker';

/** Worker thread entry: parses one large history CSV off the API's event loop and answers with the result (or the error). */
answerOnce(parentPort, ({ content, options }: { content: Uint8Array; options: HistoryCsvOptions }) => parseHistoryCsv(content, options));
