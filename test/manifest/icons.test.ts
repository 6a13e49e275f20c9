// The icons Teams and Outlook show: the committed files are fit for use and match the mark's
// geometry, and the check refuses what Teams would show badly.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { renderIcon } from '../../manifest/icons/draw-icons';
import { ALL_ICONS, COLOR_ICON, OUTLINE_ICON, type IconSpec } from '../../manifest/icons/icon-set';
import { iconProblems } from '../../manifest/package/icon-check';

const ROOT = join(__dirname, '../..');
const committed = (spec: IconSpec) => readFileSync(join(ROOT, spec.file));
const expectation = (spec: IconSpec) => ({ label: spec.file, size: spec.style.size, rule: spec.rule });

function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const image = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const o = (y * size + x) * 4;
      const [r, g, b, a] = pixel(x, y);
      image.data[o] = r;
      image.data[o + 1] = g;
      image.data[o + 2] = b;
      image.data[o + 3] = a;
    }
  }
  return PNG.sync.write(image);
}

/** a white disc on transparency, as an outline icon should be */
const disc = (size: number, colour: [number, number, number] = [255, 255, 255]) =>
  png(size, (x, y) => (Math.hypot(x - size / 2, y - size / 2) < size / 3 ? [...colour, 255] : [0, 0, 0, 0]));

describe('the committed icons', () => {
  it.each(ALL_ICONS.map((spec) => [spec.file, spec] as const))('%s is a PNG of the right size that passes its rule', (_file, spec) => {
    expect(iconProblems(committed(spec), expectation(spec))).toEqual([]);
  });

  it.each(ALL_ICONS.map((spec) => [spec.file, spec] as const))('%s is what the mark draws (redraw with manifest/icons/draw-icons.ts)', (_file, spec) => {
    expect(PNG.sync.read(committed(spec)).data.equals(PNG.sync.read(renderIcon(spec)).data)).toBe(true);
  });

  it('are the Teams sizes: colour 192×192, outline 32×32 white on transparency', () => {
    expect([COLOR_ICON.style.size, OUTLINE_ICON.style.size]).toEqual([192, 32]);
    const outline = PNG.sync.read(committed(OUTLINE_ICON));
    const alphas = new Set<number>();
    for (let i = 0; i < outline.data.length; i += 4) alphas.add(outline.data[i + 3]!);
    expect(alphas.has(0)).toBe(true);
    expect(alphas.has(255)).toBe(true);
  });
});

describe('the icon check', () => {
  const outline = { label: 'outline.png', size: 32, rule: 'white-on-transparent' as const };

  it('accepts a white shape on transparency', () => {
    expect(iconProblems(disc(32), outline)).toEqual([]);
  });

  it('refuses an outline icon with coloured pixels', () => {
    expect(iconProblems(disc(32, [31, 122, 77]), outline)).toEqual([expect.stringMatching(/^outline\.png: must be white on transparency only; \d+ visible pixels are not white$/)]);
  });

  it('refuses an outline icon without a transparent background', () => {
    expect(iconProblems(png(32, () => [255, 255, 255, 255]), outline)).toEqual(['outline.png: must have a transparent background']);
  });

  it('refuses the wrong size', () => {
    expect(iconProblems(disc(48), outline)).toEqual(['outline.png: must be 32×32 pixels, is 48×48']);
  });

  it('refuses a file that is not a PNG, and an empty picture', () => {
    expect(iconProblems(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), outline)).toEqual([expect.stringMatching(/^outline\.png: not a readable PNG/)]);
    expect(iconProblems(png(32, () => [0, 0, 0, 0]), { label: 'icon-32.png', size: 32, rule: 'transparent' })).toEqual(['icon-32.png: has no visible pixels']);
  });

  it('lets the colour icon have a solid background', () => {
    expect(iconProblems(png(192, () => [31, 122, 77, 255]), { label: 'color.png', size: 192, rule: 'colour' })).toEqual([]);
  });
});
