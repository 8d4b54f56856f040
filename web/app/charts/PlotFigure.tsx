import { useEffect, useRef } from 'react';
import * as Plot from '@observablehq/plot';

export { Plot };

/**
 * An Observable Plot chart in React: Plot draws an SVG from `options`, this puts it in the page
 * and replaces it when the options change. Give the figure a label for screen readers; the
 * page's table holds the same figures for them and for downloads.
 */
export function PlotFigure({ options, label, testId }: { options: Plot.PlotOptions; label: string; testId?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const chart = Plot.plot({ ariaLabel: label, ...options });
    ref.current?.replaceChildren(chart);
    return () => chart.remove();
  }, [options, label]);
  return <figure className="plot" ref={ref} data-testid={testId} aria-label={label} />;
}
