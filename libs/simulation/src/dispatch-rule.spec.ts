import type { DispatchRun, HourGrid, Marketplace } from '@app/domain';
import { hoursOn, marketplace, priorityClass, site } from './__fixtures__/simulation-fixtures';
import { staffingFromSiteHours } from './input/staffing.util';
import { simulate } from './simulate';
import { SimulationError } from './simulation-error';
import type { ReplayMessage, SimulationInput } from './simulation.types';

const MONDAY: HourGrid = { startUtc: '2024-03-04T00:00:00Z', hours: 24, mode: 'dated' };
const at = (time: string) => Date.parse(`2024-03-04T${time}:00Z`);
const message = (classId: string, time: string): ReplayMessage => ({ marketplaceId: 'us', classId, receivedUtcMs: at(time) });
const run = (fromHour: number, toHour: number, queues: string[], siteId = 'sz'): DispatchRun => ({
  siteId,
  fromHour,
  toHour,
  fromUtc: new Date(Date.parse(MONDAY.startUtc) + fromHour * 3_600_000).toISOString(),
  toUtc: new Date(Date.parse(MONDAY.startUtc) + toHour * 3_600_000).toISOString(),
  queues,
});

// two 24 h classes, 30 minutes a message: earliest deadline first takes the older message first
const us: Marketplace[] = [marketplace('us', [priorityClass('returns', 24, 30), priorityClass('orders', 24, 30)])];

function oneAgent(messages: ReplayMessage[], dispatch: DispatchRun[] | undefined, onDuty = [9, 10, 11]): SimulationInput {
  return {
    marketplaces: us,
    sites: [site('sz')],
    staffing: staffingFromSiteHours(MONDAY, { sz: hoursOn(24, onDuty) }),
    arrivals: { kind: 'replay', messages },
    ...(dispatch ? { dispatch } : {}),
  };
}

const repliedByClass = (input: SimulationInput, discipline?: 'edf' | 'dispatch') => {
  const result = simulate(input, { handleTime: 'fixed', traceLimit: 10, ...(discipline ? { discipline } : {}) });
  return { result, replied: result.trace!.map((entry) => `${entry.classId} ${entry.repliedUtc.slice(11, 16)}`) };
};

describe('simulate: the plan’s published dispatch rule', () => {
  const messages = [message('returns', '08:00'), message('orders', '08:30')];

  it('is followed by default when the input carries it: the listed order, not the earliest deadline', () => {
    const rule = [run(0, 24, ['us/orders', 'us/returns'])];
    const ruled = repliedByClass(oneAgent(messages, rule));
    expect(ruled.result.discipline).toBe('dispatch');
    expect(ruled.replied).toEqual(['orders 09:30', 'returns 10:00']);
    // the same staffing and messages earliest deadline first: the older returns message first
    expect(repliedByClass(oneAgent(messages, rule), 'edf').replied).toEqual(['returns 09:30', 'orders 10:00']);
    expect(repliedByClass(oneAgent(messages, undefined)).result.discipline).toBe('edf');
  });

  it('changes with the hour, and an agent with nothing listed to do looks again when the next hour starts', () => {
    // 09:00–10:00 the site works only orders; from 10:00 returns too
    const rule = [run(0, 10, ['us/orders']), run(10, 24, ['us/returns', 'us/orders'])];
    const { result, replied } = repliedByClass(oneAgent([message('returns', '08:00'), message('orders', '09:40')], rule));
    // idle at 09:00 (returns is not listed), orders taken as it arrives, returns at 10:10 once orders is done
    expect(replied).toEqual(['orders 10:10', 'returns 10:40']);
    expect(result.slaAttainment.mean).toBe(1);
  });

  it('wakes an idle agent at the hour a waiting queue is first listed', () => {
    const rule = [run(0, 10, ['us/orders']), run(10, 24, ['us/returns'])];
    const { replied } = repliedByClass(oneAgent([message('returns', '08:00')], rule));
    expect(replied).toEqual(['returns 10:30']);
  });

  it('works no queue the rule does not list for the site and hour: those messages wait', () => {
    const rule = [run(0, 24, ['us/orders'])];
    const result = simulate(oneAgent(messages, rule), { handleTime: 'fixed' });
    expect(result.queues.find((queue) => queue.classId === 'returns')!.unanswered.mean).toBe(1);
    expect(result.queues.find((queue) => queue.classId === 'orders')!.unanswered.mean).toBe(0);
  });

  it('a site the rule does not cover works earliest deadline first', () => {
    const rule = [run(0, 24, ['us/orders'], 'mnl')];
    const input: SimulationInput = { ...oneAgent(messages, rule), sites: [site('sz'), site('mnl')] };
    expect(repliedByClass(input).replied).toEqual(['returns 09:30', 'orders 10:00']);
  });

  it('the fluid engine follows the same rule', () => {
    const expected = (dispatch: DispatchRun[] | undefined): SimulationInput => ({
      marketplaces: us,
      sites: [site('sz')],
      staffing: staffingFromSiteHours(MONDAY, { sz: hoursOn(24, [9]) }),
      arrivals: {
        kind: 'expected',
        queues: [
          { marketplaceId: 'us', classId: 'returns', values: hoursOn(24, [8]) },
          { marketplaceId: 'us', classId: 'orders', values: hoursOn(24, [8]) },
        ],
      },
      ...(dispatch ? { dispatch } : {}),
    });
    // one agent-hour for two half-hour messages: by the rule orders is answered at 09:30, returns at 10:00
    const ruled = simulate(expected([run(0, 24, ['us/orders', 'us/returns'])]));
    const wait = (result: ReturnType<typeof simulate>, classId: string) => result.queues.find((queue) => queue.classId === classId)!.averageWaitHours.mean;
    expect(ruled.discipline).toBe('dispatch');
    expect(wait(ruled, 'orders')).toBeLessThan(wait(ruled, 'returns'));
    // only orders listed: returns is never answered
    const onlyOrders = simulate(expected([run(0, 24, ['us/orders'])]));
    expect(onlyOrders.queues.find((queue) => queue.classId === 'returns')!.unanswered.mean).toBeCloseTo(1, 9);
  });

  it('never banks idle time: an hour with nothing listed to do does not answer a later hour’s messages', () => {
    // one agent at 09:00 and 10:00; 20 six-minute messages arrive at 10:00 only: 60 minutes answer 10 of them
    const six = [marketplace('us', [priorityClass('orders', 24, 6)])];
    const input = (mode: 'fluid' | 'replay'): SimulationInput => ({
      marketplaces: six,
      sites: [site('sz')],
      staffing: staffingFromSiteHours(MONDAY, { sz: hoursOn(24, [9, 10]) }),
      arrivals:
        mode === 'fluid'
          ? { kind: 'expected', queues: [{ marketplaceId: 'us', classId: 'orders', values: hoursOn(24, [10], 20) }] }
          : { kind: 'replay', messages: Array.from({ length: 20 }, () => ({ marketplaceId: 'us', classId: 'orders', receivedUtcMs: at('10:00') })) },
      dispatch: [run(0, 24, ['us/orders'])],
    });
    expect(simulate(input('fluid')).queues[0].unanswered.mean).toBeCloseTo(10, 6);
    expect(simulate(input('replay'), { handleTime: 'fixed' }).queues[0].unanswered.mean).toBe(10);
  });

  it('names every bad part of a rule, and refuses the dispatch discipline without one', () => {
    const bad = oneAgent(messages, [run(0, 30, ['us/orders', 'us/refunds']), run(0, 24, ['us/orders'], 'nowhere')]);
    expect(() => simulate(bad)).toThrow(SimulationError);
    try {
      simulate(bad);
    } catch (error) {
      expect((error as SimulationError).issues.map((issue) => issue.path)).toEqual(['dispatch[0].fromHour', 'dispatch[0].queues[1]', 'dispatch[1].siteId']);
    }
    expect(() => simulate(oneAgent(messages, undefined), { discipline: 'dispatch' })).toThrow(/carries none/);
  });
});
