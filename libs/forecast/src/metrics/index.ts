export { wape } from './wape.metric';
export { smape } from './smape.metric';
export { mase, maseScale } from './mase.metric';
export { bias } from './bias.metric';
export { scoreM4Series, type M4SeriesScore } from './m4-score.metric';
