// The meeting parts of the Teams host: the meeting's details (which hosts may refuse or ignore)
// and Share to Teams.
import type * as TeamsJsModule from '@microsoft/teams-js';
import { readMeetingDetails, teamsHostFromContext, type TeamsJs } from './teams-host';

type Context = TeamsJsModule.app.Context;
type DetailsCallback = Parameters<typeof TeamsJsModule.meeting.getMeetingDetails>[0];

function teamsWith(parts: Partial<TeamsJs>): TeamsJs {
  return {
    app: { initialize: async () => undefined, getContext: async () => ({}) as Context, registerOnThemeChangeHandler: () => undefined, notifySuccess: async () => ({}) as never, openLink: async () => undefined },
    pages: { config: { isSupported: () => false, setValidityState: () => undefined, registerOnSaveHandler: () => undefined, setConfig: async () => undefined } },
    dialog: { isSupported: () => false, url: { isSupported: () => false, submit: () => undefined } },
    nestedAppAuth: { isNAAChannelRecommended: () => false },
    ...parts,
  };
}

const context = (frameContext: string) =>
  ({
    app: { locale: 'nl-NL', theme: 'default', sessionId: 's', host: { name: 'Teams', clientType: 'web', sessionId: 'h' } },
    page: { id: 'tab', frameContext },
    user: { id: 'oid-1' },
    meeting: { id: 'meeting-1' },
    chat: { id: '19:meeting_x@thread.v2' },
  }) as unknown as Context;

describe('the meeting details from Teams', () => {
  it('gives title, start and organizer when Teams answers', async () => {
    const getMeetingDetails = (cb: DetailsCallback) =>
      cb(null, { details: { title: 'Kick-off Dorpsstraat', scheduledStartTime: '2025-03-04T09:00:00Z', scheduledEndTime: 'x' }, conversation: { id: 'c' }, organizer: { id: 'oid-9' } } as never);
    expect(await readMeetingDetails(teamsWith({ meeting: { getMeetingDetails } }))).toEqual({ title: 'Kick-off Dorpsstraat', start: '2025-03-04T09:00:00Z', organizerId: 'oid-9' });
  });

  it('gives nothing when Teams refuses, throws, never answers or lacks the call', async () => {
    const refuses = (cb: DetailsCallback) => cb({ errorCode: 501 } as never, null);
    const throws = () => {
      throw new Error('Invalid frame context');
    };
    const silent = () => undefined;
    expect(await readMeetingDetails(teamsWith({ meeting: { getMeetingDetails: refuses } }))).toBeUndefined();
    expect(await readMeetingDetails(teamsWith({ meeting: { getMeetingDetails: throws } }))).toBeUndefined();
    const started = Date.now();
    expect(await readMeetingDetails(teamsWith({ meeting: { getMeetingDetails: silent } }), 50)).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(await readMeetingDetails(teamsWith({}))).toBeUndefined();
  });

  it('are offered on the host\'s meeting, with its chat', async () => {
    const host = teamsHostFromContext(teamsWith({}), context('sidePanel'));
    expect(host.meeting).toMatchObject({ id: 'meeting-1', chatId: '19:meeting_x@thread.v2' });
    expect(await host.meeting!.details!()).toBeUndefined();
  });
});

describe('Share to Teams', () => {
  it('shares a link with a message where Teams supports it', async () => {
    const shared: unknown[] = [];
    const sharing = { isSupported: () => true, shareWebContent: async (content: unknown) => void shared.push(content) } as unknown as TeamsJs['sharing'];
    const host = teamsHostFromContext(teamsWith({ sharing }), context('content'));
    await host.capabilities.share!({ url: 'https://cc.example.org/#/meetings/m', message: 'Criteria' });
    expect(shared).toEqual([{ content: [{ type: 'URL', url: 'https://cc.example.org/#/meetings/m', message: 'Criteria', preview: true }] }]);
  });

  it('is absent where Teams does not support it, and inside dialogs', () => {
    const unsupported = { isSupported: () => false, shareWebContent: async () => undefined } as unknown as TeamsJs['sharing'];
    expect(teamsHostFromContext(teamsWith({ sharing: unsupported }), context('content')).capabilities.share).toBeUndefined();
    const supported = { isSupported: () => true, shareWebContent: async () => undefined } as unknown as TeamsJs['sharing'];
    expect(teamsHostFromContext(teamsWith({ sharing: supported }), context('task')).capabilities.share).toBeUndefined();
    expect(teamsHostFromContext(teamsWith({}), context('content')).capabilities.share).toBeUndefined();
  });
});
