import type { ScenarioFile } from '@app/domain';
import type { PlanResult } from '../plan-result.types';

export interface Message {
  queue: string;
  /** Grid minute it arrives: an hour's messages come in evenly over it. */
  arrivalMinute: number;
  /** Grid minute its reply is sent (picked up + handle time), null when never answered. */
  repliedMinute: number | null;
}

/**
 * An independent replay of the published rule, message by message and minute by minute: the
 * hour's messages arrive evenly spread over it, and every agent on duty is one person who, when
 * free, takes the oldest message that has arrived of the first queue in their site's list that
 * has one, and answers it in its handle time within the hour.
 */
export function replayMessages(plan: PlanResult, scenario: ScenarioFile): Message[] {
  const handle = new Map(plan.queues.map((q) => [`${q.marketplaceId}/${q.classId}`, q.handleMinutes]));
  const waiting = new Map<string, Message[]>([...handle.keys()].map((key) => [key, []]));
  const all: Message[] = [];
  const siteIds = scenario.sites.map((s) => s.id);
  const ruleAt = (siteId: string, hour: number) => plan.dispatch.find((run) => run.siteId === siteId && run.fromHour <= hour && hour < run.toHour)?.queues ?? [];
  for (let hour = 0; hour < plan.grid.hours; hour++) {
    const arriving = plan.queues.flatMap((queue) => {
      const key = `${queue.marketplaceId}/${queue.classId}`;
      const count = Math.round(queue.arrivals[hour]);
      return Array.from({ length: count }, (_, i): Message => ({ queue: key, arrivalMinute: hour * 60 + (60 * (i + 0.5)) / count, repliedMinute: null }));
    });
    arriving.sort((a, b) => a.arrivalMinute - b.arrivalMinute);
    all.push(...arriving);
    const agents = siteIds.flatMap((siteId) => {
      const onDuty = Math.round(plan.sites.find((s) => s.siteId === siteId)!.onDuty[hour]);
      return Array.from({ length: onDuty }, () => ({ siteId, freeAt: 0 }));
    });
    let next = 0;
    for (let minute = 0; minute < 60; minute++) {
      const now = hour * 60 + minute;
      while (next < arriving.length && arriving[next].arrivalMinute <= now) waiting.get(arriving[next].queue)!.push(arriving[next++]);
      for (const agent of agents) {
        if (agent.freeAt > minute) continue;
        const key = ruleAt(agent.siteId, hour).find((k) => waiting.get(k)!.length && minute + handle.get(k)! <= 60);
        if (!key) continue;
        const message = waiting.get(key)!.shift()!;
        message.repliedMinute = now + handle.get(key)!;
        agent.freeAt = minute + handle.get(key)!;
      }
    }
    // the last minute's arrivals wait for the next hour
    while (next < arriving.length) waiting.get(arriving[next].queue)!.push(arriving[next++]);
  }
  return all;
}

/**
 * One marketplace's share within deadline (the reply sent by arrival + D, on a calendar clock)
 * and average wait from a message-level replay; messages not yet due when the grid ends are
 * not counted.
 */
export function messageService(messages: readonly Message[], marketplaceId: string, deadlineOf: (queue: string) => number, hours: number): { slaAttainment: number; averageWaitHours: number } {
  const own = messages.filter((m) => m.queue.startsWith(`${marketplaceId}/`));
  const dueMinute = (m: Message) => m.arrivalMinute + deadlineOf(m.queue) * 60;
  const counted = own.filter((m) => m.repliedMinute !== null || dueMinute(m) <= hours * 60);
  const onTime = counted.filter((m) => m.repliedMinute !== null && m.repliedMinute <= dueMinute(m)).length;
  const answered = own.filter((m) => m.repliedMinute !== null);
  return {
    slaAttainment: counted.length ? onTime / counted.length : 1,
    averageWaitHours: answered.length ? answered.reduce((total, m) => total + (m.repliedMinute! - m.arrivalMinute) / 60, 0) / answered.length : 0,
  };
}
