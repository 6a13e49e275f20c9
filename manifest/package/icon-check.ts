// What Teams and Outlook expect of an icon, checked before upload rather than discovered after:
// a PNG of the exact size; the outline icon white on transparency (Teams tints it, so any other
// colour shows as a smudge); the ribbon icons on transparency. The colour icon may have a solid or
// a transparent background, as Teams allows either.
import { PNG } from 'pngjs';
import type { IconRule } from '../icons/icon-set';

/** below this alpha a pixel counts as transparent; edge pixels of a smooth shape fade into it */
const VISIBLE_ALPHA = 16;
/** anti-aliasing tools round a little; anything darker than this is not white */
const NEAR_WHITE = 0xf0;

export interface IconExpectation {
  /** how the icon is named in messages */
  label: string;
  size: number;
  rule: IconRule;
}

/** the problems with an icon, empty when it is fit for use */
export function iconProblems(bytes: Buffer, expected: IconExpectation): string[] {
  let png: PNG;
  try {
    png = PNG.sync.read(bytes);
  } catch (error) {
    return [`${expected.label}: not a readable PNG (${error instanceof Error ? error.message : String(error)})`];
  }
  const { width, height, data } = png;
  const problems: string[] = [];
  if (width !== expected.size || height !== expected.size) {
    problems.push(`${expected.label}: must be ${expected.size}×${expected.size} pixels, is ${width}×${height}`);
  }
  let visible = 0;
  let transparent = 0;
  let offWhite = 0;
  for (let i = 0; i < width * height; i++) {
    const o = i * 4;
    const alpha = data[o + 3]!;
    if (alpha < VISIBLE_ALPHA) {
      transparent++;
      continue;
    }
    visible++;
    if (data[o]! < NEAR_WHITE || data[o + 1]! < NEAR_WHITE || data[o + 2]! < NEAR_WHITE) offWhite++;
  }
  if (visible === 0) problems.push(`${expected.label}: has no visible pixels`);
  if (expected.rule === 'white-on-transparent') {
    if (transparent === 0) problems.push(`${expected.label}: must have a transparent background`);
    if (offWhite > 0) problems.push(`${expected.label}: must be white on transparency only; ${offWhite} visible pixels are not white`);
  }
  if (expected.rule === 'transparent' && transparent === 0) problems.push(`${expected.label}: must have a transparent background`);
  return problems;
}
