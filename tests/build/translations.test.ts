/**
 * Build-output tests of the translations on the demo site (Spanish and German beside English):
 * `lang` on every page, hreflang alternates that point both ways to pages that exist, a
 * language switcher whose every link lands on a page (and anchor) that exists, translated
 * pages with the original's facts under translated labels, the notice on an untranslated post,
 * per-language feeds read by a real feed parser, and Pagefind's index split by language.
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { fileForPath, listFiles, listPages, readPage } from '../../scripts/lib/dist-files';

const demo = inject('demoDist');
const origin = 'http://localhost:4321';
const pages = listPages(demo);

/** The parsed page at a site path. */
function page(path: string) {
  const file = fileForPath(demo, path);
  if (!file) throw new Error(`no page at ${path}`);
  return readPage(demo, file);
}

/** The hreflang alternates of a page, as "code path" lines. */
function alternates(path: string): string[] {
  return page(path)
    .querySelectorAll('link[rel="alternate"][hreflang]')
    .map((link) => `${link.getAttribute('hreflang')} ${link.getAttribute('href')!.replace(origin, '')}`);
}

/** A feed of the demo, checked well-formed, parsed by the feed parser the other feed tests use. */
function feed(path: string) {
  const text = readFileSync(join(demo, path), 'utf8');
  expect(XMLValidator.validate(text)).toBe(true);
  return parseFeed(text);
}

describe('languages on every page', () => {
  it("sets <html lang> by the page's place: es under /es/, de under /de/, en elsewhere", () => {
    expect(pages.length).toBeGreaterThan(100);
    const wrong = pages.flatMap((file) => {
      const lang = readPage(demo, file).querySelector('html')?.getAttribute('lang');
      const expected = file.startsWith('es/') ? 'es' : file.startsWith('de/') ? 'de' : 'en';
      return lang === expected ? [] : [`${file}: lang="${lang}", expected "${expected}"`];
    });
    expect(wrong).toEqual([]);
  });

  it('announces each feed once per page, and a list in another language its language feed', () => {
    const repeated = pages.flatMap((file) => {
      const hrefs = readPage(demo, file)
        .querySelectorAll('link[rel="alternate"][type]')
        .map((link) => link.getAttribute('href'));
      return hrefs.filter((href, index) => hrefs.indexOf(href) !== index).map((href) => `${file}: ${href}`);
    });
    expect(repeated).toEqual([]);
    const feeds = page('/es/progress/')
      .querySelectorAll('link[rel="alternate"][type="application/rss+xml"]')
      .map((link) => link.getAttribute('href')!.replace(origin, ''));
    expect(feeds).toEqual(['/rss.xml', '/es/rss.xml']);
  });

  it('gives the home page, a kind list and a translated post alternates in every language they exist in, with x-default', () => {
    expect(alternates('/')).toEqual(['en /', 'es /es/', 'de /de/', 'x-default /']);
    expect(alternates('/es/progress/2/')).toEqual(['en /progress/2/', 'es /es/progress/2/', 'de /de/progress/2/', 'x-default /progress/2/']);
    expect(alternates('/de/statements/apology/')).toEqual([
      'en /statements/apology/',
      'es /es/statements/apology/',
      'de /de/statements/apology/',
      'x-default /statements/apology/',
    ]);
    // An untranslated post has none.
    expect(alternates('/progress/week-12/')).toEqual([]);
  });

  it('has every alternate of every page exist and name the page back', () => {
    const problems: string[] = [];
    for (const file of pages) {
      const self = `/${file.replace(/index\.html$/, '')}`;
      const links = alternates(self);
      if (links.length === 0) continue;
      if (!links.some((line) => line.startsWith('x-default '))) problems.push(`${self}: no x-default`);
      if (!links.includes(`${file.startsWith('es/') ? 'es' : file.startsWith('de/') ? 'de' : 'en'} ${self}`)) problems.push(`${self}: does not list itself`);
      for (const line of links) {
        const target = line.split(' ')[1]!;
        if (!fileForPath(demo, target)) problems.push(`${self}: alternate ${target} does not exist`);
        else if (!alternates(target).includes(links.find((l) => l.endsWith(` ${self}`))!)) problems.push(`${self}: ${target} does not link back`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('the language switcher', () => {
  it('links, on every page, to a page and an anchor that exist', () => {
    const broken: string[] = [];
    for (const file of pages) {
      const links = readPage(demo, file).querySelectorAll('.language-switcher a');
      if (links.length !== 3) broken.push(`${file}: ${links.length} languages in the switcher`);
      for (const link of links) {
        const [path, anchor] = link.getAttribute('href')!.split('#');
        const target = fileForPath(demo, path!);
        if (!target) broken.push(`${file}: ${link.getAttribute('href')} does not exist`);
        else if (anchor && !readPage(demo, target).getElementById(anchor)) broken.push(`${file}: ${link.getAttribute('href')} has no #${anchor}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('keeps the reader on the same post: its translation, or the original with the notice in that language', () => {
    const switcher = (path: string) =>
      page(path)
        .querySelectorAll('.language-switcher a')
        .map((a) => `${a.text} ${a.getAttribute('href')}`);
    expect(switcher('/es/progress/week-13/')).toEqual(['English /progress/week-13/', 'Español /es/progress/week-13/', 'Deutsch /de/progress/week-13/']);
    expect(switcher('/progress/week-12/')).toEqual([
      'English /progress/week-12/',
      'Español /progress/week-12/#not-in-es',
      'Deutsch /progress/week-12/#not-in-de',
    ]);
    expect(switcher('/plan/e2ee/')).toEqual(['English /plan/e2ee/', 'Español /es/plan/e2ee/', 'Deutsch /de/plan/e2ee/']);
    expect(switcher('/de/changes/data/regions/')).toEqual([
      'English /changes/data/regions/',
      'Español /es/changes/data/regions/',
      'Deutsch /de/changes/data/regions/',
    ]);
    const notice = page('/progress/week-12/').getElementById('not-in-es')!;
    expect(notice.getAttribute('lang')).toBe('es');
    expect(notice.text).toBe('Esta publicación aún no está disponible en español; se muestra el original.');
    expect(page('/progress/week-12/').getElementById('not-in-de')!.text).toBe('Dieser Beitrag ist noch nicht auf Deutsch verfügbar; hier steht das Original.');
    // A translated post has no notice for the languages it is translated into.
    expect(page('/progress/week-13/').querySelectorAll('[data-untranslated-notice]')).toEqual([]);
  });
});

describe('translated pages', () => {
  it("show the translation's words with the original's facts under labels in that language", () => {
    const week13 = page('/es/progress/week-13/');
    expect(week13.querySelector('h1')!.text).toBe('Semana 13: no llegamos a la fecha del cifrado. Esta es la nueva');
    expect(week13.querySelector('[data-translation-notice]')!.text.trim()).toBe('Traducción del original en inglés. Leer el original');
    expect(week13.querySelector('[data-original-link]')!.getAttribute('href')).toBe('/progress/week-13/');
    // The status updates belong to the original: its notes, with Spanish column names and statuses.
    const table = week13.querySelector('table')!;
    expect(
      table
        .querySelectorAll('th')
        .map((th) => th.text.trim())
        .slice(0, 3),
    ).toEqual(['Compromiso', 'Estado', 'Nota']);
    expect(table.text).toContain('En curso');
    expect(table.text).toContain('Missed the 27 November due date.');
    expect(
      page('/de/progress/week-13/')
        .querySelector('table')!
        .querySelectorAll('th')
        .map((th) => th.text.trim())
        .slice(0, 3),
    ).toEqual(['Zusage', 'Stand', 'Anmerkung']);
  });

  it("list every post of a kind in the reader's language, translated ones at their translation, the others at the original with the notice", () => {
    const cards = page('/es/statements/')
      .querySelectorAll('.card h2 a')
      .map((a) => `${a.getAttribute('href')} | ${a.getAttribute('lang') ?? '-'} | ${a.text}`);
    expect(cards).toEqual([
      '/es/statements/day-60-letter/ | - | Día 60: el control de la ubicación de los datos ya funciona y nuestro trabajo de cifrado ha topado con un problema real',
      '/statements/day-30-letter/#not-in-es | en | Day 30: three commitments kept, one about to slip, and what we learned',
      '/es/statements/apology/ | - | Rompimos su confianza. Esto es lo que pasó y lo que vamos a hacer',
    ]);
    expect(page('/de/').querySelector('h1')!.text).toBe('Wir haben Ihr Vertrauen gebrochen. So gewinnen wir es zurück, öffentlich.');
  });

  it('have no page for a translation whose original is not published (the closing letter is a draft; it has no translation page either way)', () => {
    const translated = listFiles(demo).filter(
      (f) => /^(es|de)\/(statements|progress|webinars|routing|audits|guides)\/[^/]+\/index\.html$/.test(f) && !/\/\d+\/index\.html$/.test(f),
    );
    expect(translated.sort()).toEqual([
      'de/progress/week-13/index.html',
      'de/statements/apology/index.html',
      'de/statements/day-60-letter/index.html',
      'de/webinars/2026-12-03-after-90-days/index.html',
      'es/progress/week-13/index.html',
      'es/statements/apology/index.html',
      'es/statements/day-60-letter/index.html',
      'es/webinars/2026-12-03-after-90-days/index.html',
    ]);
  });
});

describe('the pages of the site in every language', () => {
  /** Root pages that are not posts (a post has a twin only when it is translated): every other page has one. */
  const kinds = ['statements', 'progress', 'webinars', 'routing', 'audits', 'guides'];
  const rootPages = pages
    .filter((file) => !/^(es|de)\//.test(file) && file !== '404.html')
    .filter((file) => {
      const [first, second, third] = file.split('/');
      return !(kinds.includes(first!) && third !== undefined && !/^\d+$/.test(second!));
    })
    .map((file) => `/${file.replace(/index\.html$/, '')}`);

  it('give every page of the main language but the posts a Spanish and a German twin with its lang, linked both ways', () => {
    expect(rootPages).toEqual(
      expect.arrayContaining(['/about/', '/plan/', '/plan/e2ee/', '/changes/', '/changes/data/regions/', '/tags/encryption/', '/data/']),
    );
    expect(rootPages.length).toBeGreaterThan(40);
    const problems: string[] = [];
    for (const path of rootPages) {
      for (const code of ['es', 'de']) {
        const twin = `/${code}${path}`;
        if (!fileForPath(demo, twin)) {
          problems.push(`${path}: no ${twin}`);
          continue;
        }
        const lang = page(twin).querySelector('html')!.getAttribute('lang');
        if (lang !== code) problems.push(`${twin}: lang="${lang}"`);
        if (!alternates(path).includes(`${code} ${twin}`)) problems.push(`${path}: no ${code} alternate`);
        if (!alternates(twin).includes(`en ${path}`)) problems.push(`${twin}: no en alternate`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("say their headings in the reader's language", () => {
    const heading = (path: string) => page(path).querySelector('h1')!.text.trim();
    expect(
      ['/es/about/', '/es/security/', '/es/subscribe/', '/es/verify/', '/es/data-routing/', '/es/actions/', '/es/corrections/', '/es/archive/'].map(heading),
    ).toEqual([
      'Acerca de este sitio',
      'Informar de una vulnerabilidad',
      'Suscribirse',
      'Verificar este sitio',
      'Dónde se tratan sus datos',
      'Qué debe hacer ahora',
      'Correcciones',
      'Archivo',
    ]);
    expect(['/es/advisory-board/', '/es/tags/', '/es/tags/encryption/', '/es/plan/', '/es/changes/', '/es/data/'].map(heading)).toEqual([
      'Consejo asesor independiente',
      'Temas',
      'Tema: cifrado',
      'El plan de 90 días',
      'Todos los cambios en el contenido publicado',
      'Datos abiertos',
    ]);
    expect(
      ['/de/about/', '/de/security/', '/de/subscribe/', '/de/verify/', '/de/data-routing/', '/de/actions/', '/de/plan/', '/de/data/'].map(heading),
    ).toEqual([
      'Über diese Website',
      'Sicherheitslücke melden',
      'Abonnieren',
      'Diese Website prüfen',
      'Wo Ihre Daten verarbeitet werden',
      'Was Sie jetzt tun sollten',
      'Der 90-Tage-Plan',
      'Offene Daten',
    ]);
    expect(heading('/de/changes/data/regions/')).toMatch(/^Änderungen an „/);
    // Words written in the page templates, not only headings.
    const security = page('/de/security/');
    expect(security.querySelectorAll('h2').map((h) => h.text.trim())).toContain('So melden Sie ein Problem');
    expect(security.querySelector('th')!.text.trim()).toBe('Beispiel');
    expect(page('/es/about/').querySelector('h2')!.text.trim()).toBe('En qué puede confiar');
    expect(page('/es/archive/').querySelector('.lede')!.text).toMatch(/^\d+ publicaciones, las más recientes primero\.$/);
    expect(page('/es/plan/e2ee/').querySelector('.kicker a')!.text.trim()).toBe('Compromiso');
    expect(page('/de/data-routing/').querySelector('table[data-region-changes] th')!.text.trim()).toBe('Gültig ab');
  });

  it("keep data and untranslated titles in the original's language, marked as such, and link within the reader's language", () => {
    const commitment = page('/es/plan/e2ee/');
    expect(commitment.querySelector('h1')!.getAttribute('lang')).toBe('en');
    expect(commitment.querySelector('h1')!.text.trim()).toBe('Real end-to-end encryption');
    expect(page('/plan/e2ee/').querySelector('h1')!.getAttribute('lang')).toBeUndefined();
    // The archive: a translated post at its translation, an untranslated one at the original's notice, marked English.
    const archive = page('/es/archive/')
      .querySelectorAll('main li a')
      .map((a) => `${a.getAttribute('href')} | ${a.getAttribute('lang') ?? '-'}`);
    expect(archive).toContain('/es/statements/apology/ | -');
    expect(archive).toContain('/statements/day-30-letter/#not-in-es | en');
    // The tracker links each commitment to its page in the same language.
    const tracker = page('/de/plan/').querySelectorAll('table[data-tracker] th[scope="row"] a');
    expect(tracker.length).toBeGreaterThan(5);
    expect(tracker.filter((a) => !a.getAttribute('href')!.startsWith('/de/plan/'))).toEqual([]);
    // Navigation and footer stay in the language; feeds and data files are single.
    const links = page('/es/about/')
      .querySelectorAll('.site-nav a, .site-footer a')
      .map((a) => a.getAttribute('href'));
    expect(links.filter((href) => !href!.startsWith('/es/'))).toEqual([]);
    expect(page('/es/plan/').querySelector('a[href="/data/commitments.json"]')).not.toBeNull();
  });
});

describe('per-language feeds and search', () => {
  it('publish an RSS feed per language with every translated post, newest first, in full', () => {
    const es = feed('es/rss.xml');
    expect(es.title).toBe('Brightwell Trust Center (español)');
    expect(es.language).toBe('es');
    expect(es.items.map((item) => item.url)).toEqual([
      `${origin}/es/progress/week-13/`,
      `${origin}/es/webinars/2026-12-03-after-90-days/`,
      `${origin}/es/statements/day-60-letter/`,
      `${origin}/es/statements/apology/`,
    ]);
    expect(es.items[0]!.content).toContain('Por qué no llegamos');
    expect(es.items[0]!.content).toContain('Compromiso');
    const de = feed('de/rss.xml');
    expect(de.language).toBe('de');
    expect(de.items.map((item) => item.title)).toContain('Nach 90 Tagen: ein Rückblick auf den ganzen Plan');
    // Announced on the language's pages.
    expect(page('/es/').querySelector(`link[rel="alternate"][href="${origin}/es/rss.xml"]`)).not.toBeNull();
  });

  it('publish the same items as Atom and JSON Feed, in the language', () => {
    const atom = feed('es/atom.xml');
    expect(atom.language).toBe('es');
    expect(atom.items.map((item) => item.url)).toEqual(feed('es/rss.xml').items.map((item) => item.url));
    const json = JSON.parse(readFileSync(join(demo, 'de/feed.json'), 'utf8')) as { language: string; feed_url: string; items: { url: string }[] };
    expect(json.language).toBe('de');
    expect(json.feed_url).toBe(`${origin}/de/feed.json`);
    expect(json.items.map((item) => item.url)).toEqual(feed('de/rss.xml').items.map((item) => item.url));
  });

  it('index each language apart (Pagefind splits by <html lang>) and give each its own search page', () => {
    const files = listFiles(join(demo, 'pagefind'));
    expect(
      files
        .filter((f) => /^pagefind\.(en|es|de)_[0-9a-f]+\.pf_meta$/.test(f))
        .map((f) => f.slice(9, 11))
        .sort(),
    ).toEqual(['de', 'en', 'es']);
    expect(page('/es/search/').querySelector('[data-search-root]')!.getAttribute('data-lang')).toBe('es');
    expect(page('/es/').querySelector('form.search-form')!.getAttribute('action')).toBe('/es/search/');
  });
});

describe("the original's words on a translated page", () => {
  it("are marked with the original's language (actions, corrections, status updates), and the same facts on the English page are not", () => {
    const marked = (path: string) =>
      page(path)
        .querySelectorAll('span[lang="en"]')
        .map((span) => span.text.slice(0, 30));
    expect(marked('/es/progress/week-13/')).toEqual([
      'Update the Brightwell app to v',
      'This update said the tracker w',
      'Real end-to-end encryption',
      'Missed the 27 November due dat',
      'Weekly communication',
      'Thirteen weekly updates and th',
    ]);
    expect(marked('/progress/week-13/')).toEqual([]);
  });
});

describe('the sitemap', () => {
  it('lists the alternates of a page that exists in several languages, and none for an untranslated post', () => {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
    const urls = (
      parser.parse(readFileSync(join(demo, 'sitemap-0.xml'), 'utf8')) as {
        urlset: { url: { loc: string; 'xhtml:link'?: { hreflang: string; href: string }[] | { hreflang: string; href: string } }[] };
      }
    ).urlset.url;
    const alternatesOf = (path: string) => {
      const url = urls.find((u) => u.loc === `${origin}${path}`);
      if (!url) throw new Error(`${path} is not in the sitemap`);
      return [url['xhtml:link'] ?? []]
        .flat()
        .map((link) => `${link.hreflang} ${link.href.replace(origin, '')}`)
        .sort();
    };
    expect(alternatesOf('/statements/apology/')).toEqual(['de /de/statements/apology/', 'en /statements/apology/', 'es /es/statements/apology/']);
    expect(alternatesOf('/es/')).toEqual(['de /de/', 'en /', 'es /es/']);
    expect(alternatesOf('/plan/')).toEqual(['de /de/plan/', 'en /plan/', 'es /es/plan/']);
    expect(alternatesOf('/es/security/')).toEqual(['de /de/security/', 'en /security/', 'es /es/security/']);
    expect(alternatesOf('/progress/week-12/')).toEqual([]);
  });
});
