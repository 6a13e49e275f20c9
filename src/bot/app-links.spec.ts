import { appLink, draftCheckDialogUrl, parseAppLink, tabLink, TAB_ENTITY_ID } from './app-links';

describe('links into the app', () => {
  it('makes and reads back criterion and action links', () => {
    const link = appLink('http://localhost:3978/', { kind: 'criterion', id: 'roads-reuse' });
    expect(link).toBe('http://localhost:3978/#/criteria/roads-reuse');
    expect(parseAppLink('http://localhost:3978', link)).toEqual({ kind: 'criterion', id: 'roads-reuse' });
    expect(parseAppLink('http://localhost:3978', 'http://localhost:3978/#/actions/reuse-paving')).toEqual({ kind: 'action', id: 'reuse-paving' });
  });

  it('reads links under a base path, and only there', () => {
    expect(parseAppLink('https://host.example/keuzes', 'https://host.example/keuzes/#/criteria/a-b')).toEqual({ kind: 'criterion', id: 'a-b' });
    expect(parseAppLink('https://host.example/keuzes', 'https://host.example/#/criteria/a-b')).toBeUndefined();
  });

  it('reads no links of other origins, routes or ids that are not slugs', () => {
    const base = 'https://keuzes.example.nl';
    for (const link of [
      'http://keuzes.example.nl/#/criteria/a', // another scheme is another origin
      'https://keuzes.example.nl.evil.example/#/criteria/a',
      'https://keuzes.example.nl/#/settings/a',
      'https://keuzes.example.nl/#/criteria/A%20B',
      'https://keuzes.example.nl/#/criteria/%E0%A4%A',
      'https://keuzes.example.nl/#/criteria/',
      'nonsense',
    ]) {
      expect(parseAppLink(base, link)).toBeUndefined();
    }
  });

  it('links to the tab through a Teams deep link when the app id is known', () => {
    const link = tabLink('https://keuzes.example.nl', { kind: 'action', id: 'reuse-paving' }, 'a1b2c3d4-0000-4000-8000-000000000001');
    const url = new URL(link);
    expect(url.origin).toBe('https://teams.microsoft.com');
    expect(url.pathname).toBe(`/l/entity/a1b2c3d4-0000-4000-8000-000000000001/${TAB_ENTITY_ID}`);
    expect(url.searchParams.get('webUrl')).toBe('https://keuzes.example.nl/#/actions/reuse-paving');
    expect(JSON.parse(url.searchParams.get('context')!)).toEqual({ subEntityId: 'actions/reuse-paving' });
    expect(tabLink('https://keuzes.example.nl', { kind: 'action', id: 'reuse-paving' })).toBe('https://keuzes.example.nl/#/actions/reuse-paving');
  });

  it('opens the document check page as a dialog page', () => {
    expect(draftCheckDialogUrl('http://localhost:3978')).toBe('http://localhost:3978/#/check?host=dialog');
  });
});
