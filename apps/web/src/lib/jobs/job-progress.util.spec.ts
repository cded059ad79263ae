import { stageLabel, summariseJobProgress } from './job-progress.util';
import type { JobProgressEvent } from './job.types';

const at = (second: number) => `2026-03-02T10:00:${String(second).padStart(2, '0')}.000Z`;

describe('summariseJobProgress', () => {
  const planEvents: JobProgressEvent[] = [
    { at: at(0), stage: 'start', detail: { solver: 'highs', variables: 1200, constraints: 900, integers: 300 } },
    { at: at(1), stage: 'lp-bound', detail: { bound: 10250.5, seconds: 0.8 } },
    { at: at(2), stage: 'incumbent', detail: { cost: 11000, bound: 10250.5, gap: 0.0681, seconds: 1.2, source: 'rounding' } },
    { at: at(5), stage: 'incumbent', detail: { cost: 10400, bound: 10300, gap: 0.0096, seconds: 4.9, source: 'mip' } },
  ];

  it('keeps the LP bound and the latest incumbent cost and gap while a plan solves', () => {
    const summary = summariseJobProgress('running', planEvents);
    expect(summary.lpBound).toBe(10250.5);
    expect(summary.incumbentCost).toBe(10400);
    expect(summary.gap).toBe(0.0096);
    expect(summary.fraction).toBeUndefined();
    expect(summary.headline).toBe('Running — better plan found');
    expect(summary.steps.map((s) => s.label)).toEqual(['Started', 'Lower bound from the LP relaxation', 'Better plan found', 'Better plan found']);
    expect(summary.steps[1].figures).toEqual([
      { name: 'bound', value: 10250.5, kind: 'money' },
      { name: 'after', value: 0.8, kind: 'seconds' },
    ]);
    expect(summary.steps[3].figures).toEqual([
      { name: 'cost', value: 10400, kind: 'money' },
      { name: 'gap', value: 0.0096, kind: 'percent' },
      { name: 'after', value: 4.9, kind: 'seconds' },
    ]);
  });

  it('takes the final cost and gap from the done event and reports completion', () => {
    const done: JobProgressEvent = { at: at(6), stage: 'done', detail: { status: 'optimal', cost: 10350, bound: 10330, gap: 0.0019, seconds: 6 } };
    const summary = summariseJobProgress('succeeded', [...planEvents, done]);
    expect(summary.incumbentCost).toBe(10350);
    expect(summary.gap).toBe(0.0019);
    expect(summary.fraction).toBe(1);
    expect(summary.headline).toBe('Finished');
  });

  it('turns counted steps into a fraction and keeps ids in stage names', () => {
    const summary = summariseJobProgress('running', [
      { at: at(0), stage: 'forecast amazon-us', detail: { done: 1, of: 4 } },
      { at: at(1), stage: 'forecast amazon-de', detail: { done: 3, of: 4 } },
    ]);
    expect(summary.fraction).toBe(0.75);
    expect(summary.headline).toBe('Running — forecast amazon-de');
    expect(summary.steps[1].figures).toEqual([{ name: 'of 4', value: 3, kind: 'count' }]);
  });

  it('names the series a forecast job has reached and counts done of total', () => {
    const summary = summariseJobProgress('running', [
      { at: at(0), stage: 'series', detail: { marketplaceId: 'amazon-us', classId: null, done: 1, total: 8 } },
      { at: at(1), stage: 'series', detail: { marketplaceId: 'amazon-us', classId: 'urgent', done: 2, total: 8 } },
    ]);
    expect(summary.fraction).toBe(0.25);
    expect(summary.steps.map((s) => s.label)).toEqual(['Series forecast: amazon-us / total', 'Series forecast: amazon-us / urgent']);
    expect(summary.headline).toBe('Running — series forecast: amazon-us / urgent');
  });

  it('reads a comparison’s fraction, scenario and message', () => {
    const summary = summariseJobProgress('running', [
      { at: at(0), stage: 'forecast', detail: { fraction: 0, message: 'forecasting' } },
      { at: at(1), stage: 'plan', detail: { scenarioId: 'deflect-30', fraction: 0.4, message: 'planning Deflect 30 %' } },
    ]);
    expect(summary.fraction).toBe(0.4);
    expect(summary.steps.map((s) => s.label)).toEqual(['Forecasting: forecasting', 'Planning: planning Deflect 30 %']);
    expect(summary.steps[1].figures).toEqual([]);
  });

  it('says what a job without events is doing, and ignores figures that are not numbers', () => {
    expect(summariseJobProgress('queued', []).headline).toBe('Waiting to start');
    expect(summariseJobProgress('failed', []).headline).toBe('Failed');
    const odd = summariseJobProgress('running', [{ at: at(0), stage: 'lp-bound', detail: { bound: 'n/a' } }]);
    expect(odd.lpBound).toBeUndefined();
    expect(odd.steps[0].figures).toEqual([]);
  });
});

describe('summariseJobProgress while waiting in line', () => {
  it('says where the job is instead of "Waiting to start" or the last step, until it ends', () => {
    const place = { waitingFor: 'solver' as const, position: 2, ahead: 1, message: 'Waiting for a solver: 1 job ahead' };
    expect(summariseJobProgress('queued', [], { ...place, waitingFor: 'job-slot', message: 'Waiting for a job slot: 1 job ahead' }).headline).toBe('Waiting for a job slot: 1 job ahead');
    expect(summariseJobProgress('running', [{ at: '2026-03-02T10:00:00Z', stage: 'forecast' }], place).headline).toBe('Waiting for a solver: 1 job ahead');
    expect(summariseJobProgress('cancelled', [], place).headline).toBe('Cancelled');
    expect(summariseJobProgress('queued', []).headline).toBe('Waiting to start');
  });
});

describe('stageLabel', () => {
  it('names known stages and humanises the rest', () => {
    expect(stageLabel('lp-bound')).toBe('Lower bound from the LP relaxation');
    expect(stageLabel('fill-empty_seats')).toBe('Fill empty seats');
    expect(stageLabel('simulate replication 3')).toBe('Simulate replication 3');
    expect(stageLabel('')).toBe('Working');
  });
});
