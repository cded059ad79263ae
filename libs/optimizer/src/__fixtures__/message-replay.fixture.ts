import type { ScenarioFile } from '@app/domain';
import type { PlanResult } from '../plan-result.types';

export interface Message {
  queue: string;
  arrivalHour: number;
  answeredHour: number | null;
}

/**
 * An independent replay of the published rule, message by message and minute by minute: every
 * agent on duty is one person who, when free, takes the oldest message of the first queue in
 * their site's list that has one waiting, and answers it in its handle time within the hour.
 * The hour's messages are there from its start (the planner's hourly grid).
 */
export function replayMessages(plan: PlanResult, scenario: ScenarioFile): Message[] {
  const handle = new Map(plan.queues.map((q) => [`${q.marketplaceId}/${q.classId}`, q.handleMinutes]));
  const waiting = new Map<string, Message[]>([...handle.keys()].map((key) => [key, []]));
  const all: Message[] = [];
  const siteIds = scenario.sites.map((s) => s.id);
  const ruleAt = (siteId: string, hour: number) => plan.dispatch.find((run) => run.siteId === siteId && run.fromHour <= hour && hour < run.toHour)?.queues ?? [];
  for (let hour = 0; hour < plan.grid.hours; hour++) {
    for (const queue of plan.queues) {
      const key = `${queue.marketplaceId}/${queue.classId}`;
      for (let i = 0; i < queue.arrivals[hour]; i++) {
        const message: Message = { queue: key, arrivalHour: hour, answeredHour: null };
        waiting.get(key)!.push(message);
        all.push(message);
      }
    }
    const agents = siteIds.flatMap((siteId) => {
      const onDuty = Math.round(plan.sites.find((s) => s.siteId === siteId)!.onDuty[hour]);
      return Array.from({ length: onDuty }, () => ({ siteId, freeAt: 0 }));
    });
    for (let minute = 0; minute < 60; minute++) {
      for (const agent of agents) {
        if (agent.freeAt > minute) continue;
        const key = ruleAt(agent.siteId, hour).find((k) => waiting.get(k)!.length && minute + handle.get(k)! <= 60);
        if (!key) continue;
        const message = waiting.get(key)!.shift()!;
        message.answeredHour = hour;
        agent.freeAt = minute + handle.get(key)!;
      }
    }
  }
  return all;
}

/**
 * One marketplace's share within deadline and average wait from a message-level replay: due by
 * the end of hour k + D − 1; messages not yet due when the grid ends are not counted.
 */
export function messageService(messages: readonly Message[], marketplaceId: string, deadlineOf: (queue: string) => number, hours: number): { slaAttainment: number; averageWaitHours: number } {
  const own = messages.filter((m) => m.queue.startsWith(`${marketplaceId}/`));
  const counted = own.filter((m) => m.answeredHour !== null || m.arrivalHour + deadlineOf(m.queue) - 1 < hours);
  const onTime = counted.filter((m) => m.answeredHour !== null && m.answeredHour <= m.arrivalHour + deadlineOf(m.queue) - 1).length;
  const answered = own.filter((m) => m.answeredHour !== null);
  return {
    slaAttainment: counted.length ? onTime / counted.length : 1,
    averageWaitHours: answered.length ? answered.reduce((total, m) => total + m.answeredHour! - m.arrivalHour, 0) / answered.length : 0,
  };
}
