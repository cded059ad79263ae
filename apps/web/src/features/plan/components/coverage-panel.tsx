import { useMemo, useState } from 'react';
import type { Marketplace, Site } from '@app/domain';
import { SelectField } from '../../../components/ui/form-field';
import { QueryErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { formatTimeZone } from '../../../lib/format/format-time-zone.util';
import { usePlanCoverage } from '../api/get-plan-coverage';
import { coverageClocks, marketplaceCoverageRows, naturalClock, overloadedHours, siteCoverageRows } from '../lib/coverage-rows';
import { CoverageChart } from './coverage-chart';

/**
 * The coverage chart with its choices: per site or per marketplace, which one (or all), and
 * the clock to read it on — the buyers', a site's, or UTC.
 */
export function CoveragePanel({
  planId,
  sites,
  marketplaces = [],
}: {
  planId: string;
  /** Absent (a role that cannot read the setup): the sites as the coverage names them. */
  sites?: ReadonlyArray<Pick<Site, 'id' | 'name' | 'timeZone'>>;
  /** Empty (a role that cannot read the setup): the marketplaces' workload in total only, on a site's clock or UTC. */
  marketplaces?: ReadonlyArray<Pick<Marketplace, 'id' | 'name' | 'timeZone'>>;
}) {
  const coverage = usePlanCoverage(planId);
  const [mode, setMode] = useState<'site' | 'marketplace'>('marketplace');
  const [siteId, setSiteId] = useState('');
  const [marketplaceId, setMarketplaceId] = useState('');
  const [clockChoice, setClockChoice] = useState('');

  // Only sites and marketplaces the plan has, in setup order.
  const knownSites = sites ?? coverage.data?.sites.map((c) => ({ id: c.siteId, name: c.name, timeZone: c.timeZone })) ?? [];
  const planSites = knownSites.filter((s) => coverage.data?.sites.some((c) => c.siteId === s.id));
  const planMarketplaces = marketplaces.filter((m) => coverage.data?.queues.some((q) => q.marketplaceId === m.id));
  const clocks = coverageClocks(planSites, planMarketplaces);
  const focusId = mode === 'site' ? siteId || null : marketplaceId || null;
  const natural = naturalClock(clocks, { kind: mode, id: focusId });
  const clock = clocks.find((c) => c.value === clockChoice) ?? natural;

  const rows = useMemo(() => {
    if (!coverage.data) return [];
    return mode === 'site' ? siteCoverageRows(coverage.data, focusId) : marketplaceCoverageRows(coverage.data, focusId);
  }, [coverage.data, mode, focusId]);

  if (coverage.isPending) return <LoadingState label="Loading coverage…" />;
  if (coverage.isError) return <QueryErrorState error={coverage.error} what="the coverage" onRetry={() => void coverage.refetch()} />;

  const subject = mode === 'site' ? (planSites.find((s) => s.id === siteId)?.name ?? 'All sites') : (planMarketplaces.find((m) => m.id === marketplaceId)?.name ?? 'All marketplaces');
  const overloaded = mode === 'site' ? overloadedHours(rows as ReturnType<typeof siteCoverageRows>) : 0;
  const zoneName = clock.kind === 'utc' ? 'UTC' : formatTimeZone(clock.timeZone, new Date(rows[0]?.utcMs ?? Date.now()));

  return (
    <div data-testid="coverage-panel">
      <div className="toolbar row row--end">
        <SelectField
          label="Coverage of"
          value={mode}
          onValueChange={(value) => setMode(value as 'site' | 'marketplace')}
          options={[
            { value: 'marketplace', label: 'Marketplaces (workload)' },
            { value: 'site', label: 'Sites (staffed capacity)' },
          ]}
        />
        {mode === 'site' ? (
          <SelectField label="Site" value={siteId} onValueChange={setSiteId} options={[{ value: '', label: 'All sites' }, ...planSites.map((s) => ({ value: s.id, label: s.name }))]} />
        ) : planMarketplaces.length > 0 ? (
          <SelectField label="Marketplace" value={marketplaceId} onValueChange={setMarketplaceId} options={[{ value: '', label: 'All marketplaces' }, ...planMarketplaces.map((m) => ({ value: m.id, label: m.name }))]} />
        ) : null}
        <SelectField
          label="Clock"
          value={clockChoice}
          onValueChange={setClockChoice}
          options={[{ value: '', label: `Natural: ${natural.label}` }, ...clocks.map((c) => ({ value: c.value, label: c.label }))]}
        />
      </div>
      {rows.length === 0 ? (
        <p className="muted">No hours to show for this choice.</p>
      ) : (
        <CoverageChart mode={mode} rows={rows} timeZone={clock.timeZone} clockLabel={clock.label} title={`${subject}, hour by hour — ${clock.label}: ${zoneName}`} />
      )}
      {mode === 'site' && overloaded > 0 ? (
        <p className="alert alert--warning" role="status">
          In {overloaded} hour{overloaded === 1 ? '' : 's'} the work given exceeds what the agents on duty can handle.
        </p>
      ) : null}
    </div>
  );
}
