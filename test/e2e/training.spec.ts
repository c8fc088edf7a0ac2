/**
 * Training: quizzes (keyboard, fail and retry, knowledge checks), local progress (reload, other
 * tabs, damaged data), export/import, role paths and certificates, print layout.
 * Right answers are read from content/quizzes/*.yaml, never from the page.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { axeViolations, expect, test } from './fixtures.ts';
import {
  PROGRESS_KEY,
  answerAll,
  importOnProgressPage,
  openQuiz,
  option,
  progressFile,
  readPath,
  readQuiz,
  shownOptions,
  storedProgress,
} from './training-helpers.ts';

test('the training home lists the four paths with their time and every module', async ({ page }) => {
  await page.goto('/training/');
  await expect(page.getByRole('heading', { level: 1, name: 'Training' })).toBeVisible();
  const paths = page.getByRole('region', { name: 'Role paths' }).getByRole('listitem');
  await expect(paths).toHaveCount(4);
  await expect(paths.first()).toContainText(/\d+ modules · \d+ minutes in total/);
  await expect(page.getByRole('region', { name: 'All modules' }).getByRole('listitem')).toHaveCount(10);
  await page.getByRole('link', { name: /See your progress/ }).click();
  await expect(page).toHaveURL(/\/training\/progress\/$/);
});

test('a module page has objectives, a contents list of its lessons, the quiz and its sources', async ({ page }) => {
  await page.goto('/training/why-it-matters/');
  await expect(page.locator('.kicker')).toHaveText(/Module 1 · 15 minutes/i);
  await expect(page.getByRole('heading', { name: 'Learning objectives' })).toBeVisible();
  const contents = page.getByRole('navigation', { name: 'In this module' });
  await expect(contents.getByRole('link', { name: /^Lesson 1:/ })).toBeVisible();
  await contents.getByRole('link', { name: 'End-of-module quiz' }).click();
  await expect(page).toHaveURL(/#quiz$/);
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Printable one-page summary' }).first()).toHaveAttribute(
    'href',
    '/training/why-it-matters/summary/',
  );
});

test('the "End-of-module quiz" link lands on a usable quiz: Tab at once focuses an enabled quiz control', async ({
  page,
}) => {
  // No waiting for hydration: open the module, follow the link, press Tab.
  await page.goto('/training/due-diligence/', { waitUntil: 'domcontentloaded' });
  await page
    .getByRole('navigation', { name: 'In this module' })
    .getByRole('link', { name: 'End-of-module quiz' })
    .click();
  await page.keyboard.press('Tab');
  const focused = page.locator('#quiz :focus');
  await expect(focused).toHaveCount(1);
  await expect(focused).toBeEnabled();
  await expect(focused).toHaveAttribute('type', /^(radio|checkbox)$/);
});

test('options ticked before the quiz script runs are kept and checked', async ({ page }) => {
  const data = readQuiz('why-it-matters');
  let release!: () => void;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/_astro\/Quiz\.[\w-]+\.js$/, async (route) => {
    await gate;
    await route.continue();
  });
  await page.goto('/training/why-it-matters/#quiz');
  const quiz = page.locator('#quiz');
  await expect(quiz.locator('.quiz__nojs')).toHaveCount(1);
  await answerAll(quiz, data, true);
  release();
  await expect(quiz.locator('.quiz__nojs')).toHaveCount(0);
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await expect(quiz.getByRole('status')).toContainText('Passed');
});

test('pass a quiz with the keyboard alone', async ({ page }) => {
  const data = readQuiz('why-it-matters');
  await openQuiz(page, 'why-it-matters');
  const quiz = page.locator('#quiz');
  // The fragment navigation put the focus starting point on #quiz: Tab enters the first question.
  const cards = quiz.locator('.quiz__question');
  for (let i = 0; i < data.questions.length; i++) {
    const q = data.questions[i]!;
    const card = cards.nth(i);
    const labels = await shownOptions(card);
    const right = new Set(q.options.filter((o) => o.correct).map((o) => o.text.trim()));
    await page.keyboard.press('Tab');
    await expect(card.locator('input').first()).toBeFocused();
    if (q.type === 'multiple') {
      for (let k = 0; k < labels.length; k++) {
        if (right.has(labels[k]!)) await page.keyboard.press('Space');
        if (k < labels.length - 1) await page.keyboard.press('Tab');
      }
    } else {
      const index = labels.findIndex((l) => right.has(l));
      if (index === 0) await page.keyboard.press('Space');
      for (let k = 0; k < index; k++) await page.keyboard.press('ArrowDown');
    }
    for (const label of labels) {
      const input = option(card, label);
      if (right.has(label)) await expect(input).toBeChecked();
      else await expect(input).not.toBeChecked();
    }
  }
  await page.keyboard.press('Tab');
  await expect(quiz.getByRole('button', { name: 'Check answers' })).toBeFocused();
  await page.keyboard.press('Enter');

  const status = quiz.getByRole('status');
  await expect(status).toBeFocused();
  await expect(status).toContainText(
    `You answered ${data.questions.length} of ${data.questions.length} questions correctly (100%).`,
  );
  await expect(status).toContainText('Passed');
  await expect(quiz.locator('.quiz__feedback', { hasText: 'Correct' })).toHaveCount(data.questions.length);
  // Explanations appear only now.
  await expect(quiz.getByText(data.questions[0]!.explanation)).toBeVisible();
  const stored = await storedProgress(page);
  expect(stored?.modules['why-it-matters']).toMatchObject({ passed: true, attempts: 1, bestScore: 1 });
});

test('fail a quiz, read the feedback, try again with reshuffled options, then pass', async ({ page }) => {
  const data = readQuiz('understanding-risk');
  const quiz = await openQuiz(page, 'understanding-risk');
  const before = await Promise.all(
    Array.from({ length: data.questions.length }, (_, i) => shownOptions(quiz.locator('.quiz__question').nth(i))),
  );

  await answerAll(quiz, data, false);
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  const status = quiz.getByRole('status');
  await expect(status).toBeFocused();
  await expect(status).toContainText(`You answered 0 of ${data.questions.length} questions correctly (0%).`);
  await expect(status).toContainText('Not passed yet: the pass mark is 80%.');
  await expect(quiz.locator('.quiz__feedback', { hasText: 'Incorrect' })).toHaveCount(data.questions.length);
  await expect(status.getByRole('link', { name: 'Question 1', exact: true })).toHaveAttribute(
    'href',
    /#quiz-understanding-risk-/,
  );
  expect((await storedProgress(page))?.modules['understanding-risk']).toMatchObject({
    passed: false,
    attempts: 1,
    bestScore: 0,
  });
  // Answers are locked until "Try again".
  await expect(quiz.locator('input').first()).toBeDisabled();

  await quiz.getByRole('button', { name: 'Try again' }).click();
  await expect(quiz.locator('.quiz__feedback')).toHaveCount(0);
  await expect(quiz.locator('input:checked')).toHaveCount(0);
  await expect(quiz.locator('input').first()).toBeFocused();
  const after = await Promise.all(
    Array.from({ length: data.questions.length }, (_, i) => shownOptions(quiz.locator('.quiz__question').nth(i))),
  );
  expect(after.map((o) => o.join('|'))).not.toEqual(before.map((o) => o.join('|')));
  expect(after.map((o) => [...o].sort().join('|'))).toEqual(before.map((o) => [...o].sort().join('|')));

  await answerAll(quiz, data, true);
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await expect(status).toContainText('Passed: the pass mark is 80%.');
  expect((await storedProgress(page))?.modules['understanding-risk']).toMatchObject({
    passed: true,
    attempts: 2,
    bestScore: 1,
  });
});

test("the review names the learner's answer and the correct option(s) in words, lettered in screen order", async ({
  page,
}) => {
  const data = readQuiz('due-diligence');
  const quiz = await openQuiz(page, 'due-diligence');
  await answerAll(quiz, data, false);
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await expect(quiz.getByRole('status')).toContainText('Not passed yet');
  const cards = quiz.locator('.quiz__question');
  for (let i = 0; i < data.questions.length; i++) {
    const q = data.questions[i]!;
    const card = cards.nth(i);
    // The letters run (a), (b), (c)… down the screen, whatever the shuffle did.
    const letters = await card.locator('.quiz__letter').allTextContents();
    expect(letters).toEqual(letters.map((_, k) => `(${String.fromCharCode(97 + k)})`));
    const shown = await shownOptions(card);
    const texts = shown.map((l) => l.replace(/\s*(your answer|correct answer)\s*/g, '').trim());
    const letterOf = (text: string) => `(${String.fromCharCode(97 + texts.indexOf(text.trim()))})`;
    const wrong = q.options.find((o) => !o.correct)!;
    const right = q.options.filter((o) => o.correct).sort((x, y) => letterOf(x.text).localeCompare(letterOf(y.text)));
    const feedback = card.locator('.quiz__feedback');
    await expect(feedback).toContainText(`Your answer: ${letterOf(wrong.text)} ${wrong.text.trim()}`);
    await expect(feedback).toContainText(
      `${right.length > 1 ? 'Correct answers' : 'Correct answer'}: ${right.map((o) => `${letterOf(o.text)} ${o.text.trim()}`).join('; ')}`,
    );
    // Beside the options too, in words: "your answer" on the chosen one, "correct answer" on each right one.
    await expect(card.locator('.quiz__tag--yours')).toHaveCount(1);
    await expect(card.locator('.quiz__tag--right')).toHaveCount(right.length);
    await expect(card.locator('.quiz__tag--right').first()).toHaveText('correct answer');
  }
  expect(await axeViolations(page)).toEqual([]);
});

test('a knowledge check answers in place and is not recorded', async ({ page }) => {
  const data = readQuiz('why-it-matters');
  const check = data.checks![0]!;
  await page.goto('/training/why-it-matters/');
  const box = page.locator('.knowledge-check').first();
  await box.scrollIntoViewIfNeeded();
  await expect(box.locator('.quiz__nojs')).toHaveCount(0);
  await box.getByRole('button', { name: 'Check answer' }).click();
  await expect(box.getByRole('status')).toHaveText('Choose an answer before checking.');
  await option(box, check.options.find((o) => o.correct)!.text).check();
  await box.getByRole('button', { name: 'Check answer' }).click();
  await expect(box.getByRole('status')).toBeFocused();
  await expect(box.getByRole('status')).toContainText('Correct');
  await expect(box.getByRole('status')).toContainText(check.explanation);
  expect(await storedProgress(page)).toBeUndefined();
});

test('progress survives a reload and shows on the progress and path pages', async ({ page }) => {
  const quiz = await openQuiz(page, 'why-it-matters');
  await answerAll(quiz, readQuiz('why-it-matters'), true);
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await expect(quiz.getByRole('status')).toContainText('Passed');

  await page.reload();
  await page.locator('#quiz').scrollIntoViewIfNeeded();
  await expect(page.locator('#quiz .quiz__previous')).toContainText('You passed this module on');

  await page.goto('/training/progress/');
  const row = page.getByRole('row', { name: /Why secure and open research matters/ });
  await expect(row).toContainText('Passed');
  await expect(row).toContainText('100%');
  await expect(page.getByText('You have passed 1 of 10 modules and started 1.')).toBeVisible();

  await page.goto('/training/paths/senior-leader/');
  await expect(page.getByText('1 of 4 modules passed.')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Why secure and open research matters' })).toContainText(
    'Passed',
  );
  await expect(page.getByText('Locked: 3 modules still to pass.')).toBeVisible();
});

test('export progress, delete it, import the file: progress restored', async ({ page }, testInfo) => {
  const quiz = await openQuiz(page, 'why-it-matters');
  await answerAll(quiz, readQuiz('why-it-matters'), true);
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await expect(quiz.getByRole('status')).toContainText('Passed');

  await page.goto('/training/progress/');
  const row = () => page.getByRole('row', { name: /Why secure and open research matters/ });
  await expect(row()).toContainText('Passed');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^academy-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const file = testInfo.outputPath('progress.json');
  await download.saveAs(file);
  const text = readFileSync(file, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ format: 'secure-open-research-academy/progress', version: 1 });
  await expect(page.getByRole('status').filter({ hasText: 'Progress exported' })).toBeVisible();

  await page.getByRole('button', { name: 'Delete all progress' }).click();
  await expect(page.getByRole('group', { name: /Delete all your training progress/ })).toBeFocused();
  await page.getByRole('button', { name: 'Yes, delete all progress' }).click();
  await expect(page.getByText('All progress was deleted from this browser.')).toBeVisible();
  await expect(row()).toContainText('Not started');
  expect(await storedProgress(page)).toBeUndefined();

  await page.getByLabel('Progress file (JSON, made by Export progress)').setInputFiles(file);
  await page.getByRole('button', { name: 'Import the file' }).click();
  await expect(page.getByText('Progress imported. You have now passed 1 of 10 modules.')).toBeVisible();
  await expect(row()).toContainText('Passed');
  expect((await storedProgress(page))?.modules['why-it-matters']?.passed).toBe(true);
});

test('a bad import file is refused with a message and progress is left intact', async ({ page }) => {
  await importOnProgressPage(page, 'good.json', progressFile(['due-diligence']));
  await expect(page.getByText('Progress imported.')).toBeVisible();
  const before = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);

  const cases: [string, string, RegExp][] = [
    ['not-json.json', '{ this is not json', /not valid JSON/],
    ['other.json', JSON.stringify({ format: 'something-else', version: 1 }), /not an academy progress file/],
    [
      'damaged.json',
      progressFile(['due-diligence']).replace('"passed":true', '"passed":"yes"'),
      /damaged or incomplete/,
    ],
  ];
  for (const [name, content, reason] of cases) {
    await page
      .getByLabel('Progress file (JSON, made by Export progress)')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
    await page.getByRole('button', { name: 'Import the file' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The file was not imported');
    await expect(alert).toContainText(reason);
    await expect(alert).toContainText('Your progress was not changed.');
    expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBe(before);
    await expect(page.getByRole('row', { name: /Due diligence/ })).toContainText('Passed');
  }
});

test('damaged stored progress reads as empty, with a note, and nothing breaks', async ({ page }) => {
  await page.addInitScript((key) => localStorage.setItem(key, '{"version":1,"modules":{"x":'), PROGRESS_KEY);
  await page.goto('/training/progress/');
  await expect(page.getByText('could not be read')).toBeVisible();
  await expect(page.getByText('You have passed 0 of 10 modules and started 0.')).toBeVisible();
  await page.goto('/training/paths/researcher/');
  await expect(page.getByText('0 of 8 modules passed.')).toBeVisible();
});

test('progress follows changes made in another tab', async ({ page, context }) => {
  await importOnProgressPage(page, 'good.json', progressFile(['due-diligence']));
  await expect(page.getByRole('row', { name: /Due diligence/ })).toContainText('Passed');
  const other = await context.newPage();
  await other.goto('/training/progress/');
  await expect(other.getByRole('row', { name: /Due diligence/ })).toContainText('Passed');
  await page.getByRole('button', { name: 'Delete all progress' }).click();
  await page.getByRole('button', { name: 'Yes, delete all progress' }).click();
  await expect(other.getByRole('row', { name: /Due diligence/ })).toContainText('Not started');
});

test('complete a path and print its certificate; a name with markup stays text', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    void d.dismiss();
  });
  const path = readPath('senior-leader');

  // Locked first, with the modules still to pass.
  await page.goto('/training/paths/senior-leader/certificate/');
  await expect(page.getByRole('heading', { name: 'Certificate locked' })).toBeVisible();
  await expect(page.locator('.certificate-missing li')).toHaveCount(path.modules.length);

  await importOnProgressPage(page, 'senior.json', progressFile(path.modules));
  await expect(page.getByText(`You have now passed ${path.modules.length} of 10 modules.`)).toBeVisible();

  await page.goto('/training/paths/senior-leader/');
  await expect(page.getByText(`${path.modules.length} of ${path.modules.length} modules passed.`)).toBeVisible();
  await page.getByRole('link', { name: 'Get your certificate' }).click();
  await expect(page).toHaveURL(/\/training\/paths\/senior-leader\/certificate\/$/);

  const name = '<img src=x onerror=alert(1)>';
  await page.getByLabel('Your name, as it should appear on the certificate').fill(name);
  const certificate = page.getByRole('article', { name: 'Certificate of completion' });
  await expect(certificate.getByTestId('certificate-name')).toHaveText(name);
  await expect(certificate).toContainText(path.title);
  await expect(certificate.getByRole('row')).toHaveCount(path.modules.length + 1);
  await expect(certificate).toContainText(
    /Content studied\s*Content of \d{1,2} [A-Z][a-z]+ \d{4}, version \d+\.\d+\.\d+/,
  );
  await expect(certificate).not.toContainText(/\b[0-9a-f]{8}\b/);
  // The topics its modules cover, as the coverage map names them.
  await expect(certificate).toContainText(
    /Topics covered, as national training requirements name them: .*Cybersecurity.*Insider threat awareness/,
  );
  await expect(page.locator('main img')).toHaveCount(0);

  await page.reload();
  await expect(
    page.getByRole('article', { name: 'Certificate of completion' }).getByTestId('certificate-name'),
  ).toHaveText(name);
  await expect(page.locator('main img')).toHaveCount(0);
  expect((await storedProgress(page))?.learnerName).toBe(name);
  expect(dialogs).toBe(0);

  // Another path stays locked.
  await page.goto('/training/paths/researcher/certificate/');
  await expect(page.getByRole('heading', { name: 'Certificate locked' })).toBeVisible();
});

/** Pages in a PDF made by Chromium's print engine. */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

test('the summaries and the certificate print on one A4 and one Letter page', async ({ page }) => {
  for (const file of readdirSync('content/modules').filter((f) => f.endsWith('.mdx'))) {
    const id = file.replace(/\.mdx$/, '');
    await page.goto(`/training/${id}/summary/`);
    await page.emulateMedia({ media: 'print' });
    for (const format of ['A4', 'Letter'])
      expect(pdfPages(await page.pdf({ format })), `summary of ${id} on ${format}`).toBe(1);
    await page.emulateMedia({ media: 'screen' });
  }

  // The longest path: nine modules.
  const path = readPath('research-office');
  await page.emulateMedia({ media: 'screen' });
  await importOnProgressPage(page, 'office.json', progressFile(path.modules));
  await expect(page.getByText('Progress imported.')).toBeVisible();
  await page.goto('/training/paths/research-office/certificate/');
  await page.getByLabel('Your name, as it should appear on the certificate').fill('Dr Alexandra Example-Longname');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByLabel('Your name, as it should appear on the certificate')).toBeHidden();
  for (const format of ['A4', 'Letter'])
    expect(pdfPages(await page.pdf({ format })), `certificate on ${format}`).toBe(1);
});

test('training pages reflow at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await importOnProgressPage(page, 'senior.json', progressFile(readPath('senior-leader').modules));
  for (const path of [
    '/training/',
    '/training/why-it-matters/',
    '/training/paths/researcher/',
    '/training/progress/',
    '/training/paths/senior-leader/certificate/',
  ]) {
    await page.goto(path);
    await page.locator('main').evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 400) {
        window.scrollTo(0, y);
        await new Promise((r) => setTimeout(r, 20));
      }
    });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing in the interactive states (${scheme})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    // Module page: a knowledge check answered wrongly, the quiz checked with right and wrong answers.
    const data = readQuiz('mitigating-risk');
    const quiz = await openQuiz(page, 'mitigating-risk');
    await answerAll(quiz, data, true);
    const first = data.questions[0]!;
    const wrong = first.options.find((o) => !o.correct)!;
    await option(quiz.locator('.quiz__question').first(), wrong.text).check();
    if (first.type === 'multiple')
      for (const o of first.options.filter((o) => o.correct))
        await option(quiz.locator('.quiz__question').first(), o.text).uncheck();
    await quiz.getByRole('button', { name: 'Check answers' }).click();
    await expect(quiz.getByRole('status')).toContainText('Passed');
    const box = page.locator('.knowledge-check').first();
    await box.scrollIntoViewIfNeeded();
    await expect(box.locator('.quiz__nojs')).toHaveCount(0);
    const check = data.checks![0]!;
    await option(box, check.options.find((o) => !o.correct)!.text).check();
    await box.getByRole('button', { name: 'Check answer' }).click();
    await expect(box.getByRole('status')).toContainText('Incorrect');
    expect(await axeViolations(page), 'module page').toEqual([]);

    // Progress page with results, a refused import and the delete confirmation open.
    await importOnProgressPage(page, 'senior.json', progressFile(readPath('senior-leader').modules));
    await page
      .getByLabel('Progress file (JSON, made by Export progress)')
      .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('nope') });
    await page.getByRole('button', { name: 'Import the file' }).click();
    await expect(page.getByRole('alert')).toContainText('not imported');
    await page.getByRole('button', { name: 'Delete all progress' }).click();
    expect(await axeViolations(page), 'progress page').toEqual([]);
    await page.getByRole('button', { name: 'Cancel' }).click();

    // A path with status, and an unlocked certificate.
    await page.goto('/training/paths/senior-leader/');
    await expect(page.getByRole('link', { name: 'Get your certificate' })).toBeVisible();
    expect(await axeViolations(page), 'path page').toEqual([]);
    await page.goto('/training/paths/senior-leader/certificate/');
    await page.getByLabel('Your name, as it should appear on the certificate').fill('Sam Learner');
    expect(await axeViolations(page), 'certificate').toEqual([]);
    await page.goto('/training/paths/researcher/certificate/');
    await expect(page.getByRole('heading', { name: 'Certificate locked' })).toBeVisible();
    expect(await axeViolations(page), 'locked certificate').toEqual([]);
  });
}
