import { sketchOf } from '../../../../domain/documents';
import { REMEMBER_DAYS, RememberedVersions } from './remembered-versions';

const DAY = 24 * 60 * 60 * 1000;
const sketch = sketchOf('Aanbesteding herinrichting Stationsplein: vrijkomende klinkers worden hergebruikt in het nieuwe plein.')!;

describe('RememberedVersions', () => {
  it('forgets a checked version REMEMBER_DAYS after it was last checked, and removes it from the browser', () => {
    const storage = new Map<string, string>();
    const local = { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => void storage.set(k, v), removeItem: (k: string) => void storage.delete(k) };
    let now = new Date('2026-01-01T10:00:00Z');
    const remembered = new RememberedVersions(local, 'sanne', () => now);
    remembered.remember({ id: 'doc-1', version: 1, title: 'Stationsplein', sketch, at: now });
    now = new Date(now.getTime() + 30 * DAY);
    remembered.remember({ id: 'doc-2', version: 1, title: 'Schoolplein', sketch, at: now });

    now = new Date(Date.parse('2026-01-01T10:00:00Z') + REMEMBER_DAYS * DAY);
    expect(remembered.all().map((v) => v.title)).toEqual(['Schoolplein', 'Stationsplein']);
    expect(remembered.latestVersion('doc-1')).toBe(1);

    now = new Date(now.getTime() + 60_000);
    expect(remembered.all().map((v) => v.title)).toEqual(['Schoolplein']);
    expect(remembered.latestVersion('doc-1')).toBe(0);
    expect(storage.get('circular-choices.document-versions.sanne')).not.toContain('Stationsplein');

    // a check renews the time; once nothing is remembered, nothing of it stays in the browser
    now = new Date(now.getTime() + 59 * DAY);
    remembered.remember({ id: 'doc-2', version: 1, title: 'Schoolplein', sketch, at: now });
    now = new Date(now.getTime() + REMEMBER_DAYS * DAY + 1);
    expect(remembered.all()).toEqual([]);
    expect(storage.has('circular-choices.document-versions.sanne')).toBe(false);
  });
});
