/** SITE_URL and BASE_PATH resolved once (src/lib/site-address.ts): every bad value named with the fix. */
import { describe, expect, it } from 'vitest';
import { resolveSiteAddress, SiteSettingError } from '../../src/lib/site-address';

describe('resolveSiteAddress', () => {
  it('defaults to the local preview address at the root', () => {
    expect(resolveSiteAddress(undefined, undefined)).toEqual({ origin: 'http://localhost:4321', base: '/' });
    expect(resolveSiteAddress('', '')).toEqual({ origin: 'http://localhost:4321', base: '/' });
  });

  it('keeps an origin and a separate base path', () => {
    expect(resolveSiteAddress('https://trust.example.com/', undefined)).toEqual({ origin: 'https://trust.example.com', base: '/' });
    expect(resolveSiteAddress('https://owner.github.io', '/repo')).toEqual({ origin: 'https://owner.github.io', base: '/repo/' });
  });

  it('takes a path in SITE_URL as the base path, with or without a trailing slash', () => {
    expect(resolveSiteAddress('https://example.com/trust', undefined)).toEqual({ origin: 'https://example.com', base: '/trust/' });
    expect(resolveSiteAddress('https://example.com/trust/', undefined)).toEqual({ origin: 'https://example.com', base: '/trust/' });
    expect(resolveSiteAddress('https://example.com/a/b', '')).toEqual({ origin: 'https://example.com', base: '/a/b/' });
  });

  it('accepts the same path in both', () => {
    expect(resolveSiteAddress('https://example.com/trust', '/trust/')).toEqual({ origin: 'https://example.com', base: '/trust/' });
  });

  it('refuses an address without a scheme, naming the variable, the value and the fix', () => {
    expect(() => resolveSiteAddress('example.com', undefined)).toThrow(
      new SiteSettingError('SITE_URL is "example.com", which has no scheme (https://). Write the full address of the site, e.g. SITE_URL=https://example.com.'),
    );
    expect(() => resolveSiteAddress('//example.com/trust', undefined)).toThrow(
      'SITE_URL is "//example.com/trust", which has no scheme (https://). Write the full address of the site, e.g. SITE_URL=https://example.com/trust.',
    );
    expect(() => resolveSiteAddress('localhost:4321', undefined)).toThrow(/SITE_URL is "localhost:4321", which has no scheme/);
  });

  it('refuses a path that disagrees with BASE_PATH', () => {
    expect(() => resolveSiteAddress('https://example.com/trust', '/docs/')).toThrow(
      'SITE_URL is "https://example.com/trust", whose path /trust/ differs from BASE_PATH "/docs/". Give the path once: SITE_URL=https://example.com and BASE_PATH=/trust/ (or /docs/).',
    );
  });

  it('refuses other schemes, queries, fragments and credentials', () => {
    expect(() => resolveSiteAddress('ftp://example.com', undefined)).toThrow('SITE_URL is "ftp://example.com", which is not an http(s) address.');
    expect(() => resolveSiteAddress('https://example.com/?utm=1', undefined)).toThrow(/has a query \(\?\) or a fragment \(#\)/);
    expect(() => resolveSiteAddress('https://example.com/#top', undefined)).toThrow(/has a query \(\?\) or a fragment \(#\)/);
    expect(() => resolveSiteAddress('https://user:pw@example.com', undefined)).toThrow(/carries a user name or password/);
    expect(() => resolveSiteAddress('https://exa mple.com', undefined)).toThrow('SITE_URL is "https://exa mple.com", which is not a web address.');
  });
});
