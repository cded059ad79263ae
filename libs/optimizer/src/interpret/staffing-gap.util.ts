import { HOURS_PER_WEEK, HOUR_MS, formatLocal, formatUtc, toLocal } from '@app/domain';
import type { PlanningModel } from '../planning/planning-model.build';
import type { StaffingGap, StaffingOption, SuggestedHire, SuggestedVendor } from '../plan-result.types';

/** Less than this many agent-hours short in an hour is solver noise, not a gap. */
const NOISE = 0.01;
/** Hours apart that still belong to one run of shortage (a night shift's two ends). */
const RUN_JOIN_HOURS = 12;

/**
 * Where the named team falls short (the model's staffing-gap hours), as runs of hours per site
 * and language pool, each with how many more agents it needs and what closing it costs: hiring
 * agents like the pool's members from the run's first day (their pay over the rest of the
 * grid), raising overtime, or buying the agent-hours from a vendor at the site's vendor rate. The
 * cheapest hire or vendor cover is offered as a ready override (`suggestedFix`). A shortage
 * only the whole-shift plan has (not the relaxation, and the plan not proven optimal) is the
 * solve's, not the team's: it is returned apart, with no hiring advice.
 */
export function readStaffingGaps(
  model: PlanningModel,
  values: readonly number[] | null,
  lpGap: readonly (readonly number[])[] | undefined,
  provenOptimal: boolean,
): StaffingGaps {
  const result: StaffingGaps = { gaps: [], roundingShortfall: [] };
  if (!values) return result;
  const { problem, vars } = model;
  const hours = problem.grid.hours;
  problem.pools.forEach((_, p) => {
    const refs = vars.gap[p];
    if (!refs?.length) return;
    const short = Array.from(refs, (v) => (v >= 0 ? Math.max(0, values[v]) : 0));
    let h = 0;
    while (h < hours) {
      if (short[h] <= NOISE) {
        h++;
        continue;
      }
      let last = h;
      for (let k = h + 1; k < hours && k <= last + RUN_JOIN_HOURS; k++) if (short[k] > NOISE) last = k;
      let agentHours = 0;
      let peak = 0;
      for (let k = h; k <= last; k++) {
        agentHours += short[k];
        peak = Math.max(peak, short[k]);
      }
      // short in a proven optimum, or in the relaxation too: the team is; otherwise the whole
      // shifts found within the time limit are
      let lpShort = 0;
      for (let k = h; k <= last; k++) lpShort += lpGap?.[p]?.[k] ?? 0;
      if (provenOptimal || lpShort > NOISE) result.gaps.push(describeGap(model, p, h, last, Math.ceil(peak - 1e-6), agentHours));
      else result.roundingShortfall.push({ pool: p, agentHours });
      h = last + 1;
    }
  });
  return result;
}

export interface StaffingGaps {
  /** Shortages the relaxation has too: the named team cannot cover them, however the shifts are laid. */
  gaps: StaffingGap[];
  /** Shortages only of the whole-shift plan found in time (the team could cover them): per pool, agent-hours. */
  roundingShortfall: Array<{ pool: number; agentHours: number }>;
}

function describeGap(model: PlanningModel, p: number, from: number, to: number, peakAgents: number, agentHours: number): StaffingGap {
  const { problem } = model;
  const pool = problem.pools[p];
  const site = problem.sites[pool.siteIndex];
  const startMs = problem.grid.startUtcMs + from * HOUR_MS;
  const endMs = problem.grid.startUtcMs + (to + 1) * HOUR_MS;
  const like = pool.groupIndices.map((g) => problem.groups[g]).sort((a, b) => b.agentIds.length - a.agentIds.length)[0];
  const fromDate = toLocal(startMs, site.timeZone).date;
  // hiring: agents like the pool's largest group, paid from the run's first hour to the grid's end
  const remainingWeeks = (problem.grid.hours - from) / HOURS_PER_WEEK;
  const contract = like.weeks[0].contractHours / like.agentIds.length;
  const hireCount = Math.max(peakAgents, Math.ceil(agentHours / Math.max(1, contract * Math.max(1 / 7, Math.min(1, (to + 1 - from) / HOURS_PER_WEEK)))));
  const hireCost = hireCount * contract * like.baseRate * remainingWeeks;
  const overtimeCost = agentHours * like.baseRate * like.overtimeMultiplier;
  const vendorCost = agentHours * site.vendorHourlyRate;
  const languages = pool.languages.join(', ');
  const span = `${formatLocal(startMs, site.timeZone)} – ${formatLocal(endMs, site.timeZone)}`;
  const hire: SuggestedHire = { kind: 'hire-agents', siteId: site.id, count: hireCount, likeAgentId: like.agentIds[0], from: fromDate };
  const vendor = vendorCover(model, p, startMs, endMs, peakAgents);
  const vendorHours = Math.ceil(agentHours * 10 - 1e-6) / 10;
  const options: StaffingOption[] = [
    { kind: 'hire', description: `Hire ${hireCount} ${site.name} agent${hireCount === 1 ? '' : 's'} speaking ${languages} from ${fromDate}`, cost: round2(hireCost), override: hire },
    { kind: 'overtime', description: `Allow ${Math.ceil(agentHours)} more overtime hours at ${site.name} in that period`, cost: round2(overtimeCost) },
    {
      kind: 'vendor',
      description: `Buy ${vendorHours} vendor agent-hours speaking ${languages} for ${site.name}, up to ${peakAgents} at once, ${vendor.vendor.start === vendor.vendor.end ? vendor.vendor.start : `${vendor.vendor.start} – ${vendor.vendor.end}`} (site time)`,
      cost: round2(vendorCost),
      vendorHours,
      override: vendor,
    },
  ];
  options.sort((a, b) => a.cost - b.cost);
  return {
    siteId: site.id,
    siteName: site.name,
    languages: [...pool.languages],
    fromUtc: formatUtc(startMs),
    toUtc: formatUtc(endMs),
    localFrom: formatLocal(startMs, site.timeZone),
    localTo: formatLocal(endMs, site.timeZone),
    peakAgents,
    agentHours: Math.round(agentHours * 10) / 10,
    message:
      `${site.name} is ${peakAgents} agent${peakAgents === 1 ? '' : 's'} speaking ${languages} short ${span} (site time): ` +
      `${Math.round(agentHours)} agent-hours of work the named team cannot cover.`,
    options,
    suggestedOverride: hire,
    suggestedFix: options.find((option) => option.override)!.override!,
  };
}

/**
 * Vendor cover for one run of shortage, as a `vendor` override: the pool's languages, the run's
 * site-local hours (every hour of the day when the run is a day or longer) on its dates. The
 * scenarios library plans a vendor as a site whose agent-hour answers 60 minutes of work and
 * costs pricePerMessage × 60 / AHT, AHT weighted by the volume of the marketplaces it may serve;
 * an agent-hour of this site answers productiveMinutesPerHour minutes. So pricePerMessage =
 * rate × AHT / productive minutes makes the site's agent-hour of work cost the vendor rate, and
 * capacity for ⌈peak × productive minutes / 60⌉ vendor agent-hours an hour covers the peak.
 */
function vendorCover(model: PlanningModel, p: number, startMs: number, endMs: number, peakAgents: number): SuggestedVendor {
  const { problem } = model;
  const pool = problem.pools[p];
  const site = problem.sites[pool.siteIndex];
  let minutes = 0;
  let messages = 0;
  for (const queue of problem.queues) {
    if (queue.kind !== 'deferred' || !queue.languages.some((language) => pool.languages.includes(language))) continue;
    const volume = queue.arrivals.reduce((sum, value) => sum + value, 0);
    minutes += volume * queue.handleMinutes;
    messages += volume;
  }
  const handleMinutes = messages > 0 ? minutes / messages : 60;
  const vendorAgents = Math.ceil((peakAgents * site.productiveMinutesPerHour) / 60 - 1e-9);
  const first = toLocal(startMs, site.timeZone);
  const last = toLocal(endMs - 1, site.timeZone);
  const clock = (t: { hour: number; minute: number }) => `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;
  const end = toLocal(endMs, site.timeZone);
  const wholeDays = endMs - startMs >= 24 * HOUR_MS;
  const serviceHours: SuggestedVendor['vendor']['serviceHours'] = wholeDays
    ? [{ days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '00:00' }]
    : [{ days: [first.weekday as 1], start: clock(first), end: clock(end) }];
  const slug = `${site.id}-${pool.languages.join('-')}-${first.date}`.replace(/[^A-Za-z0-9._-]/g, '-');
  return {
    kind: 'vendor',
    vendor: {
      id: `vendor-cover-${slug}`.slice(0, 100),
      name: `${site.name} ${pool.languages.join('+')} vendor cover ${first.date}`,
      timeZone: site.timeZone,
      country: site.country,
      serviceHours,
      languages: [...pool.languages],
      currency: site.currency,
      pricePerMessage: round6(((site.vendorHourlyRate / site.toReporting) * handleMinutes) / site.productiveMinutesPerHour),
      capacityPerHour: Math.ceil((vendorAgents * 60) / handleMinutes + 1e-6),
      start: first.date,
      end: last.date,
    },
  };
}

function round6(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}
