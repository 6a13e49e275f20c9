// The Fluent theme for the host's look: light, dark, or high contrast (Teams' contrast theme and
// the operating system's forced colours alike).
import { makeStaticStyles, teamsDarkTheme, teamsHighContrastTheme, webLightTheme, type Theme } from '@fluentui/react-components';
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

/** the page around the app: no default margin, so the app's background fills the frame */
export const usePageStyles = makeStaticStyles({ body: { margin: 0 } });
