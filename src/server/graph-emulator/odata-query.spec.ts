import { GraphError } from './graph-error';
import { comparisons, MAX_FILTER_COMPARISONS, MAX_FILTER_DEPTH, parseFilter } from './odata-query';

function refusal(filter: string): GraphError {
  try {
    parseFilter(filter);
  } catch (error) {
    if (error instanceof GraphError) return error;
    throw error;
  }
  throw new Error('expected the filter to be refused');
}

describe('the $filter parser on hostile input', () => {
  it(`takes brackets nested ${MAX_FILTER_DEPTH} deep`, () => {
    const filter = `${'('.repeat(MAX_FILTER_DEPTH)}fields/A eq 1${')'.repeat(MAX_FILTER_DEPTH)}`;
    expect([...comparisons(parseFilter(filter))]).toHaveLength(1);
  });

  it('refuses deeper nesting with 400 and a reason, quickly and without a stack overflow, however deep', () => {
    const started = performance.now();
    const error = refusal(`${'('.repeat(60_000)}fields/A eq 1${')'.repeat(60_000)}`);
    expect(performance.now() - started).toBeLessThan(500);
    expect(error.status).toBe(400);
    expect(error.message).toContain(`brackets are nested more than ${MAX_FILTER_DEPTH} deep`);
    // the reason quotes the start of the filter, not all 120,000 characters of it
    expect(error.message.length).toBeLessThan(400);
  });

  it('refuses a filter of more comparisons than a query should have', () => {
    const chain = (n: number) => Array.from({ length: n }, (_, i) => `fields/A eq ${i}`).join(' or ');
    expect([...comparisons(parseFilter(chain(MAX_FILTER_COMPARISONS)))]).toHaveLength(MAX_FILTER_COMPARISONS);
    const error = refusal(chain(100_000));
    expect(error.status).toBe(400);
    expect(error.message).toContain(`more than ${MAX_FILTER_COMPARISONS} comparisons`);
  });
});
