import { describe, expect, it } from 'vitest';
import {
  PACKAGE_CSP,
  academyUrl,
  decodeEntities,
  isScoSourcePath,
  jsonForScript,
  manifestXml,
  outsideReferences,
  packageIdentifier,
  packageUrl,
  prefixIds,
  readScoSource,
  scoHtml,
  shellStrings,
  splitLessons,
  takeRefs,
  textOf,
  type ShellModule,
} from '#src/features/training/lms/package.ts';
import { fillPackageSizes, sizePlaceholder, type PackageRecord } from '#src/features/training/lms/listing.ts';
import { translatorFor } from '#src/ui/i18n.ts';
import { MODULES, scoData } from './fixtures.ts';

const ref = { locale: 'en' as const, kind: 'module' as const, id: 'due-diligence' };

describe('package names', () => {
  it('give each package, version and language its own address and identifier', () => {
    expect(packageUrl(ref, '1.2')).toBe('/training/lms/en/academy-module-due-diligence-scorm12.zip');
    expect(packageUrl({ ...ref, kind: 'path', id: 'researcher' }, '2004')).toBe(
      '/training/lms/en/academy-path-researcher-scorm2004.zip',
    );
    expect(packageIdentifier(ref, '2004')).toBe('academy.en.module.due-diligence.scorm2004');
    expect(isScoSourcePath('/training/lms/build/en/x/')).toBe(true);
    expect(isScoSourcePath('/training/lms/')).toBe(false);
    expect(academyUrl('https://a.example/', '/areas/quantum/', 'fr')).toBe('https://a.example/fr/areas/quantum/');
  });
});

describe('reading the rendered lessons', () => {
  const body =
    '<h2 id="lesson-1-a">Lesson 1: A &amp; B</h2>\n<p>See <span class="sco-ref" data-href="https://a.example/x/?a=1&amp;b=2">the &lt;x&gt; page</span> and <span class="sco-ref">a note</span>.</p>\n<div class="sco-check" data-check="kc-1"></div>\n<h2 id="lesson-2-c">Lesson 2: C</h2><h3 id="example">Example</h3><label for="example">x</label><p>Again <span class="sco-ref" data-href="https://a.example/x/?a=1&amp;b=2">same</span>.</p>';

  it('splits the body into lessons at its h2 headings', () => {
    const lessons = splitLessons(body);
    expect(lessons.map((l) => l.title)).toEqual(['Lesson 1: A & B', 'Lesson 2: C']);
    expect(lessons[0]!.html).toContain('data-check="kc-1"');
    expect(lessons[1]!.html.startsWith('<h2 id="lesson-2-c">')).toBe(true);
    expect(splitLessons('<p>no headings</p>')).toEqual([]);
  });

  it('takes the academy addresses out of the links, keeping their words, each address once', () => {
    const { html, refs } = takeRefs(body);
    expect(refs).toEqual([{ label: 'the <x> page', url: 'https://a.example/x/?a=1&b=2' }]);
    expect(html).not.toContain('data-href');
    expect(html).toContain('<span class="sco-ref">the &lt;x&gt; page</span>');
  });

  it('makes ids unique to a module, and what refers to them', () => {
    const html = prefixIds(splitLessons(body)[1]!.html, 'm');
    expect(html).toContain('id="m-lesson-2-c"');
    expect(html).toContain('<label for="m-example">');
  });

  it('reads a build-only page', () => {
    const page = `<!doctype html><html><body><article id="sco-source" data-sco="{&quot;id&quot;:&quot;a&amp;b&quot;}"><h2>x</h2></article></body></html>`;
    expect(readScoSource(page, 'sco-source')).toEqual({ data: { id: 'a&b' }, html: '<h2>x</h2>' });
    expect(() => readScoSource('<p>', 'sco-catalogue')).toThrow(/no #sco-catalogue/);
    expect(decodeEntities('&#39;&#x2019;&nbsp;&bogus;')).toBe('\u0027\u2019\u00a0&bogus;');
    expect(textOf('<p>a <b>b</b>\n c</p>')).toBe('a b c');
  });
});

describe('the files of a package', () => {
  const { t } = translatorFor('en');
  const strings = shellStrings(t, { date: '2 December 2026', release: '0.2.0' });
  const modules: ShellModule[] = MODULES.map((m) => ({
    ...m,
    summary: `Summary of ${m.id}.`,
    version: 'v',
    reviewed: '2026-12-02',
    lessonWords: m.lessons.map(() => 300),
    objectives: ['Explain things clearly.'],
    topics: ['Foreign travel security'],
    related: [],
    lessons: m.lessons.map((l, i) => ({ title: l.title, html: `<h2 id="l${i + 1}">${l.title}</h2><p>Text</p>` })),
    readMore: [{ label: 'Glossary', url: 'https://a.example/glossary/' }],
  }));

  it('has a launch page with every step readable without the runtime, and the runtime’s data', () => {
    const html = scoHtml(scoData(), modules, strings, 'The Academy');
    expect(html).toContain('<html lang="en"');
    expect(html).toContain(`content="${PACKAGE_CSP.replace(/'/g, '&#39;')}"`);
    expect(html).toContain('Content of 2 December 2026, version 0.2.0');
    for (const step of ['alpha/1', 'alpha/2', 'alpha/3', 'alpha/quiz', 'beta/1', 'beta/2', 'beta/quiz', 'end'])
      expect(html).toContain(`data-step="${step}"`);
    expect(html).toContain('id="alpha-l1"');
    expect(html).toContain('Glossary (https://a.example/glossary/)');
    expect(html).toContain('<script src="sco.js"></script>');
    const json = /<script type="application\/json" id="sco-data">([^<]*)<\/script>/.exec(html)![1]!;
    expect(JSON.parse(json).modules).toHaveLength(2);
    expect(json).not.toContain('"correct"');
    expect(outsideReferences(new Map([['index.html', html]]))).toEqual([]);
  });

  it('escapes data for a script element', () => {
    expect(jsonForScript({ a: '</script><!--' })).toBe('{"a":"\\u003c/script>\\u003c!--"}');
  });

  it('has a SCORM 1.2 manifest with the mastery score of a module, and a SCORM 2004 4th edition one', () => {
    const m12 = manifestXml(ref, '1.2', { title: 'A & B', contentVersion: 'abc', masteryScore: 80 }, ['index.html']);
    expect(m12).toContain('<schemaversion>1.2</schemaversion>');
    expect(m12).toContain('adlcp:scormtype="sco"');
    expect(m12).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>');
    expect(m12).toContain('<title>A &amp; B</title>');
    const m2004 = manifestXml(ref, '2004', { title: 'A', contentVersion: 'abc' }, ['index.html', 'sco.js']);
    expect(m2004).toContain('<schemaversion>2004 4th Edition</schemaversion>');
    expect(m2004).toContain('adlcp:scormType="sco"');
    expect(m2004).toContain('xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"');
    expect(m2004).not.toContain('masteryscore');
    expect(m2004).toContain('<file href="sco.js"/>');
  });

  it('finds anything that would make a request or lead outside the package', () => {
    const files = new Map([
      [
        'index.html',
        '<a href="https://x.example/">x</a><img src="/logo.svg"><a href="#top">t</a><link href="sco.css"><iframe></iframe><form action="">',
      ],
      ['sco.css', 'a{background:url(https://x.example/a.png)} b{background:url("img.png")} @import "x.css";'],
      ['sco.js', 'fetch("/x"); navigator.sendBeacon("/y")'],
    ]);
    expect(outsideReferences(files)).toEqual([
      'index.html: href="https://x.example/"',
      'index.html: src="/logo.svg"',
      'index.html: action=""',
      'index.html: embeds another document',
      'sco.css: url(https://x.example/a.png)',
      'sco.css: @import',
      'sco.js: fetch(',
      'sco.js: sendBeacon',
    ]);
  });
});

describe('the sizes on /training/lms/', () => {
  it('are filled in after the packages are built, in the page’s language', () => {
    const records = [
      { url: '/a.zip', locale: 'en', bytes: 22_500 },
      { url: '/b.zip', locale: 'en', bytes: 1_250_000 },
    ] as PackageRecord[];
    const page = `<p>${sizePlaceholder('/a.zip', 'en')} ${sizePlaceholder('/b.zip', 'fr')} ${sizePlaceholder('total:en', 'en')} ${sizePlaceholder('/c.zip', 'en')}</p>`;
    const out = fillPackageSizes(page, records);
    expect(out).toContain('>23 kB</span>');
    expect(out).toMatch(/>1,3\s?Mo<\/span>/u);
    expect(out).toContain('>1.3 MB</span>');
    expect(out).toContain('data-package-size="/c.zip" data-locale="en" data-pagefind-ignore>…</span>');
  });
});
