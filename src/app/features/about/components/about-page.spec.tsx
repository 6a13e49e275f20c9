/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { createDOMRenderer } from '@fluentui/react-components';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { declared } from '../../../../../test/support/app/declared-style';
import { fakeServices, realPack } from '../../../../../test/support/app/fakes';
import { pageProps, renderWithServices } from '../../../../../test/support/app/render-app';
import { AboutPage } from './about-page';

describe('AboutPage', () => {
  it('tells the content version, who is signed in (as a development identity), and where decisions are kept', async () => {
    const setLanguage = jest.fn();
    renderWithServices(<AboutPage {...pageProps()} />, fakeServices());
    expect(await screen.findByTestId('content-version')).toHaveTextContent(realPack().meta.version);
    expect(screen.getByTestId('signed-in-user')).toHaveTextContent('Sanne de Vries (demo)');
    expect(screen.getByText('Ontwikkelidentiteit / Development identity')).toBeInTheDocument();
    expect(screen.getByText(/Graph-lijstenemulator van deze server \(\/graph\/v1.0\)/)).toBeInTheDocument();
    expect(screen.getByText('Het standaardpakket dat met de app meekomt')).toBeInTheDocument();
    void setLanguage;
  });

  it('in a tenant, names the SharePoint site and lets the person set their team', async () => {
    const services = fakeServices({
      config: { mode: 'tenant', clientId: 'c', tenantId: 't', graphBaseUrl: 'https://graph.microsoft.com/v1.0', siteId: 'contoso.sharepoint.com,1,2', appVersion: '1' },
      session: { kind: 'nested-app', user: { id: 'oid', displayName: 'Noor', upn: 'noor@soest.example' }, getGraphToken: async () => 't', getApiToken: async () => 't' },
    });
    renderWithServices(<AboutPage {...pageProps()} />, services);
    expect(await screen.findByText(/contoso.sharepoint.com,1,2/)).toBeInTheDocument();
    expect(screen.getByText(/geneste app-verificatie/)).toBeInTheDocument();
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: /Mijn team/ }), 'vastgoed');
    expect(window.localStorage.getItem('circular-choices.team')).toBe('vastgoed');
  });

  it('lets the site id (host,guid,guid, no spaces) break anywhere, so it cannot push a 320 px panel sideways', async () => {
    const siteId = 'soestgemeente.sharepoint.com,4f7c2a1e-9b3d-4c8e-a2f1-6d5e8b7c9a01,0b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e';
    const services = fakeServices({
      config: { mode: 'tenant', clientId: 'c', tenantId: 't', graphBaseUrl: 'https://graph.microsoft.com/v1.0', siteId, appVersion: '1' },
      session: { kind: 'nested-app', user: { id: 'oid', displayName: 'Noor', upn: 'noor@soest.example' }, getGraphToken: async () => 't', getApiToken: async () => 't' },
    });
    // every style rule, not only those a query needs: the wrapping is the point here
    renderWithServices(<AboutPage {...pageProps()} />, services, 'nl', createDOMRenderer(document));
    expect(declared(await screen.findByText(new RegExp(siteId)), 'overflow-wrap')).toBe('anywhere');
  });
});
