/**
 * The coverage map (/training/coverage/): topics → requirements with their official sources → the
 * lessons that teach them, gaps shown; sections by jurisdiction reached without script; links from
 * the training home and the module pages; A4 print. Expected figures come from the built open data.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';

interface Topic {
  id: string;
  title: string;
  order: number;
  gap: boolean;
  requirements: { name: string; sources: { url: string; official: boolean }[] }[];
  modules: { id: string; lessons: { url: string }[] }[];
}
const records = JSON.parse(readFileSync('dist/data/training-coverage.json', 'utf8')) as Topic[];
// The records are sorted by id; the map shows them in their `order`.
const topics = [...records].sort((a, b) => a.order - b.order);
const data = {
  topics,
  counts: {
    topics: topics.length,
    covered: topics.filter((t) => !t.gap).length,
    gaps: topics.filter((t) => t.gap).length,
  },
};

test('the open data lists every topic, cites an official source for each requirement and keeps the gap', () => {
  expect(records.map((t) => t.id)).toEqual([...records.map((t) => t.id)].sort());
  expect(topics.map((t) => t.order)).toEqual(topics.map((_, i) => i + 1));
  expect(data.topics.find((t) => t.id === 'proper-use-of-funds')?.gap).toBe(true);
  for (const t of data.topics)
    for (const r of t.requirements) expect(r.sources[0]?.official, `${t.id}: ${r.name}`).toBe(true);
});

test('each topic shows its requirements, official sources and lessons; the gap says so', async ({ page }) => {
  await page.goto('/training/coverage/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Training requirements and what the modules cover');
  await expect(page.getByText(`${data.counts.covered} of ${data.counts.topics} topics are taught`)).toBeVisible();
  for (const topic of data.topics) {
    const section = page.locator(`section#${topic.id}`);
    await expect(section.getByRole('heading', { level: 3 })).toContainText(topic.title);
    for (const r of topic.requirements) {
      const official = r.sources.find((s) => s.official)!;
      await expect(section.locator(`a[href="${official.url}"]`).first()).toBeVisible();
    }
    if (topic.gap) await expect(section.getByText('No module of the academy teaches this topic yet')).toBeVisible();
    for (const m of topic.modules)
      for (const l of m.lessons) await expect(section.locator(`a[href="${l.url}"]`)).toHaveCount(1);
  }
  // A lesson link lands on the lesson's heading.
  const first = data.topics[0]!.modules[0]!.lessons[0]!;
  await page.locator(`section#${data.topics[0]!.id} a[href="${first.url}"]`).click();
  await expect(page).toHaveURL(new RegExp(`${first.url.replace(/[/#]/g, '\\$&')}$`));
  await expect(page.locator(`#${first.url.split('#')[1]}`)).toBeInViewport();
});

test('jurisdiction sections are reached from the contents list, and each row links its topic', async ({ page }) => {
  await page.goto('/training/coverage/');
  const nav = page.getByRole('navigation', { name: 'On this page' });
  await nav.getByRole('link', { name: 'United States' }).click();
  await expect(page).toHaveURL(/#in-united-states$/);
  const us = page.locator('section#in-united-states');
  await expect(us.getByRole('heading', { level: 3, name: 'United States' })).toBeInViewport();
  await expect(us.getByRole('row').filter({ hasText: 'Rules for the proper use of research funds' })).toContainText(
    'Gap',
  );
});

test('the training home and each module page link to the map', async ({ page }) => {
  await page.goto('/training/');
  await page.getByRole('link', { name: 'Training requirements and what the modules cover' }).click();
  await expect(page).toHaveURL(/\/training\/coverage\/$/);
  await page.goto('/training/travel-and-visitors/');
  const covers = page.getByRole('region', { name: 'Topics this module covers' });
  await expect(covers.getByRole('link', { name: 'Foreign travel security' })).toHaveAttribute(
    'href',
    '/training/coverage/#foreign-travel-security',
  );
  await page.goto('/training/funders-and-policymakers/');
  await expect(page.getByRole('region', { name: 'Topics this module covers' })).toContainText('teaches none');
});

test('prints on A4 without cutting tables off at the side', async ({ page }) => {
  // A4 less the page's 12 mm side margins is 186 mm, about 703 CSS px.
  await page.setViewportSize({ width: 703, height: 1000 });
  await page.goto('/training/coverage/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  expect(pdf.length).toBeGreaterThan(10_000);
});
