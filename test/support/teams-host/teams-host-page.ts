// A test-only page that plays the Teams host for the tab, same-origin, so the TeamsJS path of the
// app runs in a real browser: it answers TeamsJS's `initialize` and `getContext` messages, answers
// the configuration calls of a channel tab, records every call the app makes, and can send theme
// changes and the Save of a settings page. In meeting contexts it also answers the meeting's
// details (or refuses them, or stays silent) and Share to Teams. TeamsJS's host protocol is
// private: this page follows @microsoft/teams-js 2.58 and lives in test/ only.
//
// Served by the tests themselves (Playwright's page.route) at a path of the app's own origin.

export interface TeamsHostOptions {
  /** the app page to frame, e.g. `http://127.0.0.1:1234/#/check?host=dialog` */
  appUrl: string;
  frameContext: 'content' | 'settings' | 'task' | 'sidePanel' | 'meetingStage';
  theme?: 'default' | 'dark' | 'contrast';
  locale?: string;
  hostName?: string;
  /** extra fields of TeamsJS's (legacy-shaped) context: teamId, meetingId, subEntityId… */
  context?: Record<string, unknown>;
  /**
   * a meeting: the host supports the meeting capability and answers meeting.getMeetingDetails with
   * these details (TeamsJS's response shape), refuses it, or never answers it (as hosts without the
   * meeting's consent may do)
   */
  meeting?: { details: Record<string, unknown> } | { refuse: true } | { silent: true };
  /** the host supports Share to Teams and records what is shared (answered as done) */
  sharing?: boolean;
}

/** the path the tests serve the host page at */
export const TEAMS_HOST_PATH = '/__test__/teams-host.html';

/** the calls the host recorded, as `window.__teamsHost.calls` holds them */
export interface RecordedCall {
  func: string;
  args: unknown[];
}

const HOST_SCRIPT = `
(function () {
  var options = JSON.parse(document.getElementById('host-options').textContent);
  var frame = document.getElementById('app');
  var origin = window.location.origin;
  var calls = [];
  var runtime = {
    apiVersion: 4,
    isNAAChannelRecommended: false,
    isLegacyTeams: false,
    hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
    supports: {
      app: {},
      appEntity: {},
      dialog: { url: {}, update: {} },
      pages: { appButton: {}, tabs: {}, config: {}, backStack: {} },
      teamsCore: {}
    }
  };
  if (options.meeting) runtime.supports.meeting = {};
  if (options.sharing) runtime.supports.sharing = {};
  var context = Object.assign({
    locale: options.locale || 'nl-NL',
    theme: options.theme || 'default',
    frameContext: options.frameContext,
    hostName: options.hostName || 'Teams',
    hostClientType: 'web',
    entityId: 'circular-choices',
    appSessionId: 'app-session-e2e',
    sessionId: 'host-session-e2e',
    userObjectId: '00000000-0000-4000-8000-000000000002',
    userPrincipalName: 'joris.bakker@soest.example',
    tid: '00000000-0000-4000-8000-0000000000aa'
  }, options.context || {});
  function reply(message, args) {
    frame.contentWindow.postMessage({ id: message.id, uuidAsString: message.uuidAsString, args: args }, origin);
  }
  function send(func, args) {
    frame.contentWindow.postMessage({ func: func, args: args }, origin);
  }
  window.addEventListener('message', function (event) {
    if (event.source !== frame.contentWindow || event.origin !== origin) return;
    var message = event.data;
    if (!message || typeof message !== 'object' || typeof message.func !== 'string') return;
    calls.push({ func: message.func, args: message.args || [] });
    switch (message.func) {
      case 'initialize':
        reply(message, [options.frameContext, 'web', JSON.stringify(runtime), '2.58.0']);
        break;
      case 'getContext':
        reply(message, [context]);
        break;
      case 'settings.setSettings':
        reply(message, [true]);
        break;
      case 'executeDeepLink':
        reply(message, [true]);
        break;
      case 'meeting.getMeetingDetails':
        if (!options.meeting || options.meeting.silent) break;
        if (options.meeting.refuse) reply(message, [{ errorCode: 501, message: 'not supported in this meeting' }, null]);
        else reply(message, [null, options.meeting.details]);
        break;
      case 'sharing.shareWebContent':
        reply(message, [null]);
        break;
      default:
        // one-way notifications (appInitialization.*, settings.setValidityState, tasks.completeTask)
        break;
    }
  });
  window.__teamsHost = {
    calls: calls,
    setTheme: function (theme) { send('themeChange', [theme]); },
    save: function () { send('settings.save', [{}]); }
  };
  frame.src = options.appUrl;
})();
`;

const escapeJsonForScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** the host page's HTML: a full-size frame for the app, and the script that answers it */
export function teamsHostPage(options: TeamsHostOptions): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Test Teams host</title>
<style>html,body{margin:0;height:100%}iframe{border:0;width:100%;height:100%;display:block}</style></head>
<body>
<iframe id="app" title="Circular Choices"></iframe>
<script type="application/json" id="host-options">${escapeJsonForScript(options)}</script>
<script>${HOST_SCRIPT}</script>
</body>
</html>`;
}
