import { readFileSync } from 'node:fs';
import { DECISIONS } from '../../../../domain/taxonomy';
import { CHART_COLOURS, colourOf, PALETTE_HEX } from './chart-colours';

/** sRGB hex to CIELAB (D65) */
function lab(hex: string): [number, number, number] {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return xyzToLab(0.4124 * r + 0.3576 * g + 0.1805 * b, 0.2126 * r + 0.7152 * g + 0.0722 * b, 0.0193 * r + 0.1192 * g + 0.9505 * b);
}

function xyzToLab(x: number, y: number, z: number): [number, number, number] {
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 / 116) * t + 16 / 116);
  const [fx, fy, fz] = [f(x / 0.95047), f(y), f(z / 1.08883)];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** how a colour looks with full deuteranopia or protanopia (Machado, Oliveira and Fernandes 2009, severity 1.0), in linear RGB */
const SIMULATIONS: Record<string, number[][]> = {
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
};

function simulate(hex: string, matrix: number[][]): string {
  const lin = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const out = matrix.map((row) => Math.min(1, Math.max(0, row[0]! * lin[0]! + row[1]! * lin[1]! + row[2]! * lin[2]!)));
  const srgb = out.map((c) => Math.round(255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055)));
  return `#${srgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

const distance = (a: string, b: string) => Math.hypot(...lab(a).map((v, i) => v - lab(b)[i]!));

/**
 * the chart library's palette as it ships (its module loads d3's ES modules, which jest does not
 * run here, so its source is read): qualitative colour n and the semantic "disabled" grey, each as
 * [light, dark]; a colour with one value serves both
 */
function shippedPalette(): Map<string, [string, string]> {
  const source = readFileSync(require.resolve('@fluentui/react-charts').replace(/lib-commonjs[\\/]index\.cjs$/, 'lib/utilities/colors.js'), 'utf8');
  const palette = new Map<string, [string, string]>();
  for (const match of source.matchAll(/'?(\d+|disabled)'?\s*:\s*\[\s*'(#[0-9a-f]{6})'(?:\s*,\s*'(#[0-9a-f]{6})')?/g)) {
    const key = /^\d+$/.test(match[1]!) ? `color${match[1]}` : match[1]!;
    if (!palette.has(key)) palette.set(key, [match[2]!, match[3] ?? match[2]!]);
  }
  return palette;
}

describe('chart colours', () => {
  it("are Fluent's data-visualisation palette, in light and dark", () => {
    const palette = shippedPalette();
    for (const key of Object.keys(PALETTE_HEX) as (keyof typeof PALETTE_HEX)[]) {
      expect([key, PALETTE_HEX[key].light, PALETTE_HEX[key].dark]).toEqual([key, ...palette.get(key)!]);
    }
  });

  it('give each choice its own colour', () => {
    expect(new Set(DECISIONS.map((d) => CHART_COLOURS[d])).size).toBe(DECISIONS.length);
  });

  // a CIELAB distance of about 20 is plainly two colours; the pairs read side by side most often
  it.each(['normal', 'deuteranopia', 'protanopia'])('keep applied apart from not applicable and from considered for %s vision', (vision) => {
    const look = (hex: string) => (vision === 'normal' ? hex : simulate(hex, SIMULATIONS[vision]!));
    for (const dark of [false, true]) {
      const applied = look(colourOf('applied', dark));
      expect(distance(applied, look(colourOf('not-applicable', dark)))).toBeGreaterThan(20);
      expect(distance(applied, look(colourOf('considered', dark)))).toBeGreaterThan(20);
    }
  });
});
