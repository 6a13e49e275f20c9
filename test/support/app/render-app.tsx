// Renders a page or component the way the app does: Fluent theme, language, services, announcer.
import './jsdom-gaps';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Language } from '../../../src/domain/taxonomy';
import { AnnouncerProvider } from '../../../src/app/components/announcer';
import en from '../../../src/app/locales/en.json';
import { I18nProvider, registerMessages } from '../../../src/app/lib/i18n';
import { ServicesProvider, type AppServices } from '../../../src/app/lib/services';

// the app fetches English as a chunk of its own; a test has it at hand, so a page renders at once
registerMessages('en', en);

export function renderWithServices(ui: ReactElement, services: AppServices, language: Language = 'nl'): RenderResult {
  return render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider language={language} hostLocale={language === 'nl' ? 'nl-NL' : 'en-GB'} onLanguageChange={() => undefined}>
        <ServicesProvider services={services}>
          <AnnouncerProvider>{ui}</AnnouncerProvider>
        </ServicesProvider>
      </I18nProvider>
    </FluentProvider>,
  );
}

/** the props a routed page gets */
export function pageProps(params: Record<string, string> = {}, query = '', dialog = false) {
  return { params, query: new URLSearchParams(query), dialog };
}
