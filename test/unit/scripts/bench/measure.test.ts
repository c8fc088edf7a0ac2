import { describe, expect, it } from 'vitest';
import {
  medianBuild,
  BUDGETS,
  checkBudgets,
  median,
  pageJs,
  perPageRatios,
  pageTypeOf,
  routeOfPageFile,
  type SizeRun,
} from '#scripts/bench/measure.ts';

describe('page types', () => {
  it('turns page files into route patterns, leaving endpoints out', () => {
    expect(
      [
        'index.astro',
        'about.astro',
        'jurisdictions/[id].astro',
        'training/[module]/index.astro',
        'data/[collection].json.ts',
        '404.astro',
        '_partial.astro',
      ].map(routeOfPageFile),
    ).toEqual(['/', '/about/', '/jurisdictions/[id]/', '/training/[module]/', undefined, '/404/', undefined]);
  });
  it('matches built pages to routes, static segments first', () => {
    const routes = [
      '/',
      '/areas/',
      '/areas/[id]/',
      '/areas/explorer/',
      '/training/paths/[path]/',
      '/training/[module]/',
      '/docs/[...slug]/',
      '/404/',
    ];
    expect(pageTypeOf('/', routes)).toBe('/');
    expect(pageTypeOf('/areas/quantum/', routes)).toBe('/areas/[id]/');
    expect(pageTypeOf('/areas/explorer/', routes)).toBe('/areas/explorer/');
    expect(pageTypeOf('/training/paths/researcher/', routes)).toBe('/training/paths/[path]/');
    expect(pageTypeOf('/docs/a/b/c/', routes)).toBe('/docs/[...slug]/');
    expect(pageTypeOf('/404.html', routes)).toBe('/404/');
    expect(pageTypeOf('/nowhere/at/all/', routes)).toBe('(other)');
  });
  it('takes medians', () => {
    expect([median([]), median([3, 1, 2]), median([4, 1, 3, 2])]).toEqual([0, 2, 2.5]);
  });
});

describe('start-up JavaScript of a page', () => {
  const files: Record<string, string> = {
    '/_astro/header.js': 'import{a}from"./shared.js";const l=()=>import("./search-ui.js");',
    '/_astro/shared.js': 'export const a=1;',
    '/_astro/Island.js': 'import{j}from"./jsx.js";import"./shared.js";',
    '/_astro/jsx.js': 'export const j=1;',
    '/_astro/client.js': 'import"/_astro/react.js";',
    '/_astro/react.js': 'export default 1;',
  };
  const read = (p: string) => (files[p] === undefined ? undefined : new TextEncoder().encode(files[p]));
  it('follows static imports from scripts and islands, not dynamic ones', () => {
    const html =
      '<html><head><script type="module" src="/_astro/header.js"></script></head><body><astro-island component-url="/_astro/Island.js" renderer-url="/_astro/client.js"></astro-island><script>(()=>{var x=1})()</script><script type="application/json">{"a":1}</script></body></html>';
    const js = pageJs(html, '/a/', read, new Map());
    expect(js.files).toEqual([
      '/_astro/Island.js',
      '/_astro/client.js',
      '/_astro/header.js',
      '/_astro/jsx.js',
      '/_astro/react.js',
      '/_astro/shared.js',
    ]);
    expect(js.islands).toBe(1);
    expect(js.inline).toBe('(()=>{var x=1})()');
    expect(js.inlineGzip).toBeGreaterThan(0);
  });
  it('counts nothing on a page without scripts', () => {
    expect(pageJs('<html><body><p>Hi</p></body></html>', '/', read, new Map())).toEqual({
      files: [],
      islands: 0,
      inlineGzip: 0,
      inline: '',
    });
  });
});

describe('the build that stands for several', () => {
  it('is the one with the median wall time, the faster middle one of an even number', () => {
    const b = (seconds: number, id: string) => ({ seconds, id });
    expect(medianBuild([b(25, 'a'), b(22, 'b'), b(31, 'c')]).id).toBe('a');
    expect(medianBuild([b(25, 'a'), b(22, 'b'), b(31, 'c'), b(24, 'd')]).id).toBe('d');
    expect(medianBuild([b(25, 'a')]).id).toBe('a');
    expect(() => medianBuild([])).toThrow();
  });
});

describe('budgets', () => {
  const run = (entries: number, buildSeconds: number, over: Partial<SizeRun> = {}): SizeRun => ({
    entries,
    pages: entries * 2,
    buildSeconds,
    maxPageGzip: 50_000,
    maxPage: '/sources/',
    peakMemoryMB: 1200,
    medianHtmlGzip: 6000,
    shellJsGzip: 1300,
    types: [
      {
        type: '/',
        pages: 1,
        islands: 0,
        htmlGzipMedian: 3000,
        htmlGzipMax: 3000,
        jsGzipMax: 1300,
        jsBrotliMax: 1100,
        extraFiles: [],
      },
      {
        type: '/compare/',
        pages: 1,
        islands: 1,
        htmlGzipMedian: 9000,
        htmlGzipMax: 9000,
        jsGzipMax: 60_000,
        jsBrotliMax: 50_000,
        extraFiles: ['/_astro/c.js'],
      },
    ],
    ...over,
  });
  it('passes a healthy pair of runs', () => {
    const results = checkBudgets([run(5000, 100), run(1000, 20)]);
    expect(results.filter((r) => !r.pass)).toEqual([]);
    expect(results.map((r) => r.name)).toContain('build time 5000 ÷ 1000 entries');
  });
  it('fails each broken budget, naming it', () => {
    const bad = run(5000, 200, {
      peakMemoryMB: 3000,
      medianHtmlGzip: 9000,
      maxPageGzip: 200_000,
      types: [
        {
          type: '/',
          pages: 1,
          islands: 0,
          htmlGzipMedian: 3000,
          htmlGzipMax: 3000,
          jsGzipMax: 9000,
          jsBrotliMax: 8000,
          extraFiles: ['/_astro/x.js'],
        },
        {
          type: '/compare/',
          pages: 1,
          islands: 1,
          htmlGzipMedian: 9000,
          htmlGzipMax: 9000,
          jsGzipMax: 90_000,
          jsBrotliMax: 80_000,
          extraFiles: [],
        },
      ],
    });
    const failed = checkBudgets([run(1000, 31), bad])
      .filter((r) => !r.pass)
      .map((r) => r.name);
    expect(failed).toEqual([
      'build + index, 1000 entries',
      'build + index per 1,000 pages, 1000 entries',
      'peak memory, 5000 entries',
      'build time 5000 ÷ 1000 entries',
      'median page HTML, 5000 entries',
      'largest page, 5000 entries',
      'JS on / (no island)',
      'JS on /compare/ (islands)',
    ]);
    expect(BUDGETS.islandJsGzip).toBe(70 * 1024);
  });

  it('compares the per-page cost with the reference build pair by pair, when the run has one', () => {
    const reference = { label: 'Reference', pages: 1000, builds: [20, 30] };
    // Pair by pair: 10 s for 2,000 pages against 20 s for 1,000, then 18 s against 30 s.
    expect(perPageRatios({ builds: [10, 18], pages: 2000 }, reference)).toEqual([0.25, 0.3]);
    const vs = (small: SizeRun) => checkBudgets([small]).find((r) => r.name.includes("Reference's"));
    expect(vs(run(1000, 20))).toBeUndefined();
    const fast = vs(run(1000, 18, { builds: [10, 18], reference }));
    expect(fast).toMatchObject({ limit: '≤ 0.5×', pass: true });
    expect(fast?.actual).toBe('0.28× (pairs: 0.25, 0.30)');
    // The machine slowed down between the pairs: each pair still compares like with like.
    const slow = vs(run(1000, 40, { builds: [24, 40], reference }));
    expect(slow).toMatchObject({ pass: false, actual: '0.63× (pairs: 0.60, 0.67)' });
  });
});
