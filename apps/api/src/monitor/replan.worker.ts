import { parentPort } from 'worker_threads';
import { replanFromNow, type ReplanInput } from '@app/actuals';
import { answerOnce } from '../common/one-shot-worker';

/** Worker thread entry: one re-plan from now (seconds of replays) off the API's event loop. */
answerOnce(parentPort, (input: ReplanInput) => replanFromNow(input));
