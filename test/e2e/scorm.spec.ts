/**
 * SCORM packages in a real SCORM run-time: scorm-again as the LMS's API (scorm-lms.ts). A learner
 * takes a module, fails and then passes the quiz, leaves and comes back; the tests assert what the
 * LMS received. A damaged resume state starts cleanly without losing the LMS's record; a path runs
 * its modules in sequence; a package opened without an LMS says that nothing is recorded.
 * Right answers come from content/quizzes/*.yaml, never from the package.
 */
import { axeViolations, expect, test } from './fixtures.ts';
import type { FrameLocator, Page } from '@playwright/test';
import { readPath, readQuiz, type YamlQuestion } from './training-helpers.ts';
import { installLms, launch, lmsLog, lmsRecord, nameOf, seedRecord } from './scorm-lms.ts';

const MODULE = 'why-it-matters';
const pkg = (kind: 'module' | 'path', id: string, v: '1.2' | '2004') =>
  `/training/lms/en/academy-${kind}-${id}-${v === '1.2' ? 'scorm12' : 'scorm2004'}.zip`;
const sco = (page: Page) => page.frameLocator('#sco');

/** Where the package's page is: the LMS's iframe, or the page itself without an LMS. */
type Scope = Pick<FrameLocator, 'locator' | 'getByRole' | 'getByText'>;

/** Chooses options of a question (right ones, or one wrong one) by their labels. */
async function answer(frame: Scope, prefix: string, q: YamlQuestion, right: boolean) {
  const ids = right ? q.options.filter((o) => o.correct).map((o) => o.id) : [q.options.find((o) => !o.correct)!.id];
  for (const id of ids) await frame.locator(`label[for="${prefix}-${q.id}-${id}"]`).click();
}

async function takeQuiz(frame: Scope, moduleId: string, right: boolean) {
  const quiz = readQuiz(moduleId);
  for (const q of quiz.questions) await answer(frame, `quiz-${moduleId}`, q, right);
  await frame.getByRole('button', { name: 'Check answers' }).click();
  return quiz;
}

test.describe('a module package in SCORM 1.2', () => {
  const url = pkg('module', MODULE, '1.2');

  test('reports completion, pass/fail, score, time, bookmark and resume state', async ({ page }) => {
    await installLms(page, [url]);
    await launch(page, url, '1.2');
    const frame = sco(page);
    await expect(frame.locator('#sco-lms')).toHaveText(/Connected to your learning system/);
    await expect(frame.locator('#sco-progress')).toHaveText(/Lesson 1 of 4 · about \d+ minutes left/);
    expect((await lmsLog(page, url)).find(([k]) => k === 'cmi.core.lesson_status')?.[1]).toBe('incomplete');

    // A knowledge check of lesson 1, answered right, then on to lesson 2.
    const quiz = readQuiz(MODULE);
    const check = quiz.checks![0]!;
    const checkBox = frame.locator(`[data-check="${check.id}"]`);
    await expect(checkBox).toBeVisible();
    await answer(frame, `kc-${MODULE}`, check, true);
    await checkBox.getByRole('button', { name: 'Check answer' }).click();
    await expect(checkBox.getByText('Correct', { exact: false })).toBeVisible();
    await frame.getByRole('button', { name: 'Next' }).click();
    await expect(frame.locator('#sco-progress')).toHaveText(/Lesson 2 of 4/);
    let cmi = (await lmsRecord(page, url)) as { core: Record<string, string>; suspend_data: string };
    expect(cmi.core.lesson_location).toBe(`${MODULE}/2`);
    expect(cmi.core.lesson_status).toBe('incomplete');
    expect(JSON.parse(cmi.suspend_data)).toMatchObject({ f: 1, s: 1 });

    // Leave and come back: the LMS resumes at lesson 2, with the check answered.
    await page.reload();
    await expect(frame.locator('#sco-notice')).toHaveText(/Welcome back/);
    await expect(frame.locator('#sco-progress')).toHaveText(/Lesson 2 of 4/);
    await frame.getByRole('button', { name: /^Lesson 1:/ }).click();
    await expect(frame.locator(`[data-check="${check.id}"]`).getByText('Correct', { exact: false })).toBeVisible();

    // Fail the quiz: completed but failed.
    await frame.getByRole('button', { name: 'End-of-module quiz' }).click();
    await takeQuiz(frame, MODULE, false);
    await expect(frame.getByText(/Not passed yet: the pass mark is 80%/)).toBeVisible();
    cmi = (await lmsRecord(page, url)) as typeof cmi;
    expect(cmi.core.lesson_status).toBe('failed');
    expect(cmi.core.score).toEqual({ raw: '0', min: '0', max: '100' });

    // Try again and pass.
    await frame.getByRole('button', { name: 'Try again' }).click();
    await takeQuiz(frame, MODULE, true);
    await expect(frame.getByText(/^✓ Passed: the pass mark is 80%/)).toBeVisible();
    cmi = (await lmsRecord(page, url)) as typeof cmi;
    expect(cmi.core.lesson_status).toBe('passed');
    expect(cmi.core.score).toEqual({ raw: '100', min: '0', max: '100' });
    expect(cmi.core.lesson_location).toBe(`${MODULE}/quiz`);

    // The end of the session: session time in CMITimespan, and exit "" once passed.
    await page.reload();
    const log = await lmsLog(page, url);
    const times = log.filter(([k]) => k === 'cmi.core.session_time').map(([, v]) => v);
    expect(times.length).toBeGreaterThan(0);
    for (const t of times) expect(t).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    expect(log.filter(([k]) => k === 'cmi.core.exit').at(-1)?.[1]).toBe('');
    // Resumed on the quiz with its result; the record is still a pass.
    await expect(frame.locator('#sco-progress')).toHaveText(/End-of-module quiz/);
    await expect(frame.getByText(/^✓ Passed/)).toBeVisible();
    expect(((await lmsRecord(page, url)) as typeof cmi).core.lesson_status).toBe('passed');
  });
});

test.describe('a module package in SCORM 2004', () => {
  const url = pkg('module', MODULE, '2004');

  test('reports completion and success apart, scaled score and one interaction per answer', async ({ page }) => {
    await installLms(page, [url]);
    await launch(page, url, '2004');
    const frame = sco(page);
    await expect(frame.locator('#sco-lms')).toHaveText(/Connected/);
    await frame.getByRole('button', { name: 'End-of-module quiz' }).click();
    const quiz = await takeQuiz(frame, MODULE, false);
    type Cmi2004 = Record<string, string> & {
      score: Record<string, string>;
      interactions: Record<string, Record<string, unknown>>;
      objectives: Record<string, Record<string, unknown>>;
    };
    let cmi = (await lmsRecord(page, url)) as Cmi2004;
    expect(cmi.completion_status).toBe('completed');
    expect(cmi.success_status).toBe('failed');
    expect(cmi.score).toMatchObject({ scaled: '0', raw: '0', min: '0', max: '100' });
    expect(cmi.location).toBe(`${MODULE}/quiz`);

    await frame.getByRole('button', { name: 'Try again' }).click();
    await takeQuiz(frame, MODULE, true);
    cmi = (await lmsRecord(page, url)) as Cmi2004;
    expect(cmi.success_status).toBe('passed');
    expect(cmi.score).toMatchObject({ scaled: '1', raw: '100', min: '0', max: '100' });
    expect(cmi.objectives['0']).toMatchObject({ id: MODULE, success_status: 'passed', completion_status: 'completed' });

    // One interaction per question and attempt, with the learner's and the correct response.
    const interactions = Object.values(cmi.interactions);
    expect(interactions).toHaveLength(quiz.questions.length * 2);
    quiz.questions.forEach((q, i) => {
      const correct = q.options
        .filter((o) => o.correct)
        .map((o) => o.id)
        .sort();
      const wrong = q.options.find((o) => !o.correct)!.id;
      const type = q.type === 'true-false' ? 'true-false' : 'choice';
      for (const [n, response, result] of [
        [i, wrong, 'incorrect'],
        [quiz.questions.length + i, correct.join('[,]'), 'correct'],
      ] as const) {
        expect(interactions[n], `interaction ${n}`).toMatchObject({
          id: `${MODULE}.${q.id}`,
          type,
          learner_response: response,
          result,
          weighting: '1',
          correct_responses: { 0: { pattern: correct.join('[,]') } },
        });
        expect(String(interactions[n]!.timestamp)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/);
      }
    });

    await page.reload();
    const log = await lmsLog(page, url);
    for (const [, v] of log.filter(([k]) => k === 'cmi.session_time'))
      expect(v).toMatch(/^PT(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/);
    expect(log.filter(([k]) => k === 'cmi.exit').at(-1)?.[1]).toBe('normal');
    expect(((await lmsRecord(page, url)) as Cmi2004).suspend_data).toContain('"f":1');
  });

  test('a damaged resume state starts cleanly and keeps the recorded pass and score', async ({ page }) => {
    await installLms(page, [url]);
    await seedRecord(page, url, {
      entry: 'resume',
      completion_status: 'completed',
      success_status: 'passed',
      score: { scaled: '0.9', raw: '90', min: '0', max: '100' },
      location: `${MODULE}/3`,
      suspend_data: '{"f":1,"v":"not-this-version","s":2,"m":[]}',
    });
    await launch(page, url, '2004');
    const frame = sco(page);
    await expect(frame.locator('#sco-notice')).toHaveText(/could not be read/);
    await expect(frame.locator('#sco-progress')).toHaveText(/Lesson 1 of 4/);
    await frame.getByRole('button', { name: 'Next' }).click();
    await expect(frame.locator('#sco-progress')).toHaveText(/Lesson 2 of 4/);
    const cmi = (await lmsRecord(page, url)) as Record<string, unknown>;
    expect(cmi).toMatchObject({ completion_status: 'completed', success_status: 'passed', location: `${MODULE}/2` });
    expect(cmi.score).toMatchObject({ scaled: '0.9', raw: '90' });
    expect(String(cmi.suspend_data)).toMatch(/^\{"f":1,"v":"[0-9a-f]{8}","s":1,/);
    // And a worse attempt now does not lower the record.
    await frame.getByRole('button', { name: 'End-of-module quiz' }).click();
    await takeQuiz(frame, MODULE, false);
    const after = (await lmsRecord(page, url)) as Record<string, unknown>;
    expect(after).toMatchObject({ success_status: 'passed', score: { scaled: '0.9' } });
  });
});

test('a path package runs its modules in sequence and reports each module as an objective', async ({ page }) => {
  const path = readPath('senior-leader') as { modules: string[] };
  const url = pkg('path', 'senior-leader', '2004');
  await installLms(page, [url]);
  await launch(page, url, '2004');
  const frame = sco(page);
  const [first, second] = path.modules as [string, string];
  await expect(frame.locator('#sco-progress')).toHaveText(
    new RegExp(`^Module 1 of ${path.modules.length}: .* · Lesson 1 of 4`),
  );
  await frame.getByRole('button', { name: 'End-of-module quiz' }).first().click();
  await takeQuiz(frame, first, true);
  await frame.getByRole('button', { name: 'Next' }).click();
  await expect(frame.locator('#sco-progress')).toHaveText(
    new RegExp(`^Module 2 of ${path.modules.length}: .* · Lesson 1 of 4`),
  );
  const cmi = (await lmsRecord(page, url)) as Record<string, unknown> & { objectives: Record<string, unknown> };
  expect(cmi.location).toBe(`${second}/1`);
  expect(cmi.objectives['0']).toMatchObject({ id: first, success_status: 'passed' });
  expect(cmi.completion_status).toBe('incomplete');
  expect(cmi.success_status).toBe('unknown');
  // The path's score counts the modules not taken yet as 0.
  expect(Number((cmi.score as Record<string, string>).scaled)).toBeCloseTo(1 / path.modules.length, 3);
});

test('a package opened without a learning system works, says nothing is recorded, and passes axe', async ({ page }) => {
  const url = pkg('module', MODULE, '1.2');
  await installLms(page, [url]);
  await page.goto(`/lms-test/pkg/${nameOf(url)}/index.html`);
  await expect(page.locator('#sco-lms')).toHaveText(/No learning system found/);
  expect(await axeViolations(page), 'a lesson').toEqual([]);
  await page.getByRole('button', { name: 'End-of-module quiz' }).click();
  await takeQuiz(page, MODULE, false);
  expect(await axeViolations(page), 'the quiz, checked').toEqual([]);
  await page.getByRole('button', { name: 'Try again' }).click();
  await takeQuiz(page, MODULE, true);
  await expect(page.getByText('No learning system is connected, so this result is not recorded.')).toBeVisible();
  await page.getByRole('button', { name: 'See your results' }).click();
  await expect(page.getByRole('table', { name: 'Your results by module' })).toContainText('passed');
  expect(await axeViolations(page), 'the results').toEqual([]);
});
