import { describe, expect, it } from 'vitest';
import { localizeLinks } from '#src/lib/i18n/localize-links.ts';

describe('localizeLinks', () => {
  it('points page links and form actions of a French page to French pages', () => {
    const html =
      '<a href="/areas/quantum/">Q</a> <a class="x" href="/glossary/#dual-use">d</a> <form action="/search/"></form> <a href="/">home</a>';
    expect(localizeLinks(html, 'fr')).toBe(
      '<a href="/fr/areas/quantum/">Q</a> <a class="x" href="/fr/glossary/#dual-use">d</a> <form action="/fr/search/"></form> <a href="/fr/">home</a>',
    );
  });

  it('leaves files, other sites, fragments, links already in French and links that name a language alone', () => {
    const html = [
      '<link rel="icon" href="/favicon.svg">',
      '<a href="/data/areas.json">data</a>',
      '<a href="https://example.org/x/">ext</a>',
      '<a href="#cite-x">[1]</a>',
      '<a href="/fr/areas/">fr</a>',
      '<a href="/areas/" hreflang="en" lang="en">English</a>',
      '<link rel="alternate" hreflang="en" href="https://example.org/areas/">',
      '<p>Text with href="/areas/" in it</p>',
    ].join('');
    expect(localizeLinks(html, 'fr')).toBe(html);
  });

  it('changes nothing on English pages', () => {
    const html = '<a href="/areas/">a</a>';
    expect(localizeLinks(html, 'en')).toBe(html);
  });
});
