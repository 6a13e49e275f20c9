import type * as TeamsJsModule from '@microsoft/teams-js';
import { createTeamsHost, type TeamsJs } from './teams-host';

type Context = TeamsJsModule.app.Context;

function fakeTeams(context: Partial<Context> & { frameContext?: string; theme?: string }, supports = { dialog: true, config: true, naa: true }) {
  const calls: { name: string; args: unknown[] }[] = [];
  let themeHandler: ((theme: string) => void) | undefined;
  let saveHandler: ((event: { notifySuccess(): void; notifyFailure(reason?: string): void }) => void) | undefined;
  const full = {
    app: { locale: 'nl-NL', theme: context.theme ?? 'default', sessionId: 's', host: { name: 'Teams', clientType: 'web', sessionId: 'h' } },
    page: { id: 'tab', frameContext: context.frameContext ?? 'content' },
    user: { id: 'oid-7', displayName: 'Noor', userPrincipalName: 'noor@soest.example', tenant: { id: 'tid' } },
    ...context,
  } as unknown as Context;
  const teams: TeamsJs = {
    app: {
      initialize: async () => undefined,
      getContext: async () => full,
      registerOnThemeChangeHandler: (h) => {
        themeHandler = h as (theme: string) => void;
      },
      notifySuccess: async () => ({ hasFinishedSuccessfully: true }),
      openLink: async (url) => void calls.push({ name: 'openLink', args: [url] }),
    },
    pages: {
      config: {
        isSupported: () => supports.config,
        setValidityState: (valid) => void calls.push({ name: 'setValidityState', args: [valid] }),
        registerOnSaveHandler: (h) => {
          saveHandler = h as typeof saveHandler;
        },
        setConfig: async (config) => void calls.push({ name: 'setConfig', args: [config] }),
      },
    },
    dialog: { isSupported: () => supports.dialog, url: { isSupported: () => supports.dialog, submit: (result) => void calls.push({ name: 'submit', args: [result] }) } },
    nestedAppAuth: { isNAAChannelRecommended: () => supports.naa },
  };
  return { teams, calls, changeTheme: (t: string) => themeHandler?.(t), save: () => saveHandler };
}

describe('the Teams host', () => {
  it('maps the Teams context: user, locale, theme, meeting, team and deep link', async () => {
    const { teams } = fakeTeams({
      theme: 'dark',
      meeting: { id: 'meeting-1' },
      team: { internalId: 't', displayName: 'Inkoop', groupId: 'g-1' },
      page: { id: 'tab', frameContext: 'sidePanel', subPageId: 'criteria/roads-reuse' },
    } as Partial<Context>);
    const host = await createTeamsHost(teams, 1000);
    expect(host).toMatchObject({
      kind: 'teams',
      hostName: 'Teams',
      theme: 'dark',
      locale: 'nl-NL',
      frameContext: 'sidePanel',
      meeting: { id: 'meeting-1' },
      team: { groupId: 'g-1', displayName: 'Inkoop' },
      subPageId: 'criteria/roads-reuse',
      user: { id: 'oid-7', userPrincipalName: 'noor@soest.example', tenantId: 'tid' },
    });
    expect(host.capabilities.nestedAppAuth).toBe(true);
  });

  it('passes Teams theme changes to every subscriber', async () => {
    const { teams, changeTheme } = fakeTeams({});
    const host = await createTeamsHost(teams, 1000);
    const seen: string[] = [];
    host.subscribeTheme((t) => seen.push(`a:${t}`));
    const stop = host.subscribeTheme((t) => seen.push(`b:${t}`));
    changeTheme('contrast');
    stop();
    changeTheme('default');
    expect(seen).toEqual(['a:contrast', 'b:contrast', 'a:light']);
    expect(host.theme).toBe('light');
  });

  it('offers dialog submission only inside a dialog frame, and sends the result to Teams', async () => {
    expect((await createTeamsHost(fakeTeams({ frameContext: 'content' }).teams, 1000)).capabilities.dialog).toBeUndefined();
    const { teams, calls } = fakeTeams({ frameContext: 'task' });
    const host = await createTeamsHost(teams, 1000);
    host.capabilities.dialog!.submit({ text: 'x', itemIds: ['a'] });
    expect(calls).toContainEqual({ name: 'submit', args: [{ text: 'x', itemIds: ['a'] }] });
  });

  it('saves a channel tab configuration and tells Teams it succeeded, or why it failed', async () => {
    const { teams, calls, save } = fakeTeams({ frameContext: 'settings' });
    const host = await createTeamsHost(teams, 1000);
    const tabConfig = host.capabilities.tabConfig!;
    tabConfig.setValid(true);
    tabConfig.onSave(() => ({ contentUrl: 'https://app/#/teams/inkoop', entityId: 'team-inkoop' }));
    const outcome = await new Promise<string>((resolve) => save()!({ notifySuccess: () => resolve('ok'), notifyFailure: (r) => resolve(`failed: ${r}`) }));
    expect(outcome).toBe('ok');
    expect(calls).toContainEqual({ name: 'setValidityState', args: [true] });
    expect(calls).toContainEqual({ name: 'setConfig', args: [{ contentUrl: 'https://app/#/teams/inkoop', entityId: 'team-inkoop' }] });

    tabConfig.onSave(() => {
      throw new Error('no team chosen');
    });
    const failed = await new Promise<string>((resolve) => save()!({ notifySuccess: () => resolve('ok'), notifyFailure: (r) => resolve(`failed: ${r}`) }));
    expect(failed).toBe('failed: no team chosen');
  });

  it('degrades when the host lacks a capability or refuses to say', async () => {
    const { teams } = fakeTeams({ frameContext: 'settings' }, { dialog: false, config: false, naa: false });
    teams.nestedAppAuth.isNAAChannelRecommended = () => {
      throw new Error('not initialised');
    };
    const host = await createTeamsHost(teams, 1000);
    expect(host.capabilities).toMatchObject({ nestedAppAuth: false, dialog: undefined, tabConfig: undefined });
  });

  it('gives up when no host answers in time', async () => {
    const { teams } = fakeTeams({});
    teams.app.initialize = () => new Promise(() => undefined);
    await expect(createTeamsHost(teams, 20)).rejects.toThrow(/no Teams host answered/);
  });
});
