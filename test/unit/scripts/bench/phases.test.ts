import { describe, expect, it } from 'vitest';
import { PhaseClock, phasesIn, TreeCpu } from '#scripts/bench/phases.ts';

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
      { name: 'start-up', seconds: 1, peakMB: 50, cpuSeconds: 0 },
      { name: 'render', seconds: 3.5, peakMB: 900, cpuSeconds: 0 },
      { name: 'index', seconds: 0.5, peakMB: 300, cpuSeconds: 0 },
    ]);
  });
  it('gives each phase the CPU time used up to each of its samples, since the previous one', () => {
    const clock = new PhaseClock(0);
    clock.sample(50, 0.5);
    clock.enter('render', 1000);
    clock.sample(900, 2);
    clock.sample(700, 3.5);
    clock.enter('index', 4000);
    clock.sample(300, 5);
    clock.enter('render', 4500);
    clock.sample(300, 5.25);
    expect(clock.finish(5000).map((p) => [p.name, p.cpuSeconds])).toEqual([
      ['start-up', 0.5],
      ['render', 3.25],
      ['index', 1.5],
    ]);
  });
  it("adds up the CPU time of a tree's processes, ended ones included, a reused id as a new process", () => {
    const cpu = new TreeCpu();
    const sample = (text: string) => new Map(text.split(' ').map((p) => [p.split('=')[0]!, Number(p.split('=')[1])]));
    expect(cpu.update(sample('10:1=1 11:2=0.5'))).toBe(1.5);
    // 11 has ended (no longer sampled): its 0.5 s stay. 12 is new.
    expect(cpu.update(sample('10:1=2 12:3=4'))).toBe(6.5);
    // Id 11 again, started later: another process.
    expect(cpu.update(sample('10:1=2 11:9=0.25'))).toBe(6.75);
    expect(cpu.seconds).toBe(6.75);
  });
});
