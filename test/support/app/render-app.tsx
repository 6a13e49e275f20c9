// Renders a page or component the way the app does: Fluent theme, language, services, announcer.
import './jsdom-gaps';
import { createDOMRenderer, FluentProvider, RendererProvider, webLightTheme, type GriffelRenderer } from '@fluentui/react-components';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Language } from '../../../src/domain/taxonomy';
import { AnnouncerProvider } from '../../../src/app/components/announcer';
import en from '../../../src/app/locales/en.json';
import { I18nProvider, registerMessages } from '../../../src/app/lib/i18n';
import { ServicesProvider, type AppServices } from '../../../src/app/lib/services';

// the app fetches English as a chunk of its own; a test has it at hand, so a page renders at once
registerMessages('en', en);

/**
 * Only the style rules that can change what a query or matcher sees: whether an element is hidden
 * (display, visibility, opacity) and how its accessible name is joined (display, content). jsdom's
 * getComputedStyle matches every rule in the document against each element a role query names, and
 * Fluent's atomic classes add thousands of rules, most about colour, spacing and borders: that
 * matching was half the time of a page spec. Specs that read colours (choice-badges) render without
 * this renderer.
 */
export const QUERY_RELEVANT_RULE = /[{;]\s*(?:display|visibility|opacity|content)\s*:/;

let renderer: GriffelRenderer | undefined;
/** one per test file (its document), so each rule is inserted once */
function queryRelevantStyles(): GriffelRenderer {
  renderer ??= createDOMRenderer(document, { unstable_filterCSSRule: (rule) => QUERY_RELEVANT_RULE.test(rule) });
  return renderer;
}

/** `renderer`: another style renderer, for a spec that reads styles the default one leaves out */
export function renderWithServices(ui: ReactElement, services: AppServices, language: Language = 'nl', renderer: GriffelRenderer = queryRelevantStyles()): RenderResult {
  return render(
    <RendererProvider renderer={renderer} targetDocument={document}>
      <FluentProvider theme={webLightTheme}>
        <I18nProvider language={language} hostLocale={language === 'nl' ? 'nl-NL' : 'en-GB'} onLanguageChange={() => undefined}>
          <ServicesProvider services={services}>
            <AnnouncerProvider>{ui}</AnnouncerProvider>
          </ServicesProvider>
        </I18nProvider>
      </FluentProvider>
    </RendererProvider>,
  );
}

/** the props a routed page gets */
export function pageProps(params: Record<string, string> = {}, query = '', dialog = false) {
  return { params, query: new URLSearchParams(query), dialog };
}
