/** @jest-environment jsdom */
// Every badge of My choices is readable in light, dark and high contrast: the colours Fluent's own
// styles give its text and its background (or the card's, where a badge has none), resolved through
// each theme's tokens, differ by a WCAG contrast ratio of at least 4.5:1. A white-on-white badge,
// as an outlined 'subtle' one was on the white card, fails here.
import { Card, FluentProvider, teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import { DECISIONS } from '../../../../domain/taxonomy';
import { declared } from '../../../../../test/support/app/declared-style';
import { ChoiceBadge, ChoiceCountBadge } from './choice-badges';

const THEMES: Array<[string, Theme]> = [
  ['web light', webLightTheme],
  ['Teams light', teamsLightTheme],
  ['Teams dark', teamsDarkTheme],
  ['Teams high contrast', teamsHighContrastTheme],
];

/** a colour as the theme paints it: `var(--token)` looked up in the theme */
function resolve(value: string, theme: Theme): string {
  const token = /^var\(--(\w+)\)$/.exec(value.trim());
  return token ? String(theme[token[1] as keyof Theme]) : value.trim();
}

function paintedColours(badge: Element, theme: Theme): { text: string; background: string } {
  const text = resolve(declared(badge, 'color') ?? '', theme);
  let background: string | undefined;
  for (let el: Element | null = badge; el && !background; el = el.parentElement) {
    const own = declared(el, 'background-color');
    if (own && resolve(own, theme) !== 'transparent') background = resolve(own, theme);
  }
  return { text, background: background ?? '' };
}

function luminance(hex: string): number {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match) throw new Error(`not a colour this test reads: ${hex}`);
  const channel = (i: number) => {
    const c = parseInt(match[1]!.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** WCAG 2.x contrast ratio of two colours */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('contrast ratio', () => {
  it('is 21 for black on white and 1 for white on white', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});

describe.each(THEMES)('the badges of My choices in the %s theme', (_name, theme) => {
  it.each(DECISIONS)('are readable for %s: the choice itself and the document’s count', (decision) => {
    render(
      <FluentProvider theme={theme}>
        <Card>
          <ChoiceBadge decision={decision}>keuze</ChoiceBadge>
          <ChoiceCountBadge decision={decision}>aantal</ChoiceCountBadge>
        </Card>
      </FluentProvider>,
    );
    for (const label of ['keuze', 'aantal']) {
      const badge = Array.from(document.querySelectorAll('.fui-Badge')).find((el) => el.textContent === label)!;
      const { text, background } = paintedColours(badge, theme);
      expect({ label, text, background, ratio: contrastRatio(text, background) >= 4.5 }).toEqual({ label, text, background, ratio: true });
    }
  });
});
