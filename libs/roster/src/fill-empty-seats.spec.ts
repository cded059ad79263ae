import { fillEmptySeats } from './fill-empty-seats';
import { buildRotaContext } from './rota-context';
import { resolveRotaOptions } from './rota-options';
import { SelectionCost } from './selection-cost';
import { SiteRosterState } from './site-roster-state';
import { makeAgent, makePlan, makeScenario, makeShift, makeSite, makeTemplate } from '../test/rota-fixtures';

it('fills an empty seat by handing the blocking shift of its only candidate to a colleague', () => {
  const sz = makeSite();
  const agents = [makeAgent('a'), makeAgent('b', 'sz', { languages: ['zh', 'ja'] })];
  const plan = makePlan('2027-02-01', 2, [
    makeShift(sz, 't8', '2027-02-01', '22:00', 8),
    makeShift(sz, 't8', '2027-02-02', '07:00', 8, 1, ['ja']),
  ]);
  const options = resolveRotaOptions({});
  const [site] = buildRotaContext({ scenario: makeScenario({ sites: [sz], agents, templates: [makeTemplate('t8', 'sz', 8)] }), plan }, options).sites;
  const state = new SiteRosterState(site, options);
  const [night, japanese] = site.seats;
  state.assign(1, night); // b on Monday night: Tuesday 07:00 is then 1 h after b's shift ends
  expect(state.blockReason(1, japanese)).toBe('rest');
  expect(state.blockReason(0, japanese)).toBe('language');

  expect(fillEmptySeats(state, new SelectionCost(site, state), 100)).toBe(1);
  expect(Array.from(state.holder)).toEqual([0, 1]);
});

it('gives up within its budget and leaves the rota as it was', () => {
  const sz = makeSite();
  const plan = makePlan('2027-02-01', 2, [
    makeShift(sz, 't8', '2027-02-01', '22:00', 8),
    makeShift(sz, 't8', '2027-02-02', '07:00', 8),
  ]);
  const options = resolveRotaOptions({});
  const [site] = buildRotaContext({ scenario: makeScenario({ sites: [sz], agents: [makeAgent('a')], templates: [makeTemplate('t8', 'sz', 8)] }), plan }, options).sites;
  const state = new SiteRosterState(site, options);
  state.assign(0, site.seats[0]);
  expect(fillEmptySeats(state, new SelectionCost(site, state), 100)).toBe(0);
  expect(Array.from(state.holder)).toEqual([0, -1]);
  expect(Array.from(state.weekHours[0])).toEqual([8]);
});
