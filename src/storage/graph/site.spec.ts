import { parseRetryAfter } from './errors';
import { sitePath } from './site';

describe('sitePath', () => {
  it('turns a SharePoint site URL into the host-and-path address Graph resolves', () => {
    expect(sitePath('https://contoso.sharepoint.com/sites/circulair')).toBe('/sites/contoso.sharepoint.com:/sites/circulair');
    expect(sitePath('https://contoso.sharepoint.com/sites/circulair/')).toBe('/sites/contoso.sharepoint.com:/sites/circulair');
    expect(sitePath('https://contoso.sharepoint.com/sites/Circulaire%20keuzes')).toBe('/sites/contoso.sharepoint.com:/sites/Circulaire%20keuzes');
    expect(sitePath('https://contoso.sharepoint.com')).toBe('/sites/contoso.sharepoint.com');
  });

  it('keeps a site id as it is, commas included, and uses the root site when none is given', () => {
    expect(sitePath('contoso.sharepoint.com,2c7b0c3e-1b1a-4f7e-9f3e-0d5e6f7a8b9c,5d6e7f80-91a2-4b3c-8d4e-5f6a7b8c9d0e')).toBe(
      '/sites/contoso.sharepoint.com,2c7b0c3e-1b1a-4f7e-9f3e-0d5e6f7a8b9c,5d6e7f80-91a2-4b3c-8d4e-5f6a7b8c9d0e',
    );
    expect(sitePath()).toBe('/sites/root');
    expect(sitePath('  ')).toBe('/sites/root');
  });

  it('refuses what is neither a site id nor an https site URL', () => {
    expect(() => sitePath('http://contoso.sharepoint.com/sites/x')).toThrow(/https/);
    expect(() => sitePath('sites/circulair')).toThrow(/not a site id or URL/);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates, and ignores what is neither', () => {
    const now = Date.parse('2026-11-28T10:00:00Z');
    expect(parseRetryAfter('7', now)).toBe(7);
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter('Sat, 28 Nov 2026 10:00:30 GMT', now)).toBe(30);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
