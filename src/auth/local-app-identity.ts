// Local mode only: the identity the server (and the CLI's demo seed) write to the emulator as, as
// SharePoint shows app-only writes. The emulator lets only this identity change the
// acknowledgements list, as a tenant lets only the app (and site owners) reach it.
import type { DevUser } from './dev-token';

export const LOCAL_APP_IDENTITY: DevUser = {
  oid: '00000000-0000-4000-8000-0000000000a0',
  name: 'Circular Choices app (local)',
  upn: 'app@circular-choices.local',
};
