/** security.txt (RFC 9116) rendering and its expiry. */
import { describe, expect, it } from 'vitest';
import { renderSecurityTxt, securityTxtExpiry } from '../../src/lib/security-txt';

describe('security.txt', () => {
  it('expires 180 days after the build, in whole seconds', () => {
    expect(securityTxtExpiry(new Date('2026-11-28T12:00:00.750Z')).toISOString()).toBe('2027-05-27T12:00:00.000Z');
  });

  it('writes the required and recommended fields, one per line', () => {
    const body = renderSecurityTxt({
      contact: ['mailto:security@example.com', 'https://example.com/security/'],
      expires: new Date('2027-05-27T12:00:00Z'),
      languages: ['en', 'de'],
      canonical: 'https://example.com/.well-known/security.txt',
      policy: 'https://example.com/security/',
    });
    expect(body).toBe(
      'Contact: mailto:security@example.com\n' +
        'Contact: https://example.com/security/\n' +
        'Expires: 2027-05-27T12:00:00Z\n' +
        'Preferred-Languages: en, de\n' +
        'Canonical: https://example.com/.well-known/security.txt\n' +
        'Policy: https://example.com/security/\n',
    );
  });
});
