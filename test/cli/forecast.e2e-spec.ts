import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { DateTime } from 'luxon';
import { runCli } from './support/run-cli';

/** Runs the real CLI (`followsun forecast …`) in a child process, as `npm run cli` does. */
const cli = (...args: string[]) => runCli(['forecast', ...args]);

/** Calls per hour on the buyers' clock: a daytime hump, quieter weekends. */
const shape = (hour: number, weekday: number) => Math.round((weekday >= 6 ? 6 : 12) + 30 * Math.exp(-(((hour - 14) / 3) ** 2)));

describe('followsun forecast', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'followsun-forecast-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function write(name: string, lines: string[]): string {
    const file = join(dir, name);
    writeFileSync(file, lines.join('\n') + '\n');
    return file;
  }

  /** Three weeks of two series: "shop" in UTC with a missing hour, "store" written with a +08:00 offset. */
  function history(): string[] {
    const lines = ['series_id,timestamp,value'];
    const start = DateTime.fromISO('2026-01-05T00:00:00Z', { zone: 'utc' });
    for (let i = 0; i < 21 * 24; i++) {
      const t = start.plus({ hours: i });
      if (i !== 40) lines.push(`shop,${t.toISO({ suppressMilliseconds: true })},${shape(t.hour, t.weekday)}`);
      const shanghai = t.setZone('Asia/Shanghai');
      lines.push(`store,${shanghai.toISO({ suppressMilliseconds: true })},${2 * shape(t.hour, t.weekday)}`);
    }
    return lines;
  }

  it('forecasts every series with intervals, UTC timestamps, a backtest report and progress on stderr', () => {
    const input = write('history.csv', history());
    const out = join(dir, 'forecast.csv');
    const report = join(dir, 'backtest.json');
    const run = cli('--input', input, '--horizon', '48', '--country', 'GB', '--out', out, '--backtest-report', report);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/forecast 1\/2 "shop": [a-z-]+, backtest WAPE \d+\.\d%\nforecast 2\/2 "store": /);
    expect(run.stderr).toMatch(/forecast: 2 series × 48 h in \d+\.\d s → /);

    const [header, ...rows] = readFileSync(out, 'utf8').trim().split('\n');
    expect(header).toBe('series_id,timestamp,forecast,lo80,hi80,lo95,hi95');
    expect(rows).toHaveLength(96);
    const shop = rows.filter((row) => row.startsWith('shop,'));
    expect(shop[0].split(',')[1]).toBe('2026-01-26T00:00:00Z');
    expect(shop[47].split(',')[1]).toBe('2026-01-27T23:00:00Z');
    for (const row of rows) {
      const [, timestamp, forecast, lo80, hi80, lo95, hi95] = row.split(',');
      expect(timestamp).toMatch(/^2026-01-2[67]T\d\d:00:00Z$/);
      const numbers = [lo95, lo80, forecast, hi80, hi95].map(Number);
      expect(numbers[0]).toBeGreaterThanOrEqual(0);
      expect([...numbers].sort((a, b) => a - b)).toEqual(numbers);
    }
    // the pattern repeats exactly, so the forecast is the pattern (the missing hour is not a zero)
    for (const row of shop) {
      const [, timestamp, forecast] = row.split(',');
      const t = DateTime.fromISO(timestamp, { zone: 'utc' });
      expect(Number(forecast)).toBeCloseTo(shape(t.hour, t.weekday), 3);
    }

    const backtest = JSON.parse(readFileSync(report, 'utf8'));
    expect(backtest.horizonHours).toBe(48);
    expect(backtest.series.map((entry: { seriesId: string }) => entry.seriesId)).toEqual(['shop', 'store']);
    expect(backtest.series[0].backtest.chosen.method).toBe(backtest.series[0].method);
    expect(backtest.series[0].backtest.methods.length).toBeGreaterThan(1);
  });

  it('reads local timestamps in --timezone across a DST change and writes to stdout without series_id', () => {
    const lines = ['timestamp,value'];
    // 672 hours of New York wall clock from Monday 2026-02-09 00:00 EST: spring forward on 2026-03-08
    let local = DateTime.fromISO('2026-02-09T00:00', { zone: 'America/New_York' });
    for (let i = 0; i < 28 * 24; i++, local = local.plus({ hours: 1 })) {
      lines.push(`${local.toFormat("yyyy-MM-dd'T'HH:mm")},${shape(local.hour, local.weekday)}`);
    }
    const run = cli('--input', write('local.csv', lines), '--horizon', '24', '--timezone', 'America/New_York');
    expect(run.status).toBe(0);
    const rows = run.stdout.trim().split('\n');
    expect(rows).toHaveLength(25);
    // 672 real hours after 05:00 UTC is 05:00 UTC again (01:00 EDT): had the missing 02:00 been
    // counted as an hour, the forecast would start an hour later
    expect(rows[1]).toMatch(/^,2026-03-09T05:00:00Z,/);
  });

  it.each([
    ['an unparseable timestamp', ['series_id,timestamp,value', 'a,2026-13-01T00:00:00Z,4'], [], /line 2, timestamp: unparseable timestamp "2026-13-01T00:00:00Z"/],
    ['a negative value', ['series_id,timestamp,value', 'a,2026-01-01T00:00:00Z,4', 'a,2026-01-01T01:00:00Z,-3'], [], /line 3, value: negative value -3/],
    ['a missing column', ['series_id,time,value', 'a,2026-01-01T00:00:00Z,4'], [], /line 1, header: missing column "timestamp", unknown column "time"/],
    ['an unknown time zone', ['timestamp,value'], ['--timezone', 'Mars/Olympus'], /^error: --timezone: unknown IANA time zone "Mars\/Olympus"\n$/],
    ['horizon 0', ['timestamp,value'], ['--horizon', '0'], /^error: --horizon must be a whole number of hours from 1 to 2184 \(13 weeks\); got "0"\n$/],
    ['too little history', ['timestamp,value', '2026-01-01T00:00:00Z,4', '2026-01-01T01:00:00Z,5'], [], /^error: series "": too little history: 2 hours .* needs at least 360 hours/],
  ])('rejects %s with exit 2 and the reason', (_, lines, extra, message) => {
    const args = ['--input', write('bad.csv', lines), '--horizon', '24', ...extra];
    const run = cli(...args);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
    expect(run.status).toBe(2);
  });
});
