/** Training without JavaScript: questions readable, no answers or explanations in the page, notes that explain. */
import { expect, test } from './fixtures.ts';
import { option, readPath, readQuiz } from './training-helpers.ts';

/** The page's HTML without the island props (which may carry explanations, never shown). */
function withoutIslandProps(html: string): string {
  return html.replace(/<astro-island\b[^>]*>/g, '<astro-island>');
}

test('a module page shows the quiz questions with the JavaScript note and reveals no answers', async ({ page }) => {
  const data = readQuiz('due-diligence');
  await page.goto('/training/due-diligence/');
  const quiz = page.locator('#quiz');
  await expect(quiz.getByText('Checking answers needs JavaScript. You can still read the questions')).toBeVisible();
  await expect(quiz.locator('fieldset')).toHaveCount(data.questions.length);
  for (const q of data.questions.slice(0, 3)) {
    await expect(quiz.getByText(q.prompt, { exact: false }).first()).toBeVisible();
    // The options can be ticked (the reader can think about their answers); checking needs JavaScript.
    for (const o of q.options) await expect(option(quiz, o.text).first()).toBeEnabled();
  }
  await expect(quiz.getByRole('button', { name: 'Check answers' })).toBeDisabled();

  const text = await page.locator('body').textContent();
  const html = await page.content();
  const visibleHtml = withoutIslandProps(html);
  for (const q of [...data.questions, ...(data.checks ?? [])]) {
    expect(text, `explanation of ${q.id} in the visible text`).not.toContain(q.explanation);
    expect(visibleHtml, `explanation of ${q.id} in the HTML`).not.toContain(q.explanation.slice(0, 60));
  }
  // No correct flags anywhere, not even in the island props.
  expect(html).not.toMatch(/correct&quot;:\[0,true|"correct":\s*true|correct:\s*true|data-correct/i);
  await expect(page.locator('.quiz__feedback')).toHaveCount(0);
});

test('knowledge checks render in the lessons, with checking disabled', async ({ page }) => {
  const data = readQuiz('why-it-matters');
  await page.goto('/training/why-it-matters/');
  const checks = page.locator('.knowledge-check');
  await expect(checks).toHaveCount(data.checks!.length);
  await expect(checks.first().getByRole('button', { name: 'Check answer' })).toBeDisabled();
});

test('the progress page explains that progress is kept by JavaScript in this browser', async ({ page }) => {
  await page.goto('/training/progress/');
  await expect(page.getByText('Your progress is kept by JavaScript in this browser only')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export progress', exact: true })).toBeDisabled();
});

test('a path lists its modules with their time, without status, and the certificate page explains itself', async ({
  page,
}) => {
  const path = readPath('researcher');
  await page.goto('/training/paths/researcher/');
  await expect(page.locator('.path-modules > li')).toHaveCount(path.modules.length);
  await expect(page.locator('.path-modules > li').first()).toContainText(/\d+ minutes/);
  await expect(page.locator('.path-status')).toHaveCount(0);
  await expect(page.getByText(/Total time: \d+ minutes\./)).toBeVisible();
  await page.getByRole('link', { name: 'About the certificate' }).click();
  await expect(
    page.getByText('The certificate is made in your browser from the progress kept on this device'),
  ).toBeVisible();
  await expect(page.locator('main ol li')).toHaveCount(path.modules.length);
});

test('the printable summary reads without JavaScript and stays out of search', async ({ page }) => {
  await page.goto('/training/why-it-matters/summary/');
  await expect(page.getByRole('heading', { name: 'Key points' })).toBeVisible();
  await expect(page.getByText(/Content of \d{1,2} [A-Z][a-z]+ \d{4}, version \d+\.\d+\.\d+/)).toBeVisible();
  await expect(page.locator('main[data-pagefind-body]')).toHaveCount(0);
});
