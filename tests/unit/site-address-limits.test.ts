/** SITE_URL and BASE_PATH at the edges (found by `npm run mutate`), with literal messages. */
import { describe, expect, it } from 'vitest';
import { normaliseBase, resolveSiteAddress, SiteSettingError } from '../../src/lib/site-address';

/** The error resolveSiteAddress throws, as name and message. */
function refusal(siteUrl: string, basePath?: string): [string, string] {
  try {
    resolveSiteAddress(siteUrl, basePath);
  } catch (error) {
    if (!(error instanceof SiteSettingError)) throw error;
    return [error.name, error.message];
  }
  throw new Error('nothing was thrown');
}

describe('normaliseBase', () => {
  it('strips every leading and trailing slash before adding one of each', () => {
    expect(normaliseBase('//trust//')).toBe('/trust/');
    expect(normaliseBase('trust')).toBe('/trust/');
  });
});

describe('resolveSiteAddress at the edges', () => {
  it('suggests the scheme for an address without one, keeping its port, wherever "://" appears later', () => {
    expect(refusal('example.com:8080')).toEqual([
      'SiteSettingError',
      'SITE_URL is "example.com:8080", which has no scheme (https://). Write the full address of the site, e.g. SITE_URL=https://example.com:8080.',
    ]);
    expect(refusal('example.com/http://x')[1]).toBe(
      'SITE_URL is "example.com/http://x", which has no scheme (https://). Write the full address of the site, e.g. SITE_URL=https://example.com/http://x.',
    );
  });

  it('refuses another scheme and a user name without password, with the example', () => {
    expect(refusal('ftp://trust.example.com')[1]).toBe(
      'SITE_URL is "ftp://trust.example.com", which is not an http(s) address. Write the full address of the site, e.g. SITE_URL=https://trust.example.com.',
    );
    expect(refusal('https://user@trust.example.com')[1]).toBe(
      'SITE_URL is "https://user@trust.example.com", which carries a user name or password. Give the site\'s public address only, e.g. SITE_URL=https://trust.example.com.',
    );
  });

  it('reads a blank BASE_PATH as unset and trims one with spaces', () => {
    expect(resolveSiteAddress('https://trust.example.com/trust', '  ')).toEqual({ origin: 'https://trust.example.com', base: '/trust/' });
    expect(resolveSiteAddress('https://trust.example.com', ' /trust/ ')).toEqual({ origin: 'https://trust.example.com', base: '/trust/' });
  });
});

describe('resolveSiteAddress: spaces around SITE_URL', () => {
  it('trims the address, and reads one made of spaces as unset', () => {
    expect(resolveSiteAddress('  https://trust.example.com \t', undefined)).toEqual({ origin: 'https://trust.example.com', base: '/' });
    expect(resolveSiteAddress('   ', undefined)).toEqual({ origin: 'http://localhost:4321', base: '/' });
  });
});
