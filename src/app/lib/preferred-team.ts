// The programme team the person works in: a demo person has one; in a tenant the person picks it on
// Home and it is remembered in this browser. Decisions carry it, and Home shows its actions.
import { useCallback, useSyncExternalStore } from 'react';
import { useServices } from './services';

const TEAM_STORAGE_KEY = 'circular-choices.team';

const listeners = new Set<() => void>();

function storedTeam(): string | undefined {
  try {
    return window.localStorage.getItem(TEAM_STORAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

let memoryTeam: string | undefined;

export function usePreferredTeam(): [string | undefined, (team: string) => void] {
  const { session } = useServices();
  const chosen = useSyncExternalStore(
    (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    () => memoryTeam ?? storedTeam(),
    () => undefined,
  );
  const setTeam = useCallback((team: string) => {
    memoryTeam = team;
    try {
      window.localStorage.setItem(TEAM_STORAGE_KEY, team);
    } catch {
      // remembered for this page load only
    }
    for (const listener of [...listeners]) listener();
  }, []);
  // a demo person's own team wins in local mode: switching identity switches team
  return [session.kind === 'development' ? (session.user.team ?? chosen) : (chosen ?? session.user.team), setTeam];
}
