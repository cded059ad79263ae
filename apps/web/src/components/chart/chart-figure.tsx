import type { ReactNode } from 'react';

/**
 * A chart with its title and a one-sentence description for screen readers (what the chart
 * shows and where its figures can be read as text), and its key below.
 */
export function ChartFigure({ title, description, legend, children, testId }: { title: ReactNode; description: string; legend?: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <figure className="chart-figure" data-testid={testId}>
      <figcaption className="chart-figure__title">{title}</figcaption>
      <div className="chart-figure__plot" role="img" aria-label={description}>
        {children}
      </div>
      {legend}
    </figure>
  );
}
