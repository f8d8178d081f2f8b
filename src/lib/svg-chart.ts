/**
 * Geometry for the charts drawn at build time as inline SVG: scales, step lines, axis
 * ticks, stacked bars and an equirectangular projection. Pure numbers and path strings;
 * the components only place them.
 */

/** Inner margins of a chart, in SVG units. */
export interface Margins {
  /** Space above the plot. */
  top: number;
  /** Space right of the plot. */
  right: number;
  /** Space below the plot (x axis labels). */
  bottom: number;
  /** Space left of the plot (y axis labels). */
  left: number;
}

/** Rounds to one decimal so that paths stay short and stable. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** A linear map from a domain to a range; a zero-width domain maps to the range start. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  return (value) => round(span === 0 ? r0 : r0 + ((value - d0) / span) * (r1 - r0));
}

/** An SVG path that steps horizontally then vertically through the points ("step after"), ending `extendTo` units right of the last point. */
export function stepPath(points: readonly { x: number; y: number }[], extendTo?: number): string {
  if (points.length === 0) return '';
  const [first, ...rest] = points;
  let d = `M${round(first!.x)} ${round(first!.y)}`;
  let y = first!.y;
  for (const p of rest) {
    d += `H${round(p.x)}`;
    if (p.y !== y) d += `V${round(p.y)}`;
    y = p.y;
  }
  if (extendTo !== undefined && extendTo > points.at(-1)!.x) d += `H${round(extendTo)}`;
  return d;
}

/** The first of 1, 2, 5, 10, 20, 50… that reaches `top` in at most `count` steps. */
function tickStep(top: number, count: number): number {
  for (let magnitude = 1; ; magnitude *= 10) {
    const fit = [1, 2, 5].map((s) => s * magnitude).find((s) => top / s <= count);
    if (fit) return fit;
  }
}

/** Whole-number ticks from 0 to at least `max`, at most about `count` of them, with a step of 1, 2, 5, 10, 20, 50… */
export function integerTicks(max: number, count = 5): number[] {
  const top = Math.max(1, Math.ceil(max));
  const step = tickStep(top, count);
  const ticks: number[] = [];
  for (let v = 0; v < top + step; v += step) {
    ticks.push(v);
    if (v >= top) break;
  }
  return ticks;
}

/** Ticks along the plan's days: day 1, then every `every` days, and the last day. */
export function dayTicks(lastDay: number, every = 15): number[] {
  const ticks = [1];
  for (let d = every; d < lastDay; d += every) if (d - ticks.at(-1)! >= every / 2) ticks.push(d);
  if (lastDay > 1) {
    if (lastDay - ticks.at(-1)! < every / 2 && ticks.length > 1) ticks.pop();
    ticks.push(lastDay);
  }
  return ticks;
}

/** One segment of a stacked bar. */
export interface BarSegment<K extends string> {
  /** Which series the segment shows. */
  key: K;
  /** The value it stands for. */
  value: number;
  /** Left edge. */
  x: number;
  /** Width (0 for a zero value). */
  width: number;
}

/** Lays out horizontal stacked segments of `values` (in `keys` order) from x = `start`, `unit` SVG units per 1. */
export function stackSegments<K extends string>(keys: readonly K[], values: Record<K, number>, start: number, unit: number): BarSegment<K>[] {
  let x = start;
  return keys.map((key) => {
    const width = round(values[key] * unit);
    const segment = { key, value: values[key], x: round(x), width };
    x += values[key] * unit;
    return segment;
  });
}

/** A rectangle of the page that a map projection fills. */
export interface MapBox {
  /** Width in SVG units. */
  width: number;
  /** Height in SVG units. */
  height: number;
  /** Westmost longitude shown. */
  west: number;
  /** Eastmost longitude shown. */
  east: number;
  /** Northmost latitude shown. */
  north: number;
  /** Southmost latitude shown. */
  south: number;
}

/** Equirectangular projection of [longitude, latitude] into `box` (x right, y down). */
export function project([lon, lat]: readonly [number, number], box: MapBox): { x: number; y: number } {
  return {
    x: round(((lon - box.west) / (box.east - box.west)) * box.width),
    y: round(((box.north - lat) / (box.north - box.south)) * box.height),
  };
}

/** A map box around points (longitude, latitude), padded by `pad` degrees, snapped to `snap` degrees, with the given width and the height that keeps degrees square. */
export function fitBox(points: readonly (readonly [number, number])[], width: number, pad = 20, snap = 10): MapBox {
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const down = (v: number) => Math.floor(v / snap) * snap;
  const up = (v: number) => Math.ceil(v / snap) * snap;
  const west = Math.max(-180, down((points.length ? Math.min(...lons) : -180) - pad));
  const east = Math.min(180, up((points.length ? Math.max(...lons) : 180) + pad));
  const south = Math.max(-90, down((points.length ? Math.min(...lats) : -60) - pad));
  const north = Math.min(90, up((points.length ? Math.max(...lats) : 75) + pad));
  return { width, height: round((width * (north - south)) / (east - west)), west, east, north, south };
}

/** A placed label. */
export interface PlacedLabel {
  /** Anchor x of the text. */
  x: number;
  /** Baseline y of the text. */
  y: number;
  /** SVG text-anchor. */
  anchor: 'start' | 'end';
}

/**
 * Places one text label beside each point so that labels stay inside the box and do not
 * overlap each other: tries right, then left, at the point's height, then above and below.
 * Text width is estimated at `charWidth` per character.
 */
export function placeLabels(
  items: readonly { x: number; y: number; text: string }[],
  box: { width: number; height: number },
  charWidth = 7,
  lineHeight = 14,
  gap = 9,
): PlacedLabel[] {
  const placed: { left: number; right: number; top: number; bottom: number }[] = [];
  const overlaps = (r: { left: number; right: number; top: number; bottom: number }) =>
    placed.some((p) => r.left < p.right && r.right > p.left && r.top < p.bottom && r.bottom > p.top);
  return items.map(({ x, y, text }) => {
    const w = text.length * charWidth;
    const candidates: PlacedLabel[] = [];
    for (const dy of [0, -lineHeight, lineHeight, -2 * lineHeight, 2 * lineHeight]) {
      candidates.push({ x: x + gap, y: y + dy, anchor: 'start' }, { x: x - gap, y: y + dy, anchor: 'end' });
    }
    const rect = (c: PlacedLabel) => {
      const left = c.anchor === 'start' ? c.x : c.x - w;
      return { left, right: left + w, top: c.y - lineHeight / 2, bottom: c.y + lineHeight / 2 };
    };
    const inside = (r: ReturnType<typeof rect>) => r.left >= 0 && r.right <= box.width && r.top >= 0 && r.bottom <= box.height;
    const choice = candidates.find((c) => inside(rect(c)) && !overlaps(rect(c))) ?? candidates.find((c) => inside(rect(c))) ?? candidates[0]!;
    placed.push(rect(choice));
    return { ...choice, x: round(choice.x), y: round(choice.y) };
  });
}
