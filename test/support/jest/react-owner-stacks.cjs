// React's development build records an owner stack (a new Error and a console task) for each of
// the first 10,000 elements it creates per second; a page spec creates tens of thousands, and that
// capture was a fifth of its time. Specs never read those stacks (they only enrich the component
// stacks of dev warnings, which still name the component), so the unit project tells React the
// budget is always spent. Render results, effects, act() and warnings themselves are unchanged.
const react = require('react');

const internals = react.__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE;
if (!internals || !('recentlyCreatedOwnerStacks' in internals)) {
  throw new Error(`react-owner-stacks no longer understands React ${react.version}; update it or drop it from jest.config.js`);
}
Object.defineProperty(internals, 'recentlyCreatedOwnerStacks', { configurable: true, get: () => 1e4, set() {} });
