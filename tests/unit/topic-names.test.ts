/** Topic names in a reader's language (src/lib/tags.ts, the topics tables of src/i18n): a label, else the slug marked as English. */
import { describe, expect, it } from 'vitest';
import { topicName } from '../../src/lib/tags';
import { templateParts } from '../../src/lib/template-parts';
import { strings } from '../../src/i18n/ui';

describe('topicName', () => {
  it("shows a tag by its label in the page's language", () => {
    expect(topicName('encryption', strings('es').topics, 'en')).toEqual({ name: 'cifrado' });
    expect(topicName('data-routing', strings('de').topics, 'en')).toEqual({ name: 'Datenstandorte' });
    expect(topicName('bug-bounty', strings('es').topics, 'en')).toEqual({ name: 'recompensas por fallos' });
  });

  it('shows a tag with no label as its slug, marked with the fallback language, and unmarked on a page in the main language', () => {
    expect(topicName('meeting-safety', strings('es').topics, 'en')).toEqual({ name: 'meeting-safety', lang: 'en' });
    expect(topicName('encryption', strings('en').topics, undefined)).toEqual({ name: 'encryption', lang: undefined });
  });

  it("does not take an object's own properties for labels", () => {
    expect(topicName('constructor', strings('de').topics, 'en')).toEqual({ name: 'constructor', lang: 'en' });
    expect(topicName('toString', strings('es').topics, 'en')).toEqual({ name: 'toString', lang: 'en' });
  });

  it('labels every topic the demo uses in Spanish and German', () => {
    const demoTags = ['advisory-board', 'audits', 'bug-bounty', 'data-routing', 'defaults', 'education', 'encryption', 'plan', 'webinars'];
    expect(Object.keys(strings('es').topics).sort()).toEqual(demoTags);
    expect(Object.keys(strings('de').topics).sort()).toEqual(demoTags);
  });
});

describe('templateParts', () => {
  it('splits a one-slot template around its slot', () => {
    expect(templateParts(strings('en').tagged)).toEqual(['Topic: ', '']);
    expect(templateParts(strings('de').record.changesOf)).toEqual(['Änderungen an „', '“']);
    expect(templateParts((x) => x)).toEqual(['', '']);
  });
});

describe('template-parts limits (mutation testing)', () => {
  it('keeps a template that does not use its slot whole, before an empty end', () => {
    expect(templateParts(() => 'Topics & <tags>')).toEqual(['Topics & <tags>', '']);
  });
});
