/**
 * `npm run new <collection> <id>` writes entries that validate as written, for every collection of the
 * registry: against the Zod schema (through the validator, as drafts, in a copy of the real content)
 * and against the editor's JSON Schema; and the same entry moved into the published folder is refused
 * until its placeholders are replaced.
 */
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { authoringSchema } from '#src/features/open-data/json-schema.ts';
import { knownIds, setContentRoot } from '#src/schemas/content-index.ts';
import { COLLECTION_NAMES } from '#src/schemas/index.ts';
import { draftEntry } from '#scripts/lib/new-entry.ts';
import { formatProblem } from '#scripts/qa/entries.ts';
import { compile, editorView, errorLines, newAjv } from '#scripts/qa/json-schema-check.ts';
import { validateContent } from '#scripts/qa/validate-content.ts';

const dir = mkdtempSync(join(tmpdir(), 'academy-new-'));
cpSync('content', join(dir, 'content'), { recursive: true });
setContentRoot(join(dir, 'content'));
const ctx = { today: new Date().toISOString().slice(0, 10), idsOf: (c: string) => [...knownIds(c)].sort() };
const drafts = COLLECTION_NAMES.map((c) => ({ collection: c, ...draftEntry(c, `zz-new-${c}`, ctx) }));
for (const d of drafts) {
  mkdirSync(dirname(join(dir, d.path)), { recursive: true });
  writeFileSync(join(dir, d.path), d.text);
}

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  setContentRoot('content');
});

describe('npm run new', () => {
  const result = validateContent(join(dir, 'content'), dir);

  it('writes a draft for every collection that the validator accepts as written', () => {
    expect(result.drafts.problems.map(formatProblem)).toEqual([]);
    expect(result.drafts.entries.map((e) => e.collection).sort()).toEqual([...COLLECTION_NAMES].sort());
    expect(result.problems.map(formatProblem)).toEqual([]);
  });

  it.each(drafts.map((d) => [d.collection, d] as const))('%s: the editor schema accepts the draft', (collection, d) => {
    const validate = compile(newAjv(), authoringSchema(collection));
    const ok = validate(editorView(d.text, d.path));
    expect(ok ? [] : errorLines(validate)).toEqual([]);
  });

  it('dates the entry today and marks what to fill with TODO', () => {
    for (const d of drafts) {
      expect(d.text).toContain(`lastReviewed: ${ctx.today}`);
      expect(d.text).toContain('TODO:');
    }
  });

  it('refuses a draft moved into the published folder before its placeholders are replaced', () => {
    const d = drafts.find((x) => x.collection === 'glossary')!;
    renameSync(join(dir, d.path), join(dir, 'content/glossary/zz-new-glossary.yaml'));
    const published = validateContent(join(dir, 'content'), dir).problems.map(formatProblem);
    expect(published.some((p) => p.includes('placeholder left from npm run new'))).toBe(true);
  });
});
