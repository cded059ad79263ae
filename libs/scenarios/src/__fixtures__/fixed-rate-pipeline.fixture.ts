import type { PlannedShift, QueueArrivals } from '@app/domain';
import { localToUtc, addDays, formatUtc, HOUR_MS } from '@app/domain';
import type { PlanRequest, ScenarioPipeline } from '../pipeline.types';
import { flatArrivals } from './tiny-scenario.fixture';

/**
 * A pipeline with hand-checkable answers, to test how comparisons add things up (the real
 * planner and simulator are tested in their libraries and in the integration spec):
 * - forecast: 1 message per hour in every queue;
 * - plan: costs 2 (reporting currency) per message needing a reply, all at the first site,
 *   whose first template starts once a day at its first start time with one agent; planned
 *   SLA 1, average wait 2 h, p90 4 h — except "acknowledged" twins: SLA 0.5, 10 h, 20 h;
 *   payroll per message: base 1.7 and premiums 0.3; but a named team of fewer than 5 agents is
 *   short (a staffing gap of 8 agent-hours a day per missing agent, at the first site, the hire
 *   suggested like the first agent from the grid's first day) and works overtime: base 1.5,
 *   premiums 0.3, overtime 0.2;
 * - simulate: SLA 0.97 (0.95–0.99); wait by buyer-local hour of the week = hour / 10.
 */
/** A named team smaller than this is short-staffed. */
const TEAM_SIZE = 5;

export function fixedRatePipeline(calls: PlanRequest[] = []): ScenarioPipeline {
  return {
    forecast: async (scenario, window) => flatArrivals(scenario, window.hours),
    plan: async (request) => {
      calls.push(request);
      const needing = (queue: QueueArrivals) =>
        request.scenario.marketplaces.find((m) => m.id === queue.marketplaceId)?.classes.find((c) => c.id === queue.classId)?.replyDeadlineHours != null;
      const messagesOf = (marketplaceId: string) =>
        request.arrivals.filter((q) => q.marketplaceId === marketplaceId && needing(q)).reduce((sum, q) => sum + q.values.reduce((a, b) => a + b, 0), 0);
      const total = request.scenario.marketplaces.reduce((sum, m) => sum + messagesOf(m.id), 0);
      const site = request.scenario.sites[0];
      const template = request.scenario.shiftTemplates.find((t) => t.siteId === site.id)!;
      const firstDate = request.grid.startUtc.slice(0, 10);
      const shifts: PlannedShift[] = Array.from({ length: request.grid.hours / 24 }, (_, day) => {
        const date = addDays(firstDate, day);
        const start = localToUtc(date, template.startTimes[0], site.timeZone);
        return { siteId: site.id, templateId: template.id, date, localStart: template.startTimes[0], startUtc: formatUtc(start), endUtc: formatUtc(start + template.lengthHours * HOUR_MS), count: 1 };
      });
      const twin = (id: string) => id.endsWith('--acknowledged');
      const agents = request.scenario.agents;
      const missing = agents.length > 0 ? Math.max(0, TEAM_SIZE - agents.length) : 0;
      const cents = (value: number) => Math.round(value * 100) / 100;
      const payroll = {
        base: cents((missing ? 1.5 : 1.7) * total),
        premiums: cents(0.3 * total),
        overtime: cents(missing ? 0.2 * total : 0),
        vendor: 0,
        idleContracted: 0,
        total: 2 * total,
      };
      const staffingGap = {
        agentHours: missing * 8 * (request.grid.hours / 24),
        gaps: missing ? 1 : 0,
        suggestedOverride: missing ? { kind: 'hire-agents' as const, siteId: site.id, count: missing, likeAgentId: agents[0].id, from: firstDate } : null,
      };
      return {
        status: 'optimal',
        plan: { scenarioName: request.scenario.name, grid: request.grid, shifts, arrivals: request.arrivals },
        totalCost: 2 * total,
        costBySite: { [site.id]: 2 * total },
        slaAttainment: 1,
        marketplaces: request.scenario.marketplaces.map((m) => ({
          marketplaceId: m.id,
          messages: messagesOf(m.id),
          slaAttainment: twin(m.id) ? 0.5 : 1,
          averageWaitHours: twin(m.id) ? 10 : 2,
          p90WaitHours: twin(m.id) ? 20 : 4,
        })),
        payroll,
        staffingGap,
        lpBound: 2 * total * 0.99,
        gap: 0.01,
        solver: 'fixed-rate',
        solveSeconds: 0,
      };
    },
    simulate: async (request) => ({
      slaAttainment: { mean: 0.97, low: 0.95, high: 0.99 },
      marketplaces: request.scenario.marketplaces.map((m) => ({
        marketplaceId: m.id,
        messages: 1,
        slaAttainment: { mean: 0.97, low: 0.95, high: 0.99 },
        averageWaitHours: { mean: 2.5, low: 2, high: 3 },
        p90WaitHours: { mean: 5, low: 4, high: 6 },
        waitByLocalHourOfWeek: Array.from({ length: 168 }, (_, hour) => hour / 10),
      })),
    }),
  };
}
