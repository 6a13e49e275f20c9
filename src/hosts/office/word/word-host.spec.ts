// The Word host and its document on office-addin-mock (host word): reading the text, selecting
// evidence, the clause block put in, replaced and removed, change events where WordApi 1.6 is
// there, and the message for a Word below the minimum requirement set.
import { mockWord, type MockWordOptions } from '../../../../test/support/word/mock-word';
import { connectHost } from '../../connect-host';
import type { DocumentCapability } from '../../host-context';
import { connectOffice } from '../connect-office';
import { BLOCK_SETTING, BLOCK_TAG } from './word-document';
import { wordHostFromOffice } from './word-host';

const TENDER = [
  'Aanbesteding vervanging openbare verlichting Soesterberg',
  'De gemeente vervangt 1.200 lichtmasten en armaturen door LED-verlichting.',
  'De armaturen worden na afloop teruggenomen; armaturen met vervangbare LED-modules hebben de voorkeur.',
];

function documentOf(options: MockWordOptions = {}) {
  const mock = mockWord({ paragraphs: TENDER, ...options });
  const host = wordHostFromOffice(mock.office, { Word: mock.word });
  return { mock, host, document: host.capabilities.document as DocumentCapability };
}

const block = (itemIds: string[], html = '<h3>Circulaire criteria</h3><ol><li>LED</li></ol>') => ({ html, itemIds });

describe('the Word host', () => {
  it('is chosen because Office says Word, not because Office.js is on the page', async () => {
    const { office, word } = mockWord({ paragraphs: TENDER });
    const win = { Word: word, Office: office, opener: null, navigator: { language: 'en-GB' }, get parent() { return this; } } as unknown as Window;
    const host = await connectHost({ win });
    expect(host.kind).toBe('word');
    expect(host.hostName).toBe('Word');
    // the same Office.js outside Office (onReady says no host): the page runs as a plain web page
    const outside = { ...office, context: { ...office.context, host: null }, onReady: async () => ({ host: null, platform: null }) };
    expect(await connectOffice(outside, { Word: word })).toBeUndefined();
    const web = await connectHost({ win: { ...win, Office: outside, matchMedia: () => ({ matches: false, addEventListener() {}, removeEventListener() {} }) } as unknown as Window });
    expect(web.kind).toBe('web');
  });

  it('reads the body as lines, after loading it', async () => {
    const { document } = documentOf();
    expect(await document.readText()).toBe(TENDER.join('\n'));
    expect(document.url()).toMatch(/^https:\/\/soest\.sharepoint\.com\/.+\.docx$/);
    expect(document.language).toBe('nl-NL');
  });

  it('has no URL for a document never saved', () => {
    expect(documentOf({ url: '' }).document.url()).toBeUndefined();
  });

  it('selects the asked occurrence of evidence, the first when the text changed, and says when it is gone', async () => {
    const { document, mock } = documentOf();
    expect(await document.select('armaturen', 2)).toBe(true);
    expect(mock.state.selected).toEqual({ text: 'armaturen', occurrence: 2 });
    expect(await document.select('armaturen', 9)).toBe(true);
    expect(mock.state.selected).toEqual({ text: 'armaturen', occurrence: 0 });
    expect(await document.select('asfalt', 0)).toBe(false);
  });

  it('puts the block at the cursor in one tagged content control, replaces it the next time and removes it', async () => {
    const { document, mock } = documentOf();
    expect(await document.readBlock()).toBeUndefined();
    expect(await document.writeBlock(block(['pl-1', 'pl-2']))).toEqual({ replaced: false });
    expect(mock.state.blocks).toEqual([expect.objectContaining({ tag: BLOCK_TAG, title: 'Circulaire criteria', at: 2 })]);
    expect(mock.state.savedSettings[BLOCK_SETTING]).toEqual(['pl-1', 'pl-2']);
    expect(await document.readBlock()).toEqual({ itemIds: ['pl-1', 'pl-2'] });

    expect(await document.writeBlock(block(['pl-3'], '<h3>Circulaire criteria</h3><ol><li>Terugname</li></ol>'))).toEqual({ replaced: true });
    expect(mock.state.blocks).toHaveLength(1);
    expect(mock.state.blocks[0]!.html).toContain('Terugname');
    expect(await document.readBlock()).toEqual({ itemIds: ['pl-3'] });

    expect(await document.removeBlock()).toBe(true);
    expect(mock.state.blocks).toEqual([]);
    expect(mock.state.savedSettings[BLOCK_SETTING]).toBeUndefined();
    expect(await document.removeBlock()).toBe(false);
  });

  it('keeps one block when the person copied it by hand', async () => {
    const { document, mock } = documentOf();
    await document.writeBlock(block(['pl-1']));
    mock.state.blocks.push({ ...mock.state.blocks[0]! });
    await document.writeBlock(block(['pl-2']));
    expect(mock.state.blocks).toHaveLength(1);
  });

  it('titles the block in the document’s language', async () => {
    const { document, mock } = documentOf({ contentLanguage: 'en-GB', displayLanguage: 'nl-NL' });
    await document.writeBlock(block(['pl-1']));
    expect(mock.state.blocks[0]!.title).toBe('Circular criteria');
  });

  it('listens to paragraph changes where WordApi 1.6 is there, and stops', async () => {
    const { document, mock } = documentOf();
    const changes = jest.fn();
    const stop = await document.watchChanges!(changes);
    await mock.edit(1, 'De gemeente vervangt 1.500 lichtmasten.');
    expect(changes).toHaveBeenCalled();
    await stop();
    expect(mock.handlerCount()).toBe(0);
  });

  it('offers no change events on WordApi 1.3 (the pane shows a button)', () => {
    const { document } = documentOf({ wordApi: '1.3' });
    expect(document.watchChanges).toBeUndefined();
  });

  it('names the missing requirement set below WordApi 1.3, and offers no document', () => {
    const { host } = documentOf({ wordApi: '1.2' });
    expect(host.capabilities.document).toBeUndefined();
    expect(host.capabilities.documentMissing).toBe('WordApi 1.3');
  });
});
