/**
 * The editor schemas (content/.schemas/, `npm run schemas`): up to date with the Zod schemas, pointed
 * at from every YAML entry, and accepting every real entry when checked with a standard JSON Schema
 * validator (Ajv 2020-12) — what Zod accepts, the JSON Schema accepts, for the real files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { authoringSchema } from '#src/features/open-data/json-schema.ts';
import { COLLECTION_NAMES } from '#src/schemas/index.ts';
import { listEntryFiles } from '#src/schemas/content-index.ts';
import { schemaFileChanges } from '#scripts/lib/schema-files.ts';
import { compile, editorView, errorLines, newAjv } from '#scripts/qa/json-schema-check.ts';

const ROOT = process.cwd();

describe('editor schemas', () => {
  const changes = schemaFileChanges(ROOT).map((c) => `${c.file}: ${c.why}`);

  it('are up to date with the Zod schemas (else run npm run schemas)', () => {
    expect(changes.filter((c) => c.startsWith('content/.schemas/'))).toEqual([]);
  });

  it('are named on the first line of every YAML entry (else run npm run schemas)', () => {
    expect(changes.filter((c) => !c.startsWith('content/.schemas/'))).toEqual([]);
  });

  const ajv = newAjv();
  describe.each(COLLECTION_NAMES)('%s', (collection) => {
    const validate = compile(ajv, authoringSchema(collection));
    const files = listEntryFiles(collection, join(ROOT, 'content'));

    it('has entries', () => expect(files.length).toBeGreaterThan(0));

    it('accepts every entry as an editor reads it', () => {
      const problems = files.flatMap((f) => {
        const file = `content/${collection}/${f}`;
        const ok = validate(editorView(readFileSync(join(ROOT, file), 'utf8'), file));
        return ok ? [] : errorLines(validate).map((line) => `${file} ${line}`);
      });
      expect(problems).toEqual([]);
    });
  });

  it('rejects an unknown field, a wrong enum value and a malformed date', () => {
    const validate = compile(ajv, authoringSchema('sources'));
    const good = editorView(
      readFileSync(join(ROOT, 'content/sources', listEntryFiles('sources')[0]!), 'utf8'),
      'x.yaml',
    );
    expect(validate(good)).toBe(true);
    for (const bad of [
      { ...(good as object), titel: 'A typo' },
      { ...(good as object), kind: 'law' },
      { ...(good as object), lastReviewed: '21/11/2026' },
    ]) {
      expect(validate(bad)).toBe(false);
    }
  });
});
