/** A benchmark prints its figures as it goes and returns them for the JSON report. */
export type Benchmark = () => Promise<Record<string, unknown>>;

/** Each area registers its benchmark here (one line each): `npm run bench -- <name>`. */
export const benchmarks: Record<string, Benchmark> = {};
benchmarks.rota = () => import('./rota.bench').then((bench) => bench.rotaBenchmark());
benchmarks.planner = () => import('./planner.bench').then((bench) => bench.plannerBenchmark());
benchmarks.forecast = () => import('./forecast.bench').then((bench) => bench.forecastBenchmark());
benchmarks.simulation = () => import('./simulation.bench').then((bench) => bench.simulationBenchmark());
benchmarks.scenarios = () => import('./scenarios.bench').then((bench) => bench.scenariosBenchmark());
benchmarks.jobs = () => import('./jobs.bench').then((bench) => bench.jobsBenchmark());
benchmarks.api = () => import('./api.bench').then((bench) => bench.apiBenchmark());
