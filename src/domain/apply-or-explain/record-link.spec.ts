import { parseRecordLink, recordLink } from './record-link';

const BASE = 'https://keuzes.example.nl/';

describe('record links', () => {
  it('round-trips a document reference with odd characters, its checklists and its title', () => {
    const target = { contextRef: 'doc:abc/12#3?x=1&y', checklistIds: ['roads', 'green-space'], title: 'Bestek & <wegen> 2027' };
    const link = recordLink(BASE, target);
    expect(link.startsWith('https://keuzes.example.nl/#/check?record=')).toBe(true);
    expect(parseRecordLink(BASE, link)).toEqual(target);
  });

  it("refuses another site's link, another page of the app, and malformed checklists", () => {
    expect(parseRecordLink(BASE, recordLink('https://elsewhere.example', { contextRef: 'd', checklistIds: [] }))).toBeUndefined();
    expect(parseRecordLink(BASE, `${BASE}#/criteria/roads-x`)).toBeUndefined();
    expect(parseRecordLink(BASE, `${BASE}#/check?record=d&checklists=Roads;drop`)).toBeUndefined();
    expect(parseRecordLink(BASE, `${BASE}#/check?checklists=roads`)).toBeUndefined();
    expect(parseRecordLink(BASE, 'not a url')).toBeUndefined();
  });
});
