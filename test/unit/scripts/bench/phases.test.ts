import { describe, expect, it } from 'vitest';
import { PhaseClock, phasesIn } from '#scripts/bench/phases.ts';

describe('build phases', () => {
  it("reads our markers and Astro's own lines, colour codes stripped", () => {
    const log = [
      '[phase] content validation',
      '\u001b[2m14:45:52\u001b[22m \u001b[34m[content]\u001b[39m Syncing content',
      '14:45:54 [build] Building static entrypoints...',
      '\u001b[42m\u001b[30m generating static routes \u001b[39m\u001b[49m',
      '14:46:21 [academy] glossary: 4865 links in 842 pages',
      '14:46:28 [build] 2094 page(s) built in 37.57s',
      '[phase] Pagefind index',
    ].join('\n');
    expect(phasesIn(log)).toEqual([
      'content validation',
      'content loading (Astro content layer)',
      'bundling (Vite)',
      'rendering pages (Astro)',
      'Astro exit, next step start-up',
      'Pagefind index',
    ]);
  });
  it('times each phase until the next and keeps its memory peak', () => {
    const clock = new PhaseClock(0);
    clock.sample(50);
    clock.enter('render', 1000);
    clock.sample(900);
    clock.sample(700);
    clock.enter('index', 4000);
    clock.sample(300);
    clock.enter('render', 4500);
    expect(clock.finish(5000)).toEqual([
      { name: 'start-up', seconds: 1, peakMB: 50 },
      { name: 'render', seconds: 3.5, peakMB: 900 },
      { name: 'index', seconds: 0.5, peakMB: 300 },
    ]);
  });
});
