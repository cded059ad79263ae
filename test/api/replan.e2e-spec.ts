import { generateActuals, actualsToCsv, type ReplanResult } from '@app/actuals';
import { PlanRepository } from '../../apps/api/src/plans/plan.repository';
import { HOUR, PLAN_ID, WEEK_START, actualsSetup, weekPlan } from './actuals-setup.fixture';
import { streamJob } from './forecasts-job-events.fixture';
import { SHENZHEN_AGENTS } from './shenzhen-team.fixture';
import { TestApp, startTestApp } from './support/test-app';

// The Shenzhen team's week (four agents, 09:00–17:00 Shanghai, 10 Tmall messages an hour
// forecast) and three times the forecast coming in from Monday to Wednesday noon: the re-plan
// at Wednesday 12:00 Shanghai (04:00 UTC) must keep every shift already started and propose
// only changes the rules allow.

const AS_OF = '2026-03-04T04:00:00Z';
const AS_OF_MS = Date.parse(AS_OF);

interface Shift {
  agentId: string;
  startUtc: string;
  endUtc: string;
  paidHours: number;
  date: string;
}

describe('re-plan the rest of the week from now', () => {
  let t: TestApp;
  let rotaId: string;
  let before: Shift[];
  let proposal: { rotaId: string; planId: string; result: ReplanResult & { levels: Array<{ marketplaceId: string; factor: number }> } };

  beforeAll(async () => {
    t = await startTestApp();
    await t.http().post('/api/scenario/import').send(actualsSetup()).expect(200);
    await t.app.get(PlanRepository).insert(weekPlan());
    const started = await t.http().post('/api/rotas').send({ planId: PLAN_ID }).expect(202);
    expect((await streamJob(t, started.body.jobId)).at(-1)?.type).toBe('done');
    rotaId = started.body.rotaId;
    before = await shiftsOf(rotaId);
    // 30 an hour until Wednesday noon, all answered within 2 hours except the last hours' (open at noon)
    const surge = generateActuals({
      seed: 11,
      fromUtcMs: WEEK_START,
      toUtcMs: AS_OF_MS,
      marketplaces: [{ marketplaceId: 'tmall', ratePerHour: 30, classes: [{ classId: 'standard', share: 1 }], replyBands: [{ share: 1, minHours: 2, maxHours: 2 }] }],
      agents: SHENZHEN_AGENTS.map((agent) => ({ agent, siteId: 'shenzhen' })),
    });
    await t.http().post('/api/actuals/import').set('Content-Type', 'text/csv').send(actualsToCsv(surge.messages)).expect(200);
    proposal = (await t.http().post('/api/monitor/replan').send({ asOf: AS_OF }).expect(200)).body;
  }, 120_000);
  afterAll(async () => {
    await t.close();
  });

  async function shiftsOf(id: string): Promise<Shift[]> {
    const rota = (await t.http().get(`/api/rotas/${id}`).expect(200)).body;
    return rota.agents.flatMap((agent: any) =>
      agent.days.flatMap((day: any) => day.shifts.map((shift: any) => ({ agentId: agent.id, startUtc: shift.startUtc, endUtc: shift.endUtc, paidHours: shift.paidHours, date: day.date }))),
    );
  }

  it('re-forecasts the rest from what came in: three times the forecast, pulled towards it by the prior', () => {
    expect(proposal).toMatchObject({ rotaId, planId: PLAN_ID });
    // 52 hours seen (Monday 00:00 to Wednesday 04:00 UTC), 12 forecast hours of prior: (1560 + 120) / (520 + 120)
    expect(proposal.result.levels).toEqual([{ marketplaceId: 'tmall', forecastSeen: 520, receivedSeen: 1560, factor: 1680 / 640 }]);
    expect(proposal.result.asOfUtc).toBe(AS_OF);
    expect(proposal.result.windowEndUtc).toBe('2026-03-09T00:00:00Z');
  });

  it('proposes changes that make the rest of the week less late, each with its cost and sentence', () => {
    const [tmallBefore] = proposal.result.before;
    const [tmallAfter] = proposal.result.after;
    expect(tmallBefore.late).toBeGreaterThan(100);
    expect(tmallAfter.late).toBeLessThan(tmallBefore.late - 10);
    expect(proposal.result.changes.length).toBeGreaterThan(0);
    expect(proposal.result.cost).toBeCloseTo(proposal.result.changes.reduce((sum, change) => sum + change.cost, 0), 2);
    for (const change of proposal.result.changes) {
      expect(['extend', 'call-in', 'cancel']).toContain(change.kind);
      expect(change.sentence).toMatch(/^(Extend|Call in|Cancel) .+; cost [+−]\$\d/);
    }
    expect(proposal.result.notes[0]).toMatch(/^\d+ changes?, cost [+−]\$[\d,]+: late messages \d+ → \d+ over the rest of the window\.$/);
  });

  it('keeps every shift already started (at most extended) and moves nothing else', () => {
    const after = proposal.result.assignments;
    const key = (shift: { agentId: string; startUtc: string }) => `${shift.agentId}|${shift.startUtc}`;
    const kept = new Map(after.map((shift) => [key(shift), shift]));
    for (const shift of before.filter((row) => Date.parse(row.startUtc) < AS_OF_MS)) {
      const now = kept.get(key(shift));
      expect(now).toBeDefined();
      expect(Date.parse(now!.endUtc)).toBeGreaterThanOrEqual(Date.parse(shift.endUtc));
      expect(Date.parse(now!.endUtc) - Date.parse(shift.endUtc)).toBeLessThanOrEqual(proposal.result.rules.maxExtensionHours * HOUR);
    }
    const changed = new Set(proposal.result.changes.map((change) => `${change.agentId}|${(change.before ?? change.after)!.startUtc}`));
    for (const shift of before) {
      if (changed.has(key(shift))) continue;
      expect(kept.get(key(shift))).toMatchObject({ startUtc: shift.startUtc, endUtc: shift.endUtc });
    }
  });

  it('proposes only what the rules allow: call-ins with notice, no second shift a day, rest, days and hours a week', () => {
    const { rules, changes, assignments } = proposal.result;
    for (const change of changes) {
      if (change.kind === 'call-in') expect(Date.parse(change.after!.startUtc)).toBeGreaterThanOrEqual(AS_OF_MS + rules.callInNoticeHours * HOUR);
      if (change.kind === 'cancel') expect(Date.parse(change.before!.startUtc)).toBeGreaterThanOrEqual(AS_OF_MS + rules.cancelNoticeHours * HOUR);
      if (change.kind === 'extend') expect(change.after!.startUtc).toBe(change.before!.startUtc);
    }
    for (const agentId of SHENZHEN_AGENTS) {
      const own = assignments.filter((shift) => shift.agentId === agentId).sort((a, b) => a.startUtc.localeCompare(b.startUtc));
      expect(new Set(own.map((shift) => shift.date)).size).toBe(own.length);
      expect(own.length).toBeLessThanOrEqual(5);
      // 40 contracted hours and the default 4 hours of overtime
      expect(own.reduce((sum, shift) => sum + shift.paidHours, 0)).toBeLessThanOrEqual(44);
      for (let i = 1; i < own.length; i++) expect(Date.parse(own[i].startUtc) - Date.parse(own[i - 1].endUtc)).toBeGreaterThanOrEqual(11 * HOUR);
    }
  });

  it('stores an accepted re-plan as a new draft of the rota, and refuses one proposed for a rota since replaced', async () => {
    const accepted = (await t.http().post('/api/monitor/replan/accept').send({ asOf: AS_OF, rotaId }).expect(201)).body;
    expect(accepted.changes).toBe(proposal.result.changes.length);
    expect(accepted.rotaId).not.toBe(rotaId);
    const stored = await shiftsOf(accepted.rotaId);
    const sorted = (list: Array<{ agentId: string; startUtc: string; endUtc: string }>) => list.map((shift) => `${shift.agentId}|${shift.startUtc}|${shift.endUtc}`).sort();
    expect(sorted(stored)).toEqual(sorted(proposal.result.assignments));
    expect((await t.http().get(`/api/rotas/${accepted.rotaId}`).expect(200)).body.publishedAt).toBeNull();
    // the new draft is now the rota the plan works by
    const stale = await t.http().post('/api/monitor/replan/accept').send({ asOf: AS_OF, rotaId }).expect(409);
    expect(stale.body.message).toContain(`rota "${rotaId}" is no longer the rota plan "${PLAN_ID}" works by (now "${accepted.rotaId}")`);
  });

  it('refuses a moment outside the plan, a moment without an offset, and a time no plan covers', async () => {
    const outside = await t.http().post('/api/monitor/replan').send({ asOf: '2026-03-10T04:00:00Z', planId: PLAN_ID }).expect(400);
    expect(outside.body.issues).toEqual([expect.objectContaining({ path: '/asOf', message: expect.stringContaining(`is outside plan "${PLAN_ID}", which covers 2026-03-02T00:00:00Z`) })]);
    const local = await t.http().post('/api/monitor/replan').send({ asOf: '2026-03-04T12:00:00' }).expect(400);
    expect(JSON.stringify(local.body)).toContain('asOf must be an ISO 8601 instant with an offset');
    const none = await t.http().post('/api/monitor/replan').send({ asOf: '2026-04-01T00:00:00Z' }).expect(404);
    expect(none.body.message).toBe('no finished plan covers 2026-04-01T00:00:00.000Z: plan that week first (POST /api/plans)');
  });

  it('takes the notice and limits of the request: no extensions allowed, only call-ins; bad limits refused', async () => {
    const strict = (await t.http().post('/api/monitor/replan').send({ asOf: AS_OF, rules: { maxExtensionHours: 0, maxChanges: 3 } }).expect(200)).body.result as ReplanResult;
    expect(strict.rules).toEqual({ callInNoticeHours: 2, cancelNoticeHours: 24, maxExtensionHours: 0, maxChanges: 3 });
    expect(strict.changes.length).toBeLessThanOrEqual(3);
    expect(strict.changes.every((change) => change.kind !== 'extend')).toBe(true);
    const bad = await t.http().post('/api/monitor/replan').send({ asOf: AS_OF, rules: { maxChanges: -1 } }).expect(400);
    expect(JSON.stringify(bad.body)).toContain('maxChanges');
  });

  it('lets planners see a re-plan and only managers and leads accept one', async () => {
    await (await t.as('finance')).post('/api/monitor/replan').send({ asOf: AS_OF }).expect(200);
    await (await t.as('finance')).post('/api/monitor/replan/accept').send({ asOf: AS_OF, rotaId }).expect(403);
    await (await t.as('viewer')).post('/api/monitor/replan').send({ asOf: AS_OF }).expect(403);
  });
});
