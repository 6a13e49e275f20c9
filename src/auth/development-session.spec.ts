import { DEMO_STAFF } from './demo-staff';
import { readDevToken } from './dev-token';
import { createDevelopmentSession, DEV_IDENTITY_STORAGE_KEY, rememberDemoUser, rememberedDemoUser } from './development-session';

describe('the development session', () => {
  it('acts as the chosen demo person, with a token the local emulator reads as that person', async () => {
    const person = DEMO_STAFF[2]!;
    const session = createDevelopmentSession(person);
    expect(session).toMatchObject({ kind: 'development', user: { id: person.oid, team: person.team } });
    expect(readDevToken(await session.getGraphToken())).toMatchObject({ oid: person.oid, name: person.name });
  });

  it('remembers the chosen person, and falls back to the first when storage is empty, unknown or refused', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    expect(rememberedDemoUser(storage)).toBe(DEMO_STAFF[0]);
    rememberDemoUser(storage, DEMO_STAFF[3]!);
    expect(rememberedDemoUser(storage)).toBe(DEMO_STAFF[3]);
    store.set(DEV_IDENTITY_STORAGE_KEY, 'someone-else');
    expect(rememberedDemoUser(storage)).toBe(DEMO_STAFF[0]);
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
    };
    expect(rememberedDemoUser(refusing)).toBe(DEMO_STAFF[0]);
  });
});
