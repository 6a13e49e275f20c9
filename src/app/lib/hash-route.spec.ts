import { hrefFor, isDialogMode, matchPath, parseHash } from './hash-route';

describe('hash routes', () => {
  it('split the path and the route query', () => {
    const route = parseHash('#/check?host=dialog');
    expect(route.path).toBe('/check');
    expect(route.query.get('host')).toBe('dialog');
    expect(parseHash('').path).toBe('/');
    expect(parseHash('#criteria/x').path).toBe('/criteria/x');
  });

  it('match patterns with named segments, decoded', () => {
    expect(matchPath('/criteria/:itemId', '/criteria/roads-reuse')).toEqual({ itemId: 'roads-reuse' });
    expect(matchPath('/criteria/:itemId', '/criteria/a%20b')).toEqual({ itemId: 'a b' });
    expect(matchPath('/criteria/:itemId', '/criteria')).toBeUndefined();
    expect(matchPath('/actions/:id', '/criteria/x')).toBeUndefined();
    expect(matchPath('/criteria/:itemId', '/criteria/%E0%A4%A')).toBeUndefined();
  });

  it('build links without empty query values', () => {
    expect(hrefFor('/checklists', { group: 'roads', q: '' })).toBe('#/checklists?group=roads');
    expect(hrefFor('/')).toBe('#/');
  });

  it('recognise the message extension dialog from the route or the page address', () => {
    expect(isDialogMode(parseHash('#/check?host=dialog'), '')).toBe(true);
    expect(isDialogMode(parseHash('#/check'), '?host=dialog')).toBe(true);
    expect(isDialogMode(parseHash('#/check'), '')).toBe(false);
  });
});
