/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { TabConfiguration } from '../../../../hosts/host-context';
import { fakeHost, fakeServices } from '../../../../../test/support/app/fakes';
import { pageProps, renderWithServices } from '../../../../../test/support/app/render-app';
import { ChannelConfigPage } from './channel-config-page';

describe('ChannelConfigPage', () => {
  it('enables Teams’ Save only once a team is chosen, and saves that team’s page as the tab', async () => {
    const validity: boolean[] = [];
    let save: (() => TabConfiguration | Promise<TabConfiguration>) | undefined;
    const host = fakeHost({
      kind: 'teams',
      frameContext: 'settings',
      capabilities: { nestedAppAuth: true, tabConfig: { setValid: (v) => validity.push(v), onSave: (h) => (save = h) } },
    });
    renderWithServices(<ChannelConfigPage {...pageProps()} />, fakeServices({ host }));
    await userEvent.click(await screen.findByRole('radio', { name: 'Openbare Ruimte' }));
    expect(validity).toEqual([false, true]);
    expect(await save!()).toEqual({
      contentUrl: `${window.location.origin}/#/teams/openbare-ruimte`,
      websiteUrl: `${window.location.origin}/#/teams/openbare-ruimte`,
      entityId: 'team-openbare-ruimte',
      suggestedDisplayName: 'Circulair – Openbare Ruimte',
    });
  });

  it('outside Teams, explains where the setting belongs and links to the team’s page', async () => {
    renderWithServices(<ChannelConfigPage {...pageProps()} />, fakeServices());
    expect(screen.getByText(/Deze pagina gebruikt Teams/)).toBeInTheDocument();
    await userEvent.click(await screen.findByRole('radio', { name: 'Vastgoed' }));
    expect(screen.getByRole('link', { name: 'Pagina van dit team openen' })).toHaveAttribute('href', '#/teams/vastgoed');
  });
});
