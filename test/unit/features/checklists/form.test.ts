import { describe, expect, it } from 'vitest';
import type { Answers } from '#src/features/checklists/answers.ts';
import { scoreInstrument } from '#src/features/checklists/scores.ts';
import { toMarkdown } from '#src/features/checklists/report.ts';
import { absoluteHref } from '#src/features/checklists/report.ts';
import { exportFileName } from '#src/features/checklists/export.ts';
import {
  actionsByAnswer,
  flagAnswerLabels,
  lowestAction,
  formatShare,
  levelBands,
  linkedPageIds,
  markedScales,
  markOf,
  scaleTitle,
} from '#src/features/checklists/form.ts';
import { levelTone } from '#src/features/checklists/scores.ts';
import { setAnswer } from '#src/features/checklists/answers.ts';
import { LEVELS, make, simple, t, type Mode } from './helpers.ts';

describe('presentation helpers', () => {
  const EXPOSURE = [
    { value: 'yes', label: 'Yes', score: 0 },
    { value: 'unsure', label: 'Not sure', score: 0.25 },
    { value: 'no', label: 'No', score: 1 },
    { value: 'na', label: 'Not applicable', score: null },
  ];
  const CHECK = [
    { value: 'yes', label: 'Yes', score: 1 },
    { value: 'no', label: 'No', score: 0 },
  ];
  const marked = make(
    'risk',
    {
      a: [{ id: 'a1' }, { id: 'a2', scale: 'exposure', flagOn: ['yes', 'unsure'], flagLevel: 'medium' }],
      b: [
        { id: 'b1', scale: 'check' },
        { id: 'b2', scale: 'exposure' },
      ],
    },
    { scales: { exposure: EXPOSURE, check: CHECK, unused: CHECK } },
  );

  it('markedScales lists the named scales items use, in order of first use, each with its own mark', () => {
    const m = markedScales(marked);
    expect(m.map((s) => [s.name, s.mark, s.items])).toEqual([
      ['exposure', '⚑', 2],
      ['check', '◆', 1],
    ]);
    expect(m[0]!.options.map((o) => o.label)).toEqual(['Yes', 'Not sure', 'No', 'Not applicable']);
    expect(markedScales(simple('risk'))).toEqual([]);
  });

  it('markOf gives an item its scale mark, and none on the default scale', () => {
    const m = markedScales(marked);
    const [a1, a2] = marked.sections[0]!.items;
    expect(markOf(m, a1!)).toBeNull();
    expect(markOf(m, a2!)?.mark).toBe('⚑');
  });

  it.each([
    ['exposure', 'Exposure'],
    ['due-diligence', 'Due diligence'],
    ['x', 'X'],
  ])('scaleTitle(%j) → %j', (name, title) => expect(scaleTitle(name)).toBe(title));

  it.each([
    [1, '1'],
    [0, '0'],
    [0.5, '½'],
    [0.25, '¼'],
    [0.75, '¾'],
    [1 / 3, '⅓'],
    [0.6, '0.6'],
    [0.123, '0.12'],
    [null, null],
  ] as [number | null, string | null][])('formatShare(%j) → %j', (share, text) =>
    expect(formatShare(share)).toBe(text),
  );

  it('levelBands gives whole-number ranges with an open top band', () => {
    const bands = levelBands(LEVELS.maturity);
    expect(bands.map((b) => [b.level.id, b.from, b.to])).toEqual([
      ['initial', 0, 29],
      ['developing', 30, 54],
      ['established', 55, 79],
      ['leading', 80, null],
    ]);
    const odd = levelBands([
      { id: 'a', label: 'A', min: 0, description: 'Band a of two.' },
      { id: 'b', label: 'B', min: 14.5, description: 'Band b of two.' },
    ]);
    expect(odd.map((b) => [b.from, b.to])).toEqual([
      [0, 14],
      [15, null],
    ]);
  });

  it('levelTone: best level good, worst bad, in either direction', () => {
    const tones = (mode: Mode) => {
      const inst = simple(mode);
      return inst.levels.map((l) => levelTone(inst, l));
    };
    expect(tones('risk')).toEqual(['good', 'warn', 'bad']);
    expect(tones('maturity')).toEqual(['bad', 'warn', 'good', 'good']);
    expect(tones('reflection')).toEqual(['bad', 'warn', 'good']);
  });

  it("flagAnswerLabels names the answers that raise a flag, on the item's own scale", () => {
    const [a1, a2] = marked.sections[0]!.items;
    expect(flagAnswerLabels(marked, a2!)).toEqual(['Yes', 'Not sure']);
    expect(flagAnswerLabels(marked, a1!)).toEqual([]);
  });

  it('setAnswer returns a new object and removes with null', () => {
    const before: Answers = { a1: 'yes' };
    const after = setAnswer(before, 'a2', 'no');
    expect(after).toEqual({ a1: 'yes', a2: 'no' });
    expect(before).toEqual({ a1: 'yes' });
    expect(setAnswer(after, 'a1', null)).toEqual({ a2: 'no' });
  });

  it('exportFileName uses the id and the day', () => {
    expect(exportFileName('pre-collaboration', '2026-11-21', 'csv')).toBe(
      'pre-collaboration-self-assessment-2026-11-21.csv',
    );
    expect(exportFileName('x', new Date('2026-01-02T10:00:00Z'), 'md')).toBe('x-self-assessment-2026-01-02.md');
  });

  it('linkedPageIds collects page ids under a prefix, once each, in order', () => {
    const inst = make('risk', { s: [{ id: 'q1' }, { id: 'q2' }] });
    expect(linkedPageIds(inst, '/practices/')).toEqual(['risk-mitigation']);
    expect(linkedPageIds(inst, '/values/')).toEqual([]);
  });

  it.each([
    ['/practices/x/', 'https://example.org/', 'https://example.org/practices/x/'],
    ['/practices/x/', undefined, '/practices/x/'],
    ['https://gov.example/a', 'https://example.org/', 'https://gov.example/a'],
    ['//evil.example/', 'https://example.org/', '//evil.example/'],
  ] as [string, string | undefined, string][])('absoluteHref(%j, %j) → %j', (href, base, out) =>
    expect(absoluteHref(href, base)).toBe(out),
  );

  it('Markdown links become absolute with a baseUrl', () => {
    const inst = make('risk', { s: [{ id: 'q1' }] });
    const answers: Answers = { q1: 'no' };
    const md = toMarkdown(inst, answers, scoreInstrument(inst, answers), '2026-11-21', t, {
      baseUrl: 'https://example.org/',
    });
    expect(md).toContain('(https://example.org/practices/risk-mitigation/#q1)');
  });
});

describe('actions by answer on the paper form', () => {
  const inst = make(
    'risk',
    {
      s: [{ id: 'plain' }, { id: 'flagged', flagOn: ['na'], flagLevel: 'low' }, { id: 'exposed', scale: 'exposure' }],
    },
    {
      scales: {
        exposure: [
          { value: 'yes', label: 'Yes', score: 0 },
          { value: 'unsure', label: 'Not sure', score: 0.25 },
          { value: 'no', label: 'No', score: 1 },
        ],
      },
    },
  );
  const item = (id: string) => inst.sections[0]!.items.find((i) => i.id === id)!;

  it('lists the answers that have an action, in scale order, with their labels', () => {
    expect(actionsByAnswer(inst, item('plain'))).toEqual([
      { value: 'partly', label: 'Partly', action: 'Do something about plain (partly).' },
      { value: 'no', label: 'No', action: 'Do something about plain (no).' },
    ]);
    expect(actionsByAnswer(inst, item('flagged')).map((a) => a.value)).toEqual(['partly', 'no', 'na']);
  });

  it('keeps the action for the lowest-scoring answer as the single compatible action', () => {
    expect(lowestAction(inst, item('plain'))).toBe('Do something about plain (no).');
    expect(lowestAction(inst, item('exposed'))).toBe('Do something about exposed (yes).');
    expect(lowestAction(inst, { scale: undefined, actions: {} })).toBeNull();
    // Only a "not applicable" answer has an action: that one.
    expect(lowestAction(inst, { scale: undefined, actions: { na: 'Check it.' } })).toBe('Check it.');
  });
});
