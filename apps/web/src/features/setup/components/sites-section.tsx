import type { Site } from '@app/domain';
import { siteOvertime } from '@app/domain/pay-policy'; // not the index: it would bundle the holiday calendars
import { formatCurrency } from '../../../lib/format/format-currency.util';
import { formatPercent } from '../../../lib/format/format-percent.util';
import { formatTimeZone } from '../../../lib/format/format-time-zone.util';
import { useCan } from '../../../lib/session/session-context';
import { useCurrencyRates } from '../api/currency-rates';
import { useDeleteSite, useSaveSite, useSites } from '../api/sites';
import { CrudSection } from './crud-section';
import { SiteForm } from './site-form';

function describePremiums(site: Site): string {
  const { night, weekend, statutoryHoliday } = site.premiums;
  const parts = [
    night !== 1 ? `night ×${night} (${site.nightHours.start}–${site.nightHours.end})` : '',
    weekend !== 1 ? `weekend ×${weekend}` : '',
    statutoryHoliday !== 1 ? `holiday ×${statutoryHoliday}` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'none';
}

/** "×1.5, ≤ 4 h/week (default)". */
function describeOvertime(site: Site): string {
  const { multiplier, maxHoursPerAgentPerWeek } = siteOvertime(site);
  const policy = maxHoursPerAgentPerWeek === 0 ? 'none' : `×${multiplier}, ≤ ${maxHoursPerAgentPerWeek} h/week`;
  return site.overtime ? policy : `${policy} (default)`;
}

export function SitesSection() {
  const rates = useCurrencyRates();
  // without pay.read the API sends sites without their hourly and vendor rates
  const canReadPay = useCan('pay.read');
  return (
    <CrudSection<Site>
      title="Sites"
      noun="site"
      description="Teams in one time zone, with their pay, premiums, overtime, public holidays and headcount range."
      query={useSites()}
      save={useSaveSite()}
      remove={useDeleteSite()}
      idOf={(s) => s.id}
      nameOf={(s) => s.name}
      emptyHint="Add the site where your agents work (for example Shenzhen, Asia/Shanghai, CNY). Shift templates and agents belong to a site."
      columns={[
        { key: 'name', header: 'Site', cell: (s) => <strong>{s.name}</strong>, wrap: true },
        { key: 'zone', header: 'Local time', cell: (s) => <span title={s.timeZone}>{formatTimeZone(s.timeZone)}</span>, wrap: true },
        ...(canReadPay ? [{ key: 'cost', header: 'Hourly cost', numeric: true, cell: (s: Site) => formatCurrency(s.hourlyCost, s.currency) }] : []),
        { key: 'premiums', header: 'Premiums', cell: describePremiums, wrap: true },
        { key: 'holidays', header: 'Holidays of', cell: (s) => s.holidayCountry },
        { key: 'headcount', header: 'Headcount', numeric: true, cell: (s) => `${s.minHeadcount}–${s.maxHeadcount}` },
        { key: 'shrinkage', header: 'Shrinkage', numeric: true, cell: (s) => formatPercent(s.shrinkage) },
        { key: 'overtime', header: 'Overtime', cell: describeOvertime, wrap: true },
      ]}
      renderForm={(props) => <SiteForm {...props} ratedCurrencies={(rates.data ?? []).map((r) => r.currency)} />}
    />
  );
}
