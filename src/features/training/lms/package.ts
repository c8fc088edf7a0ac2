/**
 * SCORM packages of the training: which packages exist (every module and every role path, in
 * SCORM 1.2 and SCORM 2004 4th edition, per language), their file names, and their files: the
 * manifest (`imsmanifest.xml`) and the launch page (`index.html`, every lesson of every module with
 * the runtime's data). Pure: the build step (scripts/build/scorm-packages.ts) reads the rendered
 * lessons, calls these, zips the result and writes it to dist/; the /training/lms/ page lists them.
 *
 * Why one SCO for a path (its modules in sequence) rather than one SCO per module: an LMS records
 * one completion, one pass/fail and one score per SCO, and the learning systems institutions use
 * report a multi-SCO package inconsistently (several grade rows, roll-up rules that differ, SCO
 * navigation left to the LMS's player). One SCO gives the institution one record per learner
 * ("passed the Researcher path, 86%") in every LMS, with the same navigation as a module package;
 * each module's result is still reported, as an objective (`cmi.objectives.n`, named by module id)
 * and, in 2004, per question (`cmi.interactions.n`).
 */
import type { Locale } from '#src/lib/i18n/locale.ts';
import { localizePath } from '#src/lib/routes.ts';
import type { ClientQuestion } from '../quiz/quiz.ts';
import { END_STEP, stepId } from '../course.ts';
import type { PackageKind, ScoData, ScormVersion } from './types.ts';

/**
 * The languages packages are built in. A language is added here when its modules are translated
 * and its pages exist: the LMS page of each language lists that language's packages, and the
 * addresses written in a package point to the pages of its language.
 */
export const PACKAGE_LOCALES: readonly Locale[] = ['en', 'fr'];

/** Where the build writes the rendered lessons the packaging step reads, then deletes (never published). */
export const SCO_SOURCE_DIR = '/training/lms/build/';

/** True for pages under SCO_SOURCE_DIR, which stay out of the sitemap and search. */
export function isScoSourcePath(path: string): boolean {
  return path.startsWith(SCO_SOURCE_DIR);
}

/** The files every package holds, besides its manifest. */
export const PACKAGE_FILES = ['index.html', 'sco.js', 'sco.css'] as const;
export const MANIFEST_FILE = 'imsmanifest.xml';

export interface PackageRef {
  locale: Locale;
  kind: PackageKind;
  id: string;
}

/** The address of a package's zip: `/training/lms/en/academy-module-due-diligence-scorm12.zip`. */
export function packageUrl(ref: PackageRef, version: ScormVersion): string {
  const v = version === '1.2' ? 'scorm12' : 'scorm2004';
  return `/training/lms/${ref.locale}/academy-${ref.kind}-${ref.id}-${v}.zip`;
}

/** The manifest identifier of a package (an XML ID: letters, digits, dots and hyphens). */
export function packageIdentifier(ref: PackageRef, version: ScormVersion): string {
  return `academy.${ref.locale}.${ref.kind}.${ref.id}.scorm${version === '1.2' ? '12' : '2004'}`;
}

// ---------------------------------------------------------------------------------------------
// What the build renders for each module (ScoSourcePage.astro) and each path

/** One module as the package step receives it from the build. */
export interface ModuleSource {
  id: string;
  title: string;
  summary: string;
  minutes: number;
  passMark: number;
  /** Content version of the module (training.ts moduleVersion). */
  version: string;
  /** The latest `lastReviewed` of the module and its quiz (YYYY-MM-DD): the content date printed in the package. */
  reviewed: string;
  objectives: string[];
  /** Words of each lesson (course.ts lessonWords), for the time left. */
  lessonWords: number[];
  /** Titles of the training topics its lessons teach (coverage map). */
  topics: string[];
  /** Related academy pages, with absolute addresses. */
  related: { label: string; url: string }[];
  /** Quiz questions and knowledge checks, without correct flags; `link.href` absolute. */
  questions: ClientQuestion[];
  checks: ClientQuestion[];
}

export interface PathSource {
  id: string;
  title: string;
  summary: string;
  /** Module ids in path order. */
  modules: string[];
  /** Content version of the path (training.ts pathVersion). */
  version: string;
  /** The latest `lastReviewed` of the path, its modules and their quizzes (YYYY-MM-DD). */
  reviewed: string;
}

/** The catalogue the build renders once per language. */
export interface CatalogueSource {
  locale: Locale;
  siteName: string;
  /** The site's public address, ending in "/". */
  siteUrl: string;
  /** The academy's release (package.json version). */
  release: string;
  paths: PathSource[];
}

// ---------------------------------------------------------------------------------------------
// HTML helpers

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or an attribute value, escaped for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** JSON safe to put inside `<script type="application/json">` (no `</script`, no `<!--`). */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Decodes the entities Astro writes in text and attributes. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (whole, code: string) => {
    const c = code.toLowerCase();
    if (c === 'amp') return '&';
    if (c === 'lt') return '<';
    if (c === 'gt') return '>';
    if (c === 'quot') return '"';
    if (c === 'apos') return "'";
    if (c === 'nbsp') return '\u00a0';
    const n = c.startsWith('#x') ? Number.parseInt(c.slice(2), 16) : Number.parseInt(c.slice(1), 10);
    return Number.isFinite(n) ? String.fromCodePoint(n) : whole;
  });
}

/** Text of an HTML fragment (tags dropped, entities decoded). */
export function textOf(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** A lesson of the rendered module body: its `<h2>` heading's text and its HTML, heading included. */
export interface LessonHtml {
  title: string;
  html: string;
}

/** Splits a rendered module body at its `<h2>` headings (a lesson each); text before the first joins it. */
export function splitLessons(html: string): LessonHtml[] {
  const starts = [...html.matchAll(/<h2[\s>]/gi)].map((m) => m.index!);
  if (starts.length === 0) return [];
  return starts.map((start, i) => {
    const chunk = html.slice(i === 0 ? 0 : start, starts[i + 1] ?? html.length).trim();
    const heading = /<h2[^>]*>([\s\S]*?)<\/h2>/i.exec(chunk);
    return { title: heading ? textOf(heading[1]!) : '', html: chunk };
  });
}

/**
 * The academy pages a lesson refers to: ScoLink.astro renders each link of a lesson as
 * `<span class="sco-ref" data-href="https://…">text</span>`. Returns them (text and address, each
 * address once, in order) and the HTML without the addresses, so the lesson text keeps the words and
 * loses the link.
 */
export function takeRefs(html: string): { html: string; refs: { label: string; url: string }[] } {
  const refs: { label: string; url: string }[] = [];
  const out = html.replace(
    /<span class="sco-ref" data-href="([^"]*)">([\s\S]*?)<\/span>/g,
    (_whole, href: string, inner: string) => {
      const url = decodeEntities(href);
      if (url && !refs.some((r) => r.url === url)) refs.push({ label: textOf(inner), url });
      return `<span class="sco-ref">${inner}</span>`;
    },
  );
  return { html: out, refs };
}

/** Makes every `id` (and `aria-labelledby`/`for` that points at one) of a fragment unique to a module. */
export function prefixIds(html: string, prefix: string): string {
  return html.replace(/\b(id|for|aria-labelledby|aria-describedby)="([^"]+)"/g, (_w, attr: string, value: string) => {
    const ids = value
      .split(/\s+/)
      .map((v) => `${prefix}-${v}`)
      .join(' ');
    return `${attr}="${ids}"`;
  });
}

/** The absolute address of a page of the academy, in the package's language. */
export function academyUrl(siteUrl: string, path: string, locale: Locale): string {
  return new URL(localizePath(path, locale), siteUrl).href;
}

// ---------------------------------------------------------------------------------------------
// Files of a package

/** The words the launch page shows before (or without) its script, in the package's language. */
export interface ShellStrings {
  skip: string;
  contents: string;
  noJs: string;
  objectives: string;
  topics: string;
  quizHeading: string;
  quizIntro: (count: number, mark: number) => string;
  readMoreHeading: string;
  readMoreIntro: string;
  address: (label: string, url: string) => string;
  resultsHeading: string;
  previous: string;
  next: string;
  pager: string;
  version: string;
  lmsChecking: string;
}

export interface ShellModule extends ModuleSource {
  lessons: LessonHtml[];
  /** Related pages and pages the lessons refer to, each once. */
  readMore: { label: string; url: string }[];
}

/** A package's Content-Security-Policy: its own files only, no request of any kind to anywhere else. */
export const PACKAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; base-uri 'none'; form-action 'none'";

/** The launch page of a package: every step of the course, readable top to bottom, plus the runtime's data. */
export function scoHtml(data: ScoData, modules: readonly ShellModule[], s: ShellStrings, siteName: string): string {
  const e = escapeHtml;
  const multi = modules.length > 1;
  const sections = modules
    .map((m) => {
      const lessons = m.lessons
        .map((lesson, i) => {
          const intro =
            i === 0
              ? `<div class="sco-intro">${multi ? `<p class="sco-kicker">${e(m.title)}</p>` : ''}<p class="sco-summary">${e(m.summary)}</p><p><strong>${e(s.objectives)}</strong></p><ul>${m.objectives.map((o) => `<li>${e(o)}</li>`).join('')}</ul>${m.topics.length > 0 ? `<p><strong>${e(s.topics)}</strong> ${m.topics.map(e).join(', ')}.</p>` : ''}</div>`
              : '';
          return `<section class="sco-step" data-step="${e(stepId(m.id, i + 1))}">${intro}${prefixIds(lesson.html, m.id)}</section>`;
        })
        .join('\n');
      const more =
        m.readMore.length > 0
          ? `<section class="sco-more" aria-labelledby="${e(m.id)}-more"><h3 id="${e(m.id)}-more">${e(s.readMoreHeading)}</h3><p>${e(s.readMoreIntro)}</p><ul>${m.readMore.map((r) => `<li>${e(s.address(r.label, r.url))}</li>`).join('')}</ul></section>`
          : '';
      const quiz = `<section class="sco-step" data-step="${e(stepId(m.id, 'quiz'))}">${multi ? `<p class="sco-kicker">${e(m.title)}</p>` : ''}<h2>${e(s.quizHeading)}</h2><p>${e(s.quizIntro(m.questions.length, Math.round(m.passMark * 100)))}</p><div class="sco-quiz" data-quiz="${e(m.id)}"></div>${more}</section>`;
      return `<div class="sco-module" data-module="${e(m.id)}">\n${lessons}\n${quiz}\n</div>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="${e(data.locale)}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${e(PACKAGE_CSP)}">
<meta name="referrer" content="no-referrer">
<title>${e(data.title)}</title>
<link rel="stylesheet" href="sco.css">
</head>
<body>
<a class="sco-skip" href="#sco-main">${e(s.skip)}</a>
<header class="sco-header">
<p class="sco-site">${e(siteName)}</p>
<h1>${e(data.title)}</h1>
<p class="sco-meta">${e(s.version)}</p>
<p id="sco-lms" class="sco-lms">${e(s.lmsChecking)}</p>
<p id="sco-notice" class="sco-notice" role="status"></p>
<noscript><p class="sco-notice">${e(s.noJs)}</p></noscript>
</header>
<div class="sco-layout">
<nav class="sco-toc" aria-labelledby="sco-toc-heading"><h2 id="sco-toc-heading">${e(s.contents)}</h2><ol id="sco-toc-list"></ol></nav>
<main id="sco-main" tabindex="-1">
<p id="sco-progress" class="sco-progress" role="status"></p>
${sections}
<section class="sco-step" data-step="${END_STEP}"><h2>${e(s.resultsHeading)}</h2><div id="sco-results"></div></section>
<nav id="sco-pager" class="sco-pager" aria-label="${e(s.pager)}" hidden><button type="button" id="sco-prev" class="sco-button sco-button--quiet">${e(s.previous)}</button> <button type="button" id="sco-next" class="sco-button">${e(s.next)}</button></nav>
</main>
</div>
<script type="application/json" id="sco-data">${jsonForScript(data)}</script>
<script src="sco.js"></script>
</body>
</html>
`;
}

const xml = (text: string) => escapeHtml(text);

/** `imsmanifest.xml` of a package: one organization, one item, one SCO resource listing every file. */
export function manifestXml(
  ref: PackageRef,
  version: ScormVersion,
  meta: { title: string; contentVersion: string; masteryScore?: number },
  files: readonly string[],
): string {
  const id = packageIdentifier(ref, version);
  const fileList = files.map((f) => `      <file href="${xml(f)}"/>`).join('\n');
  if (version === '1.2') {
    return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xml(id)}" version="${xml(meta.contentVersion)}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="org">
    <organization identifier="org">
      <title>${xml(meta.title)}</title>
      <item identifier="item" identifierref="sco" isvisible="true">
        <title>${xml(meta.title)}</title>${meta.masteryScore !== undefined ? `\n        <adlcp:masteryscore>${meta.masteryScore}</adlcp:masteryscore>` : ''}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:scormtype="sco" href="index.html">
${fileList}
    </resource>
  </resources>
</manifest>
`;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xml(id)}" version="${xml(meta.contentVersion)}"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="org">
    <organization identifier="org">
      <title>${xml(meta.title)}</title>
      <item identifier="item" identifierref="sco" isvisible="true">
        <title>${xml(meta.title)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:scormType="sco" href="index.html">
${fileList}
    </resource>
  </resources>
</manifest>
`;
}

/**
 * Everything in a package's text files that would make a request or lead outside the package:
 * `src`/`href`/`action`/`srcset`/`poster`/`data` attributes that are not a plain relative file
 * name or an in-page `#anchor`, CSS `url()` and `@import` of anything but a relative file, and
 * script calls that fetch. Empty when the package is self-contained.
 */
export function outsideReferences(files: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  const external = (ref: string) => /^(?:[a-z][a-z0-9+.-]*:|\/|\\)/i.test(ref.trim()) && !/^data:/i.test(ref.trim());
  for (const [name, text] of files) {
    if (name.endsWith('.html') || name.endsWith('.xml')) {
      for (const m of text.matchAll(/\s(src|href|action|formaction|srcset|poster|data|xml:base)\s*=\s*"([^"]*)"/gi)) {
        const [attr, value] = [m[1]!.toLowerCase(), m[2]!];
        if (value.startsWith('#')) continue;
        if (external(value) || value === '') problems.push(`${name}: ${attr}="${value}"`);
      }
      if (/<(?:iframe|object|embed|base)\b/i.test(text)) problems.push(`${name}: embeds another document`);
    }
    if (name.endsWith('.css')) {
      for (const m of text.matchAll(/url\(\s*['"]?([^'")]*)/gi))
        if (external(m[1]!)) problems.push(`${name}: url(${m[1]})`);
      if (/@import/i.test(text)) problems.push(`${name}: @import`);
    }
    if (name.endsWith('.js')) {
      for (const call of ['fetch(', 'XMLHttpRequest', 'sendBeacon', 'WebSocket', 'EventSource', 'importScripts'])
        if (text.includes(call)) problems.push(`${name}: ${call}`);
    }
  }
  return problems;
}

/** Reads a build-only page: the JSON of its `data-sco` attribute and the HTML inside its element. */
export function readScoSource<T>(page: string, elementId: 'sco-source' | 'sco-catalogue'): { data: T; html: string } {
  const re = new RegExp(`<(article|div) id="${elementId}" data-sco="([^"]*)">([\\s\\S]*?)</\\1>\\s*</body>`);
  const m = re.exec(page);
  if (!m) throw new Error(`no #${elementId} element with data-sco in the page`);
  return { data: JSON.parse(decodeEntities(m[2]!)) as T, html: m[3]! };
}

/** The shell's words in a language, from the translator of that language. */
export function shellStrings(
  t: (key: ShellKey, vars?: Record<string, string | number>) => string,
  edition: { date: string; release: string },
): ShellStrings {
  return {
    skip: t('training.sco.skip'),
    contents: t('training.sco.contents'),
    noJs: t('training.sco.noJs'),
    objectives: t('training.sco.objectives'),
    topics: t('training.sco.topics'),
    quizHeading: t('training.module.quizHeading'),
    quizIntro: (count, mark) => t('training.sco.quizIntro', { count, mark }),
    readMoreHeading: t('training.sco.readMoreHeading'),
    readMoreIntro: t('training.sco.readMoreIntro'),
    address: (label, url) => t('training.sco.address', { label, url }),
    resultsHeading: t('training.sco.resultsHeading'),
    previous: t('training.sco.previous'),
    next: t('training.sco.next'),
    pager: t('training.sco.pager'),
    version: t('training.edition', edition),
    lmsChecking: t('training.sco.lmsChecking'),
  };
}

/** The keys `shellStrings` reads. */
export type ShellKey =
  | 'training.sco.skip'
  | 'training.sco.contents'
  | 'training.sco.noJs'
  | 'training.sco.objectives'
  | 'training.sco.topics'
  | 'training.module.quizHeading'
  | 'training.sco.quizIntro'
  | 'training.sco.readMoreHeading'
  | 'training.sco.readMoreIntro'
  | 'training.sco.address'
  | 'training.sco.resultsHeading'
  | 'training.sco.previous'
  | 'training.sco.next'
  | 'training.sco.pager'
  | 'training.edition'
  | 'training.sco.lmsChecking';
