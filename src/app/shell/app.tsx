// The tab's React tree: theme and language from the host, the services, the shell and the routed
// page behind its own error boundary and loading state.
import { FluentProvider, Link, Text } from '@fluentui/react-components';
import { Suspense, useCallback, useEffect, useState } from 'react';
import { languageOfLocale } from '../../domain/language';
import type { Language } from '../../domain/taxonomy';
import { AnnouncerProvider } from '../components/announcer';
import { AppShell } from '../components/app-shell';
import { ErrorState, PageLoading } from '../components/page-states';
import { RouteErrorBoundary } from '../components/route-error-boundary';
import { findRoute, isDialogMode, useHashRoute } from '../lib/hash-route';
import { I18nProvider, LANGUAGE_STORAGE_KEY, useI18n } from '../lib/i18n';
import { ServicesProvider, type AppServices } from '../lib/services';
import { fluentThemeFor, useHostTheme, usePageStyles } from '../lib/theme';
import { ROUTES, type RouteDefinition } from './routes';

function readStoredLanguage(): Language | undefined {
  try {
    const value = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return value === 'nl' || value === 'en' ? value : undefined;
  } catch {
    return undefined;
  }
}

function NotFound() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="not-found">
      <h1 id="not-found">{t('notFound.title')}</h1>
      <Text as="p" block>{t('notFound.hint')}</Text>
      <Link href="#/">{t('notFound.home')}</Link>
    </section>
  );
}

function RouteFailure(props: { error: Error; reset: () => void }) {
  const { t } = useI18n();
  return <ErrorState title={t('state.pageFailed')} error={props.error} onRetry={props.reset} />;
}

function Router(props: { routes: readonly RouteDefinition[] }) {
  const route = useHashRoute();
  const dialog = isDialogMode(route);
  const match = findRoute(props.routes, route.path);
  const found = match && { definition: match.route, params: match.params };
  const routeKey = route.path;
  const Page = found?.definition.page;
  return (
    <AppShell currentNav={found?.definition.nav} bare={dialog || !!found?.definition.bare} routeKey={routeKey}>
      <RouteErrorBoundary resetKey={routeKey} fallback={(error, reset) => <RouteFailure error={error} reset={reset} />}>
        <Suspense fallback={<PageLoading />}>
          {Page && found ? <Page params={found.params} query={route.query} dialog={dialog} /> : <NotFound />}
        </Suspense>
      </RouteErrorBoundary>
    </AppShell>
  );
}

/** the language the tab opens in: the one chosen on the About page, else the host's */
export function initialLanguage(hostLocale: string | undefined): Language {
  return readStoredLanguage() ?? languageOfLocale(hostLocale);
}

export function App(props: { services: AppServices; routes?: readonly RouteDefinition[] }) {
  const { host } = props.services;
  const theme = useHostTheme(host);
  usePageStyles();
  const [language, setLanguage] = useState<Language>(() => initialLanguage(host.locale));
  const changeLanguage = useCallback((next: Language) => {
    setLanguage(next);
    try {
      window.localStorage.setItem(LANGUAGE_STORAGE_KEY, next);
    } catch {
      // the choice lasts for this page load only
    }
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  return (
    <FluentProvider theme={fluentThemeFor(theme)}>
      <I18nProvider language={language} hostLocale={host.locale} onLanguageChange={changeLanguage}>
        <ServicesProvider services={props.services}>
          <AnnouncerProvider>
            <Router routes={props.routes ?? ROUTES} />
          </AnnouncerProvider>
        </ServicesProvider>
      </I18nProvider>
    </FluentProvider>
  );
}
