import { AppConfigError, parseAppConfig } from './app-config';

describe('parseAppConfig', () => {
  it('reads the local configuration the server serves', () => {
    expect(parseAppConfig({ mode: 'local', clientId: 'circular-choices-local', graphBaseUrl: '/graph/v1.0', siteId: 'root', appVersion: '0.1.0' })).toMatchObject({
      mode: 'local',
      graphBaseUrl: '/graph/v1.0',
      siteId: 'root',
    });
  });

  it('refuses a tenant configuration without its Entra ids, naming what is missing', () => {
    expect(() => parseAppConfig({ mode: 'tenant', graphBaseUrl: 'https://graph.microsoft.com/v1.0', siteId: 's' })).toThrow(/clientId and tenantId/);
  });

  it('refuses what is not a configuration', () => {
    expect(() => parseAppConfig('x')).toThrow(AppConfigError);
    expect(() => parseAppConfig({ mode: 'cloud', graphBaseUrl: '/g', siteId: 'root' })).toThrow(/mode/);
    expect(() => parseAppConfig({ mode: 'local', siteId: 'root' })).toThrow(/graphBaseUrl/);
  });
});
