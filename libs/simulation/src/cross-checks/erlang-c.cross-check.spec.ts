import { erlangCServiceLevel, erlangCWaitProbability } from '@app/optimizer';
import type { HourGrid } from '@app/domain';
import { marketplace, priorityClass, site } from '../__fixtures__/simulation-fixtures';
import { staffingFromSiteHours } from '../input/staffing.util';
import { simulate } from '../simulate';

/**
 * Live chat is a queue people wait on: with Poisson arrivals, exponential handle times and a
 * fixed number of agents (M/M/c), the share answered within the target must match Erlang C,
 * and so must the average speed of answer, C · AHT / (c − A).
 */
describe('cross-check: real-time queue against Erlang C', () => {
  const grid: HourGrid = { startUtc: '2024-03-04T00:00:00Z', hours: 168, mode: 'cyclic' };
  const answerWithinSeconds = 60;
  const handleMinutes = 4;

  it.each([
    [8, 90],
    [7, 90],
    [12, 150],
  ])('%i agents, %i chats an hour of 4 minutes: service level within 1 point of Erlang C', (agents, contactsPerHour) => {
    const chat = marketplace('shopify-chat', [priorityClass('chat', 1, handleMinutes, { realTime: { serviceLevel: 0.8, answerWithinSeconds } })]);
    const result = simulate(
      {
        marketplaces: [chat],
        sites: [site('manila', { shrinkage: 0, occupancy: 1 })],
        staffing: staffingFromSiteHours(grid, { manila: new Array(168).fill(agents) }),
        arrivals: { kind: 'expected', queues: [{ marketplaceId: 'shopify-chat', classId: 'chat', values: new Array(168).fill(contactsPerHour) }] },
      },
      { mode: 'poisson', replications: 40, seed: 11 },
    );
    const queue = result.queues[0];
    const traffic = (contactsPerHour * handleMinutes) / 60;
    const expected = erlangCServiceLevel(agents, traffic, answerWithinSeconds, handleMinutes * 60);
    expect(expected).toBeGreaterThan(0.5);
    expect(expected).toBeLessThan(0.99);
    expect(Math.abs(queue.serviceLevel!.mean - expected)).toBeLessThan(0.01);

    const averageSpeedOfAnswerHours = (erlangCWaitProbability(agents, traffic) * handleMinutes) / (agents - traffic) / 60;
    expect(queue.averageWaitHours.mean / averageSpeedOfAnswerHours).toBeGreaterThan(0.93);
    expect(queue.averageWaitHours.mean / averageSpeedOfAnswerHours).toBeLessThan(1.07);
  });
});
