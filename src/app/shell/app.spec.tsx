/** @jest-environment jsdom */
import '../../../test/support/app/jsdom-gaps';
import '@testing-library/jest-dom';
import { act, render, screen } from '@testing-library/react';
import { lazy } from 'react';
import { App } from './app';
import type { RouteDefinition } from './routes';
import { fakeHost, fakeServices } from '../../../test/support/app/fakes';

function Boom(): never {
  throw new Error('the page broke');
}

const ROUTES: RouteDefinition[] = [
  { pattern: '/', nav: 'home', page: lazy(async () => ({ default: () => <h1>Home page</h1> })) },
  { pattern: '/criteria/:itemId', nav: 'checklists', page: lazy(async () => ({ default: (p: { params: Record<string, string> }) => <h1>Criterion {p.params.itemId}</h1> })) },
  { pattern: '/broken', page: lazy(async () => ({ default: Boom })) },
  { pattern: '/config', bare: true, page: lazy(async () => ({ default: () => <h1>Settings</h1> })) },
];

const go = (hash: string) => act(() => {
  window.location.hash = hash;
  window.dispatchEvent(new HashChangeEvent('hashchange'));
});

describe('the app shell', () => {
  beforeEach(() => {
    window.localStorage.clear();
    window.history.replaceState(null, '', '#/');
  });

  it('routes hash links, marks the current page in the navigation and shows the development identity', async () => {
    render(<App services={fakeServices({ switchDevIdentity: () => undefined })} routes={ROUTES} />);
    expect(await screen.findByRole('heading', { name: 'Home page' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('combobox', { name: 'Ontwikkelidentiteit / Development identity' })).toBeInTheDocument();
    go('#/criteria/roads-reuse');
    expect(await screen.findByRole('heading', { name: 'Criterion roads-reuse' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Checklists' })).toHaveAttribute('aria-current', 'page');
  });

  it('keeps the app usable when a page throws, and clears the error on navigation', async () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<App services={fakeServices()} routes={ROUTES} />);
    go('#/broken');
    expect(await screen.findByText('Reden, voor je beheerder: the page broke')).toBeInTheDocument();
    expect(screen.getByRole('navigation')).toBeInTheDocument();
    go('#/');
    expect(await screen.findByRole('heading', { name: 'Home page' })).toBeInTheDocument();
  });

  it('says so when an address is not a page of the app', async () => {
    render(<App services={fakeServices()} routes={ROUTES} />);
    go('#/nowhere');
    expect(await screen.findByRole('heading', { name: 'Pagina niet gevonden' })).toBeInTheDocument();
  });

  it('shows a dialog or a settings page without the navigation', async () => {
    render(<App services={fakeServices()} routes={ROUTES} />);
    go('#/config');
    expect(await screen.findByRole('heading', { name: 'Settings' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    go('#/criteria/x?host=dialog');
    expect(await screen.findByRole('heading', { name: 'Criterion x' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });

  it('follows the host’s language and theme, including theme changes', async () => {
    const host = fakeHost({ locale: 'en-US' });
    render(<App services={fakeServices({ host })} routes={ROUTES} />);
    expect(await screen.findByRole('link', { name: 'Home' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(document.documentElement.dataset.theme).toBe('light');
    act(() => host.setTheme('contrast'));
    expect(document.documentElement.dataset.theme).toBe('contrast');
    act(() => host.setTheme('dark'));
    expect(document.documentElement.dataset.theme).toBe('dark');
  });
});
