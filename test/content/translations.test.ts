/**
 * The translations in content/<locale>/ over the real English content: all valid (npm run validate
 * would stop the build otherwise), and the state of each reported. And the English side of the
 * translatable-paths rule: every string of every English entry that is not translatable text is an
 * id, date, URL, code or language code of the form its field declares (test/helpers/non-text-fields.ts),
 * or text kept untranslated for a stated reason.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '#scripts/qa/entries.ts';
import { validateContent } from '#scripts/qa/validate-content.ts';
import { fieldKind, matchesPattern, type PathSegment } from '#src/lib/i18n/translatable.ts';
import { TRANSLATABLE } from '#src/schemas/index.ts';
import { NON_TEXT, PATTERNS } from '#test/helpers/non-text-fields.ts';

const root = resolve('content');
const { problems, entries, translations, warnings } = validateContent(root, resolve('.'));

describe('translations', () => {
  it('are read', () => expect(translations.length).toBeGreaterThan(200));

  it('are all valid: English entry exists, only translatable fields, items aligned, merged entry valid', () => {
    expect(problems.filter((p) => /^content\/[a-z]{2}\//.test(p.file)).map(formatProblem)).toEqual([]);
  });

  const stale = translations.filter((t) => t.state === 'stale');
  it(`${translations.length - stale.length} are current, ${stale.length} stale (npm run i18n:status lists what changed)`, () => {
    // A report, not a rule: stale translations show with a notice. Listed here for the test output.
    console.info(`Stale translations (${stale.length}):\n${stale.map((t) => `  ${t.file}`).join('\n')}`);
    console.info(
      `Notes on stale translations (${warnings.length}):\n${warnings.map((w) => `  ${formatProblem(w)}`).join('\n')}`,
    );
    expect(translations.every((t) => t.state === 'translated' || t.state === 'stale')).toBe(true);
  });
});

describe('English strings that are not translatable text', () => {
  const offenders: string[] = [];
  let checked = 0;
  for (const e of entries) {
    const spec = TRANSLATABLE[e.collection];
    const declared = Object.entries(NON_TEXT[e.collection]);
    const walk = (value: unknown, path: PathSegment[]) => {
      if (Array.isArray(value)) for (const [i, v] of value.entries()) walk(v, [...path, i]);
      else if (value && typeof value === 'object' && !(value instanceof Date))
        for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
      else if (typeof value === 'string') {
        if (fieldKind(spec, path) !== undefined) return;
        checked++;
        const kind = declared.find(([pattern]) => matchesPattern(pattern, path))?.[1];
        const where = `${e.file}: ${path.join('.')}`;
        if (kind === undefined) offenders.push(`${where}: a string field neither translatable nor declared non-text`);
        else if (typeof kind === 'string' && !PATTERNS[kind].test(value))
          offenders.push(`${where}: "${value.slice(0, 60)}" is not of the form of a ${kind}`);
      }
    };
    walk(e.data, []);
  }

  it('are all declared, and each value has the form of its kind', () => {
    expect(checked).toBeGreaterThan(10_000);
    expect(offenders.slice(0, 30)).toEqual([]);
  });
});
