import type { StaffingGap } from '../api/plan.types';

/** The fix a gap's button turns into a scenario: its cheapest ready override (a plan stored before vendor cover was offered has only its hire). */
export function gapFix(gap: StaffingGap): StaffingGap['suggestedFix'] {
  return (gap.suggestedFix as StaffingGap['suggestedFix'] | null | undefined) ?? gap.suggestedOverride;
}
