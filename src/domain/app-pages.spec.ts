import { pageHash, pageOfRoute, pageRoute } from './app-pages';

describe('the app pages links point to', () => {
  it('give a route and a hash, and the route reads back as the page', () => {
    const meeting = { kind: 'meeting', id: 'MCMxOTptZWV0aW5nX2E=' } as const;
    expect(pageRoute(meeting)).toBe('meetings/MCMxOTptZWV0aW5nX2E=');
    expect(pageHash(meeting)).toBe('#/meetings/MCMxOTptZWV0aW5nX2E%3D');
    expect(pageOfRoute('meetings/MCMxOTptZWV0aW5nX2E=')).toEqual(meeting);
    expect(pageOfRoute('criteria/roads-reuse')).toEqual({ kind: 'criterion', id: 'roads-reuse' });
  });

  it('refuse other routes and malformed ids', () => {
    expect(pageOfRoute('settings/x')).toBeUndefined();
    expect(pageOfRoute('criteria/Roads')).toBeUndefined();
    expect(pageOfRoute(`actions/${'a'.repeat(101)}`)).toBeUndefined();
    expect(pageOfRoute('meetings/<script>')).toBeUndefined();
    expect(pageOfRoute('criteria')).toBeUndefined();
  });
});
