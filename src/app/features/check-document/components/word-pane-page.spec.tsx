/** @jest-environment jsdom */
// The Word pane's page against a Word document on office-addin-mock: a Word on WordApi 1.3 (no
// paragraph events) analyses on the button, a choice is filed under the file's address, and a Word
// below the minimum requirement set gets a clear message instead of a failing pane.
import '@testing-library/jest-dom';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { contentLookup } from '../../../../domain/content/lookup';
import { fakeHost, fakeServices, realPack } from '../../../../../test/support/app/fakes';
import { pageProps, renderWithServices } from '../../../../../test/support/app/render-app';
import { mockWord } from '../../../../../test/support/word/mock-word';
import { wordHostFromOffice } from '../../../../hosts/office/word/word-host';
import { WordPanePage } from './word-pane-page';

const SLOW = { timeout: 5000 };
const URL = 'https://soest.sharepoint.com/sites/inkoop/Gedeelde documenten/Bestek wegen 2027.docx';
const ROAD_TENDER = ['Bestek wegen 2027', 'Vervangen van asfaltverharding en elementenverharding in Soest.'];

function paneOn(wordApi: string, paragraphs: string[], url = URL, language: 'nl' | 'en' = 'nl') {
  const mock = mockWord({ paragraphs, wordApi, url });
  const services = fakeServices({ host: wordHostFromOffice(mock.office, { Word: mock.word }) });
  renderWithServices(<WordPanePage {...pageProps()} />, services, language);
  return { mock, services };
}

const criterionText = (id: string, language: 'nl' | 'en' = 'nl') => contentLookup(realPack()).item(id)!.item.text[language];

describe('WordPanePage', () => {
  it('analyses on the button where Word reports no changes, and files choices under the document URL', async () => {
    const { mock, services } = paneOn('1.3', ['Bestek wegen 2027', 'Vervangen van asfaltverharding en elementenverharding in Soest.']);
    expect(await screen.findByText(/Deze versie van Word meldt geen wijzigingen/, {}, SLOW)).toBeInTheDocument();
    expect(screen.getByTestId('word-identity')).toHaveTextContent('Je keuzes horen bij het bestand Bestek wegen 2027.docx.');
    expect(await screen.findByTestId('matched-group', {}, SLOW)).toHaveAttribute('data-group', 'roads');

    // the person writes about lighting; nothing tells the pane until they press the button
    mock.state.paragraphs.push('Ook worden lichtmasten en armaturen vervangen door LED-verlichting.');
    await userEvent.click(screen.getByRole('button', { name: 'Opnieuw analyseren' }));
    await screen.findByText((_, el) => el?.getAttribute('data-group') === 'public-lighting', {}, SLOW);

    const item = screen.getAllByTestId('matched-item')[0]!;
    await userEvent.click(within(item).getByRole('button', { name: 'Toegepast' }));
    await within(item).findByText(/Jouw keuze: Toegepast/);
    expect(services.memory.stored[0]).toMatchObject({ contextRef: URL, contextTitle: 'Bestek wegen 2027.docx', decision: 'applied' });
  });

  it('files choices on a document on a local disk under its text, not under the path', async () => {
    const { services } = paneOn('1.6', ['Bestek wegen 2027', 'Vervangen van asfaltverharding en elementenverharding in Soest.'], 'C:\\Users\\jdevries\\Bestek.docx');
    expect(await screen.findByTestId('word-identity', {}, SLOW)).toHaveTextContent('Dit document staat niet in SharePoint of OneDrive.');
    await screen.findByTestId('matched-group', {}, SLOW);
    const item = screen.getAllByTestId('matched-item')[0]!;
    await userEvent.click(within(item).getByRole('button', { name: 'Toegepast' }));
    await within(item).findByText(/Jouw keuze: Toegepast/);
    expect(services.memory.stored[0]!.contextRef).toMatch(/^doc:/);
  });

  it('opens on the level the college adopted for the group, with the minimum marked', async () => {
    const mock = mockWord({ paragraphs: ['Bestek wegen 2027', 'Vervangen van asfaltverharding en elementenverharding in Soest.'], wordApi: '1.6', url: URL });
    const services = fakeServices({ host: wordHostFromOffice(mock.office, { Word: mock.word }) });
    const load = services.loadContent;
    services.loadContent = async () => {
      const loaded = await load();
      return { ...loaded, pack: { ...loaded.pack, policy: { ...loaded.pack.policy, ambitionPerProductGroup: { roads: 'significant' } } } };
    };
    renderWithServices(<WordPanePage {...pageProps()} />, services);
    await screen.findByTestId('matched-group', {}, SLOW);
    expect(screen.getByRole('radio', { name: 'Vastgesteld minimum per productgroep' })).toBeChecked();
    const items = screen.getAllByTestId('matched-item');
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(within(item).queryByText('Ambitie: Ambitieus')).toBeNull();
      expect(within(item).getByText('Minimum voor Gemeente Soest')).toBeInTheDocument();
    }
  });

  it('offers an unsaved document, edited since a choice, as a new version that keeps its choices', async () => {
    const first = mockWord({ paragraphs: ['Bestek wegen 2027', 'Vervangen van asfaltverharding en elementenverharding in Soest, perceel 1.'], wordApi: '1.6', url: '' });
    const services = fakeServices({ host: wordHostFromOffice(first.office, { Word: first.word }) });
    const pane = renderWithServices(<WordPanePage {...pageProps()} />, services);
    expect(await screen.findByTestId('word-identity', {}, SLOW)).toHaveTextContent('Dit document is nog niet opgeslagen.');
    const item = (await screen.findAllByTestId('matched-item', {}, SLOW))[0]!;
    await userEvent.click(within(item).getByRole('button', { name: 'Toegepast' }));
    await within(item).findByText(/Jouw keuze: Toegepast/);
    pane.unmount();

    const edited = mockWord({ paragraphs: ['Bestek wegen 2027', 'Vervangen van asfaltverharding en elementenverharding in Soest, perceel 2.'], wordApi: '1.6', url: '' });
    renderWithServices(<WordPanePage {...pageProps()} />, { ...services, host: wordHostFromOffice(edited.office, { Word: edited.word }) });
    const offer = await screen.findByTestId('new-version-offer', {}, SLOW);
    await userEvent.click(within(offer).getByRole('button', { name: 'Nieuwe versie van ‘Bestek wegen 2027’' }));
    expect(await screen.findByTestId('earlier-note', {}, SLOW)).toHaveTextContent('1 keuze');
    expect(screen.getByTestId('document-version')).toHaveAttribute('data-version', '2');
  });

  it('offers no link to a criterion’s page, which the pane cannot open', async () => {
    paneOn('1.6', ROAD_TENDER);
    const items = await screen.findAllByTestId('matched-item', {}, SLOW);
    for (const item of items) {
      expect(within(item).getByText(criterionText(item.dataset.itemId!))).toBeInTheDocument();
      expect(within(item).queryByRole('link')).toBeNull();
    }
  });

  it('names each clause checkbox after its criterion', async () => {
    paneOn('1.6', ROAD_TENDER);
    const items = await screen.findAllByTestId('matched-item', {}, SLOW);
    expect(items.length).toBeGreaterThan(1);
    for (const item of items) {
      expect(within(item).getByRole('checkbox', { name: `Opnemen in de clausule: ${criterionText(item.dataset.itemId!)}` })).toBeInTheDocument();
    }
    expect(new Set(screen.getAllByRole('checkbox').map((box) => box.getAttribute('aria-label'))).size).toBe(items.length);
  });

  it('names the clause checkboxes in English for an English Word', async () => {
    paneOn('1.6', ROAD_TENDER, URL, 'en');
    const item = (await screen.findAllByTestId('matched-item', {}, SLOW))[0]!;
    expect(within(item).getByRole('checkbox', { name: `Include in the clause: ${criterionText(item.dataset.itemId!, 'en')}` })).toBeInTheDocument();
  });

  it('shows that it is writing the clause while Word is at it, then reads the outcome out', async () => {
    const mock = mockWord({ paragraphs: ROAD_TENDER, wordApi: '1.6', url: URL });
    const host = wordHostFromOffice(mock.office, { Word: mock.word });
    const document = host.capabilities.document!;
    const write = document.writeBlock;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    document.writeBlock = async (block) => {
      await held;
      return write(block);
    };
    renderWithServices(<WordPanePage {...pageProps()} />, fakeServices({ host }));
    const item = (await screen.findAllByTestId('matched-item', {}, SLOW))[0]!;
    await userEvent.click(within(item).getByRole('checkbox'));
    await userEvent.click(screen.getByRole('button', { name: 'Invoegen' }));

    expect(await screen.findByRole('progressbar')).toHaveAccessibleName('Clausule schrijven…');
    expect(screen.getByRole('button', { name: 'Invoegen' })).toBeDisabled();
    release();
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent('1 criterium ingevoegd in het document.'));
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(mock.state.blocks).toHaveLength(1);

    await userEvent.click(await screen.findByRole('button', { name: 'Clausule verwijderen' }));
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent('De clausule is uit het document verwijderd.'));
  });

  it('says in Dutch which requirement set an old Word lacks', async () => {
    const host = fakeHost({ kind: 'word', hostName: 'Word', capabilities: { nestedAppAuth: false, documentMissing: 'WordApi 1.3' } });
    renderWithServices(<WordPanePage {...pageProps()} />, fakeServices({ host }));
    expect(await screen.findByText('Deze versie van Word is te oud voor Circulaire keuzes')).toBeInTheDocument();
    expect(screen.getByText(/heeft de Word-API WordApi 1\.3 nodig/)).toBeInTheDocument();
  });

  it('says it in English for an English Word', async () => {
    const host = fakeHost({ kind: 'word', hostName: 'Word', capabilities: { nestedAppAuth: false, documentMissing: 'WordApi 1.3' } });
    renderWithServices(<WordPanePage {...pageProps()} />, fakeServices({ host }), 'en');
    expect(await screen.findByText('This version of Word is too old for Circular Choices')).toBeInTheDocument();
  });
});
