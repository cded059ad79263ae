import { parseTimeOfDay } from '@app/domain/time';

function minutesToText(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * Shift start times for a table cell: a regular series reads as "every hour, 00:00–23:00"
 * or "every 2 h, 06:00–18:00" instead of 24 times in a row; anything else is listed.
 */
export function describeStartTimes(times: readonly string[]): string {
  const minutes = [...new Set(times)].map((t) => {
    try {
      return parseTimeOfDay(t);
    } catch {
      return Number.NaN;
    }
  });
  if (minutes.length < 4 || minutes.some(Number.isNaN)) return times.join(', ');
  minutes.sort((a, b) => a - b);
  const step = minutes[1] - minutes[0];
  const regular = minutes.every((m, i) => i === 0 || m - minutes[i - 1] === step);
  if (!regular) return times.join(', ');
  const every = step === 60 ? 'every hour' : step % 60 === 0 ? `every ${step / 60} h` : `every ${step} min`;
  return `${every}, ${minutesToText(minutes[0])}–${minutesToText(minutes[minutes.length - 1])}`;
}
