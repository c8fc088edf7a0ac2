import { csvField, parseCsv } from '#src/lib/csv.ts';
import { describe, expect, it } from 'vitest';
import type { Answers } from '#src/features/checklists/answers.ts';
import { scoreInstrument } from '#src/features/checklists/scores.ts';
import { exportFileName, toCsv, toJson } from '#src/features/checklists/export.ts';
import { translatorFor } from '#src/ui/i18n.ts';
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
    expect(markdown).toContain('completed on 21 November 2026');
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

describe('reports on a French page', () => {
  const fr = translatorFor('fr').t;
  const inst = make('risk', {
    s: [
      { id: 'q1', question: 'Le partenaire est-il connu ?' },
      { id: 'q2', question: 'Des biens à double usage sont-ils en jeu ?', flagOn: ['no'], flagLevel: 'high' },
      { id: 'q3', question: 'Un doctorant étranger participe-t-il ?' },
    ],
  });
  const answers: Answers = { q1: 'partly', q2: 'no', q3: 'na' };
  const result = scoreInstrument(inst, answers);

  it('Markdown is in French, dated the French way', () => {
    const markdown = toMarkdown(inst, answers, result, '2026-12-02', fr, { locale: 'fr' });
    expect(markdown).toContain('Autoévaluation remplie le 2 décembre 2026');
    expect(markdown).toContain('Ce n’est pas un formulaire officiel');
    expect(markdown).toContain('## Réponses');
    expect(markdown).not.toMatch(/\b(Answers|Answer:|Result|completed on|not an official form)\b/);
  });

  it('CSV headings and flags are French, ids stay keys, and the scores are those of the English CSV', () => {
    const french = parseCsv(toCsv(inst, answers, result, fr));
    const english = parseCsv(toCsv(inst, answers, result, t));
    expect(french[0]).toEqual(['section', 'item_id', 'question', 'réponse', 'note', 'signal', 'action']);
    expect(french[2]?.[5]).toBe('Signal élevé');
    expect(french.slice(1).map((r) => [r[1], r[4]])).toEqual(english.slice(1).map((r) => [r[1], r[4]]));
  });

  it('JSON keeps every id, key and score; only the words change', () => {
    const a = JSON.parse(toJson(inst, answers, result, '2026-12-02', fr));
    const b = JSON.parse(toJson(inst, answers, result, '2026-12-02', t));
    const words = (x: { result: { forced: { description: string }[] } }) => {
      for (const f of x.result.forced) f.description = '';
      return x;
    };
    expect(a.result.forced.length).toBeGreaterThan(0);
    expect(a.result.forced[0].description).not.toBe(b.result.forced[0].description);
    expect(words(a)).toEqual(words(b));
  });

  it('names the files in French', () => {
    expect(exportFileName('pre-collaboration', '2026-12-02', 'md', fr)).toBe(
      'pre-collaboration-autoevaluation-2026-12-02.md',
    );
    expect(exportFileName('pre-collaboration', '2026-12-02', 'md', t)).toBe(
      'pre-collaboration-self-assessment-2026-12-02.md',
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Saved answers
// ---------------------------------------------------------------------------------------------
