/**
 * How a plan's status reads and looks: a finished plan is a success, a warning or a problem.
 * A plan that leaves staffing gaps (hours the named team cannot cover) is never a plain success.
 */
export interface PlanStatusView {
  label: string;
  tone: 'success' | 'warning' | 'error' | 'info';
  /** A plan with shifts to show (optimal, feasible, or timed out with an integer plan). */
  hasPlan: boolean;
}

export function planStatusView(status: string, totalCost: number | null, staffingGaps = 0): PlanStatusView {
  const view = solverStatusView(status, totalCost);
  if (!view.hasPlan || staffingGaps === 0) return view;
  return { ...view, label: `${view.label} · team short-staffed`, tone: view.tone === 'error' ? 'error' : 'warning' };
}

function solverStatusView(status: string, totalCost: number | null): PlanStatusView {
  switch (status) {
    case 'optimal':
      return { label: 'Optimal', tone: 'success', hasPlan: true };
    case 'feasible':
      return { label: 'Feasible, within the gap shown', tone: 'success', hasPlan: true };
    case 'timedout':
      return totalCost !== null
        ? { label: 'Time limit reached', tone: 'warning', hasPlan: true }
        : { label: 'Time limit reached without a plan', tone: 'error', hasPlan: false };
    case 'infeasible':
      return { label: 'Infeasible', tone: 'error', hasPlan: false };
    case 'running':
      return { label: 'Solving…', tone: 'info', hasPlan: false };
    case 'cancelled':
      return { label: 'Cancelled', tone: 'warning', hasPlan: false };
    case 'failed':
      return { label: 'Failed', tone: 'error', hasPlan: false };
    default:
      return { label: status, tone: totalCost !== null ? 'success' : 'warning', hasPlan: totalCost !== null };
  }
}
