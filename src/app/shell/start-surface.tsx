// Starts a surface: reads the server's configuration and finds the host at the same time, signs in
// (a development identity locally, nested app authentication in a tenant), builds the services and
// renders. Anything that fails before the app can run gets a readable screen, never a blank page.
import { Button, FluentProvider, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { createRoot, type Root } from 'react-dom/client';
import { useState, type ReactNode } from 'react';
import { DEMO_STAFF } from '../../auth/demo-staff';
import { createDevelopmentSession, rememberDemoUser, rememberedDemoUser } from '../../auth/development-session';
import type { AuthSession } from '../../auth/session';
import { languageOfLocale } from '../../domain/language';
import { connectHost } from '../../hosts/connect-host';
import type { HostContext } from '../../hosts/host-context';
import { App, initialLanguage } from './app';
import { ErrorState } from '../components/page-states';
import type { RouteDefinition } from './routes';
import { fetchAppConfig, type AppConfig } from '../lib/app-config';
import { createServices } from './create-services';
import { deepLinkHash } from '../lib/deep-link';
import { findRoute, parseHash } from '../lib/hash-route';
import { I18nProvider, loadMessages, useI18n } from '../lib/i18n';
import { fluentThemeFor, usePageStyles } from '../lib/theme';

const useStyles = makeStyles({
  screen: { minHeight: '100vh', display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center', gap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalXL, backgroundColor: tokens.colorNeutralBackground2, color: tokens.colorNeutralForeground1 },
});

function Screen(props: { host?: HostContext; children: ReactNode }) {
  usePageStyles();
  const locale = props.host?.locale ?? navigator.language;
  return (
    <FluentProvider theme={fluentThemeFor(props.host?.theme ?? 'light')}>
      <I18nProvider language={languageOfLocale(locale)} hostLocale={locale} onLanguageChange={() => undefined}>
        {props.children}
      </I18nProvider>
    </FluentProvider>
  );
}

function Starting() {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <main className={styles.screen}>
      <Spinner label={t('start.loading')} labelPosition="below" />
    </main>
  );
}

function StartFailed(props: { error: unknown }) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <main className={styles.screen}>
      <h1>{t('start.failedTitle')}</h1>
      <ErrorState title={t('start.failedHint')} error={props.error} onRetry={() => window.location.reload()} />
    </main>
  );
}

function SignIn(props: { signIn: () => Promise<void> }) {
  const styles = useStyles();
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  return (
    <main className={styles.screen}>
      <h1>{t('app.name')}</h1>
      <Text>{t('start.signInHint')}</Text>
      <Button
        appearance="primary"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          props.signIn().catch((e: unknown) => {
            setError(e);
            setBusy(false);
          });
        }}
      >
        {busy ? t('start.signingIn') : t('start.signIn')}
      </Button>
      {error !== undefined && <ErrorState title={t('start.signInFailed')} error={error} />}
    </main>
  );
}

/** a deep link into a tab (Teams' subEntityId `criteria/x`, `actions/y` or `meetings/z`) opens that page */
function followDeepLink(host: HostContext): void {
  const hash = deepLinkHash(host.subPageId);
  if (hash && (window.location.hash === '' || window.location.hash === '#/')) window.location.hash = hash;
}

async function sessionFor(config: AppConfig, host: HostContext, root: Root): Promise<AuthSession> {
  if (config.mode === 'local') return createDevelopmentSession(rememberedDemoUser(window.localStorage));
  const { signInWithNestedAppAuth } = await import(/* webpackChunkName: "auth" */ '../../auth/nested-app-session');
  const result = await signInWithNestedAppAuth({
    clientId: config.clientId!,
    tenantId: config.tenantId!,
    loginHint: host.user?.userPrincipalName,
    nested: host.capabilities.nestedAppAuth,
  });
  if (result.status === 'signed-in') return result.session;
  return new Promise<AuthSession>((resolve) => {
    root.render(
      <Screen host={host}>
        <SignIn signIn={async () => resolve(await result.signIn())} />
      </Screen>,
    );
  });
}

export interface StartSurfaceOptions {
  routes?: readonly RouteDefinition[];
  container?: HTMLElement;
}

export async function startSurface(options: StartSurfaceOptions = {}): Promise<void> {
  const container = options.container ?? document.getElementById('root');
  if (!container) throw new Error('the page has no #root element');
  // the first page's chunks download while the configuration and the host are being read
  const firstPage = findRoute(options.routes ?? [], parseHash(window.location.hash).path)?.route.preload?.().catch(() => undefined);
  const root = createRoot(container);
  root.render(
    <Screen>
      <Starting />
    </Screen>,
  );
  let host: HostContext | undefined;
  try {
    const [config, connected] = await Promise.all([fetchAppConfig(), connectHost()]);
    host = connected;
    // marks for the tab bench: where start-up time goes
    performance.mark?.('start:config-and-host');
    followDeepLink(host);
    const session = await sessionFor(config, host, root);
    const switchDevIdentity =
      config.mode === 'local'
        ? (oid: string) => {
            const person = DEMO_STAFF.find((p) => p.oid === oid);
            if (!person) return;
            rememberDemoUser(window.localStorage, person);
            // everything (stores, tokens, cached decisions) belongs to a person: start afresh
            window.location.reload();
          }
        : undefined;
    // the strings of a language other than Dutch come while the services start (a failure shows Dutch)
    const strings = loadMessages(initialLanguage(host.locale)).catch(() => undefined);
    const services = await createServices({ config, host, session, switchDevIdentity });
    performance.mark?.('start:services');
    // rendering the first page ready-made spares a loading state that would show for a blink only
    await Promise.all([firstPage, strings]);
    root.render(<App services={services} routes={options.routes} />);
    host.notifyReady();
  } catch (error) {
    root.render(
      <Screen host={host}>
        <StartFailed error={error} />
      </Screen>,
    );
  }
}
