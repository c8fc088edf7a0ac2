import { describe, expect, it } from 'vitest';
import { parseContentFile } from '#scripts/lib/content-files.ts';
import {
  bodySections,
  displayPath,
  isTranslatablePath,
  leadsTo,
  matchesPattern,
  textChanges,
  textFields,
  textStamp,
  type TranslatableFields,
} from '#src/lib/i18n/translatable.ts';

const spec: TranslatableFields = {
  text: ['title', 'summary', 'related.*.label', 'comparison.*.note', 'steps.*'],
  vocabulary: ['aliases.*'],
  body: true,
};

const yaml = (text: string) => parseContentFile(text, 'x.yaml').data;
const md = (text: string) => {
  const f = parseContentFile(text, 'x.md');
  return { data: f.data, body: f.body };
};

const ENTRY = `# yaml-language-server: $schema=../.schemas/glossary.json
title: Dual use
summary: Civilian and military uses.
aliases: [dual-use]
related:
  - { href: /areas/dual-use/, label: Areas }
comparison:
  entity-list: { value: 'yes', note: A list exists., source: doc-a, lastVerified: 2026-11-21 }
steps: [One, Two]
lastReviewed: 2026-11-21
sources: [doc-a]
changes:
  - { date: 2026-11-21, kind: minor, note: "First published." }
`;

describe('paths', () => {
  it('match concrete paths, `*` standing for any index or key', () => {
    expect(matchesPattern('comparison.*.note', ['comparison', 'entity-list', 'note'])).toBe(true);
    expect(matchesPattern('related.*.label', ['related', 3, 'label'])).toBe(true);
    expect(matchesPattern('related.*.label', ['related', 3, 'href'])).toBe(false);
    expect(matchesPattern('title', ['title', 'x'])).toBe(false);
  });

  it('say which paths lead to a translatable field', () => {
    expect(leadsTo('decisionPoints.*.choices.*.text', ['decisionPoints', 0])).toBe(true);
    expect(isTranslatablePath(spec, ['related', 0])).toBe(true);
    expect(isTranslatablePath(spec, ['related', 0, 'href'])).toBe(false);
    expect(isTranslatablePath(spec, ['sources'])).toBe(false);
    expect(isTranslatablePath(spec, ['aliases', 5])).toBe(true);
  });
});

describe('textFields', () => {
  it('lists the text at the declared paths, sorted, without vocabulary, ids, dates or links', () => {
    expect(textFields(yaml(ENTRY), spec)).toEqual([
      { path: 'comparison.entity-list.note', text: 'A list exists.' },
      { path: 'related.0.label', text: 'Areas' },
      { path: 'steps.0', text: 'One' },
      { path: 'steps.1', text: 'Two' },
      { path: 'summary', text: 'Civilian and military uses.' },
      { path: 'title', text: 'Dual use' },
    ]);
  });
});

describe('textStamp', () => {
  const stamp = (text: string) => textStamp(yaml(text), undefined, spec);
  const base = stamp(ENTRY);

  it('is 12 hex digits, the same on every run', () => {
    expect(base).toMatch(/^[0-9a-f]{12}$/);
    expect(stamp(ENTRY)).toBe(base);
  });

  it.each([
    ['a change note', ENTRY.replace('note: "First published."', 'note: "First published, then corrected."')],
    ['a new change note', `${ENTRY}  - { date: 2026-12-02, kind: major, note: "A value changed." }\n`],
    ['a comment header', ENTRY.replace(/^# .*\n/, '# another comment\n')],
    ['the review date', ENTRY.replace('lastReviewed: 2026-11-21', 'lastReviewed: 2026-12-02')],
    [
      'a cell date and value',
      ENTRY.replace("value: 'yes'", "value: 'partial'").replace('lastVerified: 2026-11-21', 'lastVerified: 2026-12-02'),
    ],
    ['a link target', ENTRY.replace('/areas/dual-use/', '/areas/')],
    ['the sources', ENTRY.replace('sources: [doc-a]', 'sources: [doc-a, doc-b]')],
    ['search vocabulary', ENTRY.replace('aliases: [dual-use]', 'aliases: [dual-use, dual use goods]')],
    [
      'the order of keys',
      ENTRY.replace(
        'title: Dual use\nsummary: Civilian and military uses.',
        'summary: Civilian and military uses.\ntitle: Dual use',
      ),
    ],
    ['a new non-text field', `${ENTRY}changed: 2026-12-02\n`],
  ])('does not change with %s', (_, edited) => {
    expect(stamp(edited)).toBe(base);
  });

  it.each([
    ['the title', ENTRY.replace('title: Dual use', 'title: Dual-use')],
    ['a cell note', ENTRY.replace('A list exists.', 'A list exists since 2024.')],
    ['a link label', ENTRY.replace('label: Areas', 'label: Research areas')],
    ['a new list item', ENTRY.replace('steps: [One, Two]', 'steps: [One, Two, Three]')],
    ['the order of list items', ENTRY.replace('steps: [One, Two]', 'steps: [Two, One]')],
  ])('changes with %s', (_, edited) => {
    expect(stamp(edited)).not.toBe(base);
  });

  const page = md('---\ntitle: T\nsummary: S\n---\n\n## One\n\nText.\n\n## Two\n\nMore text.\n');
  const pageStamp = textStamp(page.data, page.body, spec);
  it('covers the body where it is translated, not its trailing spaces or line endings', () => {
    expect(textStamp(page.data, `${page.body!.replace(/\n/g, '\r\n')}  \n\n`, spec)).toBe(pageStamp);
    expect(textStamp(page.data, page.body!.replace('More text.', 'More words.'), spec)).not.toBe(pageStamp);
    expect(textStamp(page.data, 'Other body', { ...spec, body: false })).toBe(
      textStamp(page.data, page.body, { ...spec, body: false }),
    );
  });
});

describe('textChanges', () => {
  it('names the fields and body sections that changed', () => {
    const before = md(
      '---\ntitle: T\nsummary: S\nsteps: [a, b]\nquestions: [{ id: q1, prompt: P }]\n---\n\nIntro.\n\n## One\n\nText.\n\n## Two\n\nMore.\n',
    );
    const after = md(
      '---\ntitle: T\nsummary: S2\nsteps: [a, b, c]\nquestions: [{ id: q1, prompt: P2 }]\n---\n\nIntro.\n\n## One\n\nText changed.\n\n## Three\n\nNew.\n',
    );
    const changes = textChanges(before, after, { ...spec, text: [...spec.text, 'questions.*.prompt'] });
    expect(changes.map((c) => `${c.where}: ${c.change}`)).toEqual([
      'questions[q1].prompt: changed',
      'steps.2: added',
      'summary: changed',
      'body: "## One": changed',
      'body: "## Three": added',
      'body: "## Two": removed',
    ]);
    expect(changes[2]).toMatchObject({ before: 'S', after: 'S2' });
  });

  it('cuts a body at its headings', () => {
    expect(bodySections('Lead.\n\n## A\n\nx\n\n### B\n\ny')).toEqual([
      { heading: '', text: 'Lead.' },
      { heading: '## A', text: 'x' },
      { heading: '### B', text: 'y' },
    ]);
  });

  it('shows array items with an id by their id', () => {
    expect(
      displayPath({ checks: [{ id: 'kc-1' }, { id: 'kc-2', options: [{ id: 'a' }] }] }, 'checks.1.options.0.text'),
    ).toBe('checks[kc-2].options[a].text');
    expect(displayPath({ steps: ['x'] }, 'steps.0')).toBe('steps.0');
  });
});
