import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure } from '../../../components/chart/chart-figure';
import { ChartLegend } from '../../../components/chart/chart-legend';
import { formatCurrency } from '../../../lib/format/format-currency.util';
import { PAY_COMPONENTS, type PayComponent } from '../lib/payroll-rows';
import { PAYROLL_CONFIG } from './payroll.config';

export type PayrollChartRow = { site: string } & Record<PayComponent, number>;

const axis = { stroke: 'var(--chart-axis)', fontSize: 12 };

/** Each site's payroll as one bar stacked by pay component. */
export function PayrollChart({ rows, currency }: { rows: readonly PayrollChartRow[]; currency: string }) {
  const shown = PAY_COMPONENTS.filter((key) => rows.some((row) => row[key] !== 0));
  return (
    <ChartFigure
      title={`Payroll per site by component (${currency})`}
      testId="payroll-chart"
      description="Bar chart of each site's payroll stacked by pay component; the table gives the figures."
      legend={<ChartLegend items={shown.map((key) => ({ key, ...PAYROLL_CONFIG[key] }))} />}
    >
      <ResponsiveContainer width="100%" height={48 + 44 * rows.length}>
        <BarChart data={rows as PayrollChartRow[]} layout="vertical" margin={{ top: 4, right: 16, bottom: 0, left: 8 }}>
          <CartesianGrid stroke="var(--chart-grid)" horizontal={false} />
          <XAxis type="number" {...axis} tickFormatter={(v: number) => formatCurrency(v, currency).replace(/\.00$/, '')} />
          <YAxis type="category" dataKey="site" {...axis} width={150} />
          <Tooltip formatter={(value) => formatCurrency(Number(value), currency)} />
          {shown.map((key) => (
            <Bar key={key} dataKey={key} name={PAYROLL_CONFIG[key].label} stackId="payroll" fill={PAYROLL_CONFIG[key].color} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
