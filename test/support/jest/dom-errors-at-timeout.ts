// Component specs: a findBy…/waitFor query retries on every DOM change until it finds its element,
// and each failed attempt printed the whole page into an error that is thrown away unless it is the
// last (about a tenth of a page spec's processor time). Inside a waitFor attempt the page is now
// printed only when the error's message is first read: when waitFor gives up and reports its last
// error, with the page as it is then. A query that fails outside waitFor prints the page at once.
// Only specs with a DOM (jsdom) load Testing Library for this.
if (typeof document !== 'undefined') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only where a spec has a DOM
  const { configure, getConfig } = require('@testing-library/dom') as typeof import('@testing-library/dom');
  const printing = getConfig().getElementError;
  configure({
    getElementError(message, container) {
      // Testing Library sets this flag exactly while it runs a waitFor attempt
      if (!(getConfig() as { _disableExpensiveErrorDiagnostics?: boolean })._disableExpensiveErrorDiagnostics) return printing(message, container);
      const error = new Error(message ?? '');
      error.name = 'TestingLibraryElementError';
      Object.defineProperty(error, 'message', {
        configurable: true,
        get() {
          const printed = printing(message, container).message;
          Object.defineProperty(error, 'message', { value: printed, writable: true, configurable: true });
          return printed;
        },
      });
      return error;
    },
  });
}
