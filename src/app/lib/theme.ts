// The Fluent theme for the host's look: light, dark, or high contrast (Teams' contrast theme and
// the operating system's forced colours alike).
import { makeStaticStyles, selectClassNames, teamsDarkTheme, teamsHighContrastTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import { useSyncExternalStore } from 'react';
import type { HostContext, HostTheme } from '../../hosts/host-context';

export function fluentThemeFor(theme: HostTheme): Theme {
  switch (theme) {
    case 'dark':
      return teamsDarkTheme;
    case 'contrast':
      return teamsHighContrastTheme;
    default:
      return webLightTheme;
  }
}

/** the host's theme now, following its change events */
export function useHostTheme(host: Pick<HostContext, 'theme' | 'subscribeTheme'>): HostTheme {
  return useSyncExternalStore(
    (onChange) => host.subscribeTheme(() => onChange()),
    () => host.theme,
    () => host.theme,
  );
}

/**
 * the page around the app: no default margin, so the app's background fills the frame; headings
 * keep a line height of their own size (the body's 20 px under a 28 px title made a wrapped title
 * overlap itself), a long word breaks rather than pushing a 320 px side panel sideways
 */
export const usePageStyles = makeStaticStyles({
  body: { margin: 0 },
  'h1, h2, h3, h4': { lineHeight: 1.25, overflowWrap: 'break-word' },
  // a drop-down is as wide as its longest option unless told it may shrink: in a filter bar it then
  // ran past its column over the next filter, and at 320 px past the page
  [`.${selectClassNames.root}, .${selectClassNames.select}`]: { minWidth: 0 },
});
