import { useId } from 'react';
import { TexturePattern } from './Texture.js';

/** One line of the legend: a swatch drawn as the map draws it, and what it means. */
export interface LegendItem {
  readonly key: string;
  readonly label: string;
  readonly fill?: string;
  readonly gap?: boolean;
  readonly dots?: boolean;
  /** The remote marker (a dot) instead of a fill. */
  readonly marker?: boolean;
  /** How many regions on the map are drawn so. */
  readonly count?: string;
}

function Swatch({ item }: { item: LegendItem }) {
  const id = `legend-${useId().replace(/:/g, '')}`;
  if (item.marker) {
    return (
      <svg className="legend-swatch" viewBox="0 0 18 14" aria-hidden="true">
        <rect x="0.5" y="0.5" width="17" height="13" fill="#fff" stroke="#9aa8b4" />
        <circle cx="9" cy="7" r="3.4" className="map-remote-dot" />
      </svg>
    );
  }
  const textured = item.gap || item.dots;
  return (
    <svg className="legend-swatch" viewBox="0 0 18 14" aria-hidden="true">
      {textured && <defs><TexturePattern texture={{ id, fill: item.fill ?? '#fff', gap: item.gap, dots: item.dots }} /></defs>}
      <rect x="0.5" y="0.5" width="17" height="13" fill={textured ? `url(#${id})` : item.fill} stroke="#6b7a86" />
    </svg>
  );
}

/** The map's key: each colour, texture and marker in words, with how many regions carry it. */
export function MapLegend({ title, items, testId = 'map-legend' }: { title: string; items: readonly LegendItem[]; testId?: string }) {
  return (
    <div className="map-legend" data-testid={testId}>
      <p className="map-legend-title">{title}</p>
      <ul>
        {items.map((item) => (
          <li key={item.key} data-key={item.key}>
            <Swatch item={item} />
            <span>{item.label}</span>
            {item.count !== undefined && <span className="legend-count">{item.count}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
