/**
 * The self-assessment checklists without JavaScript: each instrument is a complete printable paper
 * form (every section and question with its answer boxes, marks, flags and weights) with the scoring
 * instructions, what each answer earns, the level bands and a worksheet, so it can be scored by hand.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { levelBands, markedScales } from '#src/features/checklists/form.ts';
import { scaleOf, type Instrument } from '#src/features/checklists/answers.ts';

const instruments = JSON.parse(readFileSync('dist/data/checklists.json', 'utf8')) as Instrument[];

test('the index lists every instrument without JavaScript', async ({ page }) => {
  await page.goto('/checklists/');
  for (const inst of instruments) await expect(page.getByRole('link', { name: inst.title, exact: true })).toBeVisible();
});

for (const inst of instruments) {
  test(`${inst.id}: the full printable form, with scoring instructions and levels`, async ({ page }) => {
    await page.goto(`/checklists/${inst.id}/`);
    const main = page.locator('main');
    await expect(page.getByRole('heading', { level: 1, name: inst.title })).toBeVisible();
    await expect(main.getByText('Your answers stay on this device. Nothing is sent anywhere.')).toBeVisible();
    await expect(main.getByText(inst.audience)).toBeVisible();
    for (const m of inst.modelledOn) await expect(main.getByText(m.label)).toBeVisible();
    await expect(main.getByText('To answer on screen and see your result, turn on JavaScript.')).toBeVisible();

    // Every section is an h2 and every item a group named by its question, with one box per answer.
    for (const section of inst.sections) {
      await expect(main.getByRole('heading', { level: 2, name: section.title, exact: true })).toBeVisible();
    }
    const items = inst.sections.flatMap((s) => s.items);
    const groups = main.getByRole('group').filter({ has: page.getByRole('radio') });
    await expect(groups).toHaveCount(items.length);
    // Every answer box is there, labelled and usable (ticked on screen, the form prints ticked).
    const radios = main.getByRole('radio');
    await expect(radios).toHaveCount(items.reduce((n, item) => n + scaleOf(inst, item).length, 0));
    await expect(main.getByRole('radio', { disabled: true })).toHaveCount(0);
    // One read of the whole form (a page of up to ~230 boxes), then the checks item by item.
    const texts = await groups.allInnerTexts();
    const boxes = await groups.evaluateAll((gs) =>
      gs.map((g) => [...g.querySelectorAll('label')].map((l) => l.textContent?.trim() ?? '')),
    );
    const marked = markedScales(inst);
    const title = (name: string) => `${name.charAt(0).toUpperCase()}${name.slice(1).replace(/-/g, ' ')}`;
    items.forEach((item, i) => {
      const text = texts[i]!;
      expect(text).toContain(item.question);
      expect(text).toContain(item.guidance);
      expect(text).toContain(`Weight ${item.weight}`);
      expect(boxes[i]).toEqual(scaleOf(inst, item).map((o) => o.label));
      const mark = marked.find((m) => m.name === item.scale);
      if (mark) expect(text).toContain(`${mark.mark} ${title(mark.name)} question`);
      else expect(text).not.toMatch(/^[⚑◆●■▲]/);
      if (item.flagLevel) expect(text).toContain(`${title(item.flagLevel)} flag if:`);
    });

    // The key explains every mark.
    const key = page.getByRole('note', { name: 'Key to the form' });
    for (const m of marked) await expect(key).toContainText(`${m.mark} ${title(m.name)} question`);

    // Results need JavaScript, and the page says how to score on paper instead.
    await expect(main.getByText('Your results are worked out in your browser when JavaScript is on.')).toBeVisible();
    await expect(main.getByRole('button', { name: 'Download CSV' })).toBeDisabled();
    const paper = main.getByRole('region', { name: 'How to score on paper' });
    await expect(paper.getByText(inst.scoringInstructions)).toBeVisible();
    const levels = paper.getByRole('table', { name: /^Result levels/ });
    await expect(levels.getByRole('row')).toHaveCount(inst.levels.length + 1);
    for (const band of levelBands(inst.levels)) {
      const row = levels
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: band.level.label, exact: true }) });
      await expect(row).toContainText(band.to === null ? `${band.from} and above` : `${band.from} to ${band.to}`);
      await expect(row).toContainText(band.level.description);
    }
    for (const rule of inst.rules) await expect(paper.getByText(rule.description).first()).toBeVisible();
    await expect(paper.getByRole('table', { name: 'Scoring worksheet: fill in by hand' }).getByRole('row')).toHaveCount(
      inst.sections.length + 2,
    );
    await expect(
      paper.getByRole('table', { name: marked.length > 0 ? 'Unmarked questions' : 'All questions' }),
    ).toBeVisible();

    // What to do for each answer of each question, so a reader scoring on paper has the actions too.
    await expect(paper.getByRole('heading', { name: 'What to do, by answer' })).toBeVisible();
    const actionText = await paper.locator('.paper-actions').allInnerTexts();
    const all = actionText.join('\n');
    for (const item of items) {
      for (const [value, action] of Object.entries(item.actions)) {
        const label = scaleOf(inst, item).find((o) => o.value === value)!.label;
        expect(all).toContain(action);
        expect(all).toContain(`${label}:`);
      }
    }
  });
}

test('printing the paper form keeps the questions and the scoring, and drops screen-only parts', async ({ page }) => {
  await page.goto('/checklists/pre-collaboration/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: 'How to score on paper' })).toBeVisible();
  await expect(page.getByText('Points:').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your results' })).toBeHidden();
  await expect(page.getByText('To answer on screen and see your result, turn on JavaScript.')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
});
