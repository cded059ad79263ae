import type { HourGrid, QueueArrivals, ScenarioFile } from '@app/domain';
import { applyAddSiteOverride } from './overrides/add-site.override';
import { applyAgentLeaveOverride } from './overrides/agent-leave.override';
import { applyAutoReplyOverride } from './overrides/auto-reply.override';
import { applyCostChangeOverride } from './overrides/cost-change.override';
import { applyDeflectionOverride, deflectVolume } from './overrides/deflection.override';
import { applyHireAgentsOverride } from './overrides/hire-agents.override';
import { applyMoveAgentsOverride } from './overrides/move-agents.override';
import { applySiteAvailabilityOverride } from './overrides/site-availability.override';
import { applyVendorOverride } from './overrides/vendor.override';
import { applyVolumeMultiplierOverride, multiplyVolume } from './overrides/volume-multiplier.override';
import type { EffectiveScenario, Override, ScenarioDefinition } from './scenario-definition.types';

/** The base setup as a scenario with no overrides (the "as is" column of a comparison). */
export function baseEffectiveScenario(base: ScenarioFile, id = 'base', name = base.name): EffectiveScenario {
  return { id, name, live: false, base, scenario: base, volumeMultipliers: [], deflections: [], vendors: [], autoReply: [] };
}

/** Applies one override; `path` names it in error messages (JSON pointer, "/overrides/2"). */
export function applyOverride(effective: EffectiveScenario, override: Override, path = ''): EffectiveScenario {
  switch (override.kind) {
    case 'volume-multiplier':
      return applyVolumeMultiplierOverride(effective, override, path);
    case 'deflection':
      return applyDeflectionOverride(effective, override, path);
    case 'site-availability':
      return applySiteAvailabilityOverride(effective, override, path);
    case 'cost-change':
      return applyCostChangeOverride(effective, override, path);
    case 'add-site':
      return applyAddSiteOverride(effective, override, path);
    case 'vendor':
      return applyVendorOverride(effective, override, path);
    case 'auto-reply':
      return applyAutoReplyOverride(effective, override, path);
    case 'hire-agents':
      return applyHireAgentsOverride(effective, override, path);
    case 'agent-leave':
      return applyAgentLeaveOverride(effective, override, path);
    case 'move-agents':
      return applyMoveAgentsOverride(effective, override, path);
  }
}

/** The base setup with every override of the definition applied in order; the base is not modified. */
export function applyScenarioDefinition(base: ScenarioFile, definition: ScenarioDefinition): EffectiveScenario {
  let effective: EffectiveScenario = {
    ...baseEffectiveScenario(base, definition.id, definition.name),
    description: definition.description,
    live: definition.live ?? false,
  };
  definition.overrides.forEach((override, index) => {
    effective = applyOverride(effective, override, `/overrides/${index}`);
  });
  return effective;
}

/** The forecast arrivals with this scenario's peaks multiplied in (in order): what buyers send. */
export function peakArrivals(effective: EffectiveScenario, arrivals: QueueArrivals[], grid: HourGrid): QueueArrivals[] {
  let result = arrivals;
  for (const peak of effective.volumeMultipliers) result = multiplyVolume(result, grid, effective.scenario.marketplaces, peak);
  return result;
}

/** The forecast arrivals as this scenario's agents see them: peaks multiplied, then deflected shares removed. */
export function effectiveArrivals(effective: EffectiveScenario, arrivals: QueueArrivals[], grid: HourGrid): QueueArrivals[] {
  let result = peakArrivals(effective, arrivals, grid);
  for (const deflection of effective.deflections) result = deflectVolume(result, deflection);
  return result;
}
