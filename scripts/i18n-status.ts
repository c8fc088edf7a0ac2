/**
 * `npm run i18n:status [-- --strict] [--json] [--missing]`: the state of the translations, per
 * locale and collection: translated (the stamp is the English text's), stale (the English text changed
 * since: with what changed, found by looking in git for the English version the stamp belongs to),
 * missing (no translation: the page falls back to English). A report: exits 0, or with `--strict` 1
 * when a translation is stale or has a problem. `--diff` shows the English lines that changed (before
 * and after); `--missing` lists the missing entries by id;
 * `--json` prints the whole report as JSON.
 */

import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileVersions, readBlob } from '#scripts/lib/git.ts';
import { formatProblem, type LoadedEntry } from '#scripts/qa/entries.ts';
import {
  englishOfSource,
  missingTranslations,
  TRANSLATION_LOCALES,
  type TranslationReport,
} from '#scripts/qa/translations.ts';
import { validateContent } from '#scripts/qa/validate-content.ts';
import { type TextChange, textChanges, textStamp } from '#src/lib/i18n/translatable.ts';
import { COLLECTION_NAMES, TRANSLATABLE } from '#src/schemas/index.ts';

const { values } = parseArgs({
  options: {
    strict: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    missing: { type: 'boolean', default: false },
    diff: { type: 'boolean', default: false },
    content: { type: 'string', default: 'content' },
  },
});
const root = resolve(values.content);
const project = resolve(root, '..');
const { entries, translations, problems } = validateContent(root, project);

/** What changed in the English since the version a stale translation translates, from git. */
function changesSince(report: TranslationReport, english: LoadedEntry): TextChange[] | undefined {
  const spec = TRANSLATABLE[report.collection];
  const base = `content/${report.collection}/${report.id}`;
  const candidates = ['.md', '.mdx', '.yaml', '.yml'].map((ext) => `${base}${ext}`);
  const seen = new Set<string>();
  for (const v of fileVersions(project, candidates)) {
    if (seen.has(v.blob)) continue;
    seen.add(v.blob);
    const source = readBlob(project, v.blob);
    if (source === undefined) continue;
    const before = englishOfSource(report.collection, source, v.path);
    if (textStamp(before.data, before.body, spec) === report.meta.translationOf)
      return textChanges(before, { data: english.data, body: english.body }, spec);
  }
  return undefined;
}

/** The lines of a change that differ, marked - (before) and + (after). */
function diffLines(c: TextChange): string[] {
  const split = (t: string | undefined) => (t ?? '').split(/\n+/).filter((l) => l.trim() !== '');
  const before = split(c.before);
  const after = split(c.after);
  return [
    ...before.filter((l) => !after.includes(l)).map((l) => `- ${l}`),
    ...after.filter((l) => !before.includes(l)).map((l) => `+ ${l}`),
  ];
}

const byKey = new Map(entries.map((e) => [`${e.collection}/${e.id}`, e]));
const result = TRANSLATION_LOCALES.map((locale) => {
  const reports = translations.filter((r) => r.locale === locale);
  const missing = missingTranslations(entries, reports, locale);
  const collections = COLLECTION_NAMES.map((collection) => {
    const mine = reports.filter((r) => r.collection === collection);
    return {
      collection,
      entries: entries.filter((e) => e.collection === collection).length,
      translated: mine.filter((r) => r.state === 'translated').length,
      stale: mine.filter((r) => r.state === 'stale').length,
      unstamped: mine.filter((r) => r.state === 'unstamped').length,
      missing: missing.filter((e) => e.collection === collection).map((e) => e.id),
    };
  });
  const stale = reports
    .filter((r) => r.state === 'stale')
    .map((r) => ({
      file: r.file,
      translated: r.meta.translated,
      changes: changesSince(r, byKey.get(`${r.collection}/${r.id}`)!),
      warnings: r.warnings.map(formatProblem),
    }));
  const warnings = reports.filter((r) => r.state !== 'stale').flatMap((r) => r.warnings.map(formatProblem));
  return { locale, collections, stale, warnings };
});

if (values.json) {
  console.log(JSON.stringify({ locales: result, problems: problems.map(formatProblem) }, null, 2));
} else {
  for (const { locale, collections, stale, warnings } of result) {
    const pad = (s: string | number, n: number) => String(s).padStart(n);
    console.log(`\nTranslations: ${locale} (against the English of the working tree)\n`);
    console.log(
      `  ${'collection'.padEnd(22)}${pad('entries', 8)}${pad('translated', 11)}${pad('stale', 7)}${pad('missing', 9)}`,
    );
    const total = { entries: 0, translated: 0, stale: 0, missing: 0 };
    for (const c of collections) {
      console.log(
        `  ${c.collection.padEnd(22)}${pad(c.entries, 8)}${pad(c.translated, 11)}${pad(c.stale, 7)}${pad(c.missing.length, 9)}`,
      );
      total.entries += c.entries;
      total.translated += c.translated;
      total.stale += c.stale;
      total.missing += c.missing.length;
    }
    console.log(
      `  ${'total'.padEnd(22)}${pad(total.entries, 8)}${pad(total.translated, 11)}${pad(total.stale, 7)}${pad(total.missing, 9)}`,
    );
    if (stale.length > 0) {
      console.log(`\n  Stale (${stale.length}): the English text changed since the translation`);
      for (const s of stale) {
        console.log(`    ${s.file} (translated ${s.translated ?? '?'})`);
        if (!s.changes)
          console.log(
            '      (the English version translated is not in the git history: compare with the English by hand)',
          );
        for (const c of s.changes ?? []) {
          console.log(`      English ${c.where}: ${c.change}`);
          if (values.diff) for (const line of diffLines(c)) console.log(`        ${line}`);
        }
        for (const w of s.warnings) console.log(`      ! ${w.slice(s.file.length + 2)}`);
      }
      console.log('    After updating a translation: npm run i18n:stamp -- <file>');
    }
    if (warnings.length > 0) {
      console.log(`\n  Notes (${warnings.length})`);
      for (const w of warnings) console.log(`    ${w}`);
    }
    if (values.missing) {
      console.log('\n  Missing (shown in English):');
      for (const c of collections) if (c.missing.length) console.log(`    ${c.collection}: ${c.missing.join(', ')}`);
    }
  }
  if (problems.length > 0) {
    console.log(`\nProblems (${problems.length}; \`npm run validate\` and the build stop on them):`);
    for (const p of problems) console.log(`  ✗ ${formatProblem(p)}`);
  }
}
const stale = result.some((r) => r.stale.length > 0);
process.exit(values.strict && (stale || problems.length > 0) ? 1 : 0);
