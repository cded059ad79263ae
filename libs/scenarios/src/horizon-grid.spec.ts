import type { ScenarioFile } from '@app/domain';
import { resolvePlanWindow } from '@app/optimizer';
import { resolveHorizonGrid } from './horizon-grid';

function base(horizon: ScenarioFile['horizon']): ScenarioFile {
  return { schemaVersion: 2, name: 'base', reportingCurrency: 'USD', horizon, marketplaces: [], sites: [], shiftTemplates: [], agents: [], events: [], currencyRates: [], history: [] };
}

describe('the grid a comparison plans on', () => {
  it('plans a 4-week cyclic horizon as its one week, as the plan API and the CLI do (the one window rule)', () => {
    const cyclic = base({ start: '2026-03-02', weeks: 4, mode: 'cyclic' });
    const grid = resolveHorizonGrid(cyclic);
    expect(grid).toEqual({ startUtc: '2026-03-02T00:00:00Z', hours: 168, mode: 'cyclic' });
    const window = resolvePlanWindow(cyclic.horizon, {}, '2026-12-02');
    expect(window.ok && window.window.grid).toEqual(grid);
    expect(() => resolveHorizonGrid(cyclic, { weeks: 4 })).toThrow('the horizon is one week repeated (cyclic): plan 1 week, not 4');
  });

  it('takes the whole dated horizon by default, and refuses weeks out of range', () => {
    expect(resolveHorizonGrid(base({ start: '2026-11-30', weeks: 13, mode: 'dated' }))).toEqual({ startUtc: '2026-11-30T00:00:00Z', hours: 13 * 168, mode: 'dated' });
    expect(resolveHorizonGrid(base({ start: '2026-11-30', weeks: 13, mode: 'dated' }), { weeks: 2, start: '2027-01-11' })).toEqual({ startUtc: '2027-01-11T00:00:00Z', hours: 336, mode: 'dated' });
    expect(() => resolveHorizonGrid(base({ start: '2026-11-30', weeks: 26, mode: 'dated' }))).toThrow('weeks must be a whole number from 1 to 13, got 26');
    expect(() => resolveHorizonGrid(base(undefined))).toThrow('has no horizon');
  });
});
