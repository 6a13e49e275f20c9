// One colour per choice, everywhere the dashboard draws one: names from Fluent's data-visualisation
// palette, which the chart chunk turns into the theme's colours. Chosen so the pairs people compare
// most stay apart for colour-blind eyes too: applied (blue) against not applicable (gold) and
// considered (orange) differ in the blue-yellow direction, which red-green blindness keeps; later
// (magenta) and attached (teal) differ in lightness from both. No choice is green, so no red-green
// pair can arise. The table beside every chart holds the same numbers without any colour.
import type { Decision } from '../../../../domain/taxonomy';

/** a colour of Fluent's DataVizPalette, by its key */
export type PaletteKey = 'color1' | 'color2' | 'color3' | 'color6' | 'color7' | 'color10' | 'color11' | 'disabled';

/** what a chart colours: a choice, or one of the other series the dashboard draws */
export type ChartColour = Decision | 'total' | 'direct' | 'viaGroup' | 'inactive' | 'neutral';

export const CHART_COLOURS: Record<ChartColour, PaletteKey> = {
  applied: 'color1',
  considered: 'color7',
  'not-applicable': 'color10',
  later: 'color2',
  attached: 'color3',
  // the trend's "all choices" line: a darker blue than applied, with its own dash-free line
  total: 'color11',
  direct: 'color6',
  viaGroup: 'color3',
  inactive: 'disabled',
  neutral: 'color6',
};

/** the palette's light-theme colours of the keys above (@fluentui/react-charts' QualitativePalette), for tests and the legend's swatches */
export const PALETTE_HEX: Record<PaletteKey, { light: string; dark: string }> = {
  color1: { light: '#637cef', dark: '#637cef' },
  color2: { light: '#e3008c', dark: '#e3008c' },
  color3: { light: '#2aa0a4', dark: '#2aa0a4' },
  color6: { light: '#3a96dd', dark: '#3a96dd' },
  color7: { light: '#ca5010', dark: '#ca5010' },
  color10: { light: '#ae8c00', dark: '#ae8c00' },
  color11: { light: '#3c51b4', dark: '#93a4f4' },
  disabled: { light: '#dbdbdb', dark: '#4d4d4d' },
};

export const colourOf = (name: ChartColour, dark: boolean): string => PALETTE_HEX[CHART_COLOURS[name]][dark ? 'dark' : 'light'];
