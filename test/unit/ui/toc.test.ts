import { describe, expect, it } from 'vitest';
import { sectionsOf, slugify, splitAfterPageHeader } from '#src/ui/toc.ts';

describe('sectionsOf', () => {
  it('lists h2s in order, adding readable unique ids to those without one', () => {
    const html = '<h2>Why it matters</h2><p>x</p><h2 id="own">Own id</h2><h2>Why it matters</h2>';
    const { html: out, items } = sectionsOf(html);
    expect(items).toEqual([
      { id: 'why-it-matters', label: 'Why it matters' },
      { id: 'own', label: 'Own id' },
      { id: 'why-it-matters-2', label: 'Why it matters' },
    ]);
    expect(out).toContain('<h2 id="why-it-matters">Why it matters</h2>');
  });

  it('links a heading that opens a section to the section', () => {
    const { items } = sectionsOf(
      '<section id="researchers" class="x">\n  <h2 id="researchers-heading">Researchers</h2></section>',
    );
    expect(items).toEqual([{ id: 'researchers', label: 'Researchers' }]);
  });

  it('skips headings in a nav, visually hidden ones and those marked data-toc="skip"', () => {
    const html =
      '<nav><h2>Menu</h2></nav><h2 class="visually-hidden">Hidden</h2><h2 data-toc="skip">Skip</h2><h2>Kept</h2>';
    expect(sectionsOf(html).items.map((i) => i.label)).toEqual(['Kept']);
  });

  it('leaves headings inside islands untouched unless they have an id', () => {
    const html = '<astro-island uid="1"><h2>Inside</h2><h2 id="in">With id</h2></astro-island>';
    const { html: out, items } = sectionsOf(html);
    expect(items).toEqual([{ id: 'in', label: 'With id' }]);
    expect(out).toBe(html);
  });
});

describe('slugify and splitAfterPageHeader', () => {
  it('makes ASCII ids from accented text', () => {
    expect(slugify('Sécurité &amp; ouverture', new Set())).toBe('securite-ouverture');
  });

  it('splits after the page header, or keeps everything as body without one', () => {
    expect(splitAfterPageHeader('<header class="page-header"><h1>T</h1></header><p>b</p>')).toEqual({
      head: '<header class="page-header"><h1>T</h1></header>',
      body: '<p>b</p>',
    });
    expect(splitAfterPageHeader('<p>b</p>')).toEqual({ head: '', body: '<p>b</p>' });
  });

  it('closes a wrapper of the page header at the end of the head and opens it again, without its id', () => {
    const html = '<div class="case-page" id="w"><br><header class="page-header"><h1>T</h1></header><p>b</p></div>';
    expect(splitAfterPageHeader(html)).toEqual({
      head: '<div class="case-page" id="w"><br><header class="page-header"><h1>T</h1></header></div>',
      body: '<div class="case-page"><p>b</p></div>',
    });
  });
});

describe('the language of a section', () => {
  it('is marked when the heading or a part around it is in another language, and only then', () => {
    const html = [
      '<h2>Overview</h2>',
      '<div lang="en"><p>Text</p><h2>Legal basis</h2><img alt=""><br></div>',
      '<h2 lang="de">Grundsätze</h2>',
      '<h2>Next</h2>',
    ].join('');
    expect(sectionsOf(html).items).toEqual([
      { id: 'overview', label: 'Overview' },
      { id: 'legal-basis', label: 'Legal basis', lang: 'en' },
      { id: 'grundsatze', label: 'Grundsätze', lang: 'de' },
      { id: 'next', label: 'Next' },
    ]);
  });

  it('is that of the innermost part around the heading, and ends with that part', () => {
    const html = [
      '<section lang="en"><div><div lang="de"><div><h2>Innen</h2></div></div><h2>Outer</h2></div></section>',
      '<p>The attribute lang="en" written as text</p><h2>After</h2>',
      '<span lang="en"/><h2>Still after</h2>',
    ].join('');
    expect(sectionsOf(html).items).toEqual([
      { id: 'innen', label: 'Innen', lang: 'de' },
      { id: 'outer', label: 'Outer', lang: 'en' },
      { id: 'after', label: 'After' },
      { id: 'still-after', label: 'Still after' },
    ]);
  });
});
