// The app's mark, drawn as geometry so every size is sharp and nothing is downloaded: two arrows
// that chase each other round a circle (reuse, the loop closed) around a leaf (the living world).
// Coordinates are in units of the icon's size, y pointing up, the centre at (0.5, 0.5).

export type Rgb = readonly [number, number, number];

/** how one icon is painted: the mark in `foreground`, on `background` or on transparency */
export interface MarkStyle {
  size: number;
  foreground: Rgb;
  /** undefined: a transparent background (the outline icon, the Outlook ribbon icons) */
  background?: Rgb;
  /** the mark's scale within the icon; the colour icon keeps a margin for Teams' rounded tile */
  scale: number;
}

/** an RGBA image, row by row from the top */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8Array;
}

const RING_INNER = 0.3;
const RING_OUTER = 0.39;
const RING_MID = (RING_INNER + RING_OUTER) / 2;
const ARROW_INNER = 0.245;
const ARROW_OUTER = 0.445;
const ARROW_SWEEP = 0.42; // radians the arrow's tip runs ahead of the end of its arc
/** each arc as [start, end] in radians, turning anticlockwise; the gaps are where the tips point */
const ARCS: ReadonlyArray<readonly [number, number]> = [
  [0.35, 2.5],
  [0.35 + Math.PI, 2.5 + Math.PI],
];
const LEAF_AXIS = Math.PI / 4; // the leaf points to the upper right
const LEAF_HALF_LENGTH = 0.185;
const LEAF_HALF_WIDTH = 0.095;

type Point = readonly [number, number];

const polar = (radius: number, angle: number): Point => [0.5 + radius * Math.cos(angle), 0.5 + radius * Math.sin(angle)];

function angleIn(angle: number, start: number, end: number): boolean {
  const turn = 2 * Math.PI;
  const a = (((angle - start) % turn) + turn) % turn;
  return a <= end - start;
}

/** the arrowheads: a triangle each, across the ring at the arc's end, its tip running ahead */
const HEADS = ARCS.map(([, end]) => [polar(ARROW_INNER, end), polar(ARROW_OUTER, end), polar(RING_MID, end + ARROW_SWEEP)] as const);

function inTriangle(x: number, y: number, [a, b, c]: readonly [Point, Point, Point]): boolean {
  const side = (u: Point, v: Point) => (x - v[0]) * (u[1] - v[1]) - (u[0] - v[0]) * (y - v[1]);
  const d1 = side(a, b);
  const d2 = side(b, c);
  const d3 = side(c, a);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
}

function inArrows(x: number, y: number): boolean {
  const dx = x - 0.5;
  const dy = y - 0.5;
  const r = Math.sqrt(dx * dx + dy * dy);
  // nothing of the arrows lies inside the arrowheads' inner edge or outside their outer one
  if (r < ARROW_INNER || r > ARROW_OUTER) return false;
  const angle = Math.atan2(dy, dx);
  for (let i = 0; i < ARCS.length; i++) {
    const [start, end] = ARCS[i]!;
    if (r >= RING_INNER && r <= RING_OUTER && angleIn(angle, start, end)) return true;
    if (inTriangle(x, y, HEADS[i]!)) return true;
  }
  return false;
}

/** the leaf: where two discs overlap (a vesica), with its midrib cut out at sizes that can show it */
function inLeaf(x: number, y: number, showMidrib: boolean): boolean {
  // into the leaf's own frame: u along the axis, v across it
  const dx = x - 0.5;
  const dy = y - 0.5;
  if (dx * dx + dy * dy > 0.06) return false; // well outside the leaf and its stem
  const u = dx * Math.cos(LEAF_AXIS) + dy * Math.sin(LEAF_AXIS);
  const v = -dx * Math.sin(LEAF_AXIS) + dy * Math.cos(LEAF_AXIS);
  const radius = (LEAF_HALF_WIDTH ** 2 + LEAF_HALF_LENGTH ** 2) / (2 * LEAF_HALF_WIDTH);
  const offset = radius - LEAF_HALF_WIDTH;
  const inBlade = Math.hypot(u, v - offset) <= radius && Math.hypot(u, v + offset) <= radius;
  const inStem = u <= -LEAF_HALF_LENGTH + 0.02 && u >= -LEAF_HALF_LENGTH - 0.05 && Math.abs(v) <= 0.016;
  if (showMidrib && inBlade && Math.abs(v) <= 0.011 && u < LEAF_HALF_LENGTH * 0.72) return false;
  return inBlade || inStem;
}

const SAMPLES = 5; // 5×5 samples a pixel: smooth edges without a rasteriser

/** the share of each pixel the mark covers, 0..1, row by row from the top */
export function markCoverage(size: number, scale: number): Float64Array {
  const coverage = new Float64Array(size * size);
  const showMidrib = size >= 64;
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      let hits = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          // pixel sample in icon units, y up, then scaled about the centre
          const x = 0.5 + ((col + (sx + 0.5) / SAMPLES) / size - 0.5) / scale;
          const y = 0.5 + (1 - (row + (sy + 0.5) / SAMPLES) / size - 0.5) / scale;
          if (inArrows(x, y) || inLeaf(x, y, showMidrib)) hits++;
        }
      }
      coverage[row * size + col] = hits / (SAMPLES * SAMPLES);
    }
  }
  return coverage;
}

/** the icon as RGBA pixels */
export function drawMark(style: MarkStyle): RgbaImage {
  const { size, foreground, background } = style;
  const coverage = markCoverage(size, style.scale);
  const data = new Uint8Array(size * size * 4);
  for (let i = 0; i < size * size; i++) {
    const c = coverage[i]!;
    const o = i * 4;
    if (background) {
      for (let k = 0; k < 3; k++) data[o + k] = Math.round(background[k]! + (foreground[k]! - background[k]!) * c);
      data[o + 3] = 255;
    } else {
      // straight (not premultiplied) alpha: the colour stays the foreground's, only the alpha fades
      for (let k = 0; k < 3; k++) data[o + k] = foreground[k]!;
      data[o + 3] = Math.round(255 * c);
    }
  }
  return { width: size, height: size, data };
}
