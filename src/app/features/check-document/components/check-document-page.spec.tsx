/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TextDecoder } from 'node:util';
import { docx, zipBomb } from '../../../../../test/support/docx-zips';
import { driveItemDocumentId } from '../../../../domain/documents';
import { documentFingerprint } from '../../../lib/document-fingerprint';
import { buildAcknowledgement } from '../../../lib/record-decision';
import type { SiteDocument, SiteDocuments } from '../../../lib/services';
import { fakeHost, fakeServices, TEST_USER } from '../../../../../test/support/app/fakes';
import { pageProps, renderWithServices } from '../../../../../test/support/app/render-app';
import { CheckDocumentPage } from './check-document-page';

const TENDER =
  'Aanbesteding groot onderhoud wegen 2027. De gemeente Soest besteedt het onderhoud van asfaltverharding en elementenverharding aan. CPV 45233140-2. Het bestek omvat het vervangen van klinkers en trottoirtegels.';
const SLOW = { timeout: 5000 };

// jsdom lacks the TextDecoder every browser and worker has; mammoth decodes the document's XML with it
Object.assign(globalThis, { TextDecoder: globalThis.TextDecoder ?? TextDecoder });

const arrayBufferOf = (buffer: Buffer) => buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;

/** a chosen file as the browser hands it over (jsdom's File cannot give its bytes back) */
function wordFile(name: string, content: Buffer, bytes = async () => arrayBufferOf(content)): File {
  const file = new File([new Uint8Array(content)], name, { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
  Object.defineProperty(file, 'arrayBuffer', { value: bytes });
  return file;
}

async function pasteDraft(text: string, title = '') {
  const textField = await screen.findByRole('textbox', { name: /Tekst van het document/ }, SLOW);
  if (title) fireEvent.change(screen.getByRole('textbox', { name: /Titel of bestandsnaam/ }), { target: { value: title } });
  fireEvent.change(textField, { target: { value: text } });
}

describe('CheckDocumentPage', () => {
  // the versions a person checked are remembered in the browser, the draft in the session; each test starts with none
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('finds the roads checklist for a road tender, says why, and records decisions with the draft as context', async () => {
    const services = fakeServices();
    renderWithServices(<CheckDocumentPage {...pageProps()} />, services);
    await pasteDraft(TENDER, 'Bestek wegen 2027');

    const group = await screen.findByTestId('matched-group', {}, SLOW);
    expect(group).toHaveAttribute('data-group', 'roads');
    expect(within(group).getByText('asfaltverharding')).toBeInTheDocument();
    expect(screen.getByTestId('document-type')).toHaveAttribute('data-document-type', 'tender');
    expect(screen.getAllByTestId('matched-checklist').map((c) => c.dataset.checklist)).toContain('roads');

    const item = screen.getAllByTestId('matched-item')[0]!;
    await userEvent.click(within(item).getByRole('button', { name: 'Toegepast' }));
    await within(item).findByText(/Jouw keuze: Toegepast/);
    expect(services.memory.stored).toHaveLength(1);
    expect(services.memory.stored[0]).toMatchObject({
      checklistItemId: item.dataset.itemId,
      checklistId: 'roads',
      productGroup: 'roads',
      decision: 'applied',
      contextType: 'procurement',
      contextRef: documentFingerprint(TENDER, 'Bestek wegen 2027'),
      contextTitle: 'Bestek wegen 2027',
      staffAadId: TEST_USER.id,
      team: 'inkoop',
      source: 'tab',
    });
  });

  it('lets the person correct the kind of document: the practice checklist of that kind appears and choices are filed under it', async () => {
    const services = fakeServices();
    renderWithServices(<CheckDocumentPage {...pageProps()} />, services);
    await pasteDraft(TENDER, 'Bestek wegen 2027');
    await screen.findByTestId('matched-group', {}, SLOW);
    const kind = screen.getByRole('combobox', { name: 'Soort document' });
    expect(kind).toHaveDisplayValue('Aanbesteding of offerteaanvraag');
    expect(screen.getByText(/Herkend uit de tekst/)).toBeInTheDocument();
    expect(within(screen.getByTestId('document-type-evidence')).getByText('bestek')).toBeInTheDocument();
    expect(within(kind).queryByRole('option', { name: 'Herken uit de tekst' })).toBeNull();
    expect(screen.getAllByTestId('matched-checklist').map((c) => c.dataset.checklist)).not.toContain('practice-project-plan');

    await userEvent.selectOptions(kind, 'Projectplan');
    await waitFor(() => expect(screen.getByTestId('document-type')).toHaveAttribute('data-document-type', 'project-plan'));
    expect(screen.getByTestId('document-type')).toHaveAttribute('data-chosen', 'true');
    expect(screen.getByText('Door jou gekozen.')).toBeInTheDocument();
    // the words were the reasons for the recognised kind, not for the one the person chose
    expect(screen.queryByTestId('document-type-evidence')).toBeNull();
    expect(screen.getAllByTestId('matched-checklist').map((c) => c.dataset.checklist)).toContain('practice-project-plan');
    const item = screen.getAllByTestId('matched-item')[0]!;
    await userEvent.click(within(item).getByRole('button', { name: 'Toegepast' }));
    await within(item).findByText(/Jouw keuze: Toegepast/);
    expect(services.memory.stored[0]).toMatchObject({ contextType: 'project' });

    await userEvent.selectOptions(kind, 'Herken uit de tekst');
    await waitFor(() => expect(screen.getByTestId('document-type')).toHaveAttribute('data-document-type', 'tender'));
    expect(screen.getByTestId('document-type')).toHaveAttribute('data-chosen', 'false');
  });

  it('says how the kind of document was recognised, so a guess or no clue at all invites a correction', async () => {
    renderWithServices(<CheckDocumentPage {...pageProps()} />, fakeServices());
    // no cue a procurement officer would use: the learned type reads a tender from its wording
    await pasteDraft('Kantoorstoelen voor het gemeentehuis. De leverancier levert de stoelen en neemt de oude stoelen terug.');
    await waitFor(() => expect(screen.getByTestId('document-type')).toHaveAttribute('data-document-type', 'tender'), SLOW);
    expect(screen.getByText(/Herkend aan woorden die vaak in deze soort document staan/)).toBeInTheDocument();
    expect(within(screen.getByTestId('document-type-evidence')).getByText('leverancier')).toBeInTheDocument();

    await pasteDraft('Stoelen voor de raadszaal: de leverancier levert ze en neemt de oude terug.');
    await waitFor(() => expect(screen.getByTestId('document-type')).toHaveAttribute('data-document-type', 'other'), SLOW);
    expect(screen.getByText(/Niets in de tekst wijst op een bepaalde soort document/)).toBeInTheDocument();
    expect(screen.queryByTestId('document-type-evidence')).toBeNull();

    // a page about tendering in general: its words are shown, and said to be meant in general
    await pasteDraft('Lokale ondernemers krijgen meer kans bij aanbesteding door de gemeente.');
    await waitFor(() => expect(screen.getByText(/De tekst noemt deze woorden in het algemeen/)).toBeInTheDocument(), SLOW);
    expect(screen.getByTestId('document-type')).toHaveAttribute('data-document-type', 'other');
    expect(within(screen.getByTestId('document-type-evidence')).getByText('aanbesteding')).toBeInTheDocument();
  });

  it('shows a group’s criteria up to the level the college adopted, marked as the minimum, until the person picks another level', async () => {
    const services = fakeServices();
    const load = services.loadContent;
    services.loadContent = async () => {
      const loaded = await load();
      return { ...loaded, pack: { ...loaded.pack, policy: { ...loaded.pack.policy, ambitionPerProductGroup: { roads: 'basis' } } } };
    };
    renderWithServices(<CheckDocumentPage {...pageProps()} />, services);
    await pasteDraft(TENDER, 'Bestek wegen 2027');
    await screen.findByTestId('matched-group', {}, SLOW);
    expect(screen.getByRole('radio', { name: 'Vastgesteld minimum per productgroep' })).toBeChecked();
    const roadItems = () => within(screen.getAllByTestId('matched-checklist').find((c) => c.dataset.checklist === 'roads')!).getAllByTestId('matched-item');
    const adopted = roadItems();
    for (const item of adopted) {
      expect(within(item).getByText('Ambitie: Basis')).toBeInTheDocument();
      expect(within(item).getByText('Minimum voor Gemeente Soest')).toBeInTheDocument();
    }
    await userEvent.click(screen.getByRole('radio', { name: 'Ambitieus' }));
    const all = roadItems();
    expect(all.length).toBeGreaterThan(adopted.length);
    expect(all.filter((item) => within(item).queryByText('Minimum voor Gemeente Soest') === null).length).toBe(all.length - adopted.length);
  });

  it('shows the earlier decisions when the same draft is checked again', async () => {
    const services = fakeServices();
    const contextRef = documentFingerprint(TENDER, '')!;
    services.memory.stored.push(
      buildAcknowledgement({
        subject: { checklistItemId: 'roads-reuse-paving-elements', checklistId: 'roads' },
        context: { contextType: 'procurement', contextRef },
        input: { decision: 'later' },
        staffAadId: TEST_USER.id,
        contentVersion: '1',
        appVersion: '1',
      }),
    );
    renderWithServices(<CheckDocumentPage {...pageProps()} />, services);
    await pasteDraft(`  ${TENDER}\n`);
    expect(await screen.findByTestId('earlier-note', {}, SLOW)).toHaveTextContent('1 keuze');
    const items = screen.getAllByTestId('matched-item');
    const decided = items.filter((i) => within(i).queryByTestId('decision-current'));
    expect(decided.map((i) => i.dataset.itemId)).toEqual(items.some((i) => i.dataset.itemId === 'roads-reuse-paving-elements') ? ['roads-reuse-paving-elements'] : []);
  });

  it('offers an edited, renamed draft as a new version of the document it was, and carries its choices over', async () => {
    const services = fakeServices();
    const first = renderWithServices(<CheckDocumentPage {...pageProps()} />, services);
    await pasteDraft(TENDER, 'Bestek wegen 2027');
    const item = (await screen.findAllByTestId('matched-item', {}, SLOW))[0]!;
    const itemId = item.dataset.itemId!;
    await userEvent.click(within(item).getByRole('button', { name: 'Toegepast' }));
    await within(item).findByText(/Jouw keuze: Toegepast/);
    const documentId = services.memory.stored[0]!.contextRef;
    expect(services.memory.stored[0]!.documentVersion).toBe(1);
    first.unmount();
    sessionStorage.clear();

    // weeks later, in another session: a figure changed in the first paragraph, and another title
    renderWithServices(<CheckDocumentPage {...pageProps()} />, services);
    await pasteDraft(TENDER.replace('wegen 2027', 'wegen 2028'), 'Bestek wegen Overhees');
    const offer = await screen.findByTestId('new-version-offer', {}, SLOW);
    expect(offer).toHaveTextContent('Nieuwe versie van ‘Bestek wegen 2027’?');
    expect(screen.queryByTestId('earlier-note')).not.toBeInTheDocument();
    await userEvent.click(within(offer).getByRole('button', { name: 'Nieuwe versie van ‘Bestek wegen 2027’' }));

    expect(await screen.findByTestId('earlier-note', {}, SLOW)).toHaveTextContent('1 keuze');
    expect(screen.getByTestId('document-version')).toHaveAttribute('data-version', '2');
    const carried = screen.getAllByTestId('matched-item').find((i) => i.dataset.itemId === itemId)!;
    expect(within(carried).getByTestId('decision-current')).toHaveAttribute('data-decision', 'applied');
    const other = screen.getAllByTestId('matched-item').find((i) => i.dataset.itemId !== itemId)!;
    await userEvent.click(within(other).getByRole('button', { name: 'Later bekijken' }));
    await within(other).findByText(/Jouw keuze: Later bekijken/);
    expect(services.memory.stored[1]).toMatchObject({ contextRef: documentId, documentVersion: 2, contextTitle: 'Bestek wegen Overhees' });
  });

  it('lets the person say a resembling draft is another document', async () => {
    const services = fakeServices();
    const first = renderWithServices(<CheckDocumentPage {...pageProps()} />, services);
    await pasteDraft(TENDER, 'Bestek wegen 2027');
    const item = (await screen.findAllByTestId('matched-item', {}, SLOW))[0]!;
    await userEvent.click(within(item).getByRole('button', { name: 'Toegepast' }));
    await within(item).findByText(/Jouw keuze: Toegepast/);
    first.unmount();
    // another session: the page opens empty
    sessionStorage.clear();

    renderWithServices(<CheckDocumentPage {...pageProps()} />, services);
    await pasteDraft(`${TENDER} Het perceel Soesterberg valt erbuiten.`, 'Bestek wegen Soesterberg');
    await userEvent.click(within(await screen.findByTestId('new-version-offer', {}, SLOW)).getByRole('button', { name: 'Nee, een ander document' }));
    expect(screen.queryByTestId('new-version-offer')).not.toBeInTheDocument();
    expect(screen.getByTestId('document-version')).toHaveAttribute('data-version', '1');
    expect(screen.queryByTestId('earlier-note')).not.toBeInTheDocument();
  });

  /** a draft unlike the person's one earlier document (version 3 of a SharePoint file), pasted */
  async function pasteAfterAnEarlierDocument(): Promise<void> {
    const services = fakeServices();
    services.memory.stored.push(
      buildAcknowledgement({
        subject: { checklistItemId: 'roads-reuse-paving-elements', checklistId: 'roads' },
        context: { contextType: 'procurement', contextRef: 'sp:drive/item-7', contextTitle: 'Bestek wegen (SharePoint)', documentVersion: 3 },
        input: { decision: 'applied' },
        staffAadId: TEST_USER.id,
        contentVersion: '1',
        appVersion: '1',
      }),
    );
    renderWithServices(<CheckDocumentPage {...pageProps()} />, services);
    await pasteDraft(TENDER, 'Een heel andere titel');
  }

  it('lets the person name the earlier document a draft continues, from their own recent documents', async () => {
    await pasteAfterAnEarlierDocument();
    const picker = await screen.findByRole('combobox', { name: /nieuwe versie van een document dat je eerder controleerde/ }, SLOW);
    await userEvent.selectOptions(picker, 'sp:drive/item-7');
    expect(await screen.findByTestId('earlier-note', {}, SLOW)).toHaveTextContent('1 keuze');
    expect(screen.getByTestId('document-version')).toHaveAttribute('data-version', '4');
    expect(screen.queryByRole('combobox', { name: /eerder controleerde/ })).not.toBeInTheDocument();
  });

  it('keeps the picker of earlier documents in place after the first choice, disabled, so the criteria below do not move', async () => {
    await pasteAfterAnEarlierDocument();
    const picker = await screen.findByRole('combobox', { name: /eerder controleerde/ }, SLOW);
    expect(picker).toBeEnabled();
    const [one] = await screen.findAllByTestId('matched-item', {}, SLOW);
    await userEvent.click(within(one!).getByRole('button', { name: 'Toegepast' }));
    await within(one!).findByText(/Jouw keuze: Toegepast/);
    expect(screen.getByRole('combobox', { name: /eerder controleerde/ })).toBeDisabled();
    expect(screen.getByText('Vastgelegd bij je eerste keuze: je keuzes horen bij dit document.')).toBeInTheDocument();
    expect(screen.getByTestId('document-version')).toHaveAttribute('data-version', '1');
  });

  it('keeps the document when its title changes after a choice', async () => {
    const services = fakeServices();
    renderWithServices(<CheckDocumentPage {...pageProps()} />, services);
    await pasteDraft(TENDER, 'Bestek wegen 2027');
    const [one, two] = await screen.findAllByTestId('matched-item', {}, SLOW);
    await userEvent.click(within(one!).getByRole('button', { name: 'Toegepast' }));
    await within(one!).findByText(/Jouw keuze: Toegepast/);
    fireEvent.change(screen.getByRole('textbox', { name: /Titel of bestandsnaam/ }), { target: { value: 'Bestek wegen Overhees' } });
    await userEvent.click(within(screen.getAllByTestId('matched-item').find((i) => i.dataset.itemId === two!.dataset.itemId)!).getByRole('button', { name: 'Toegepast' }));
    await waitFor(() => expect(services.memory.stored).toHaveLength(2));
    expect(services.memory.stored.map((a) => a.contextRef)).toEqual([services.memory.stored[0]!.contextRef, services.memory.stored[0]!.contextRef]);
    expect(services.memory.stored[1]!.contextTitle).toBe('Bestek wegen Overhees');
  });

  it('lists the programme actions that fit, with the team that owns each, as the command line does', async () => {
    renderWithServices(<CheckDocumentPage {...pageProps()} />, fakeServices());
    await pasteDraft(TENDER, 'Bestek wegen 2027');
    const panel = await screen.findByTestId('programme-actions', {}, SLOW);
    const actions = within(panel).getAllByTestId('programme-action');
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.length).toBeLessThanOrEqual(5);
    const depot = actions.find((a) => a.textContent?.includes('Materialendepot voor bestrating en straatmeubilair'));
    expect(depot).toHaveTextContent('(team Openbare Ruimte)');
    expect(within(depot!).getByRole('link')).toHaveAttribute('href', `#/actions/${depot!.dataset.actionId}`);
    expect(actions.find((a) => a.textContent?.includes('in de inkoopplanning'))).toHaveTextContent('(team Inkoop)');
    expect(screen.getByRole('button', { name: 'Pas toe of leg uit (Word)' })).toBeInTheDocument();
  });

  it('stays silent on a text without a circular subject', async () => {
    renderWithServices(<CheckDocumentPage {...pageProps()} />, fakeServices());
    await pasteDraft('Offerteaanvraag juridisch advies over de aansprakelijkheidsverzekering van de gemeente.');
    expect(await screen.findByTestId('no-groups', {}, SLOW)).toBeInTheDocument();
    expect(screen.queryByTestId('matched-item')).not.toBeInTheDocument();
  });

  it('in the compose dialog, hands the text, its reference and the criteria back to the message extension', async () => {
    const submit = jest.fn();
    const services = fakeServices({ host: fakeHost({ kind: 'teams', frameContext: 'task', capabilities: { nestedAppAuth: true, dialog: { submit } } }) });
    renderWithServices(<CheckDocumentPage {...pageProps({}, 'host=dialog', true)} />, services);
    await pasteDraft(TENDER);
    await screen.findByTestId('matched-group', {}, SLOW);
    const insert = screen.getByRole('button', { name: 'Kaart invoegen in bericht' });
    await waitFor(() => expect(insert).toBeEnabled());
    await userEvent.click(insert);
    expect(submit).toHaveBeenCalledTimes(1);
    const sent = submit.mock.calls[0][0];
    expect(sent).toMatchObject({ text: TENDER, contextRef: documentFingerprint(TENDER, '') });
    expect(sent.itemIds).toEqual(screen.getAllByTestId('matched-item').map((i) => i.dataset.itemId));
  });

  it('in dialog mode outside a dialog host, explains where it works instead of offering a dead button', async () => {
    renderWithServices(<CheckDocumentPage {...pageProps({}, 'host=dialog', true)} />, fakeServices());
    expect(await screen.findByText(/bedoeld voor de berichtextensie in Teams/, {}, SLOW)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Kaart invoegen in bericht' })).not.toBeInTheDocument();
  });

  it('hides picking from SharePoint where there is no library (local mode)', async () => {
    renderWithServices(<CheckDocumentPage {...pageProps()} />, fakeServices());
    await screen.findByRole('button', { name: 'Word-document openen (.docx)' }, SLOW);
    expect(screen.queryByRole('button', { name: 'Kiezen uit SharePoint' })).not.toBeInTheDocument();
  });

  it('links each criterion to its page in the tab, but not in the compose dialog, which the link would leave', async () => {
    const tab = renderWithServices(<CheckDocumentPage {...pageProps()} />, fakeServices());
    await pasteDraft(TENDER);
    const inTab = await screen.findAllByTestId('matched-item', {}, SLOW);
    for (const item of inTab) expect(within(item).getByRole('link', { name: 'Details' })).toHaveAttribute('href', `#/criteria/${item.dataset.itemId}`);
    tab.unmount();

    const services = fakeServices({ host: fakeHost({ kind: 'teams', frameContext: 'task', capabilities: { nestedAppAuth: true, dialog: { submit: jest.fn() } } }) });
    renderWithServices(<CheckDocumentPage {...pageProps({}, 'host=dialog', true)} />, services);
    await pasteDraft(TENDER);
    const inDialog = await screen.findAllByTestId('matched-item', {}, SLOW);
    expect(inDialog.map((i) => i.dataset.itemId)).toEqual(inTab.map((i) => i.dataset.itemId));
    for (const item of inDialog) expect(within(item).queryByRole('link')).toBeNull();
    // nor a programme action's page: the dialog has no link out at all
    expect(screen.queryAllByRole('link').filter((a) => a.getAttribute('href')?.startsWith('#/'))).toEqual([]);
    expect(screen.getByRole('button', { name: 'Kaart invoegen in bericht' })).toBeInTheDocument();
  });

  it('keeps the draft while the person looks at a criterion’s page and comes back, for this session only, until they clear it', async () => {
    const services = fakeServices();
    const draft = 'Bestek wegen 2027';
    const page = renderWithServices(<CheckDocumentPage {...pageProps()} />, services);
    await pasteDraft(TENDER, draft);
    const [first] = await screen.findAllByTestId('matched-item', {}, SLOW);
    await userEvent.click(within(first!).getByRole('button', { name: 'Toegepast' }));
    await within(first!).findByText(/Jouw keuze: Toegepast/);
    await userEvent.click(within(first!).getByRole('link', { name: 'Details' }));
    // another route: the app shows the criterion's page in place of this one
    page.unmount();

    const back = renderWithServices(<CheckDocumentPage {...pageProps()} />, services);
    expect(await screen.findByRole('textbox', { name: /Tekst van het document/ }, SLOW)).toHaveValue(TENDER);
    expect(screen.getByRole('textbox', { name: /Titel of bestandsnaam/ })).toHaveValue(draft);
    expect(await screen.findByTestId('earlier-note', {}, SLOW)).toHaveTextContent('1 keuze');
    expect(Object.values(localStorage).join('\n')).not.toContain(TENDER);

    // the draft is still the document the first choice was made on, edited or not
    await pasteDraft(`${TENDER} Ook worden lichtmasten en armaturen vervangen door LED-verlichting.`);
    await screen.findByText((_, el) => el?.getAttribute('data-group') === 'public-lighting', {}, SLOW);
    expect(screen.queryByTestId('new-version-offer')).toBeNull();
    const other = screen.getAllByTestId('matched-item').find((i) => i.dataset.itemId !== first!.dataset.itemId)!;
    await userEvent.click(within(other).getByRole('button', { name: 'Toegepast' }));
    await within(other).findByText(/Jouw keuze: Toegepast/);
    expect(services.memory.stored[1]).toMatchObject({ contextRef: services.memory.stored[0]!.contextRef, documentVersion: 1 });

    await userEvent.click(screen.getByRole('button', { name: 'Leegmaken' }));
    back.unmount();
    renderWithServices(<CheckDocumentPage {...pageProps()} />, services);
    expect(await screen.findByRole('textbox', { name: /Tekst van het document/ }, SLOW)).toHaveValue('');
    expect(Object.values(sessionStorage).join('\n')).not.toContain(TENDER);
  });

  it('files choices on a draft from SharePoint under its file after the person comes back to it', async () => {
    const siteDocuments: SiteDocuments = {
      list: async () => [{ driveId: 'd', itemId: 'tender', name: 'Bestek wegen.docx', size: 12_000 }],
      download: async () => arrayBufferOf(docx([TENDER])),
    };
    const services = fakeServices({ siteDocuments });
    const page = renderWithServices(<CheckDocumentPage {...pageProps()} />, services);
    await waitFor(() => expect(screen.getByTestId('analysis-status')).not.toHaveAttribute('data-status', 'preparing'), { timeout: 15_000 });
    await userEvent.click(screen.getByRole('button', { name: 'Kiezen uit SharePoint' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Bestek wegen.docx', hidden: true }, SLOW));
    await waitFor(() => expect(screen.getByRole('textbox', { name: /Tekst van het document/ })).toHaveValue(TENDER), SLOW);
    page.unmount();

    renderWithServices(<CheckDocumentPage {...pageProps()} />, services);
    const item = (await screen.findAllByTestId('matched-item', {}, SLOW))[0]!;
    await userEvent.click(within(item).getByRole('button', { name: 'Toegepast' }));
    await within(item).findByText(/Jouw keuze: Toegepast/);
    expect(services.memory.stored[0]!.contextRef).toBe(driveItemDocumentId('d', 'tender'));
  });

  it('refuses a file that is not a Word document, in Dutch', async () => {
    renderWithServices(<CheckDocumentPage {...pageProps()} />, fakeServices());
    const input = await screen.findByTestId('docx-input', {}, SLOW);
    const file = new File(['hello'], 'notes.txt', { type: 'text/plain' });
    fireEvent.change(input, { target: { files: [file] } });
    expect(await screen.findByText(/Dit is geen Word-document \(\.docx\)/)).toBeInTheDocument();
  });

  it('refuses a zip bomb with a Dutch message of its own, and keeps the text field as it was', async () => {
    renderWithServices(<CheckDocumentPage {...pageProps()} />, fakeServices());
    await pasteDraft('Mijn concept');
    fireEvent.change(screen.getByTestId('docx-input'), { target: { files: [wordFile('Bestek.docx', zipBomb(64))] } });
    const failure = await screen.findByTestId('docx-failure', {}, SLOW);
    expect(failure).toHaveAttribute('data-failure', 'inflates-too-far');
    expect(failure).toHaveTextContent('Het document kon niet worden geopend');
    expect(failure).toHaveTextContent(/Uitgepakt is dit document groter dan 20 MB aan tekst en opmaak/);
    expect(failure).not.toHaveTextContent(/bytes|declare|zip/i);
    expect(screen.getByRole('textbox', { name: /Tekst van het document/ })).toHaveValue('Mijn concept');
  });

  it('checks a file picked from SharePoint the same way: too large before downloading, a bomb after', async () => {
    const download = jest.fn(async (doc: SiteDocument) => (doc.itemId === 'bomb' ? arrayBufferOf(zipBomb(64)) : Promise.reject(new Error('HTTP 503 from the file host'))));
    const siteDocuments: SiteDocuments = {
      list: async () => [
        { driveId: 'd', itemId: 'huge', name: 'Groot.docx', size: 80 * 1024 * 1024 },
        { driveId: 'd', itemId: 'bomb', name: 'Bom.docx', size: 234_000 },
        { driveId: 'd', itemId: 'gone', name: 'Weg.docx', size: 12_000 },
      ],
      download,
    };
    renderWithServices(<CheckDocumentPage {...pageProps()} />, fakeServices({ siteDocuments }));
    // the matcher is prepared in the page here (no workers in jsdom); the dialog opens after that
    await waitFor(() => expect(screen.getByTestId('analysis-status')).not.toHaveAttribute('data-status', 'preparing'), { timeout: 15_000 });
    await userEvent.click(screen.getByRole('button', { name: 'Kiezen uit SharePoint' }));
    // `hidden`: in jsdom the dialog may still count as hidden while its opening motion runs
    const inDialog = { name: 'Groot.docx', hidden: true };
    await userEvent.click(await screen.findByRole('button', inDialog, SLOW));
    expect(await screen.findByTestId('docx-failure', {}, SLOW)).toHaveTextContent('Het bestand is groter dan 25 MB.');
    expect(download).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { ...inDialog, name: 'Bom.docx' }));
    await waitFor(() => expect(screen.getByTestId('docx-failure')).toHaveAttribute('data-failure', 'inflates-too-far'), SLOW);
    expect(screen.getByTestId('docx-failure')).toHaveTextContent(/Uitgepakt is dit document groter dan 20 MB/);

    await userEvent.click(screen.getByRole('button', { ...inDialog, name: 'Weg.docx' }));
    await waitFor(() => expect(screen.getByTestId('docx-failure')).toHaveAttribute('data-failure', 'download-failed'), SLOW);
    expect(screen.getByTestId('docx-failure')).toHaveTextContent('Het bestand kon niet uit SharePoint worden opgehaald.');
    expect(screen.getByTestId('docx-failure')).not.toHaveTextContent(/HTTP|503/);
  });

  it('shows that it is reading while a document takes its time, then its text', async () => {
    renderWithServices(<CheckDocumentPage {...pageProps()} />, fakeServices());
    let release: (bytes: ArrayBuffer) => void = () => undefined;
    const content = docx(['Aanbesteding groenonderhoud 2027']);
    const file = wordFile('Bestek groen.docx', content, () => new Promise<ArrayBuffer>((resolve) => (release = resolve)));
    fireEvent.change(await screen.findByTestId('docx-input', {}, SLOW), { target: { files: [file] } });
    expect(await screen.findByRole('progressbar', {}, SLOW)).toBeInTheDocument();
    expect(screen.getByTestId('docx-reading')).toHaveTextContent('Document wordt gelezen…');
    expect(screen.getByRole('button', { name: 'Word-document openen (.docx)' })).toBeDisabled();
    release(arrayBufferOf(content));
    await waitFor(() => expect(screen.getByRole('textbox', { name: /Tekst van het document/ })).toHaveValue('Aanbesteding groenonderhoud 2027'), SLOW);
    expect(screen.queryByTestId('docx-reading')).not.toBeInTheDocument();
    await screen.findByTestId('matched-group', {}, SLOW);
  });
});
