/**
 * The self-assessment checklists with JavaScript: every instrument can be completed and gives the
 * level the scoring engine computes; answers are saved on the device (reload, other tabs) and can be
 * cleared; Markdown, CSV and JSON exports are made in the browser; printing shows the report.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures.ts';
import { scoreInstrument } from '#src/features/checklists/scores.ts';
import { scaleOf, type Answers, type Instrument } from '#src/features/checklists/answers.ts';

const instruments = JSON.parse(readFileSync('dist/data/checklists.json', 'utf8')) as Instrument[];
const ids = instruments.map((i) => i.id).sort();

/** Opens an instrument and waits until its script runs (answers are then saved and scored). */
async function openReady(page: Page, id: string) {
  await page.goto(`/checklists/${id}/`);
  await expect(page.locator('.cl[data-ready]')).toHaveCount(1);
}

/** Every question (fieldset with radios), in document order. */
const questions = (page: Page) =>
  page
    .locator('main')
    .getByRole('group')
    .filter({ has: page.getByRole('radio') });

/** The answers the tests give: option `i mod n` of item i, a fixed pattern that exercises every scale. */
function pattern(inst: Instrument): Answers {
  const answers: Answers = {};
  inst.sections
    .flatMap((s) => s.items)
    .forEach((item, i) => {
      const scale = scaleOf(inst, item);
      answers[item.id] = scale[i % scale.length]!.value;
    });
  return answers;
}

test('the index lists the seven instruments with their details', async ({ page }) => {
  await page.goto('/checklists/');
  await expect(page.getByRole('heading', { level: 1, name: 'Self-assessment checklists' })).toBeVisible();
  await expect(page.getByText('Your answers stay on this device. Nothing is sent anywhere.')).toBeVisible();
  const cards = page.locator('main article');
  await expect(cards).toHaveCount(7);
  for (const inst of instruments) {
    const card = cards.filter({ has: page.getByRole('link', { name: inst.title, exact: true }) });
    const items = inst.sections.reduce((n, s) => n + s.items.length, 0);
    await expect(card.getByText(`${items} questions in ${inst.sections.length} sections`)).toBeVisible();
    await expect(card.getByText(inst.modelledOn[0]!.label)).toBeVisible();
  }
});

for (const id of ids) {
  test(`${id}: answering every question gives a result with the engine's level`, async ({ page }) => {
    test.setTimeout(120_000); // up to 46 questions answered one by one
    const inst = instruments.find((i) => i.id === id)!;
    const answers = pattern(inst);
    const expected = scoreInstrument(inst, answers);
    await openReady(page, id);
    const items = inst.sections.flatMap((s) => s.items);
    const groups = questions(page);
    await expect(groups).toHaveCount(items.length);
    for (const [i, item] of items.entries()) {
      const label = scaleOf(inst, item).find((o) => o.value === answers[item.id])!.label;
      await groups.nth(i).getByRole('radio', { name: label, exact: true }).check();
    }
    await expect(page.getByText(`${items.length} of ${items.length} answered`).first()).toBeVisible();
    const results = page.getByRole('region', { name: 'Your results' });
    await expect(results.getByText('Overall level:')).toBeVisible();
    await expect(results.locator('.cl-level-label')).toHaveText(expected.level!.label);
    await expect(results.getByText(expected.level!.description)).toBeVisible();
    await expect(results.getByText(`All ${items.length} questions answered.`)).toBeVisible();
    await expect(results.getByRole('table', { name: 'Score by section' }).getByRole('row')).toHaveCount(
      inst.sections.length + 1,
    );
    await expect(results.getByRole('heading', { name: `Red flags raised (${expected.flags.length})` })).toBeVisible();
    if (expected.actions.length > 0) {
      await expect(results.locator('.cl-actions > li')).toHaveCount(expected.actions.length);
      await expect(results.locator('.cl-actions > li').first()).toContainText(expected.actions[0]!.action);
    }
    // The polite status region reports the save with progress and level.
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toHaveText(
      `Saved. ${items.length} of ${items.length} answered. Level: ${expected.level!.label}.`,
    );
  });
}

for (const id of ['pre-collaboration', 'institutional-self-assessment']) {
  test(`${id}: Markdown, CSV and JSON downloads hold the questions and answers`, async ({ page }) => {
    const inst = instruments.find((i) => i.id === id)!;
    const items = inst.sections.flatMap((s) => s.items);
    await openReady(page, id);
    const groups = questions(page);
    // Answer the first three questions with their first option.
    for (let i = 0; i < 3; i++) await groups.nth(i).getByRole('radio').first().check();
    const labels = items.slice(0, 3).map((item) => scaleOf(inst, item)[0]!.label);

    const save = async (name: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
      return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
    };

    const md = await save('Download Markdown');
    expect(md.name).toMatch(new RegExp(`^${id}-self-assessment-\\d{4}-\\d{2}-\\d{2}\\.md$`));
    expect(md.text).toContain(`# ${inst.title.replace(/([\\|*_`[\]<>])/g, '\\$1')}`);
    expect(md.text).toContain('not an official form');
    expect(md.text).toContain(`Answered: 3 of ${items.length}`);
    expect(md.text).toContain(`Answer: ${labels[0]}`);
    expect(md.text).toContain('Answer: Not answered');
    expect(md.text).toContain(items[0]!.question.slice(0, 40));
    expect(md.text).toMatch(/\]\(http:\/\/127\.0\.0\.1:\d+\//); // site links made absolute

    const csv = await save('Download CSV');
    expect(csv.name.endsWith('.csv')).toBe(true);
    const lines = csv.text.replace(/^\ufeff/, '').split('\r\n');
    expect(lines[0]).toBe('section,item_id,question,answer,score,flag,action');
    expect(lines).toHaveLength(items.length + 2); // header, one row per item, final empty line
    expect(lines[1]).toContain(items[0]!.id);
    expect(lines[1]).toContain(items[0]!.question.slice(0, 40));
    expect(lines[1]).toContain(`,${labels[0]},`);
    expect(lines[items.length]).toContain(items.at(-1)!.id);

    const json = await save('Download JSON');
    const data = JSON.parse(json.text);
    expect(data.instrument.id).toBe(id);
    expect(Object.keys(data.answers)).toEqual(items.slice(0, 3).map((i) => i.id));
    expect(data.result.answered).toBe(3);
    await expect(page.getByRole('status').filter({ hasText: 'is ready' })).toContainText(json.name);
  });
}

test('on a French page the downloads are in French, with the ids, keys and scores of the English ones', async ({
  page,
}) => {
  const id = 'pre-collaboration';
  await page.goto(`/fr/checklists/${id}/`);
  await expect(page.locator('.cl[data-ready]')).toHaveCount(1);
  for (let i = 0; i < 3; i++) await questions(page).nth(i).getByRole('radio').first().check();
  const save = async (name: string) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
    return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
  };
  const md = await save('Télécharger en Markdown');
  expect(md.name).toMatch(new RegExp(`^${id}-autoevaluation-\\d{4}-\\d{2}-\\d{2}\\.md$`));
  expect(md.text).toMatch(/Autoévaluation remplie le \d{1,2} [a-zéû]+ \d{4}\./);
  expect(md.text).toContain('Ce n’est pas un formulaire officiel');
  expect(md.text).toContain('Réponse : ');
  expect(md.text).toMatch(/\]\(http:\/\/127\.0\.0\.1:\d+\/fr\//); // French site links, made absolute
  const csv = await save('Télécharger en CSV');
  expect(csv.text.replace(/^\ufeff/, '').split('\r\n')[0]).toBe('section,item_id,question,réponse,note,signal,action');
  const json = JSON.parse((await save('Télécharger en JSON')).text);
  const inst = instruments.find((i) => i.id === id)!;
  const answers = json.answers as Answers;
  expect(Object.keys(answers)).toHaveLength(3);
  expect(json.result.score).toBe(scoreInstrument(inst, answers).score);
  expect(json.result.level?.id ?? null).toBe(scoreInstrument(inst, answers).level?.id ?? null);
});

test('answers ticked before the script runs are kept, saved and scored', async ({ page }) => {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/_astro\/Checklist\.[\w-]+\.js$/, async (route) => {
    await gate;
    await route.continue();
  });
  await page.goto('/checklists/security-relevance/');
  const first = questions(page).first();
  // Usable before hydration: Tab from the form's start reaches a radio, and a tick sticks.
  await first.getByRole('radio').nth(1).check();
  await expect(page.locator('.cl[data-ready]')).toHaveCount(0);
  release();
  await expect(page.locator('.cl[data-ready]')).toHaveCount(1);
  await expect(first.getByRole('radio').nth(1)).toBeChecked();
  await expect(page.getByText('1 of 13 answered').first()).toBeVisible();
  const saved = await page.evaluate(() => localStorage.getItem('va:v1:checklist:security-relevance'));
  expect(Object.keys(JSON.parse(saved!).answers)).toHaveLength(1);
});

test('answers survive a reload and follow changes made in another tab', async ({ page, context }) => {
  await openReady(page, 'travel-and-conferences');
  const groups = questions(page);
  await groups.nth(0).getByRole('radio', { name: 'Yes', exact: true }).check();
  await groups.nth(1).getByRole('radio', { name: 'Partly', exact: true }).check();
  await groups.nth(2).getByRole('radio', { name: 'No', exact: true }).check();
  await expect(page.getByText('3 of 17 answered').first()).toBeVisible();

  await page.reload();
  const first = page.locator('main').getByRole('radio').first();
  await first.scrollIntoViewIfNeeded();
  await expect(groups.nth(0).getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
  await expect(groups.nth(1).getByRole('radio', { name: 'Partly', exact: true })).toBeChecked();
  await expect(groups.nth(2).getByRole('radio', { name: 'No', exact: true })).toBeChecked();
  await expect(groups.nth(3).getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(page.getByText('3 of 17 answered').first()).toBeVisible();

  const other = await context.newPage();
  await openReady(other, 'travel-and-conferences');
  await expect(other.getByText('3 of 17 answered').first()).toBeVisible();
  await questions(other).nth(3).getByRole('radio', { name: 'Yes', exact: true }).check();
  await expect(page.getByText('4 of 17 answered').first()).toBeVisible();
  await expect(groups.nth(3).getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
  await other.close();
});

test('clearing asks for confirmation, then removes every answer from the device', async ({ page }) => {
  await openReady(page, 'integrity-self-check');
  const groups = questions(page);
  for (let i = 0; i < 4; i++) await groups.nth(i).getByRole('radio').first().check();
  await expect(page.getByText('4 of 23 answered').first()).toBeVisible();

  await page.getByRole('button', { name: 'Clear my answers' }).click();
  const confirm = page.getByRole('group', { name: /Clear all 4 answers/ });
  await expect(confirm).toBeFocused();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('4 of 23 answered').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Clear my answers' })).toBeFocused();

  await page.getByRole('button', { name: 'Clear my answers' }).click();
  await page.getByRole('button', { name: 'Yes, clear my answers' }).click();
  await expect(page.getByText('0 of 23 answered').first()).toBeVisible();
  await expect(page.locator('main').getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'cleared' })).toHaveText('Your answers were cleared.');
  await expect(page.getByRole('heading', { name: 'Your results' })).toBeFocused();
  expect(await page.evaluate(() => localStorage.getItem('va:v1:checklist:integrity-self-check'))).toBeNull();

  await page.reload();
  await page.locator('main').getByRole('radio').first().scrollIntoViewIfNeeded();
  await expect(page.locator('main').getByRole('radio').first()).toBeEnabled();
  await expect(page.locator('main').getByRole('radio', { checked: true })).toHaveCount(0);
});

test('the form is usable with the keyboard alone', async ({ page }) => {
  await openReady(page, 'security-relevance');
  const first = questions(page).first();
  await first.getByRole('radio').first().focus();
  await page.keyboard.press('ArrowRight'); // moves to and selects the next option of the same question
  await expect(first.getByRole('radio').nth(1)).toBeChecked();
  await expect(page.getByText('1 of 13 answered').first()).toBeVisible();
  const clear = page.getByRole('button', { name: 'Clear my answers' });
  await clear.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Yes, clear my answers' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('0 of 13 answered').first()).toBeVisible();
});

test('print gives the report first, the questions only when asked, never the hand-scoring worksheet', async ({
  page,
}) => {
  const inst = instruments.find((i) => i.id === 'partnership-risk')!;
  await page.addInitScript(
    ([key, value]) => localStorage.setItem(key!, value!),
    ['va:v1:checklist:partnership-risk', JSON.stringify({ answers: pattern(inst), updatedAt: '2026-11-21T10:00:00Z' })],
  );
  await openReady(page, 'partnership-risk');
  const groups = questions(page);
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.getByRole('button', { name: 'Print the report / Save as PDF' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();
  await expect(page.locator('.cl-level-label')).toBeVisible();
  await expect(page.locator('.cl-actions > li').first()).toBeVisible();
  await expect(groups.first()).toBeHidden();
  await expect(page.getByRole('heading', { name: 'How to score on paper' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Download CSV' })).toBeHidden();

  // With "Also print the questions": the questions with their answers follow the report.
  await page.emulateMedia({ media: 'screen' });
  await page.getByLabel('Also print the questions with my answers, after the report').check();
  await page.emulateMedia({ media: 'print' });
  await expect(groups.first()).toBeVisible();
  await expect(groups.first().getByRole('radio', { checked: true })).toHaveCount(1);
  const top = async (selector: string) => (await page.locator(selector).first().boundingBox())!.y;
  expect(await top('.cl-results')).toBeLessThan(await top('.cl-section'));
  await expect(page.getByRole('heading', { name: 'How to score on paper' })).toBeHidden();
});

test('the result gives no level before half the questions are answered, and says so', async ({ page }) => {
  const inst = instruments.find((i) => i.id === 'pre-collaboration')!; // 20 questions: a level from 10 answers
  const items = inst.sections.flatMap((s) => s.items);
  // The safest answer of each question, so that no flag forces a level early.
  const safest = (i: number) =>
    scaleOf(inst, items[i]!).reduce((a, b) => ((b.score ?? -1) > (a.score ?? -1) ? b : a)).label;
  await openReady(page, inst.id);
  const groups = questions(page);
  const results = page.getByRole('region', { name: 'Your results' });
  for (let i = 0; i < 9; i++)
    await groups
      .nth(i)
      .getByRole('radio', { name: safest(i), exact: true })
      .check();
  await expect(results.locator('.cl-level-label')).toHaveText('not yet');
  await expect(results).toContainText('a level is given once at least 10 of the 20 questions are answered');
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toHaveText('Saved. 9 of 20 answered.');
  expect(await axeViolations(page)).toEqual([]);
  await groups
    .nth(9)
    .getByRole('radio', { name: safest(9), exact: true })
    .check();
  await expect(results.locator('.cl-level-label')).not.toHaveText('not yet');
  await expect(results).toContainText('Provisional: 10 of 20 questions are not answered yet.');
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toContainText('Level:');
});

test('a high flag shows the highest risk level at once, whatever else is unanswered', async ({ page }) => {
  const inst = instruments.find((i) => i.id === 'partnership-risk')!;
  const item = inst.sections.flatMap((s) => s.items).find((i) => i.flagLevel === 'high')!;
  const label = scaleOf(inst, item).find((o) => item.flagOn.includes(o.value))!.label;
  await openReady(page, inst.id);
  await page.getByRole('group', { name: item.question }).getByRole('radio', { name: label, exact: true }).check();
  await expect(page.getByRole('region', { name: 'Your results' }).locator('.cl-level-label')).toHaveText(
    inst.levels.at(-1)!.label,
  );
});

test('actions follow the answer: "partly" and "no" give different actions for the same question', async ({ page }) => {
  const inst = instruments.find((i) => i.id === 'institutional-self-assessment')!;
  const item = inst.sections[0]!.items[0]!;
  await openReady(page, inst.id);
  const first = questions(page).first();
  const results = page.getByRole('region', { name: 'Your results' });
  await first.getByRole('radio', { name: 'Not in place', exact: true }).check();
  await expect(results.locator('.cl-actions')).toContainText(item.actions['not-in-place']!);
  await first.getByRole('radio', { name: 'Being developed', exact: true }).check();
  await expect(results.locator('.cl-actions')).toContainText(item.actions.developing!);
  await expect(results.locator('.cl-actions')).not.toContainText(item.actions['not-in-place']!);
});

test('on a phone: section-by-section progress and a way to the results from anywhere', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openReady(page, 'institutional-self-assessment');
  const bar = page.getByRole('navigation', { name: 'Where you are in the checklist' });
  const groups = questions(page);
  await groups.nth(0).getByRole('radio').first().check();
  await expect(bar).toContainText('Section 1 of 10 · 1 of 46 answered');
  await page.locator('.cl-section').nth(2).locator('h2').scrollIntoViewIfNeeded();
  await page
    .locator('.cl-section')
    .nth(2)
    .locator('h2')
    .evaluate((h) => h.scrollIntoView({ block: 'start' }));
  await expect(bar).toContainText('Section 3 of 10');
  expect(await axeViolations(page)).toEqual([]);
  // The bar stays in the window while the questions scroll by.
  const box = (await bar.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(740 + 1);
  expect(box.y).toBeGreaterThan(740 - 150);
  await bar.getByRole('link', { name: 'See results' }).click();
  await expect(page).toHaveURL(/#cl-institutional-self-assessment-results$/);
  await expect(page.getByRole('heading', { name: 'Your results' })).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test('a marked (named-scale) question shows its mark and is scored on its own scale', async ({ page }) => {
  await openReady(page, 'pre-collaboration');
  await expect(page.getByRole('note', { name: 'Key to the form' })).toContainText('⚑ Exposure question');
  const marked = page.getByRole('group', { name: /Exposure question.*sanctions, export-control/ });
  await expect(marked).toContainText('⚑');
  await expect(marked.getByRole('radio', { name: 'Not sure', exact: true })).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing once the results, flags, actions and confirmation are shown (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    const inst = instruments.find((i) => i.id === 'funding-proposal-review')!;
    const answers = pattern(inst);
    await page.addInitScript(
      ([key, value]) => localStorage.setItem(key!, value!),
      ['va:v1:checklist:funding-proposal-review', JSON.stringify({ answers, updatedAt: '2026-11-21T10:00:00.000Z' })],
    );
    await openReady(page, 'funding-proposal-review');
    const expected = scoreInstrument(inst, answers);
    await expect(page.locator('.cl-level-label')).toHaveText(expected.level!.label);
    await page.getByRole('button', { name: 'Clear my answers' }).click();
    await expect(page.getByRole('button', { name: 'Yes, clear my answers' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('at 320 px wide nothing but the tables scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await openReady(page, 'institutional-self-assessment');
  const groups = questions(page);
  for (let i = 0; i < 5; i++) await groups.nth(i).getByRole('radio').last().check();
  await expect(page.locator('.cl-level-label')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
