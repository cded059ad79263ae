import { slugify } from '../../../lib/slug.util';
import type { HireAgentsOverride, ScenarioDefinitionBody, StoredScenarioDefinition } from '../api/scenario.types';

/** A fix a plan suggests for a staffing gap: the hire, where, and why. */
export interface StaffingFix {
  override: HireAgentsOverride;
  siteName: string;
  /** The gap in a sentence (the plan's message). */
  reason: string;
}

export interface FixScenarioPlan {
  /** Definitions to create, in this order: a baseline first when there is none, then the fix (unless stored already). */
  create: ScenarioDefinitionBody[];
  /** The baseline's id and the fix's: what to compare, in that order. */
  compare: [string, string];
  fixName: string;
}

export const BASELINE: Pick<ScenarioDefinitionBody, 'name' | 'description'> = { name: 'As is', description: 'The setup as it is, without overrides: the baseline.' };

function sameHire(a: HireAgentsOverride, b: HireAgentsOverride): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof HireAgentsOverride>;
  return [...keys].every((key) => JSON.stringify(a[key]) === JSON.stringify(b[key]));
}

/** The slug, or the slug with "-2", "-3" … when taken. */
function freeId(name: string, taken: ReadonlySet<string>): string {
  const base = slugify(name) || 'scenario';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * What to store so the suggested hire can be compared with the team as it is: the stored
 * scenario without overrides is the baseline (else an "As is" one is made), and a scenario
 * with exactly this hire is reused (else one is made, named after the hire).
 */
export function fixScenarioPlan(existing: readonly StoredScenarioDefinition[], fix: StaffingFix): FixScenarioPlan {
  const hire = fix.override;
  const fixName = `Hire ${hire.count} at ${fix.siteName} from ${hire.from}`;
  const taken = new Set(existing.map((scenario) => scenario.id));
  const create: ScenarioDefinitionBody[] = [];
  let baselineId = existing.find((scenario) => scenario.overrides.length === 0)?.id;
  if (baselineId === undefined) {
    baselineId = freeId(BASELINE.name, taken);
    taken.add(baselineId);
    create.push({ id: baselineId, ...BASELINE, overrides: [] });
  }
  let fixId = existing.find((scenario) => scenario.overrides.length === 1 && scenario.overrides[0].kind === 'hire-agents' && sameHire(scenario.overrides[0], hire))?.id;
  if (fixId === undefined) {
    fixId = freeId(fixName, taken);
    create.push({ id: fixId, name: fixName, description: `Suggested by a plan to close a staffing gap. ${fix.reason}`.slice(0, 2000), overrides: [{ ...hire }] });
  }
  return { create, compare: [baselineId, fixId], fixName };
}
