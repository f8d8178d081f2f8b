/** The security.txt file (RFC 9116) that tells researchers how to report a vulnerability. */

/** What goes into security.txt. */
export interface SecurityTxt {
  /** How to reach the security team (mailto: or https: URI), one or more. */
  contact: string[];
  /** When the file stops being valid; RFC 9116 asks for less than a year ahead. */
  expires: Date;
  /** Languages reports may be written in (BCP 47 tags). */
  languages: string[];
  /** The file's own canonical https URL. */
  canonical: string;
  /** The page describing the disclosure policy. */
  policy: string;
  /** Optional page thanking researchers. */
  acknowledgments?: string;
}

/** The expiry this build writes: `days` after the build's "now" (whole seconds, UTC). */
export function securityTxtExpiry(now: Date, days = 180): Date {
  return new Date(Math.floor(now.getTime() / 1000) * 1000 + days * 86_400_000);
}

/** The file's text: one "Field: value" per line, CRLF-free, ending with a newline. */
export function renderSecurityTxt(data: SecurityTxt): string {
  const lines = [
    ...data.contact.map((c) => `Contact: ${c}`),
    `Expires: ${data.expires.toISOString().replace(/\.\d{3}Z$/, 'Z')}`,
    ...(data.acknowledgments ? [`Acknowledgments: ${data.acknowledgments}`] : []),
    `Preferred-Languages: ${data.languages.join(', ')}`,
    `Canonical: ${data.canonical}`,
    `Policy: ${data.policy}`,
  ];
  return `${lines.join('\n')}\n`;
}
