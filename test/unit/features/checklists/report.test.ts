import { csvField, parseCsv } from '#src/lib/csv.ts';
import { describe, expect, it } from 'vitest';
import type { Answers } from '#src/features/checklists/answers.ts';
import { scoreInstrument } from '#src/features/checklists/scores.ts';
import { toCsv, toJson } from '#src/features/checklists/export.ts';
import { toMarkdown } from '#src/features/checklists/report.ts';
import { make, t } from './helpers.ts';

describe('reports', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line 1\nline 2', '"line 1\nline 2"'],
    ['cr\rhere', '"cr\rhere"'],
    ['', ''],
    [null, ''],
    [0.5, '0.5'],
  ] as [string | number | null, string][])('csvField(%j) → %j', (input, out) => {
    expect(csvField(input)).toBe(out);
  });

  const tricky = make('risk', {
    s: [
      { id: 'q1', question: 'Does it contain a comma, here?' },
      { id: 'q2', question: 'Is it "quoted"?', flagOn: ['no'], flagLevel: 'high' },
      { id: 'q3', question: 'Does it span\ntwo lines?' },
      { id: 'q4', question: 'Is it left unanswered?' },
    ],
  });
  const answers: Answers = { q1: 'partly', q2: 'no', q3: 'na' };
  const result = scoreInstrument(tricky, answers);

  it('CSV has a header and one row per item, and reads back unchanged (RFC 4180)', () => {
    const csv = toCsv(tricky, answers, result);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows).toEqual([
      ['section', 'item_id', 'question', 'answer', 'score', 'flag', 'action'],
      ['Section s', 'q1', 'Does it contain a comma, here?', 'Partly', '0.5', '', 'Do something about q1 (partly).'],
      ['Section s', 'q2', 'Is it "quoted"?', 'No', '0', 'high', 'Do something about q2 (no).'],
      ['Section s', 'q3', 'Does it span\ntwo lines?', 'Not applicable', '', '', ''],
      ['Section s', 'q4', 'Is it left unanswered?', '', '', '', ''],
    ]);
  });

  it.each([
    'Does it contain a comma, here?',
    'Is it "quoted"?',
    'Is it left unanswered?',
    'Answer: Partly',
    'Answer: No',
    'Answer: Not applicable',
    'Answer: Not answered',
  ])('Markdown contains %j', (text) => {
    expect(toMarkdown(tricky, answers, result, '2026-11-21', t)).toContain(text);
  });

  it('Markdown states the date, the level, the plan and that the form is not official', () => {
    const markdown = toMarkdown(tricky, answers, result, '2026-11-21', t);
    expect(markdown).toContain('2026-11-21');
    expect(markdown).toContain('**High risk**');
    expect(markdown).toContain('## Draft risk-mitigation plan');
    expect(markdown).toContain('not an official form');
    expect(markdown).toContain('Does it span two lines?');
    // The action for the answer given, not one action for every answer.
    expect(markdown).toContain('Do something about q1 (partly).');
    expect(markdown).toContain('Do something about q2 (no).');
    expect(markdown).not.toContain('Do something about q1 (no).');
    expect(markdown).toContain('Provisional');
  });

  it('Markdown and JSON give no level before half the questions are answered', () => {
    const few: Answers = { q1: 'yes' };
    const r = scoreInstrument(tricky, few);
    const markdown = toMarkdown(tricky, few, r, '2026-11-21', t);
    expect(markdown).toContain('Level: none yet (a level is given once at least 2 of the 4 questions are answered)');
    const data = JSON.parse(toJson(tricky, few, r, '2026-11-21', t));
    expect(data.result).toMatchObject({ level: null, levelWithheld: true, minAnswered: 2, provisional: true });
  });

  it('JSON round-trips with id, date, answers and level', () => {
    const data = JSON.parse(toJson(tricky, answers, result, new Date('2026-11-21T10:00:00Z'), t));
    expect(data.instrument.id).toBe('test-risk');
    expect(data.date).toBe('2026-11-21');
    expect(data.answers).toEqual(answers);
    expect(data.result.level.id).toBe('high');
    expect(data.result.actions.map((a: { itemId: string }) => a.itemId)).toEqual(['q2', 'q1']);
  });
});

// ---------------------------------------------------------------------------------------------
// Saved answers
// ---------------------------------------------------------------------------------------------
