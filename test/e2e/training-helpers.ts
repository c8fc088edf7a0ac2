/**
 * Shared helpers of the training browser tests. The right answers come from the quiz files in
 * `content/quizzes/`, never from the page (the page must not reveal them).
 */
import { readFileSync } from 'node:fs';
import { parseYaml } from '#scripts/lib/content-files.ts';
import { expect, type Locator, type Page } from '@playwright/test';

export interface YamlOption {
  id: string;
  text: string;
  correct?: boolean;
}
export interface YamlQuestion {
  id: string;
  type: 'single' | 'multiple' | 'true-false' | 'scenario';
  prompt: string;
  options: YamlOption[];
  explanation: string;
}
export interface YamlQuiz {
  passMark?: number;
  questions: YamlQuestion[];
  checks?: YamlQuestion[];
}

export function readQuiz(id: string): YamlQuiz {
  return parseYaml(readFileSync(`content/quizzes/${id}.yaml`, 'utf8')) as YamlQuiz;
}

export function readPath(id: string): { title: string; modules: string[] } {
  return parseYaml(readFileSync(`content/paths/${id}.yaml`, 'utf8')) as { title: string; modules: string[] };
}

export const PROGRESS_KEY = 'va:v1:progress';

/** The end-of-module quiz of the current module page, once hydrated. */
export async function openQuiz(page: Page, moduleId: string): Promise<Locator> {
  await page.goto(`/training/${moduleId}/#quiz`);
  const quiz = page.locator('#quiz');
  await quiz.scrollIntoViewIfNeeded();
  // Hydrated: the no-JS note is gone and the questions are enabled.
  await expect(quiz.locator('.quiz__nojs')).toHaveCount(0);
  await expect(quiz.locator('fieldset').first()).toBeEnabled();
  return quiz;
}

/** The option texts of a question card, in the order shown (without the letters "(a) ", "(b) "…). */
export async function shownOptions(question: Locator): Promise<string[]> {
  return (await question.locator('label').allTextContents()).map((s) => s.trim().replace(/^\([a-z]\)\s*/, ''));
}

/** The input of the option whose text is `text`, whatever letter it has on this attempt. */
export function option(scope: Locator, text: string): Locator {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return scope.getByLabel(new RegExp(`^\\([a-z]\\) ${escaped}$`));
}

/** Answers every question by clicking: right answers, or for `right = false` a wrong one. */
export async function answerAll(quiz: Locator, data: YamlQuiz, right: boolean): Promise<void> {
  const cards = quiz.locator('.quiz__question');
  await expect(cards).toHaveCount(data.questions.length);
  for (let i = 0; i < data.questions.length; i++) {
    const q = data.questions[i]!;
    const card = cards.nth(i);
    const wanted = right ? q.options.filter((o) => o.correct) : [q.options.find((o) => !o.correct)!];
    for (const o of wanted) await option(card, o.text).check();
  }
}

/** Reads the stored progress (undefined when there is none). */
export async function storedProgress(
  page: Page,
): Promise<
  | { modules: Record<string, { passed: boolean; attempts: number; bestScore?: number }>; learnerName?: string }
  | undefined
> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
  return raw ? JSON.parse(raw) : undefined;
}

/** A valid progress export in which `modules` are all passed. */
export function progressFile(modules: string[], when = '2026-11-20T10:00:00.000Z'): string {
  return JSON.stringify({
    format: 'secure-open-research-academy/progress',
    version: 1,
    exportedAt: when,
    progress: {
      version: 1,
      modules: Object.fromEntries(
        modules.map((id, i) => [
          id,
          { passed: true, attempts: 1 + (i % 2), bestScore: i % 2 ? 0.85 : 1, completedAt: when },
        ]),
      ),
    },
  });
}

/** Imports a file on /training/progress/ through the page's own form. */
export async function importOnProgressPage(page: Page, name: string, content: string): Promise<void> {
  await page.goto('/training/progress/');
  await expect(page.getByRole('button', { name: 'Export progress', exact: true })).toBeEnabled();
  await page
    .getByLabel('Progress file (JSON, made by Export progress)')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
  await page.getByRole('button', { name: 'Import the file' }).click();
  // Done only when the page says so: the import clears the file field when it finishes, which would
  // otherwise empty a file chosen by the next step.
  await expect(page.getByText('Progress imported.')).toBeVisible();
}
