// The host of Teams, Outlook and microsoft365.com, through TeamsJS. This folder is the only place
// that imports @microsoft/teams-js; the app sees a HostContext. Every capability is asked for with
// the SDK's isSupported(), so a host that lacks one (Outlook has no channel tabs) degrades.
import type * as TeamsJsModule from '@microsoft/teams-js';
import type { FrameContext, HostContext, HostMeetingDetails, HostTheme, TabConfiguration } from '../host-context';

/** the parts of TeamsJS this adapter uses, so a test fake is small */
export interface TeamsJs {
  app: Pick<typeof TeamsJsModule.app, 'initialize' | 'getContext' | 'registerOnThemeChangeHandler' | 'notifySuccess' | 'openLink'>;
  pages: { config: Pick<typeof TeamsJsModule.pages.config, 'isSupported' | 'setValidityState' | 'registerOnSaveHandler' | 'setConfig'> };
  dialog: Pick<typeof TeamsJsModule.dialog, 'isSupported'> & { url: Pick<typeof TeamsJsModule.dialog.url, 'submit' | 'isSupported'> };
  nestedAppAuth: Pick<typeof TeamsJsModule.nestedAppAuth, 'isNAAChannelRecommended'>;
  meeting?: Pick<typeof TeamsJsModule.meeting, 'getMeetingDetails'>;
  sharing?: Pick<typeof TeamsJsModule.sharing, 'isSupported' | 'shareWebContent'>;
}

/** how long the meeting's details may take; hosts that do not answer the call must not hang a page */
const MEETING_DETAILS_TIMEOUT_MS = 3_000;

/**
 * the meeting's title, start and organizer through meeting.getMeetingDetails, which needs the
 * meeting's resource-specific consent and is not offered by every host: undefined when it fails
 */
export function readMeetingDetails(teams: TeamsJs, timeoutMs = MEETING_DETAILS_TIMEOUT_MS): Promise<HostMeetingDetails | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), timeoutMs);
    const done = (value: HostMeetingDetails | undefined) => {
      clearTimeout(timer);
      resolve(value);
    };
    try {
      if (!teams.meeting) return done(undefined);
      teams.meeting.getMeetingDetails((error, response) => {
        if (error || !response) return done(undefined);
        const details = response.details as { title?: string; scheduledStartTime?: string };
        done({ title: details.title || undefined, start: details.scheduledStartTime || undefined, organizerId: response.organizer?.id || undefined });
      });
    } catch {
      done(undefined);
    }
  });
}

/** Teams' theme names: `default` is light */
function themeFromTeams(name: string | undefined): HostTheme {
  if (name === 'dark') return 'dark';
  if (name === 'contrast') return 'contrast';
  return 'light';
}

const FRAME_CONTEXTS: readonly FrameContext[] = ['content', 'settings', 'remove', 'task', 'sidePanel', 'meetingStage', 'stage'];

function frameContextOf(value: string | undefined): FrameContext {
  return (FRAME_CONTEXTS as readonly string[]).includes(value ?? '') ? (value as FrameContext) : 'content';
}

/** a capability check that never throws: an SDK that refuses to answer means 'not supported' */
function supported(check: () => boolean): boolean {
  try {
    return check();
  } catch {
    return false;
  }
}

/** initialises TeamsJS and reads the context; rejects when no host answers in `timeoutMs` */
export async function createTeamsHost(teams: TeamsJs, timeoutMs: number): Promise<HostContext> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no Teams host answered within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([teams.app.initialize(), timeout]);
    const context = await Promise.race([teams.app.getContext(), timeout]);
    return teamsHostFromContext(teams, context);
  } finally {
    clearTimeout(timer);
  }
}

export function teamsHostFromContext(teams: TeamsJs, context: TeamsJsModule.app.Context): HostContext {
  let theme = themeFromTeams(context.app.theme);
  const listeners = new Set<(theme: HostTheme) => void>();
  // TeamsJS keeps one theme handler; this one fans out to every subscriber
  teams.app.registerOnThemeChangeHandler((name) => {
    theme = themeFromTeams(name);
    for (const listener of [...listeners]) listener(theme);
  });

  const frameContext = frameContextOf(context.page.frameContext);
  const canSubmitDialog = frameContext === 'task' && supported(() => teams.dialog.isSupported() && teams.dialog.url.isSupported());
  const canConfigure = frameContext === 'settings' && supported(() => teams.pages.config.isSupported());

  return {
    kind: 'teams',
    hostName: context.app.host.name,
    user: {
      id: context.user?.id || undefined,
      displayName: context.user?.displayName,
      userPrincipalName: context.user?.userPrincipalName ?? context.user?.loginHint,
      tenantId: context.user?.tenant?.id,
    },
    locale: context.app.locale || 'nl-NL',
    get theme() {
      return theme;
    },
    frameContext,
    meeting: context.meeting?.id ? { id: context.meeting.id, chatId: context.chat?.id, details: () => readMeetingDetails(teams) } : undefined,
    team:
      context.team || context.channel
        ? {
            groupId: context.team?.groupId,
            displayName: context.team?.displayName,
            channelId: context.channel?.id,
            channelName: context.channel?.displayName,
          }
        : undefined,
    subPageId: context.page.subPageId || undefined,
    capabilities: {
      nestedAppAuth: supported(() => teams.nestedAppAuth.isNAAChannelRecommended()),
      dialog: canSubmitDialog ? { submit: (result) => teams.dialog.url.submit(result as object) } : undefined,
      tabConfig: canConfigure
        ? {
            setValid: (valid) => teams.pages.config.setValidityState(valid),
            onSave(handler) {
              teams.pages.config.registerOnSaveHandler((event) => {
                Promise.resolve()
                  .then(handler)
                  .then((config: TabConfiguration) => teams.pages.config.setConfig(config))
                  .then(
                    () => event.notifySuccess(),
                    (error: unknown) => event.notifyFailure(error instanceof Error ? error.message : String(error)),
                  );
              });
            },
          }
        : undefined,
      openLink: (url) => teams.app.openLink(url),
      // Share to Teams is not offered inside dialogs and stage views
      share:
        frameContext !== 'task' && frameContext !== 'stage' && supported(() => teams.sharing?.isSupported() ?? false)
          ? async (content) => {
              await teams.sharing!.shareWebContent({ content: [{ type: 'URL', url: content.url, message: content.message, preview: true }] });
            }
          : undefined,
    },
    subscribeTheme(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    notifyReady() {
      void teams.app.notifySuccess().catch(() => undefined);
    },
  };
}
