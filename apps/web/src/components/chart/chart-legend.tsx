import type { ChartSeriesStyle } from './chart-series.types';

/** The chart's key, as HTML under the chart so it wraps on a phone and is read by screen readers. */
export function ChartLegend({ items }: { items: ReadonlyArray<ChartSeriesStyle & { key: string; shape?: 'line' | 'area' | 'bar' | 'dashed' }> }) {
  return (
    <ul className="chart-legend" aria-label="Chart key">
      {items.map((item) => (
        <li key={item.key}>
          <svg className={`chart-legend__swatch chart-legend__swatch--${item.shape ?? 'bar'}`} viewBox="0 0 16 10" aria-hidden="true">
            {item.shape === 'line' || item.shape === 'dashed' ? (
              <line x1="0" y1="5" x2="16" y2="5" stroke={item.color} strokeWidth="2.5" strokeDasharray={item.shape === 'dashed' ? '4 2' : undefined} />
            ) : (
              <rect x="0" y="0" width="16" height="10" rx="2" fill={item.color} />
            )}
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
