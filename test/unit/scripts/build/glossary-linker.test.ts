import { describe, expect, it } from 'vitest';
import {
  compileGlossary,
  decodeWithMap,
  linkGlossary,
  type GlossaryTermInput,
} from '#scripts/build/glossary-linker.ts';

const TERMS: GlossaryTermInput[] = [
  { id: 'dual-use', title: 'Dual use', aliases: ['dual-use items'] },
  { id: 'durc', title: 'Dual use research of concern', aliases: ['DURC'] },
  { id: 'due-diligence', title: 'Due diligence' },
  { id: 'export-control', title: 'Export control', aliases: ['export controls'] },
  { id: 'research-security', title: 'Research security', autolink: false },
  { id: 'r-and-d', title: 'R&D funding' },
  { id: 'open-science', title: 'Open science' },
];
const matcher = compileGlossary(TERMS);
const page = (prose: string, extra = '') =>
  `<!doctype html><html lang="en"><body><main id="main">${extra}<div class="prose">${prose}</div></main></body></html>`;
const link = (html: string) => linkGlossary(html, matcher);
const a = (id: string, text: string) => `<a href="/glossary/#${id}" class="glossary-term">${text}</a>`;

describe('compileGlossary', () => {
  it('skips terms with autolink: false and reports names claimed twice', () => {
    const m = compileGlossary([...TERMS, { id: 'other', title: 'due diligence' }]);
    expect(m.names.has('research security')).toBe(false);
    expect(m.names.get('due diligence')).toBe('due-diligence');
    expect(m.conflicts).toEqual([{ name: 'due diligence', kept: 'due-diligence', dropped: 'other' }]);
  });
  it('has nothing to match when there are no terms', () => {
    const m = compileGlossary([]);
    expect(m.pattern).toBeNull();
    expect(linkGlossary(page('<p>Due diligence</p>'), m)).toEqual({ html: page('<p>Due diligence</p>'), linked: [] });
  });
});

describe('linkGlossary', () => {
  it('links the first occurrence only', () => {
    const { html, linked } = link(page('<p>Due diligence first.</p><p>Then due diligence again.</p>'));
    expect(html).toBe(page(`<p>${a('due-diligence', 'Due diligence')} first.</p><p>Then due diligence again.</p>`));
    expect(linked).toEqual(['due-diligence']);
  });

  it('matches case-insensitively and keeps the source text as written', () => {
    expect(link(page('<p>EXPORT CONTROL matters.</p>')).html).toBe(
      page(`<p>${a('export-control', 'EXPORT CONTROL')} matters.</p>`),
    );
  });

  it('prefers the longest name at a position', () => {
    const { html, linked } = link(page('<p>Dual use research of concern is narrower than dual use.</p>'));
    expect(html).toBe(
      page(`<p>${a('durc', 'Dual use research of concern')} is narrower than ${a('dual-use', 'dual use')}.</p>`),
    );
    expect(linked).toEqual(['durc', 'dual-use']);
  });

  it('prefers a longer alias over the title ("export controls" over "export control")', () => {
    expect(link(page('<p>Export controls apply.</p>')).html).toBe(
      page(`<p>${a('export-control', 'Export controls')} apply.</p>`),
    );
  });

  it('does not link a shorter term inside a longer phrase already linked', () => {
    const { linked } = link(page('<p>DURC and dual use research of concern, then dual use.</p>'));
    expect(linked).toEqual(['durc', 'dual-use']);
  });

  it('matches whole words only', () => {
    expect(link(page('<p>Undue diligences; open sciences; reopen science.</p>')).linked).toEqual([]);
    expect(link(page('<p>pre-due diligence</p>')).linked).toEqual([]);
    expect(link(page('<p>(due diligence).</p>')).html).toBe(page(`<p>(${a('due-diligence', 'due diligence')}).</p>`));
  });

  it('matches across line breaks and non-breaking spaces', () => {
    expect(link(page('<p>due\n  diligence</p>')).html).toBe(page(`<p>${a('due-diligence', 'due\n  diligence')}</p>`));
    expect(link(page('<p>due&nbsp;diligence</p>')).html).toBe(
      page(`<p>${a('due-diligence', 'due&nbsp;diligence')}</p>`),
    );
  });

  it('preserves HTML entities, inside and around a match', () => {
    const { html } = link(page('<p>Tom &amp; Jerry&#39;s R&amp;D funding, &lt;b&gt; not a tag.</p>'));
    expect(html).toBe(page(`<p>Tom &amp; Jerry&#39;s ${a('r-and-d', 'R&amp;D funding')}, &lt;b&gt; not a tag.</p>`));
  });

  it('does not link inside links, headings, buttons or code', () => {
    const html = page(
      '<h2>Due diligence</h2><p><a href="/x/">due diligence</a> <code>due diligence</code> <button type="button">due diligence</button></p><p><strong>due diligence</strong></p>',
    );
    const out = link(html).html;
    expect(out).toBe(
      html.replace('<strong>due diligence</strong>', `<strong>${a('due-diligence', 'due diligence')}</strong>`),
    );
  });

  it('does not link inside elements marked data-no-glossary, nor in pre, summary, script or style', () => {
    const html = page(
      '<div data-no-glossary><p>due diligence</p></div><pre>due diligence</pre><details><summary>due diligence</summary></details><script>const x = "<p>due diligence</p>";</script><style>.due { }</style>',
    );
    expect(link(html)).toEqual({ html, linked: [] });
  });

  it('only links inside .prose within <main>', () => {
    const outside =
      '<html><body><header class="prose"><p>Due diligence</p></header><main><p>Due diligence</p></main></body></html>';
    expect(link(outside).linked).toEqual([]);
    const inside = link(page('<p>Due diligence</p>', '<p>Due diligence outside prose</p>'));
    expect(inside.html).toContain('<p>Due diligence outside prose</p>');
    expect(inside.linked).toEqual(['due-diligence']);
  });

  it('treats a term already linked by hand as linked', () => {
    const html = page('<p>See <a href="/glossary/#due-diligence">the entry</a>. Due diligence is…</p>');
    expect(link(html)).toEqual({ html, linked: [] });
  });

  it('copies tags, attributes with ">" inside quotes, comments and void elements unchanged', () => {
    const html = page(
      '<p title="a > b">x<br>Open<!-- due diligence --> science <img src="a.png" alt="due diligence"/></p><svg><path d="M0 0"/><text>due diligence</text></svg><p>due diligence</p>',
    );
    const { html: out, linked } = link(html);
    expect(linked).toEqual(['due-diligence']);
    expect(out).toBe(html.replace('<p>due diligence</p>', `<p>${a('due-diligence', 'due diligence')}</p>`));
  });

  it('closes elements left open by implied end tags without losing track', () => {
    const html = page('<ul><li>one<li>Due diligence</ul><p>open science');
    expect(link(html).linked).toEqual(['due-diligence', 'open-science']);
  });

  it('uses a custom address', () => {
    expect(linkGlossary(page('<p>DURC</p>'), matcher, { href: (id) => `/g/${id}/` }).html).toContain(
      '<a href="/g/durc/" class="glossary-term">DURC</a>',
    );
  });
});

describe('helpers', () => {
  it('decodes entities and maps decoded characters to source offsets', () => {
    const { text, map } = decodeWithMap('a&amp;b&#x41;&unknown;');
    expect(text).toBe('a&bA\ufffd');
    expect(map).toEqual([0, 1, 6, 7, 13, 22]);
  });
});

describe('findName (the fast path of the matcher)', () => {
  it('finds what the one big pattern finds: leftmost, longest name first, whole words, any white space', async () => {
    const { compileGlossary, findName } = await import('#scripts/build/glossary-linker.ts');
    const m = compileGlossary([
      { id: 'ds', title: 'Dual use' },
      { id: 'dsr', title: 'Dual-use research', aliases: ['DURC'] },
      { id: 'ri', title: 'Research integrity' },
      { id: 'ie', title: 'Intégrité scientifique' },
    ]);
    const texts = [
      'Some dual-use research and dual   use items.',
      'non-dual use; predual use; Dual\nUse!',
      'Research integrityx and research integrity.',
      'L’intégrité scientifique, INTÉGRITÉ  SCIENTIFIQUE.',
      'durc DURCs',
      // Word starts after marks, digits, underscores, emoji and non-Latin letters.
      '2dual use, _dual use, 😀dual use, 日dual use, é\u0301dual use and dual use.',
    ];
    for (const text of texts) {
      const viaPattern: [number, number][] = [];
      m.pattern!.lastIndex = 0;
      for (let r = m.pattern!.exec(text); r; r = m.pattern!.exec(text)) viaPattern.push([r.index, r[0].length]);
      const fast: [number, number][] = [];
      for (let r = findName(text, m, 0); r; r = findName(text, m, r.index + r.length)) fast.push([r.index, r.length]);
      expect(fast, text).toEqual(viaPattern);
      expect(fast.length, text).toBeGreaterThan(0);
    }
    expect(m.byFirst).toBeDefined();
  });

  it('starts looking inside a word only from its end, and uses the one pattern when a name starts with a sign', async () => {
    const { compileGlossary, findName } = await import('#scripts/build/glossary-linker.ts');
    const m = compileGlossary([{ id: 'ri', title: 'Research integrity' }]);
    // From inside "preresearch integrity", the next start is that of "research" further on.
    const text = 'preresearch integrity; research integrity';
    expect(findName(text, m, 3)).toEqual({ index: 23, length: 18 });
    const signed = compileGlossary([{ id: 'pct', title: '%share' }]);
    expect(signed.byFirst).toBeUndefined();
    expect(findName('a %share of it', signed, 0)).toEqual({ index: 2, length: 6 });
  });
});
