// Redraws every icon in assets/ from the mark's geometry: `npx tsx manifest/icons/draw-icons.ts`.
// The PNGs are committed; run this only after changing the mark or the icon set.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PNG } from 'pngjs';
import { ALL_ICONS, type IconSpec } from './icon-set';
import { drawMark } from './mark';

const ROOT = resolve(__dirname, '../..');

/** the icon as PNG bytes (8-bit RGBA, deterministic: same geometry, same bytes) */
export function renderIcon(spec: IconSpec): Buffer {
  const image = drawMark(spec.style);
  const png = new PNG({ width: image.width, height: image.height, colorType: 6 });
  png.data = Buffer.from(image.data);
  return PNG.sync.write(png, { colorType: 6 });
}

if (require.main === module) {
  for (const spec of ALL_ICONS) {
    const target = resolve(ROOT, spec.file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, renderIcon(spec));
    console.log(`${spec.file} (${spec.style.size}×${spec.style.size})`);
  }
}
