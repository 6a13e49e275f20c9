/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import type { Policy } from '../../../../domain/content/model';
import { fakeServices } from '../../../../../test/support/app/fakes';
import { pageProps, renderWithServices } from '../../../../../test/support/app/render-app';
import { ChecklistsPage } from './checklists-page';
import { CriterionDetailPage } from './criterion-detail-page';

describe('ChecklistsPage', () => {
  beforeEach(() => window.history.replaceState(null, '', '#/checklists'));

  it('opens on the product group in the address and keeps filters in the address', async () => {
    renderWithServices(<ChecklistsPage {...pageProps({}, 'group=roads')} />, fakeServices());
    const headings = await screen.findAllByRole('heading', { level: 2 });
    expect(headings.map((h) => h.textContent)).toEqual(['Wegen en verhardingen']);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Ambitie (tot en met)' }), 'basis');
    expect(window.location.hash).toBe('#/checklists?group=roads&ambition=basis');
    for (const card of screen.getAllByTestId('criterion')) expect(within(card).getByText('Ambitie: Basis')).toBeInTheDocument();
  });

  it('follows a link to other filters while it is open', async () => {
    // opened on one checklist rather than all of them: the same change of filters, a tenth of the render
    function Linked() {
      const [query, setQuery] = useState('group=printing-paper');
      return (
        <>
          <button onClick={() => setQuery('group=roads')}>Naar wegen</button>
          <ChecklistsPage {...pageProps({}, query)} />
        </>
      );
    }
    renderWithServices(<Linked />, fakeServices());
    expect((await screen.findAllByRole('heading', { level: 2 })).map((h) => h.textContent)).toEqual(['Papier en drukwerk']);
    await userEvent.click(screen.getByRole('button', { name: 'Naar wegen' }));
    await waitFor(() => expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Wegen en verhardingen']));
  });

  it('searches in English too, and offers a way out of an empty result', async () => {
    renderWithServices(<ChecklistsPage {...pageProps()} />, fakeServices(), 'en');
    const search = await screen.findByRole('searchbox', { name: 'Search' });
    fireEvent.change(search, { target: { value: 'reclaimed asphalt' } });
    expect((await screen.findAllByTestId('criterion')).length).toBeGreaterThan(0);
    fireEvent.change(search, { target: { value: 'qqqzzz' } });
    expect(await screen.findByText('No criteria found')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
    expect(screen.getAllByTestId('criterion').length).toBeGreaterThan(20);
  });

  it('shows each checklist’s first criteria in the overview, with a link to all of them that keeps the filters', async () => {
    renderWithServices(<ChecklistsPage {...pageProps({}, 'kind=requirement')} />, fakeServices());
    const roads = await screen.findByRole('region', { name: 'Wegen en verhardingen' });
    expect(within(roads).getAllByTestId('criterion')).toHaveLength(3);
    const all = within(roads).getByRole('link', { name: /^Alle \d+ criteria van Wegen en verhardingen$/ });
    expect(all).toHaveAttribute('href', '#/checklists?group=roads&kind=requirement');
    const total = Number(/Alle (\d+)/.exec(all.textContent!)![1]);
    expect(total).toBeGreaterThan(3);

    cleanup();
    renderWithServices(<ChecklistsPage {...pageProps({}, 'kind=requirement&group=roads')} />, fakeServices());
    await waitFor(() => expect(screen.getAllByTestId('criterion').length).toBe(total));
  });

  it('lists the checklists by their Dutch titles, and for a search the best hits first', async () => {
    renderWithServices(<ChecklistsPage {...pageProps()} />, fakeServices());
    const titles = (await screen.findAllByRole('heading', { level: 2 })).map((h) => h.textContent!);
    expect(titles).toEqual([...titles].sort(new Intl.Collator('nl').compare));
    fireEvent.change(screen.getByRole('searchbox', { name: 'Zoeken' }), { target: { value: 'LED' } });
    await waitFor(() => expect(screen.getAllByRole('heading', { level: 2 })[0]).toHaveTextContent('Openbare verlichting'));
    expect(screen.getAllByTestId('criterion')[0]).toHaveTextContent(/\bLED\b/);
  });

  it('shows the content error with a retry when the pack cannot load', async () => {
    let fail = true;
    const services = fakeServices();
    const load = services.loadContent;
    services.loadContent = () => (fail ? Promise.reject(new Error('chunk failed')) : load());
    renderWithServices(<ChecklistsPage {...pageProps()} />, services);
    expect(await screen.findByText('Reden, voor je beheerder: chunk failed')).toBeInTheDocument();
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findAllByTestId('criterion')).not.toHaveLength(0);
  });
});

describe('CriterionDetailPage', () => {
  it('shows a criterion with guidance, source, and its text in the other language', async () => {
    renderWithServices(<CriterionDetailPage {...pageProps({ itemId: 'roads-reuse-paving-elements' })} />, fakeServices());
    expect(await screen.findByRole('heading', { name: 'Criterium', level: 1 })).toBeInTheDocument();
    expect(screen.getByTestId('criterion-text')).toHaveTextContent(/klinkers/);
    expect(screen.getByRole('heading', { name: 'Toelichting' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Bron' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'In het Engels' }).nextElementSibling).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('link', { name: 'Wegen en verhardingen' })).toHaveAttribute('href', '#/checklists?group=roads');
  });

  it('says how to check the criterion and that a municipal proposal is not adopted', async () => {
    renderWithServices(<CriterionDetailPage {...pageProps({ itemId: 'roads-reuse-paving-elements' })} />, fakeServices());
    expect(await screen.findByRole('heading', { name: 'Bewijsmiddel' })).toBeInTheDocument();
    expect(screen.getByTestId('criterion-source')).toHaveTextContent(/^Voorstel, nog niet vastgesteld: /);
    expect(within(screen.getByRole('list', { name: 'Kenmerken' })).getByText('Voorstel, nog niet vastgesteld')).toBeInTheDocument();
  });

  it('links a national criterion to the public page where it can be checked', async () => {
    renderWithServices(<CriterionDetailPage {...pageProps({ itemId: 'office-furniture-spare-parts' })} />, fakeServices());
    expect(await screen.findByTestId('criterion-source')).toHaveTextContent(/^Landelijk MVI-criterium: MVI-criteriatool, productgroep Kantoormeubilair/);
    expect(screen.getByRole('link', { name: 'Bekijk de bron' })).toHaveAttribute('href', 'https://www.mvicriteria.nl');
  });

  it('says where a value filled into the criterion comes from', async () => {
    renderWithServices(<CriterionDetailPage {...pageProps({ itemId: 'roads-asphalt-reclaimed-content' })} />, fakeServices());
    expect(await screen.findByTestId('criterion-text')).toHaveTextContent('ten minste 50 % asfaltgranulaat');
    expect(screen.getByTestId('criterion-parameters')).toHaveTextContent(
      /^Minimumaandeel asfaltgranulaat in onder- en tussenlagen: 50 % \(Voorstel, nog niet vastgesteld: Voorstel van dit startpakket/,
    );
  });

  /** the fake services with the bundled pack under another policy */
  const withPolicy = (policy: Partial<Policy>) => {
    const services = fakeServices();
    const load = services.loadContent;
    services.loadContent = async () => {
      const loaded = await load();
      return { ...loaded, pack: { ...loaded.pack, policy: { ...loaded.pack.policy, ...policy } } };
    };
    return services;
  };
  const ambitionOf = (card: HTMLElement) => within(card).getByText(/^Ambitie: /).textContent;

  it('opens a group at the level the college adopted, marks that minimum, and lets a person see more', async () => {
    renderWithServices(<ChecklistsPage {...pageProps({}, 'group=roads')} />, withPolicy({ ambitionPerProductGroup: { roads: 'significant' } }));
    const filter = await screen.findByRole('combobox', { name: 'Ambitie (tot en met)' });
    expect(within(filter).getByRole('option', { selected: true })).toHaveTextContent('Vastgesteld minimum: Significant');
    const cards = await screen.findAllByTestId('criterion');
    expect(new Set(cards.map(ambitionOf))).toEqual(new Set(['Ambitie: Basis', 'Ambitie: Significant']));
    for (const card of cards) expect(within(card).getByText('Minimum voor Gemeente Soest')).toBeInTheDocument();

    await userEvent.selectOptions(filter, 'ambitious');
    expect(window.location.hash).toBe('#/checklists?group=roads&ambition=ambitious');
    const all = screen.getAllByTestId('criterion');
    const ambitious = all.filter((card) => ambitionOf(card) === 'Ambitie: Ambitieus');
    expect(ambitious.length).toBeGreaterThan(0);
    for (const card of ambitious) expect(within(card).queryByText('Minimum voor Gemeente Soest')).toBeNull();
  });

  it('shows a proposed level as a proposal and keeps every level in view', async () => {
    renderWithServices(<ChecklistsPage {...pageProps({}, 'group=roads')} />, withPolicy({ proposedAmbitionPerProductGroup: { roads: 'basis' } }));
    const cards = await screen.findAllByTestId('criterion');
    expect(within(screen.getByRole('combobox', { name: 'Ambitie (tot en met)' })).getByRole('option', { selected: true })).toHaveTextContent('Alle');
    expect(new Set(cards.map(ambitionOf)).size).toBeGreaterThan(1);
    for (const card of cards) {
      const proposed = within(card).queryByText('Voorstel: minimum voor Gemeente Soest (nog niet vastgesteld)') !== null;
      expect(proposed).toBe(ambitionOf(card) === 'Ambitie: Basis');
      expect(within(card).queryByText('Minimum voor Gemeente Soest')).toBeNull();
    }
  });

  it('marks the adopted minimum on a criterion’s own page', async () => {
    renderWithServices(<CriterionDetailPage {...pageProps({ itemId: 'roads-reuse-paving-elements' })} />, withPolicy({ ambitionPerProductGroup: { roads: 'ambitious' } }));
    expect(await within(await screen.findByRole('list', { name: 'Kenmerken' })).findByText('Minimum voor Gemeente Soest')).toBeInTheDocument();
  });

  it('copies the criterion’s text for a tender and says so', async () => {
    const writeText = jest.fn(async () => undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    renderWithServices(<CriterionDetailPage {...pageProps({ itemId: 'roads-reuse-paving-elements' })} />, fakeServices());
    await userEvent.click(await screen.findByRole('button', { name: 'Tekst kopiëren voor je aanbesteding' }));
    expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/klinkers/));
    expect(screen.getByTestId('announcer')).toHaveTextContent('Gekopieerd naar het klembord');
  });

  it('says what to do when a link points to a criterion that no longer exists', async () => {
    renderWithServices(<CriterionDetailPage {...pageProps({ itemId: 'gone-item' })} />, fakeServices());
    expect(await screen.findByRole('heading', { name: 'Criterium niet gevonden', level: 1 })).toBeInTheDocument();
    expect(screen.getByText(/gone-item/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar de checklists' })).toBeInTheDocument();
  });
});
