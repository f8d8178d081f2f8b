/** /.well-known/security.txt (RFC 9116), with an expiry 180 days after the build so it stays in the future. */
import type { APIRoute } from 'astro';
import { now } from '../../data/posts';
import { siteUrl } from '../../data/open-data';
import { renderSecurityTxt, securityTxtExpiry } from '../../lib/security-txt';
import { site } from '../../site.config';

/** The file as plain text. */
export const GET: APIRoute = () =>
  new Response(
    renderSecurityTxt({
      contact: [site.securityContact, siteUrl('/security/')],
      expires: securityTxtExpiry(now),
      languages: [site.lang],
      canonical: siteUrl('/.well-known/security.txt'),
      policy: siteUrl('/security/'),
    }),
    { headers: { 'content-type': 'text/plain; charset=utf-8' } },
  );
