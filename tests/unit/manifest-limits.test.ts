/**
 * The manifest format one rule at a time (found by `npm run mutate`): each malformed field is
 * refused with its literal message, each limit is crossed from both sides, paths sort by their
 * UTF-8 bytes, and the manifest's own outputs are told apart from the site's files.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  comparePaths,
  isManifestOutput,
  isSitePath,
  listSiteFiles,
  manifestPath,
  parseManifest,
  serializeManifest,
  sha256Hex,
  signaturePath,
  type Manifest,
} from '../../src/lib/manifest';

const A64 = 'a'.repeat(64);
const B64 = 'b'.repeat(64);

const base: Manifest = {
  format: 'trust-site-manifest/1',
  sequence: 1,
  site: 'https://trust.example/',
  commit: null,
  builtAt: '2026-11-28T12:00:00.000Z',
  previous: null,
  signer: null,
  rotation: null,
  files: [],
};

/** The canonical text of `base` with some top-level values replaced (raw JSON values, in field order). */
function withFields(values: Partial<Record<keyof Manifest, unknown>>): string {
  return serializeManifest({ ...base, ...(values as Partial<Manifest>) });
}

/** The error message parseManifest throws for `text`, or "parsed". */
function refusal(text: string): string {
  try {
    parseManifest(text, 'm.json');
    return 'parsed';
  } catch (error) {
    return (error as Error).message;
  }
}

describe('canonical form', () => {
  it('writes an empty file list as "files": [] and the top fields in order', () => {
    expect(serializeManifest(base)).toBe(
      '{\n  "format": "trust-site-manifest/1",\n  "sequence": 1,\n  "site": "https://trust.example/",\n  "commit": null,\n' +
        '  "builtAt": "2026-11-28T12:00:00.000Z",\n  "previous": null,\n  "signer": null,\n  "rotation": null,\n  "files": []\n}\n',
    );
    expect(parseManifest(serializeManifest(base), 'm.json')).toEqual(base);
  });

  it('writes one file without a trailing comma, and two with a comma after the first only', () => {
    const one = serializeManifest({ ...base, files: [{ path: 'a', size: 0, sha256: A64 }] });
    expect(one).toContain(`  "files": [\n    {"path":"a","size":0,"sha256":"${A64}"}\n  ]\n}\n`);
    const two = serializeManifest({
      ...base,
      files: [
        { path: 'b', size: 2, sha256: B64 },
        { path: 'a', size: 1, sha256: A64 },
      ],
    });
    expect(two).toContain(`  "files": [\n    {"path":"a","size":1,"sha256":"${A64}"},\n    {"path":"b","size":2,"sha256":"${B64}"}\n  ]\n}\n`);
  });

  it('sorts paths by UTF-8 bytes, not UTF-16 units: U+FF01 before an emoji', () => {
    expect(comparePaths('\uFF01', '\u{1F600}')).toBeLessThan(0);
    expect(comparePaths('\u{1F600}', '\uFF01')).toBeGreaterThan(0);
    expect(comparePaths('a', 'a')).toBe(0);
    const text = serializeManifest({
      ...base,
      files: [
        { path: '\u{1F600}', size: 1, sha256: A64 },
        { path: '\uFF01', size: 1, sha256: B64 },
      ],
    });
    expect(parseManifest(text, 'm.json').files.map((f) => f.path)).toEqual(['\uFF01', '\u{1F600}']);
  });

  it("does not reorder the caller's file list", () => {
    const files = [
      { path: 'b', size: 2, sha256: B64 },
      { path: 'a', size: 1, sha256: A64 },
    ];
    serializeManifest({ ...base, files });
    expect(files.map((f) => f.path)).toEqual(['b', 'a']);
  });

  it('hashes text and bytes alike, in lowercase hex', () => {
    expect(sha256Hex('one')).toBe('7692c3ad3540bb803c020b3aee66cd8887123234ea0c6e7143c0add73ff431ed');
    expect(sha256Hex(Buffer.from('one'))).toBe('7692c3ad3540bb803c020b3aee66cd8887123234ea0c6e7143c0add73ff431ed');
  });
});

describe('parseManifest refusals', () => {
  it('refuses what is not a JSON object', () => {
    expect(refusal('[]\n')).toBe('m.json: "(file)" is not a JSON object');
    expect(refusal('null\n')).toBe('m.json: "(file)" is not a JSON object');
    expect(refusal('"text"\n')).toBe('m.json: "(file)" is not a JSON object');
    expect(refusal('{"a":')).toMatch(/^m\.json: not JSON \(.+\)$/);
  });

  it('refuses another format, naming the value', () => {
    expect(refusal(withFields({ format: 'trust-site-manifest/2' }))).toBe('m.json: "format" is "trust-site-manifest/2", expected "trust-site-manifest/1"');
  });

  it('takes sequence 1 and refuses 0, 1.5 and "1"', () => {
    expect(parseManifest(withFields({ sequence: 1 }), 'm.json').sequence).toBe(1);
    for (const sequence of [0, 1.5, '1']) expect(refusal(withFields({ sequence }))).toBe('m.json: "sequence" must be a whole number from 1 on');
  });

  it('refuses a site that is not text', () => {
    expect(refusal(withFields({ site: 1 }))).toBe('m.json: "site" must be text');
  });

  it('takes a commit that is text or null, and refuses a number', () => {
    expect(parseManifest(withFields({ commit: 'abc' }), 'm.json').commit).toBe('abc');
    expect(refusal(withFields({ commit: 1 }))).toBe('m.json: "commit" must be text or null');
  });

  it('refuses a build time that is not a date-time, or not text', () => {
    expect(refusal(withFields({ builtAt: 'yesterday' }))).toBe('m.json: "builtAt" must be an ISO 8601 date-time');
    expect(refusal(withFields({ builtAt: 1764331200000 }))).toBe('m.json: "builtAt" must be an ISO 8601 date-time');
  });

  it('takes a previous link with sequence 1 and 64 hex digits, and refuses every other shape', () => {
    expect(parseManifest(withFields({ previous: { sequence: 1, sha256: A64 } }), 'm.json').previous).toEqual({ sequence: 1, sha256: A64 });
    const message = 'm.json: "previous" must be null or { "sequence": n, "sha256": "<64 hex digits>" }';
    for (const previous of [
      { sequence: 0, sha256: A64 },
      { sequence: 1.5, sha256: A64 },
      { sequence: 1, sha256: 'A'.repeat(64) },
      { sequence: 1, sha256: 'a'.repeat(63) },
      { sha256: A64 },
      'x',
      1,
    ]) {
      expect(refusal(withFields({ previous }))).toBe(message);
    }
  });

  it('takes a signer with name, key and a 64-hex fingerprint, and refuses any field missing or wrong', () => {
    const signer = { name: 'k', publicKey: 'AAAA', fingerprint: A64 };
    expect(parseManifest(withFields({ signer }), 'm.json').signer).toEqual(signer);
    const message = 'm.json: "signer" must be null or { "name", "publicKey", "fingerprint" }';
    for (const bad of [{ ...signer, name: 1 }, { ...signer, publicKey: null }, { ...signer, fingerprint: 'a'.repeat(65) }, 'k']) {
      expect(refusal(withFields({ signer: bad }))).toBe(message);
    }
  });

  it('takes a rotation note as text and refuses another type', () => {
    expect(parseManifest(withFields({ rotation: 'note\n' }), 'm.json').rotation).toBe('note\n');
    expect(refusal(withFields({ rotation: 1 }))).toBe('m.json: "rotation" must be text or null');
  });

  it('refuses files that are not a list, and each malformed entry by its index', () => {
    expect(refusal(withFields({}).replace('"files": []', '"files": {}'))).toBe('m.json: "files" must be a list');
    const entry = (f: unknown) => refusal(withFields({}).replace('"files": []', `"files": [\n    ${JSON.stringify(f)}\n  ]`));
    const message = 'm.json: "files.0" must be { "path", "size", "sha256" }';
    expect(entry(null)).toBe(message);
    expect(entry('a')).toBe(message);
    expect(entry({ path: 1, size: 1, sha256: A64 })).toBe(message);
    expect(entry({ path: 'a', size: 1.5, sha256: A64 })).toBe(message);
    expect(entry({ path: 'a', size: 1, sha256: 'x' })).toBe(message);
    expect(entry({ path: 'a', size: 1, sha256: A64 })).toBe('parsed');
  });

  it('refuses a path that leaves the site or is not relative', () => {
    const entry = (path: string) => refusal(withFields({}).replace('"files": []', `"files": [\n    ${JSON.stringify({ path, size: 1, sha256: A64 })}\n  ]`));
    for (const path of ['', '/etc/passwd', 'a/../b', './a', 'a//b', 'a/', 'a\\b']) {
      expect(entry(path)).toBe(`m.json: "files.0.path" "${path}" is not a relative path inside the site`);
    }
  });

  it('refuses a text that parses but is not canonical', () => {
    expect(refusal(serializeManifest(base).slice(0, -1))).toBe(
      'm.json: "(file)" is not in canonical form (field order, one file per line, sorted by path, final newline)',
    );
  });
});

describe('paths', () => {
  it('accepts plain relative paths, dotfiles and names with dots', () => {
    expect(['a', 'a/b.html', '.well-known/security.txt', 'a/..b/c', '...']).toEqual(
      ['a', 'a/b.html', '.well-known/security.txt', 'a/..b/c', '...'].filter(isSitePath),
    );
  });

  it('names the manifest outputs, which the manifest does not list', () => {
    expect(manifestPath(3)).toBe('manifests/3.json');
    expect(signaturePath(3)).toBe('manifests/3.sig');
    expect(['manifest.json', 'manifest.sig', 'manifests/1.json', 'manifests/signing-key.pem'].map(isManifestOutput)).toEqual([true, true, true, true]);
    expect(['manifest.json.bak', 'a/manifest.json', 'manifests', 'manifestsx/1.json', 'manifest.sigs'].map(isManifestOutput)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('listSiteFiles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'manifest-list-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists the files of every folder by UTF-8 bytes, "/"-separated, without folders or the manifest outputs', () => {
    for (const path of [
      'b',
      'a',
      '\u{1F600}',
      '\uFF01',
      'B',
      'sub/z',
      'sub/manifest.json',
      'manifest.json',
      'manifest.sig',
      'manifests/1.json',
      'manifests/signing-key.pem',
    ]) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), path);
    }
    mkdirSync(join(dir, 'empty'));
    expect(listSiteFiles(dir)).toEqual(['B', 'a', 'b', 'sub/manifest.json', 'sub/z', '\uFF01', '\u{1F600}']);
  });
});

describe('parseManifest: the last limits', () => {
  it('refuses a builtAt that is a number even when Date.parse reads it as a year', () => {
    expect(refusal(withFields({ builtAt: 2026 }))).toBe('m.json: "builtAt" must be an ISO 8601 date-time');
  });

  it('keeps the JSON parser error as the cause', () => {
    try {
      parseManifest('{x', 'm.json');
      expect.unreachable();
    } catch (error) {
      expect((error as Error).cause).toBeInstanceOf(SyntaxError);
    }
  });
});
