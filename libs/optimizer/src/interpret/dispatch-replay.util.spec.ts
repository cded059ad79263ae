import type { QueueArrivals } from '@app/domain';
import { arrivalsAt, tinyGrid, tinyMarketplace, tinyScenario, tinySite, tinyTemplate } from '../__fixtures__/tiny-planning.fixture';
import type { DispatchRun } from '../plan-result.types';
import { buildPlanningProblem } from '../planning/planning-problem.build';
import { replayDispatch } from './dispatch-replay.util';

const HOURS = 6;
const classes = [
  { id: 'urgent', name: 'Urgent', share: 0.5, replyDeadlineHours: 2, handleMinutes: 1 },
  { id: 'standard', name: 'Standard', share: 0.5, replyDeadlineHours: 24, handleMinutes: 1 },
];

/** One site, one agent-hour = 60 one-minute messages; queues shop/urgent and shop/standard. */
function oneSite(arrivals: QueueArrivals[]) {
  const scenario = tinyScenario({ marketplaces: [tinyMarketplace({ classes })], shiftTemplates: [tinyTemplate('site', ['00:00'])] });
  return buildPlanningProblem(scenario, { arrivals, grid: tinyGrid(HOURS) });
}

const run = (fromHour: number, toHour: number, queues: string[]): DispatchRun => ({ siteId: 'site', fromHour, toHour, fromUtc: '', toUtc: '', queues });
const noChat = [new Array<number>(HOURS).fill(0)];
const answeredIn = (replay: ReturnType<typeof replayDispatch>[number], hour: number) =>
  replay.answered.filter((b) => b.hour === hour).reduce((total, b) => total + b.count, 0);

describe('replayDispatch', () => {
  it('works the queues in the order the rule lists, oldest first, the next only when the earlier is empty', () => {
    const problem = oneSite([arrivalsAt({ 0: 40 }, HOURS, 'shop', 'urgent'), arrivalsAt({ 0: 40 }, HOURS, 'shop', 'standard')]);
    const urgent = problem.queues.findIndex((q) => q.key === 'shop/urgent');
    const standard = problem.queues.findIndex((q) => q.key === 'shop/standard');
    const onDuty = [[1, 0, 0, 1, 0, 0]];
    // standard first in hour 0: 40 standard and only 20 urgent then; the other 20 urgent in hour 3, late
    const replay = replayDispatch(problem, onDuty, noChat, [run(0, HOURS, ['shop/standard', 'shop/urgent'])]);
    expect(answeredIn(replay[standard], 0)).toBeCloseTo(40, 9);
    expect(answeredIn(replay[urgent], 0)).toBeCloseTo(20, 9);
    expect(answeredIn(replay[urgent], 3)).toBeCloseTo(20, 9);
    expect(replay[urgent].answered.filter((b) => !b.onTime).reduce((t, b) => t + b.count, 0)).toBeCloseTo(20, 9);
    // the other order keeps every urgent deadline
    const urgentFirst = replayDispatch(problem, onDuty, noChat, [run(0, HOURS, ['shop/urgent', 'shop/standard'])]);
    expect(answeredIn(urgentFirst[urgent], 0)).toBeCloseTo(40, 9);
    expect(urgentFirst[urgent].answered.every((b) => b.onTime)).toBe(true);
  });

  it('puts on live chat the agents who can answer it, least versatile first, not Japanese speakers an English-only agent could spare', () => {
    // one site: an English + Japanese pool listed before an English-only one; one agent each; ten English chats of 3 minutes take 30 of the hour's minutes
    const jp = tinyMarketplace({ id: 'jp', languages: ['ja'], classes: [{ id: 'standard', name: 'Standard', share: 1, replyDeadlineHours: 24, handleMinutes: 1 }] });
    const us = tinyMarketplace({ id: 'us', languages: ['en'], classes: [{ id: 'chat', name: 'Chat', share: 1, replyDeadlineHours: null, handleMinutes: 3, realTime: { serviceLevel: 0.8, answerWithinSeconds: 20 } }] });
    const scenario = tinyScenario({ marketplaces: [jp, us], sites: [tinySite({ languages: ['en', 'ja'] })], shiftTemplates: [tinyTemplate('site', ['00:00'])] });
    const problem = buildPlanningProblem(scenario, { arrivals: [arrivalsAt({ 0: 45 }, HOURS, 'jp', 'standard'), arrivalsAt({ 0: 10 }, HOURS, 'us', 'chat')], grid: tinyGrid(HOURS) });
    problem.pools = [
      { siteIndex: 0, languages: ['en', 'ja'], groupIndices: [] },
      { siteIndex: 0, languages: ['en'], groupIndices: [] },
    ];
    const japanese = problem.queues.findIndex((q) => q.key === 'jp/standard');
    const onDuty = [[1, 0, 0, 0, 0, 0], [1, 0, 0, 0, 0, 0]];
    const chatLoad = [[30, 0, 0, 0, 0, 0]];
    const replay = replayDispatch(problem, onDuty, chatLoad, null)[japanese];
    // the English-only agent takes the chats; the Japanese speaker answers all 45 in hour 0 (on chat, only 30)
    expect(answeredIn(replay, 0)).toBeCloseTo(45, 9);
    expect(replay.carriedOver + replay.overdue).toBeCloseTo(0, 9);
  });

  it('never banks idle minutes: an agent-hour with nothing to do cannot answer a message arriving later', () => {
    // on duty hours 0–2 (60 messages an hour); nothing arrives in hour 0, 100 messages in hour 1
    const problem = oneSite([arrivalsAt({ 1: 100 }, HOURS, 'shop', 'standard'), arrivalsAt({}, HOURS, 'shop', 'urgent')]);
    const standard = problem.queues.findIndex((q) => q.key === 'shop/standard');
    const onDuty = [[1, 1, 1, 0, 0, 0]];
    for (const dispatch of [[run(0, HOURS, ['shop/urgent', 'shop/standard'])], null]) {
      const replay = replayDispatch(problem, onDuty, noChat, dispatch)[standard];
      expect(answeredIn(replay, 0)).toBe(0);
      expect(answeredIn(replay, 1)).toBeCloseTo(60, 9);
      expect(answeredIn(replay, 2)).toBeCloseTo(40, 9);
      expect(replay.backlog[1]).toBeCloseTo(40, 9);
    }
    // and minutes idle in the grid's last staffed hour are not spent after it
    const late = oneSite([arrivalsAt({ 4: 30 }, HOURS, 'shop', 'standard'), arrivalsAt({}, HOURS, 'shop', 'urgent')]);
    const replay = replayDispatch(late, [[0, 0, 1, 0, 0, 0]], noChat, [run(0, HOURS, ['shop/standard'])])[standard];
    expect(replay.answered).toEqual([]);
    expect(replay.carriedOver).toBeCloseTo(30, 9);
  });

  it('answers an hour’s messages as they come in over it: a slice cannot answer what arrives after it', () => {
    // one agent-hour for 60 one-minute messages arriving in hour 0: all answered in the hour, each within a slice of arriving
    const problem = oneSite([arrivalsAt({ 0: 60 }, HOURS, 'shop', 'standard'), arrivalsAt({}, HOURS, 'shop', 'urgent')]);
    const standard = problem.queues.findIndex((q) => q.key === 'shop/standard');
    const replay = replayDispatch(problem, [[1, 0, 0, 0, 0, 0]], noChat, [run(0, HOURS, ['shop/standard'])])[standard];
    expect(answeredIn(replay, 0)).toBeCloseTo(60, 9);
    const waits = replay.answered.reduce((total, b) => total + b.waitHours * b.count, 0) / 60;
    expect(waits).toBeGreaterThanOrEqual(1 / 60);
    expect(waits).toBeLessThanOrEqual(5 / 60);
    // 120 arriving in the hour: the agent cannot get ahead of the arrivals, so half are left, the latest ones
    const busy = oneSite([arrivalsAt({ 0: 120 }, HOURS, 'shop', 'standard'), arrivalsAt({}, HOURS, 'shop', 'urgent')]);
    const left = replayDispatch(busy, [[1, 0, 0, 0, 0, 0]], noChat, [run(0, HOURS, ['shop/standard'])])[standard];
    expect(answeredIn(left, 0)).toBeCloseTo(60, 9);
    expect(left.backlog[0]).toBeCloseTo(60, 9);
  });

  it('judges each answer by its own deadline: a batch answered in the hour after its first deadline is partly on time', () => {
    // 60 messages of a 2 h deadline arrive over hour 0 (due 02:00 to 03:00); two agents answer them in hour 2, ten a slice
    const twoHours = [{ id: 'standard', name: 'Standard', share: 1, replyDeadlineHours: 2, handleMinutes: 1 }];
    const scenario = tinyScenario({ marketplaces: [tinyMarketplace({ classes: twoHours })], shiftTemplates: [tinyTemplate('site', ['00:00'])] });
    const problem = buildPlanningProblem(scenario, { arrivals: [arrivalsAt({ 0: 60 }, HOURS)], grid: tinyGrid(HOURS) });
    const replay = replayDispatch(problem, [[0, 0, 2, 0, 0, 0]], noChat, [run(0, HOURS, ['shop/standard'])])[0];
    const onTime = replay.answered.filter((b) => b.onTime).reduce((total, b) => total + b.count, 0);
    // oldest first: the first slice's ten replies, sent 02:05, are for messages due 02:00–02:10 (half on time); every later one is in time
    expect(onTime).toBeCloseTo(55, 9);
    expect(answeredIn(replay, 2)).toBeCloseTo(60, 9);
    // the whole hour late by the model's rule (due by the end of hour 1), yet the replay does not count them all late
    expect(problem.queues[0].kind === 'deferred' && problem.queues[0].dueHour[0]).toBe(1);
  });

  it('gives a site-hour the rule does not list no work, and skips queues the rule leaves out', () => {
    const problem = oneSite([arrivalsAt({ 0: 10 }, HOURS, 'shop', 'urgent'), arrivalsAt({ 0: 10 }, HOURS, 'shop', 'standard')]);
    const urgent = problem.queues.findIndex((q) => q.key === 'shop/urgent');
    const standard = problem.queues.findIndex((q) => q.key === 'shop/standard');
    const replay = replayDispatch(problem, [[1, 1, 0, 0, 0, 0]], noChat, [run(1, 2, ['shop/standard'])]);
    expect(answeredIn(replay[standard], 0)).toBe(0);
    expect(answeredIn(replay[standard], 1)).toBeCloseTo(10, 9);
    expect(replay[urgent].answered).toEqual([]);
    expect(replay[urgent].overdue).toBeCloseTo(10, 9);
  });

  it('lets sites that share a queue take from it side by side', () => {
    // both sites list the same queue first and answer as many queues, so neither goes first; the
    // bilingual one also has German work behind it
    const scenario = tinyScenario({
      marketplaces: [
        tinyMarketplace({ id: 'us', classes: [classes[1]] }),
        tinyMarketplace({ id: 'de', languages: ['de'], classes: [classes[1]] }),
        tinyMarketplace({ id: 'fr', languages: ['fr'], classes: [classes[1]] }),
      ],
      sites: [tinySite({ id: 'both', languages: ['en', 'de'] }), tinySite({ id: 'other', languages: ['en', 'fr'] })],
      shiftTemplates: [tinyTemplate('both', ['00:00']), tinyTemplate('other', ['00:00'])],
    });
    const arrivals = [arrivalsAt({ 0: 60 }, HOURS, 'us'), arrivalsAt({ 0: 30 }, HOURS, 'de'), arrivalsAt({}, HOURS, 'fr')];
    const problem = buildPlanningProblem(scenario, { arrivals, grid: tinyGrid(HOURS) });
    const de = problem.queues.findIndex((q) => q.key === 'de/standard');
    const onDuty = problem.pools.map(() => [1, 0, 0, 0, 0, 0]);
    const dispatch: DispatchRun[] = [
      { ...run(0, HOURS, ['us/standard', 'fr/standard']), siteId: 'other' },
      { ...run(0, HOURS, ['us/standard', 'de/standard']), siteId: 'both' },
    ];
    const replay = replayDispatch(problem, onDuty, problem.sites.map(() => new Array(HOURS).fill(0)), dispatch);
    // 60 US messages shared by two agents leave the bilingual one half an hour for German
    expect(answeredIn(replay[de], 0)).toBeCloseTo(30, 6);
  });
});
