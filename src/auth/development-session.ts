// Local mode: the person is one of the demo staff, chosen in a picker that says plainly that it is
// a development identity. The token is the unsigned development token the local emulator reads.
import { DEMO_STAFF } from './demo-staff';
import { makeDevToken, type DevUser } from './dev-token';
import type { AuthSession } from './session';

/** where the last chosen demo person is remembered between page loads */
export const DEV_IDENTITY_STORAGE_KEY = 'circular-choices.dev-identity';

export function createDevelopmentSession(user: DevUser): AuthSession {
  const token = makeDevToken(user);
  return {
    kind: 'development',
    user: { id: user.oid, displayName: user.name, upn: user.upn, team: user.team },
    getGraphToken: async () => token,
    // the server accepts development tokens in local mode only
    getApiToken: async () => token,
  };
}

/** the demo person remembered in `storage`, or the first one */
export function rememberedDemoUser(storage: Pick<Storage, 'getItem'> | undefined): DevUser {
  let id: string | null = null;
  try {
    id = storage?.getItem(DEV_IDENTITY_STORAGE_KEY) ?? null;
  } catch {
    // storage can be refused (private windows, partitioned iframes): fall back to the first person
  }
  return DEMO_STAFF.find((u) => u.oid === id) ?? DEMO_STAFF[0]!;
}

export function rememberDemoUser(storage: Pick<Storage, 'setItem'> | undefined, user: DevUser): void {
  try {
    storage?.setItem(DEV_IDENTITY_STORAGE_KEY, user.oid);
  } catch {
    // not remembering is harmless: the picker still works for this page load
  }
}

