import { appOnlyTokenProvider, MissingConfigurationError, readAppOnlyConfig } from './app-only-credentials';
import { deviceCodeTokenProvider, readDeviceCodeConfig } from './device-code';

describe('tenant configuration', () => {
  it('names every missing variable for app-only sign-in', () => {
    const error = (() => {
      try {
        readAppOnlyConfig({ AZURE_TENANT_ID: 'contoso.onmicrosoft.com', AZURE_CLIENT_SECRET: '  ' });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(MissingConfigurationError);
    expect((error as MissingConfigurationError).variables).toEqual(['AZURE_CLIENT_ID', 'AZURE_CLIENT_SECRET']);
    expect((error as Error).message).toMatch(/AZURE_CLIENT_ID, AZURE_CLIENT_SECRET/);
  });

  it('needs no secret for device-code sign-in', () => {
    expect(readDeviceCodeConfig({ AZURE_TENANT_ID: 't', AZURE_CLIENT_ID: 'c' })).toEqual({ tenantId: 't', clientId: 'c' });
    expect(() => readDeviceCodeConfig({ AZURE_CLIENT_ID: 'c' })).toThrow(/AZURE_TENANT_ID/);
  });
});

describe('token providers', () => {
  it('asks for Graph application permissions with client credentials', async () => {
    const acquireTokenByClientCredential = jest.fn().mockResolvedValue({ accessToken: 'app-token' });
    const provider = appOnlyTokenProvider({ tenantId: 't', clientId: 'c', clientSecret: 's' }, { acquireTokenByClientCredential });
    await expect(provider()).resolves.toBe('app-token');
    expect(acquireTokenByClientCredential).toHaveBeenCalledWith({ scopes: ['https://graph.microsoft.com/.default'] });
  });

  it('shows the device code once, shares the sign-in between calls, then renews silently', async () => {
    const prompts: string[] = [];
    let finish: (value: unknown) => void = () => undefined;
    const client = {
      acquireTokenByDeviceCode: jest.fn((request: { deviceCodeCallback: (r: { message: string }) => void }) => {
        request.deviceCodeCallback({ message: 'To sign in, enter ABCD-EFGH at https://microsoft.com/devicelogin' });
        return new Promise((resolve) => (finish = resolve));
      }),
      acquireTokenSilent: jest.fn().mockResolvedValue({ accessToken: 'renewed' }),
    };
    const provider = deviceCodeTokenProvider({ tenantId: 't', clientId: 'c' }, (m) => prompts.push(m), client as never);
    const first = provider();
    const second = provider();
    finish({ accessToken: 'first', account: { homeAccountId: 'a' } });
    await expect(Promise.all([first, second])).resolves.toEqual(['first', 'first']);
    await expect(provider()).resolves.toBe('renewed');
    expect(prompts).toEqual(['To sign in, enter ABCD-EFGH at https://microsoft.com/devicelogin']);
    expect(client.acquireTokenByDeviceCode).toHaveBeenCalledTimes(1);
  });
});
