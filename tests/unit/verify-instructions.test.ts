/**
 * The commands the /verify/ page prints (verify-instructions.ts), written out in full: the build
 * test (tests/build/manifest.test.ts) runs them against a built site; this one pins their exact
 * text, so that a changed file name, flag or line is caught without a build.
 */
import { describe, expect, it } from 'vitest';
import { chainCommands, fileCommands, signatureCommands } from '../../src/lib/verify-instructions';

const SITE = 'https://trust.example.org/base/';

describe('signatureCommands', () => {
  it('fetches the manifest, its signature and the key, prints the fingerprint and checks the signature', () => {
    expect(signatureCommands(SITE).split('\n')).toEqual([
      'curl -sSfO https://trust.example.org/base/manifest.json -sSfO https://trust.example.org/base/manifest.sig -sSfO https://trust.example.org/base/manifests/signing-key.pem',
      '# the key fingerprint: compare it with one you got elsewhere',
      'openssl pkey -pubin -in signing-key.pem -outform DER | tail -c 32 | sha256sum',
      '# the signature: the last field of manifest.sig, without its first 4 bytes (the key ID)',
      "tail -n 1 manifest.sig | cut -d' ' -f3 | base64 -d | tail -c 64 > signature.bin",
      'openssl pkeyutl -verify -pubin -inkey signing-key.pem -rawin -in manifest.json -sigfile signature.bin',
    ]);
  });
});

describe('fileCommands', () => {
  it('downloads every listed file with one curl config, then checks them all with sha256sum', () => {
    expect(fileCommands(SITE).split('\n')).toEqual([
      `jq -r '.files[].path | "url = \\"https://trust.example.org/base/\\(.)\\"\\noutput = \\"copy/\\(.)\\""' manifest.json | curl -sS --create-dirs --config -`,
      `(cd copy && jq -r '.files[] | "\\(.sha256)  \\(.path)"' ../manifest.json | sha256sum --check --quiet)`,
    ]);
  });
});

describe('chainCommands', () => {
  it('reads the previous sequence, fetches that manifest and compares its hash with the recorded one', () => {
    expect(chainCommands(SITE).split('\n')).toEqual([
      'previous=$(jq -r .previous.sequence manifest.json)',
      'curl -sSfO https://trust.example.org/base/manifests/$previous.json',
      'jq -r .previous.sha256 manifest.json   # what the latest manifest records',
      'sha256sum $previous.json                # must be the same hash',
    ]);
  });
});
