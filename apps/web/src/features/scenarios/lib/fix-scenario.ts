import { slugify } from '../../../lib/slug.util';
import type { HireAgentsOverride, Override, ScenarioDefinitionBody, StoredScenarioDefinition, Vendor } from '../api/scenario.types';

/** A fix a plan suggests for a staffing gap: the hire or vendor cover, where, and why. */
export interface StaffingFix {
  override: HireAgentsOverride | { kind: 'vendor'; vendor: Vendor };
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

function sameOverride(a: Override, b: StaffingFix['override']): boolean {
  if (a.kind !== b.kind) return false;
  const left = a as unknown as Record<string, unknown>;
  const right = b as unknown as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  return [...keys].every((key) => JSON.stringify(left[key]) === JSON.stringify(right[key]));
}

/** The fix's scenario name: the hire, or the vendor cover's site and dates. */
function fixNameOf(fix: StaffingFix): string {
  const override = fix.override;
  if (override.kind === 'hire-agents') return `Hire ${override.count} at ${fix.siteName} from ${override.from}`;
  const { start, end } = override.vendor;
  return `Vendor cover at ${fix.siteName} ${start === end ? `on ${start}` : `${start} – ${end}`}`;
}

/** The slug, or the slug with "-2", "-3" … when taken. */
function freeId(name: string, taken: ReadonlySet<string>): string {
  const base = slugify(name) || 'scenario';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * What to store so the suggested fix (a hire or vendor cover) can be compared with the team as
 * it is: the stored scenario without overrides is the baseline (else an "As is" one is made),
 * and a scenario with exactly this override is reused (else one is made, named after it).
 */
export function fixScenarioPlan(existing: readonly StoredScenarioDefinition[], fix: StaffingFix): FixScenarioPlan {
  const override = fix.override;
  const fixName = fixNameOf(fix);
  const taken = new Set(existing.map((scenario) => scenario.id));
  const create: ScenarioDefinitionBody[] = [];
  let baselineId = existing.find((scenario) => scenario.overrides.length === 0)?.id;
  if (baselineId === undefined) {
    baselineId = freeId(BASELINE.name, taken);
    taken.add(baselineId);
    create.push({ id: baselineId, ...BASELINE, overrides: [] });
  }
  let fixId = existing.find((scenario) => scenario.overrides.length === 1 && sameOverride(scenario.overrides[0], override))?.id;
  if (fixId === undefined) {
    fixId = freeId(fixName, taken);
    create.push({ id: fixId, name: fixName, description: `Suggested by a plan to close a staffing gap. ${fix.reason}`.slice(0, 2000), overrides: [{ ...override } as Override] });
  }
  return { create, compare: [baselineId, fixId], fixName };
}
