export interface WaitSummary {
  messages: number;
  averageHours: number;
  p90Hours: number;
}

/**
 * Average and 90th percentile of waits given as (hours, messages) pairs: the p90 is the
 * smallest wait that at least 90 % of the messages do not exceed. Zeros without messages.
 */
export function summariseWaits(waits: ReadonlyArray<{ hours: number; count: number }>): WaitSummary {
  const positive = waits.filter((w) => w.count > 1e-12);
  const messages = positive.reduce((s, w) => s + w.count, 0);
  if (messages <= 0) return { messages: 0, averageHours: 0, p90Hours: 0 };
  const averageHours = positive.reduce((s, w) => s + w.hours * w.count, 0) / messages;
  const sorted = positive.slice().sort((a, b) => a.hours - b.hours);
  let seen = 0;
  let p90Hours = sorted[sorted.length - 1].hours;
  for (const w of sorted) {
    seen += w.count;
    if (seen >= 0.9 * messages - 1e-9) {
      p90Hours = w.hours;
      break;
    }
  }
  return { messages, averageHours, p90Hours };
}
