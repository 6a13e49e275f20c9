import { makeDevToken, readDevToken } from './dev-token';
import { DEMO_STAFF } from './demo-staff';

describe('development token', () => {
  it('carries a demo user with non-ASCII characters there and back', () => {
    const user = { ...DEMO_STAFF[2]!, name: 'Fatima El Amrani (démo)' };
    expect(readDevToken(makeDevToken(user))).toEqual(user);
  });

  it('is not read from a signed or malformed token', () => {
    const signed = makeDevToken(DEMO_STAFF[0]!).replace(/^[^.]+/, btoa(JSON.stringify({ alg: 'RS256' })));
    expect(readDevToken(signed)).toBeUndefined();
    expect(readDevToken('not-a-token')).toBeUndefined();
    expect(readDevToken('a.b.c')).toBeUndefined();
  });
});
