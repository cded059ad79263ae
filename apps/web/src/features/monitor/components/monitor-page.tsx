import { useMemo, useState } from 'react';
import type { Marketplace, Site } from '@app/domain';
import { EmptyState } from '../../../components/ui/empty-state';
import { QueryErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { useCan } from '../../../lib/session/session-context';
import { useActualsSummary } from '../api/get-actuals-summary';
import { useMonitorPlans } from '../api/get-monitor-plans';
import { defaultAsOf, defaultMonitorPeriod, defaultMonitorPlan, hasShifts, toIsoUtc, type MonitorPeriod } from '../lib/monitor-period';
import { ActualsImportCard } from './actuals-import-card';
import { MonitorPeriodPicker } from './monitor-period-picker';
import { MonitorReportView } from './monitor-report-view';

/**
 * The monitor: import what actually happened (a helpdesk export), set it against the plan for a
 * period — service so far, late messages, the hours against the forecast, adherence to the rota —
 * and re-plan the rest of the week from now.
 */
export function MonitorPage({ marketplaces, sites }: { marketplaces: readonly Marketplace[]; sites: readonly Site[] }) {
  const summary = useActualsSummary();
  const plans = useMonitorPlans();
  const canImport = useCan('actuals.write');
  const [chosenPlanId, setChosenPlanId] = useState<string | null>(null);
  const [chosenPeriod, setChosenPeriod] = useState<MonitorPeriod | null>(null);

  const extents = useMemo(() => summary.data ?? [], [summary.data]);
  const usablePlans = useMemo(() => (plans.data ?? []).filter(hasShifts), [plans.data]);
  // '' in the picker: the plan the API finds covering the period
  const autoPlan = defaultMonitorPlan(usablePlans, extents);
  const plan = chosenPlanId === '' ? null : (usablePlans.find((p) => p.id === chosenPlanId) ?? autoPlan);
  const period = chosenPeriod ?? defaultMonitorPeriod(plan, extents, Date.now());
  const asOfMs = defaultAsOf(extents);
  const noActuals = summary.isSuccess && extents.length === 0;

  const choosePlan = (id: string) => {
    setChosenPlanId(id);
    // the period follows the plan chosen
    setChosenPeriod(null);
  };

  return (
    <>
      {canImport ? <ActualsImportCard marketplaces={marketplaces} /> : null}
      {summary.isPending || plans.isPending ? <LoadingState label="Loading the actuals…" /> : null}
      {summary.isError ? <QueryErrorState error={summary.error} what="the imported actuals" onRetry={() => void summary.refetch()} /> : null}
      {plans.isError ? <QueryErrorState error={plans.error} what="the plans" onRetry={() => void plans.refetch()} /> : null}
      {noActuals ? (
        <EmptyState title="No actuals imported yet — import a helpdesk export">
          {canImport
            ? 'Export the messages of the days so far from the helpdesk (one row per message, with when it came in and when it was first answered) and import the file above.'
            : 'A lead or a manager imports the helpdesk export; the monitor then sets it against the plan.'}
        </EmptyState>
      ) : null}
      {summary.isSuccess && plans.isSuccess && !noActuals ? (
        <>
          <MonitorPeriodPicker
            period={period}
            onPeriodChange={setChosenPeriod}
            plans={usablePlans}
            planId={chosenPlanId === '' ? '' : (plan?.id ?? '')}
            onPlanChange={choosePlan}
            request={period ? { from: toIsoUtc(period.fromMs), to: toIsoUtc(period.toMs), planId: plan?.id } : null}
          />
          {period ? (
            <MonitorReportView
              request={{ from: toIsoUtc(period.fromMs), to: toIsoUtc(period.toMs), planId: plan?.id }}
              marketplaces={marketplaces}
              sites={sites}
              replanPlanId={plan?.id ?? null}
              asOfMs={asOfMs}
            />
          ) : null}
        </>
      ) : null}
    </>
  );
}
