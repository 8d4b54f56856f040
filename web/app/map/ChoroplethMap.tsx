import { memo, useCallback, useMemo, useRef, useState, type MouseEvent } from 'react';
import { MAP_WIDTH, projectRegions, type GeoData, type ProjectedRegion } from './geo.js';
import { TexturePattern, type TextureSpec } from './Texture.js';

/** How one region is drawn: its colour, its textures, and what hovering it says. */
export interface RegionStyle {
  readonly fill: string;
  /** Hatched (black and white stripes, visible on any colour): a gap. */
  readonly gap?: boolean;
  /** Dotted: a second-order "no figure" (e.g. an actual without a target). */
  readonly dots?: boolean;
  /** Marked with a dot: a remote region (it has outermost small islands). */
  readonly remote?: boolean;
  /** The region's name and figure, for the tooltip and the path's <title>. */
  readonly label: string;
}

interface ChoroplethMapProps {
  readonly geo: GeoData;
  /** The region whose sub-regions are drawn ('' or 'ID': all of Indonesia). */
  readonly scope: string;
  /** A region's style; keep it the same function while its answers stay (memoise it): the paths redraw when it changes. */
  readonly styleOf: (code: string, name: string) => RegionStyle;
  readonly selected: string | null;
  readonly onSelect: (code: string) => void;
  /** What the map shows, for screen readers (the table and the controls hold the same). */
  readonly label: string;
  readonly testId?: string;
}

/** A fill with texture is a <pattern> of its own (see Texture.tsx). */
interface Texture extends TextureSpec { readonly gap: boolean; readonly dots: boolean }

const textureKey = (style: RegionStyle) => `${style.fill}|${style.gap ? 1 : 0}|${style.dots ? 1 : 0}`;

interface PaintedRegion extends ProjectedRegion {
  readonly paint: string;
  readonly label: string;
}

/** The regions themselves: redrawn when the colouring changes, never on hover. */
const RegionPaths = memo(function RegionPaths({ regions }: { regions: readonly PaintedRegion[] }) {
  return (
    <>
      {regions.map((region) => (
        <path key={region.code} d={region.d} fill={region.paint} data-code={region.code}>
          <title>{region.label}</title>
        </path>
      ))}
    </>
  );
});

/**
 * A choropleth of provinces or regencies, drawn with d3-geo as SVG by React: no tiles, no
 * basemap, nothing from outside the server. Every region of the scope draws (data-code = its
 * idn-area-data code); hovering names it with its figure (a tooltip, and the path's <title>);
 * clicking calls onSelect. The projection and the paths are computed once per layer and scope.
 */
export function ChoroplethMap({ geo, scope, styleOf, selected, onSelect, label, testId = 'choropleth' }: ChoroplethMapProps) {
  const projected = useMemo(() => projectRegions(geo, scope), [geo, scope]);
  const { painted, textures } = useMemo(() => {
    const found = new Map<string, Texture>();
    const list = projected.regions.map((region): PaintedRegion & { remote: boolean } => {
      const style = styleOf(region.code, region.name);
      let paint = style.fill;
      if (style.gap || style.dots) {
        const key = textureKey(style);
        let texture = found.get(key);
        if (!texture) found.set(key, (texture = { id: `map-texture-${found.size}`, fill: style.fill, gap: Boolean(style.gap), dots: Boolean(style.dots) }));
        paint = `url(#${texture.id})`;
      }
      return { ...region, paint, label: style.label, remote: Boolean(style.remote) };
    });
    return { painted: list, textures: [...found.values()] };
  }, [projected, styleOf]);
  const byCode = useMemo(() => new Map(painted.map((r) => [r.code, r])), [painted]);

  const frame = useRef<HTMLDivElement>(null);
  const [hover, setHover] = useState<{ code: string; x: number; y: number } | null>(null);
  const codeAt = (event: MouseEvent) => (event.target as Element).getAttribute('data-code');
  const onMove = useCallback((event: MouseEvent<SVGGElement>) => {
    const code = codeAt(event);
    const box = frame.current?.getBoundingClientRect();
    if (!code || !box) { setHover(null); return; }
    setHover({ code, x: event.clientX - box.left, y: event.clientY - box.top });
  }, []);
  const hovered = hover ? byCode.get(hover.code) : undefined;
  const chosen = selected ? byCode.get(selected) : undefined;
  const width = frame.current?.clientWidth ?? MAP_WIDTH;

  return (
    <div className="map-frame" ref={frame}>
      <svg viewBox={`0 0 ${MAP_WIDTH} ${projected.height}`} role="img" aria-label={label} data-testid={testId}
        data-layer={geo.layer} data-scope={scope || 'ID'} data-regions={painted.length}>
        <defs>
          {textures.map((texture) => <TexturePattern key={texture.id} texture={texture} />)}
        </defs>
        <g className="map-regions" onMouseMove={onMove} onMouseLeave={() => setHover(null)}
          onClick={(event) => { const code = codeAt(event); if (code) onSelect(code); }}>
          <RegionPaths regions={painted} />
        </g>
        {projected.provinceBorders && <path className="map-province-borders" d={projected.provinceBorders} />}
        <g className="map-remote" aria-hidden="true">
          {painted.filter((r) => r.remote).map((r) => (
            <circle key={r.code} cx={r.anchor[0]} cy={r.anchor[1]} r="3.4" data-remote={r.code} />
          ))}
        </g>
        {chosen && <path className="map-selected" d={chosen.d} data-selected={chosen.code} />}
        {hovered && hovered.code !== chosen?.code && <path className="map-hovered" d={hovered.d} />}
      </svg>
      {hover && hovered && (
        <div className="map-tooltip" role="presentation" data-testid="map-tooltip"
          style={{ left: Math.min(hover.x + 14, Math.max(0, width - 260)), top: hover.y - 14 }}>
          {hovered.label}
        </div>
      )}
    </div>
  );
}
