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

  it("makes and reads back links to a meeting's page, whose id is base64 with characters a link must encode", () => {
    const meetingId = 'MCMxOTptZWV0aW5nX1l6Rm1OMkl4/+YzAtYkB0aHJlYWQudjIjMA==';
    const link = appLink('https://keuzes.example.nl', { kind: 'meeting', id: meetingId });
    expect(link).toBe('https://keuzes.example.nl/#/meetings/MCMxOTptZWV0aW5nX1l6Rm1OMkl4%2F%2BYzAtYkB0aHJlYWQudjIjMA%3D%3D');
    expect(parseAppLink('https://keuzes.example.nl', link)).toEqual({ kind: 'meeting', id: meetingId });
    expect(parseAppLink('https://keuzes.example.nl', 'https://keuzes.example.nl/#/meetings/outlook-0a1b2c3d')).toEqual({ kind: 'meeting', id: 'outlook-0a1b2c3d' });
    expect(parseAppLink('https://keuzes.example.nl', `https://keuzes.example.nl/#/meetings/${'A'.repeat(255)}`)).toEqual({ kind: 'meeting', id: 'A'.repeat(255) });
    for (const id of ['A'.repeat(256), 'a%20b', '%3Cscript%3E', 'a.b', '%E0%A4%A', '']) {
      expect(parseAppLink('https://keuzes.example.nl', `https://keuzes.example.nl/#/meetings/${id}`)).toBeUndefined();
    }
    const deep = new URL(tabLink('https://keuzes.example.nl', { kind: 'meeting', id: meetingId }, 'a1b2c3d4-0000-4000-8000-000000000001'));
    expect(deep.searchParams.get('webUrl')).toBe(link);
    expect(JSON.parse(deep.searchParams.get('context')!)).toEqual({ subEntityId: `meetings/${meetingId}` });
  });

  it('opens the document check page as a dialog page', () => {
    expect(draftCheckDialogUrl('http://localhost:3978')).toBe('http://localhost:3978/#/check?host=dialog');
  });
});
