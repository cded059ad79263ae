import { useState } from 'react';
import { DataTable, type Column } from '../../../components/ui/data-table';
import { SelectField } from '../../../components/ui/form-field';
import { formatCurrency } from '../../../lib/format/format-currency.util';
import { formatNumber } from '../../../lib/format/format-number.util';
import type { PayComponents, PlanPayroll } from '../api/plan.types';
import { PAY_COMPONENTS, payrollPeriodRows, payrollSiteRows, type PayrollPeriodRow, type PayrollSiteRow } from '../lib/payroll-rows';
import { PayrollChart } from './payroll-chart';
import { PAYROLL_CONFIG } from './payroll.config';

/** The pay components as money columns, labelled from the payroll config, the total in bold. */
function componentColumns<T extends PayComponents & { total: number }>(currency: string): Column<T>[] {
  const money = (value: number) => formatCurrency(value, currency);
  return [
    ...PAY_COMPONENTS.map((key) => ({ key, header: PAYROLL_CONFIG[key].label, numeric: true, cell: (row: T) => money(row[key]) })),
    { key: 'total', header: 'Total', numeric: true, cell: (row: T) => <strong>{money(row.total)}</strong> },
  ];
}

const hours = (value: number) => formatNumber(value, undefined, 0);

/**
 * What finance pays for the plan: per site the five pay components and the total (in the
 * reporting currency; under the site's name its total in its own currency and its hours worked
 * and contracted); then the same by site-local month and by week, for all sites or the one chosen.
 */
export function PayrollCard({ payroll, siteName }: { payroll: PlanPayroll; siteName: (id: string) => string }) {
  const [periodSite, setPeriodSite] = useState('');
  const currency = payroll.reportingCurrency;
  const sites = payrollSiteRows(payroll);
  const chosen = payroll.sites.some((site) => site.siteId === periodSite) ? periodSite : null;
  const months = payrollPeriodRows(payroll, 'month', chosen);
  const weeks = payrollPeriodRows(payroll, 'week', chosen);
  const of = chosen === null ? (payroll.sites.length > 1 ? 'all sites' : siteName(payroll.sites[0]?.siteId ?? '')) : siteName(chosen);
  const days = formatNumber(payroll.hours / 24);
  return (
    <div className="payroll-tables">
      <p className="muted">
        Pay over the plan’s {days} days only (never scaled up to a month). Salaried agents are paid their contracted hours whether the rota uses them or not: the hours it does not use are
        idle contracted hours. Premiums are the night, weekend and holiday pay above the base rate.
      </p>
      <DataTable
        caption={`Payroll per site (${currency})`}
        testId="payroll-site-table"
        rows={sites}
        rowKey={(row) => row.key}
        columns={[
          {
            key: 'site',
            header: 'Site',
            wrap: true,
            cell: (row: PayrollSiteRow) => (
              <>
                <strong>{row.siteId === null ? 'All sites' : siteName(row.siteId)}</strong>
                <span className="payroll-site__detail">
                  {row.totalLocal !== null && row.currency !== null ? `${formatCurrency(row.totalLocal, row.currency)} · ` : ''}
                  {hours(row.workedHours)} h worked{row.contractedHours > 0 ? ` of ${hours(row.contractedHours)} contracted` : ''}
                </span>
              </>
            ),
          },
          ...componentColumns<PayrollSiteRow>(currency),
        ]}
      />
      {payroll.sites.length > 0 ? (
        <div className="space-above">
          <PayrollChart
            currency={currency}
            rows={payroll.sites.map((site) => ({
              site: siteName(site.siteId),
              base: site.base,
              premiums: site.premiums,
              overtime: site.overtime,
              vendor: site.vendor,
              idleContracted: site.idleContracted,
            }))}
          />
        </div>
      ) : null}
      {payroll.sites.length > 1 ? (
        <div className="toolbar space-above">
          <SelectField
            label="Months and weeks of"
            value={chosen ?? ''}
            onValueChange={setPeriodSite}
            options={[{ value: '', label: 'All sites' }, ...payroll.sites.map((site) => ({ value: site.siteId, label: siteName(site.siteId) }))]}
          />
        </div>
      ) : null}
      <div className="space-above">
        <DataTable
          caption={`Payroll of ${of} by month (each site’s own calendar, ${currency})`}
          testId="payroll-month-table"
          rows={months}
          rowKey={(row) => row.period}
          columns={[{ key: 'period', header: 'Month', cell: (row) => <strong>{row.period}</strong> }, ...componentColumns<PayrollPeriodRow>(currency)]}
        />
      </div>
      <div className="space-above">
        <DataTable
          caption={`Payroll of ${of} by week of the plan (${currency})`}
          testId="payroll-week-table"
          tall={weeks.length > 8}
          rows={weeks}
          rowKey={(row) => row.period}
          columns={[{ key: 'period', header: 'Week', cell: (row) => <strong>{row.period.replace(/^week /, 'Week ')}</strong> }, ...componentColumns<PayrollPeriodRow>(currency)]}
        />
      </div>
    </div>
  );
}
