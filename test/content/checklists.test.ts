import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml } from '#scripts/lib/content-files.ts';
import { describe, expect, it } from 'vitest';
import { ChecklistSchema } from '#src/schemas/checklist.ts';
import type { Answers, Instrument } from '#src/features/checklists/answers.ts';
import { scoreInstrument } from '#src/features/checklists/scores.ts';

describe('published instruments', () => {
  const dir = join(process.cwd(), 'content', 'checklists');
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
  const load = (file: string): Instrument => ({
    id: file.replace(/\.yaml$/, ''),
    ...ChecklistSchema().parse(parseYaml(readFileSync(join(dir, file), 'utf8'))),
  });
  const bestAnswers = (inst: Instrument, pick: 'best' | 'worst'): Answers =>
    Object.fromEntries(
      inst.sections.flatMap((s) =>
        s.items.map((item) => {
          const scale = (item.scale ? inst.scales[item.scale] : undefined) ?? inst.scale;
          const scored = scale.filter((o) => o.score !== null).sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
          return [item.id, (pick === 'best' ? scored[0] : scored.at(-1))!.value];
        }),
      ),
    );

  it('finds the instruments', () => expect(files.length).toBeGreaterThan(0));

  it.each(files)('%s: best answers give the best level and no action; worst answers the worst level', (file) => {
    const inst = load(file);
    const best = scoreInstrument(inst, bestAnswers(inst, 'best'));
    const worst = scoreInstrument(inst, bestAnswers(inst, 'worst'));
    const first = inst.levels[0]!;
    const last = inst.levels.at(-1)!;
    expect(best.actions).toEqual([]);
    expect(best.level).toEqual(inst.mode === 'risk' ? first : last);
    expect(worst.level).toEqual(inst.mode === 'risk' ? last : first);
    expect(best.completion).toBe(1);
  });

  it.each([
    // Canada: a partner supporting a foreign military or state security on sensitive research → high;
    // the same partner on non-sensitive research → medium.
    [{ 'a-dual-use': 'yes', 'b-military-security': 'yes' }, 'high'],
    [
      { 'a-listed-area': 'no', 'a-dual-use': 'no', 'a-military-interest': 'no', 'b-military-security': 'yes' },
      'medium',
    ],
    [{ 'a-listed-area': 'no', 'a-dual-use': 'no', 'b-military-security': 'no', 'b-restricted-list': 'no' }, 'low'],
  ] as [Answers, string][])('partnership-risk: %j → %s', (answers, level) => {
    // levelFound: the level these few answers give (the page shows it from half the questions on).
    expect(scoreInstrument(load('partnership-risk.yaml'), answers).levelFound?.id).toBe(level);
  });
});

// ---------------------------------------------------------------------------------------------
// Presentation helpers (checklist pages, island, printable form)
// ---------------------------------------------------------------------------------------------
