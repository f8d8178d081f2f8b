/** /.well-known/security.txt (RFC 9116), with an expiry 180 days after the build so it stays in the future. */
import type { APIRoute } from 'astro';
import { now } from '../../data/posts';
import { renderSecurityTxt, securityTxtExpiry } from '../../lib/security-txt';
import { site } from '../../site.config';
import { routes, siteUrl } from '../../data/site-links';

/** The file as plain text. */
export const GET: APIRoute = () =>
  new Response(
    renderSecurityTxt({
      contact: [site.securityContact, siteUrl(routes.security)],
      expires: securityTxtExpiry(now),
      languages: [site.lang],
      canonical: siteUrl(routes.securityTxt),
      policy: siteUrl(routes.security),
    }),
    { headers: { 'content-type': 'text/plain; charset=utf-8' } },
  );
