import type { ScenarioFile } from '@app/domain';
import type { DeferredQueue, PlanningProblem, PlanningQueue, RealTimeQueue } from '../planning/planning-problem.types';
import { describeHours } from './hour-spans.util';
import { InfeasibilityReason } from './infeasibility.types';
import type { InfeasibilityFinding } from './infeasibility.types';

/**
 * Checks that need no solver and name the cause directly: a language no site speaks, messages
 * or chats arriving when no site that speaks the language can have anyone on duty before their
 * deadline, live chat needing more agents than the sites may put on duty.
 */
export function precheckCoverage(scenario: ScenarioFile, problem: PlanningProblem): InfeasibilityFinding[] {
  const findings: InfeasibilityFinding[] = [];
  const reportedLanguage = new Set<string>();
  for (const queue of problem.queues) {
    const marketplace = scenario.marketplaces.find((m) => m.id === queue.marketplaceId);
    if (!marketplace || !hasWork(queue)) continue;
    if (!queue.siteIndices.length) {
      if (reportedLanguage.has(marketplace.id)) continue;
      reportedLanguage.add(marketplace.id);
      const messages = problem.queues.filter((q) => q.marketplaceId === marketplace.id).reduce((s, q) => s + total(q), 0);
      const missing = marketplace.languages.filter((l) => !scenario.sites.some((site) => site.languages.includes(l)));
      const languages = (missing.length ? missing : marketplace.languages).map(languageName).join(' and ');
      findings.push({
        reason: InfeasibilityReason.NoLanguageCoverage,
        marketplaceId: marketplace.id,
        spans: [],
        message:
          `No site speaks ${languages}, the language${missing.length > 1 ? 's' : ''} ${marketplace.name} buyers write in: ` +
          `its ${Math.round(messages).toLocaleString('en-US')} messages cannot be answered. Add ${languages} to a site's languages or add a site that speaks it.`,
      });
      continue;
    }
    const finding = queue.kind === 'deferred' ? deadlineGap(scenario, problem, queue) : chatGap(scenario, problem, queue);
    if (finding) findings.push(finding);
  }
  return findings;
}

/** Messages arriving in hours from which no hour with someone on duty can be reached before their deadline. */
function deadlineGap(scenario: ScenarioFile, problem: PlanningProblem, queue: DeferredQueue): InfeasibilityFinding | null {
  const { grid } = problem;
  const covered = coverage(problem, queue.siteIndices);
  const reachable = (from: number, due: number) => {
    for (let h = from; h <= due; h++) {
      if (grid.mode === 'dated' && h >= grid.hours) return true; // answered after this plan
      if (covered[((h % grid.hours) + grid.hours) % grid.hours]) return true;
    }
    return false;
  };
  const stranded: number[] = [];
  const gap = new Set<number>();
  queue.arrivals.forEach((a, k) => {
    if (a <= 0 || reachable(k, queue.dueHour[k])) return;
    stranded.push(k);
    for (let h = k; h <= queue.dueHour[k]; h++) gap.add(((h % grid.hours) + grid.hours) % grid.hours);
  });
  if (grid.mode === 'dated' && queue.openingBacklog > 0 && !reachable(0, queue.openingDueHour)) {
    stranded.push(0);
    for (let h = 0; h <= queue.openingDueHour; h++) gap.add(h);
  }
  if (!stranded.length) return null;
  const marketplace = scenario.marketplaces.find((m) => m.id === queue.marketplaceId)!;
  const priorityClass = marketplace.classes.find((c) => c.id === queue.classId)!;
  const siteNames = queue.siteIndices.map((s) => problem.sites[s].name).join(', ');
  const arrivals = describeHours(grid, stranded, marketplace.timeZone);
  const uncovered = describeHours(grid, gap, marketplace.timeZone);
  const neverCovered = !covered.some(Boolean);
  const events = closingEvents(problem, queue.siteIndices, gap);
  const why = neverCovered
    ? `no shift template of ${siteNames} puts anyone on duty during the plan`
    : `nobody at ${siteNames} (the sites that speak ${marketplace.languages.map(languageName).join(' and ')}) can be on duty ${uncovered.text}` +
      (events.length ? ` (${events.join(', ')})` : '') +
      ` — the ${formatHours(queue.deadlineHours)} deadline is shorter than that gap in cover`;
  return {
    reason: neverCovered ? InfeasibilityReason.NoShiftCoverage : InfeasibilityReason.DeadlineShorterThanCoverageGap,
    marketplaceId: marketplace.id,
    spans: arrivals.spans,
    message: `${marketplace.name} ${priorityClass.name} messages arriving ${arrivals.text} cannot be answered within ${formatHours(queue.deadlineHours)}: ${why}.`,
  };
}

/** Hours with chats when no site that speaks the language has anyone on duty, or too few allowed. */
function chatGap(scenario: ScenarioFile, problem: PlanningProblem, queue: RealTimeQueue): InfeasibilityFinding | null {
  const covered = coverage(problem, queue.siteIndices);
  const uncovered: number[] = [];
  const short: number[] = [];
  queue.agentsNeeded.forEach((needed, h) => {
    if (needed <= 0) return;
    if (!covered[h]) uncovered.push(h);
    else {
      const most = queue.siteIndices.reduce((s, i) => s + problem.sites[i].maxOnDuty[h] * (1 - problem.sites[i].shrinkage), 0);
      if (most + 1e-9 < needed) short.push(h);
    }
  });
  if (!uncovered.length && !short.length) return null;
  const marketplace = scenario.marketplaces.find((m) => m.id === queue.marketplaceId)!;
  const priorityClass = marketplace.classes.find((c) => c.id === queue.classId)!;
  const siteNames = queue.siteIndices.map((s) => problem.sites[s].name).join(', ');
  if (uncovered.length) {
    const hours = describeHours(problem.grid, uncovered, marketplace.timeZone);
    return {
      reason: InfeasibilityReason.NoShiftCoverage,
      marketplaceId: marketplace.id,
      spans: hours.spans,
      message: `${marketplace.name} ${priorityClass.name} needs agents on line ${hours.text}, but nobody at ${siteNames} can be on duty then.`,
    };
  }
  const hours = describeHours(problem.grid, short, marketplace.timeZone);
  const peak = Math.max(...short.map((h) => queue.agentsNeeded[h]));
  return {
    reason: InfeasibilityReason.HeadcountCap,
    marketplaceId: marketplace.id,
    spans: hours.spans,
    message: `${marketplace.name} ${priorityClass.name} needs up to ${peak} agents on line ${hours.text} (Erlang C, ${Math.round(queue.serviceLevel * 100)} % within ${queue.answerWithinSeconds} s), more than the headcount of ${siteNames} allows after shrinkage.`,
  };
}

function coverage(problem: PlanningProblem, siteIndices: readonly number[]): boolean[] {
  return Array.from({ length: problem.grid.hours }, (_, h) => siteIndices.some((s) => problem.sites[s].coverable[h]));
}

/** Names of availability events that close the sites during the given hours. */
function closingEvents(problem: PlanningProblem, siteIndices: readonly number[], hours: Iterable<number>): string[] {
  const names = new Set<string>();
  for (const h of hours) {
    for (const s of siteIndices) {
      const site = problem.sites[s];
      const event = site.availabilityEvent[h];
      if (event && site.maxOnDuty[h] <= 0) names.add(`${site.name} closed for ${event}`);
    }
  }
  return [...names];
}

function hasWork(queue: PlanningQueue): boolean {
  return total(queue) > 0;
}

function total(queue: PlanningQueue): number {
  return queue.arrivals.reduce((s, a) => s + a, 0) + (queue.kind === 'deferred' ? queue.openingBacklog : 0);
}

function formatHours(hours: number): string {
  return `${Number.isInteger(hours) ? hours : hours.toFixed(1)} h`;
}

/** "ja" → "Japanese" (English names, falling back to the code). */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
