/**
 * What one revision changed (src/lib/changes.ts), without git: frontmatter split (CRLF too),
 * flattened fields and their list keys (id, commitment, region, question; too long ids; scalar
 * lists with null), the order of field changes, the word diff cut to its context at the exact
 * limit, word counts and the words of a field change. Every expected value is written out.
 */
import { describe, expect, it } from 'vitest';
import { dataChange, describeField, fieldChanges, flatten, parseData, postChange, splitPost, textDiff } from '../../src/lib/changes';

const words = { added: 'added', removed: 'removed', empty: '(empty)' };

describe('splitPost and parseData', () => {
  it('splits LF and CRLF frontmatter from the body, and reads a file without frontmatter as all body', () => {
    expect(splitPost('---\ntitle: A & B\ndue: 2026-12-18\n---\nBody <b>\n')).toEqual({ data: { title: 'A & B', due: '2026-12-18' }, body: 'Body <b>\n' });
    expect(splitPost('---\r\ntitle: T\r\n---\r\nLine\r\n')).toEqual({ data: { title: 'T' }, body: 'Line\r\n' });
    expect(splitPost('---\ntitle: T\n---')).toEqual({ data: { title: 'T' }, body: '' });
    expect(splitPost('---\n\n---\nx')).toEqual({ data: {}, body: 'x' });
    expect(splitPost('No frontmatter\n---\na: 1\n---\n')).toEqual({ data: {}, body: 'No frontmatter\n---\na: 1\n---\n' });
  });

  it('reads an empty data file as an empty list', () => {
    expect(parseData('')).toEqual([]);
    expect(parseData('# nothing yet\n')).toEqual([]);
    expect(parseData('- id: a\n  due: 2026-12-18\n')).toEqual([{ id: 'a', due: '2026-12-18' }]);
  });
});

describe('flatten', () => {
  it('names list entries by id, commitment, region or question (in that order), else by position (a text or null entry too)', () => {
    const id60 = 'i'.repeat(60);
    const id61 = 'j'.repeat(61);
    const value = [
      { id: 'e2ee', commitment: 'c', due: '2026-12-18' },
      { commitment: 'sso', region: 'r', note: null },
      { region: 'eu-central', question: 'q', dataCenters: ['Frankfurt', 'Paris'] },
      { question: 'Who?', answer: 'Us' },
      { id: 7, other: 'by position' },
      { id: id60, n: 1 },
      { id: id61, n: 2 },
      'plain',
      null,
    ];
    expect([...flatten(value)]).toEqual([
      ['e2ee.id', 'e2ee'],
      ['e2ee.commitment', 'c'],
      ['e2ee.due', '2026-12-18'],
      ['sso.commitment', 'sso'],
      ['sso.region', 'r'],
      ['sso.note', ''],
      ['eu-central.region', 'eu-central'],
      ['eu-central.question', 'q'],
      ['eu-central.dataCenters', 'Frankfurt, Paris'],
      ['Who?.question', 'Who?'],
      ['Who?.answer', 'Us'],
      ['5.id', '7'],
      ['5.other', 'by position'],
      [`${id60}.id`, id60],
      [`${id60}.n`, '1'],
      ['7.id', id61],
      ['7.n', '2'],
      ['8', 'plain'],
      ['9', ''],
    ]);
  });

  it('joins a list of scalars (null included) into one value, nests keys with dots, and gives no path to a bare scalar', () => {
    expect([...flatten({ tags: ['a', null, 3, true], empty: [], none: null, gone: undefined, deep: { list: [{ id: 'x', v: 1 }], map: { k: 'v' } } })]).toEqual([
      ['tags', 'a, null, 3, true'],
      ['empty', ''],
      ['none', ''],
      ['gone', ''],
      ['deep.list.x.id', 'x'],
      ['deep.list.x.v', '1'],
      ['deep.map.k', 'v'],
    ]);
    // A list of entries with an empty one (YAML "- ") and a bare text: those are named by their position.
    expect([...flatten({ list: [{ id: 'a', v: 1 }, null, 'text'] })]).toEqual([
      ['list.a.id', 'a'],
      ['list.a.v', '1'],
      ['list.2', ''],
      ['list.3', 'text'],
    ]);
    expect([...flatten('just text')]).toEqual([]);
    expect([...flatten({})]).toEqual([]);
  });
});

describe('fieldChanges and dataChange', () => {
  it('lists added and changed fields in the new order, then removed ones', () => {
    // toStrictEqual: an added field has no `before` key at all, a removed one no `after` key.
    expect(fieldChanges({ a: 1, b: 'x', gone: 'g', same: 's' }, { c: 'new', b: 'y', same: 's', a: 1 })).toStrictEqual([
      { path: 'c', after: 'new' },
      { path: 'b', before: 'x', after: 'y' },
      { path: 'gone', before: 'g' },
    ]);
    expect(fieldChanges({ a: 1 }, { a: 1 })).toEqual([]);
  });

  it('states a data file change as fields only', () => {
    expect(dataChange('- id: e2ee\n  due: 2026-11-27\n', '- id: e2ee\n  due: 2026-12-18\n  note: "A & <B>"\n')).toEqual({
      fields: [
        { path: 'e2ee.due', before: '2026-11-27', after: '2026-12-18' },
        { path: 'e2ee.note', after: 'A & <B>' },
      ],
      text: [],
      wordsAdded: 0,
      wordsRemoved: 0,
    });
  });
});

describe('textDiff', () => {
  it('is empty for the same text', () => {
    expect(textDiff('one two', 'one two')).toEqual([]);
    expect(textDiff('', '')).toEqual([]);
  });

  it('keeps `context` words on each side of a change and puts a gap for the rest', () => {
    expect(textDiff('one two three four five six seven eight nine ten', 'one two three four five SIX seven eight nine ten', 2)).toEqual([
      { kind: 'gap', text: '' },
      { kind: 'same', text: ' four five ' },
      { kind: 'removed', text: 'six' },
      { kind: 'added', text: 'SIX' },
      { kind: 'same', text: ' seven eight ' },
      { kind: 'gap', text: '' },
    ]);
  });

  it('keeps a run of exactly twice `context` words between two changes whole, and cuts one word more', () => {
    expect(textDiff('A x y B', 'a x y b', 1)).toEqual([
      { kind: 'removed', text: 'A' },
      { kind: 'added', text: 'a' },
      { kind: 'same', text: ' x y ' },
      { kind: 'removed', text: 'B' },
      { kind: 'added', text: 'b' },
    ]);
    expect(textDiff('A x y z B', 'a x y z b', 1)).toEqual([
      { kind: 'removed', text: 'A' },
      { kind: 'added', text: 'a' },
      { kind: 'same', text: ' x ' },
      { kind: 'gap', text: '' },
      { kind: 'same', text: ' z ' },
      { kind: 'removed', text: 'B' },
      { kind: 'added', text: 'b' },
    ]);
  });

  it('keeps 12 words of context by default: a 12-word start stays whole, a 13-word start is cut', () => {
    const twelve = 'w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12';
    expect(textDiff(`${twelve} old`, `${twelve} new`)).toEqual([
      { kind: 'same', text: `${twelve} ` },
      { kind: 'removed', text: 'old' },
      { kind: 'added', text: 'new' },
    ]);
    expect(textDiff(`w0 ${twelve} old`, `w0 ${twelve} new`)).toEqual([
      { kind: 'gap', text: '' },
      { kind: 'same', text: ` ${twelve} ` },
      { kind: 'removed', text: 'old' },
      { kind: 'added', text: 'new' },
    ]);
  });
});

describe('postChange', () => {
  it('gives the field changes, the diff and the words inserted and deleted (punctuation alone is no word)', () => {
    const before = '---\ntitle: Week 1\n---\nWe fixed 40 reports.\n';
    const after = '---\ntitle: Week 1 (corrected)\n---\nWe fixed — 34 réports, not 40.\n';
    expect(postChange(before, after, 3)).toEqual({
      fields: [{ path: 'title', before: 'Week 1', after: 'Week 1 (corrected)' }],
      text: [
        { kind: 'same', text: 'We fixed ' },
        { kind: 'added', text: '— 34 réports, not ' },
        { kind: 'same', text: '40' },
        { kind: 'removed', text: ' reports' },
        { kind: 'same', text: '.\n' },
      ],
      // "—" is no word; "34", "réports," and "not" are.
      wordsAdded: 3,
      wordsRemoved: 1,
    });
  });
});

describe('describeField', () => {
  it('states an added, a removed and a changed field, with a word for an empty value', () => {
    expect(describeField({ path: 'due', after: '2026-12-18' }, words)).toBe('due: added 2026-12-18');
    expect(describeField({ path: 'due', after: '' }, words)).toBe('due: added (empty)');
    expect(describeField({ path: 'due' }, words)).toBe('due: added (empty)');
    expect(describeField({ path: 'note', before: 'A & B' }, words)).toBe('note: removed (A & B)');
    expect(describeField({ path: 'note', before: '' }, words)).toBe('note: removed ((empty))');
    expect(describeField({ path: 'severity', before: 'high', after: 'medium' }, words)).toBe('severity: high → medium');
    expect(describeField({ path: 'severity', before: '', after: 'x' }, words)).toBe('severity: (empty) → x');
    expect(describeField({ path: 'severity', before: 'x', after: '' }, words)).toBe('severity: x → (empty)');
  });
});
