import { describe, expect, it } from 'vitest';
import {
  attributesOf,
  decodeEntities,
  headOf,
  idsOf,
  linksOf,
  scanTags,
  scriptsOf,
  staticImportsOf,
} from '#scripts/lib/html-scan.ts';

describe('HTML scanning', () => {
  const html = `<!doctype html><html lang="fr"><head><title>A &amp; B</title><meta name="description" content="Desc &quot;x&quot;">
    <link rel="canonical" href="https://ex.org/a/"><meta http-equiv="content-security-policy" content="${"script-src 'self'"}">
    <script type="module" src="/_astro/a.js"></script><script>var x = '<a href="/nope/">';</script><script type="application/json" src="/x.json"></script></head>
    <body><!-- <a href="/commented/"> --><a href='/b/#frag' id=top>b</a><img srcset="/i1.png 1x, /i2.png 2x" alt="">
    <astro-island uid="1" component-url="/_astro/C.js" renderer-url="/_astro/client.js"></astro-island><a name="legacy"></a><br/></body></html>`;
  const tags = scanTags(html);
  it('reads start tags and decodes attributes, skipping comments and script bodies', () => {
    expect(tags.find((t) => t.name === 'meta' && t.attrs.name === 'description')?.attrs.content).toBe('Desc "x"');
    expect(linksOf(tags).map((l) => l.url)).toEqual([
      '/_astro/a.js',
      '/x.json',
      '/b/#frag',
      '/i1.png',
      '/i2.png',
      '/_astro/C.js',
      '/_astro/client.js',
    ]);
    expect([...idsOf(tags)]).toEqual(['top', 'legacy']);
  });
  it('reads the head', () => {
    expect(headOf(html, tags)).toEqual({
      title: 'A & B',
      description: 'Desc "x"',
      canonical: 'https://ex.org/a/',
      lang: 'fr',
      csp: "script-src 'self'",
    });
  });
  it('lists the scripts a page loads', () => {
    expect(scriptsOf(html, tags)).toEqual({
      external: ['/_astro/a.js'],
      islands: ['/_astro/C.js', '/_astro/client.js'],
      islandCount: 1,
      inlineBytes: 28,
    });
  });
  it('finds static imports only', () => {
    const js = 'import{a as b}from"./x.js";import"./y.js";export{c}from"./z.js";const l=()=>import("./lazy.js");';
    expect(staticImportsOf(js)).toEqual(['./x.js', './y.js', './z.js']);
  });
  it('decodes numeric references', () => expect(decodeEntities('&#39;&#x41;&bogus;')).toBe("'A&bogus;"));
  it('reads attributes in their three quoting styles and bare, the first of a repeated name', () => {
    const attrs = attributesOf('<div class="prose x" id=\'a\' data-x=1 data-no-glossary class="y">');
    expect(Object.fromEntries(attrs)).toEqual({ class: 'prose x', id: 'a', 'data-x': '1', 'data-no-glossary': '' });
  });
});
