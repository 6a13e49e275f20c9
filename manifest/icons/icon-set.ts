// The icons the app package and the Outlook ribbon need, where they live and what each must be.
// Teams: a colour icon of 192×192 and an outline icon of 32×32 that is white on transparency.
// Outlook: the ribbon button's and the add-in's icons, loaded from the web server by absolute URL.
import type { MarkStyle, Rgb } from './mark';

/** the programme's green; also the manifest's accentColor */
export const ACCENT: Rgb = [0x1f, 0x7a, 0x4d];
export const ACCENT_HEX = '#1F7A4D';
const WHITE: Rgb = [255, 255, 255];

export type IconRule = 'colour' | 'white-on-transparent' | 'transparent';

export interface IconSpec {
  /** the file, relative to the repository root */
  file: string;
  /** the file's name inside the app package, for the two package icons */
  packageName?: string;
  /** the path the web server serves it at, for the ribbon icons */
  webPath?: string;
  style: MarkStyle;
  rule: IconRule;
}

export const COLOR_ICON: IconSpec = {
  file: 'assets/color.png',
  packageName: 'color.png',
  style: { size: 192, foreground: WHITE, background: ACCENT, scale: 0.78 },
  rule: 'colour',
};

export const OUTLINE_ICON: IconSpec = {
  file: 'assets/outline.png',
  packageName: 'outline.png',
  style: { size: 32, foreground: WHITE, scale: 1 },
  rule: 'white-on-transparent',
};

/**
 * the Outlook icons, loaded by URL: 16, 32 and 80 for the ribbon button; 64 and 128 for
 * `alternateIcons`, without which no XML manifest is generated for Outlook clients that do not read
 * the unified manifest (Mac, mobile, older Windows builds). The web app must serve them at `webPath`.
 */
export const OUTLOOK_ICONS: IconSpec[] = [16, 32, 64, 80, 128].map((size) => ({
  file: `assets/outlook/icon-${size}.png`,
  webPath: `/assets/outlook/icon-${size}.png`,
  style: { size, foreground: ACCENT, scale: 1 },
  rule: 'transparent',
}));

export const ALL_ICONS: IconSpec[] = [COLOR_ICON, OUTLINE_ICON, ...OUTLOOK_ICONS];
