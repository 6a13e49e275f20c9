import { exportJWK, generateKeyPair, jwtVerify, SignJWT, type JSONWebKeySet, type JWK } from 'jose';
import { cachedKeySet } from './signing-keys';

async function keyAndSet(kid: string) {
  const pair = await generateKeyPair('RS256', { extractable: true });
  const set: JSONWebKeySet = { keys: [{ ...(await exportJWK(pair.publicKey)), kid, alg: 'RS256', use: 'sig' }] };
  const sign = () => new SignJWT({}).setProtectedHeader({ alg: 'RS256', kid }).setExpirationTime('1h').sign(pair.privateKey);
  return { set, sign };
}

describe('the cached signing keys', () => {
  it('fetches once for many tokens, and a stream of unknown key ids fetches at most once per cool-down', async () => {
    const known = await keyAndSet('known');
    const stranger = await keyAndSet('made-up');
    let now = 1_000_000;
    let fetches = 0;
    const keys = cachedKeySet(async () => {
      fetches++;
      return known.set;
    }, { cooldownMs: 60_000, now: () => now });

    const good = await known.sign();
    for (let i = 0; i < 5; i++) await jwtVerify(good, keys.getKey);
    expect(fetches).toBe(1);

    now += 60_000;
    const forged = await stranger.sign();
    const attempts = await Promise.allSettled(Array.from({ length: 200 }, () => jwtVerify(forged, keys.getKey)));
    expect(attempts.every((a) => a.status === 'rejected')).toBe(true);
    // one refetch for the first unknown key id, then the cool-down holds
    expect(fetches).toBe(2);
    now += 30_000;
    await expect(jwtVerify(forged, keys.getKey)).rejects.toThrow();
    expect(fetches).toBe(2);
    now += 30_000;
    await expect(jwtVerify(forged, keys.getKey)).rejects.toThrow();
    expect(fetches).toBe(3);
    expect(keys.fetches()).toBe(3);
  });

  it('picks up a rotated key once the cool-down allows', async () => {
    const old = await keyAndSet('old');
    const rotated = await keyAndSet('new');
    let now = 0;
    let published = old.set;
    const keys = cachedKeySet(async () => published, { cooldownMs: 60_000, now: () => now });
    await jwtVerify(await old.sign(), keys.getKey);
    published = { keys: [...old.set.keys, ...rotated.set.keys] };
    now += 60_000;
    await expect(jwtVerify(await rotated.sign(), keys.getKey)).resolves.toBeDefined();
  });

  it('after a failed fetch waits the cool-down too, and keeps the keys it had', async () => {
    const known = await keyAndSet('known');
    let now = 0;
    let fetches = 0;
    let failing = true;
    const keys = cachedKeySet(async () => {
      fetches++;
      if (failing) throw new Error('unreachable');
      return known.set;
    }, { cooldownMs: 60_000, maxAgeMs: 120_000, now: () => now });
    const good = await known.sign();
    for (let i = 0; i < 10; i++) await expect(jwtVerify(good, keys.getKey)).rejects.toThrow('no signing keys');
    expect(fetches).toBe(1);
    now += 60_000;
    failing = false;
    await jwtVerify(good, keys.getKey);
    expect(fetches).toBe(2);
    // stale keys and a failing endpoint: the old keys still serve
    failing = true;
    now += 200_000;
    await jwtVerify(good, keys.getKey);
    await jwtVerify(good, keys.getKey);
    expect(fetches).toBe(3);
  });

  it("tells each key's endorsements from the set it fetched, and none for a key the set gives none", async () => {
    const endorsed = await keyAndSet('endorsed');
    const bare = await keyAndSet('bare');
    const withEndorsements: JWK & { endorsements: unknown[] } = { ...endorsed.set.keys[0]!, endorsements: ['msteams', 7, 'skype'] };
    const set: JSONWebKeySet = { keys: [withEndorsements, bare.set.keys[0]!] };
    const keys = cachedKeySet(async () => set);
    expect(keys.endorsementsOf('endorsed')).toBeUndefined();
    await jwtVerify(await endorsed.sign(), keys.getKey);
    expect(keys.endorsementsOf('endorsed')).toEqual(['msteams', 'skype']);
    expect(keys.endorsementsOf('bare')).toBeUndefined();
  });
});
