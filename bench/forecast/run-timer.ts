import { cpus, loadavg } from 'node:os';

/** Wall and CPU time of a run, with the machine's load when it started (the CPU is shared). */
export interface RunTime {
  wallSeconds: number;
  cpuSeconds: number;
  loadAverageAtStart: number;
  cores: number;
}

export function startTimer(): () => RunTime {
  const wallStart = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  const loadAverageAtStart = loadavg()[0];
  return () => {
    const cpu = process.cpuUsage(cpuStart);
    return {
      wallSeconds: round(Number(process.hrtime.bigint() - wallStart) / 1e9, 2),
      cpuSeconds: round((cpu.user + cpu.system) / 1e6, 2),
      loadAverageAtStart: round(loadAverageAtStart, 2),
      cores: cpus().length,
    };
  };
}

export function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort((a, b) => b[1] - a[1]));
}
