/** @jest-environment jsdom */
// English is fetched as a chunk of its own: the provider shows no text until a language's strings
// are in, and on switching keeps the old language until the new one has come (no mixed or Dutch flash).
import '@testing-library/jest-dom';
import { render, within } from '@testing-library/react';
import type { Language } from '../../domain/taxonomy';
import { hasMessages, I18nProvider, useI18n } from './i18n';

function Title() {
  const { t, language } = useI18n();
  return <h1 data-language={language}>{t('home.title', { name: 'Noor' })}</h1>;
}

const tree = (language: Language) => (
  <I18nProvider language={language} onLanguageChange={() => undefined}>
    <Title />
  </I18nProvider>
);

describe('I18nProvider', () => {
  it('shows Dutch at once; in English it shows nothing until the strings are in, and a switch keeps Dutch meanwhile', async () => {
    expect(hasMessages('en')).toBe(false);
    // English is fetched once per page load, so both cases run on the same fetch
    const switching = render(tree('nl'));
    expect(within(switching.container).getByRole('heading')).toHaveTextContent('Welkom, Noor');
    const opening = render(tree('en'));
    switching.rerender(tree('en'));

    expect(opening.container).toBeEmptyDOMElement();
    expect(within(switching.container).getByRole('heading')).toHaveTextContent('Welkom, Noor');
    expect(await within(opening.container).findByText('Welcome, Noor')).toHaveAttribute('data-language', 'en');
    expect(within(switching.container).getByRole('heading')).toHaveTextContent('Welcome, Noor');
  });

  it('shows a language whose strings are in from the first render', () => {
    const { container } = render(tree('en'));
    expect(within(container).getByRole('heading')).toHaveTextContent('Welcome, Noor');
  });
});
