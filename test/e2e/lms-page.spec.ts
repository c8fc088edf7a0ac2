/**
 * /training/lms/: every package listed with its size and a working download, the instructions for
 * each learning system, and the way there from the training home.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';

const all = JSON.parse(readFileSync('dist/training/lms/packages.json', 'utf8')) as {
  locale: string;
  url: string;
  kind: string;
  title: string;
  scorm: string;
  bytes: number;
}[];
const records = all.filter((r) => r.locale === 'en');

test('lists every package with its size, and each download is the zip', async ({ page, request }) => {
  await page.goto('/training/');
  await page.getByRole('link', { name: 'Packages for your learning system (SCORM)' }).click();
  await expect(page).toHaveURL(/\/training\/lms\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Training for your learning system (SCORM packages)',
  );
  for (const r of records) {
    const link = page.locator(`a[href="${r.url}"]`);
    await expect(link, r.url).toHaveAccessibleName(`${r.title}: SCORM ${r.scorm} zip`);
    await expect(link.locator('xpath=..')).toContainText(/\(\d+ kB\)/);
  }
  await expect(page.getByText(/28 packages in all, 1(\.\d)? MB\./)).toBeVisible();
  const first = await request.get(records[0]!.url);
  expect(first.status()).toBe(200);
  const body = await first.body();
  expect(body.length).toBe(records[0]!.bytes);
  expect(body.subarray(0, 2).toString('latin1')).toBe('PK');
});

test('the French page lists the French packages, with their French titles', async ({ page }) => {
  await page.goto('/fr/training/lms/');
  const french = all.filter((r) => r.locale === 'fr');
  expect(french).toHaveLength(records.length);
  for (const r of french) await expect(page.locator(`a[href="${r.url}"]`), r.url).toHaveCount(1);
  await expect(page.locator('a[href^="/training/lms/en/"]')).toHaveCount(0);
  await expect(page.getByText(/28 paquets au total, 1(,\d)?\s?Mo/)).toBeVisible();
});

test('explains what the LMS records and how to set up each learning system', async ({ page }) => {
  await page.goto('/training/lms/');
  for (const lms of ['Moodle', 'Canvas', 'Blackboard Learn', 'Cornerstone', 'any other learning system']) {
    const section = page.getByRole('region', { name: `Setting it up in ${lms}` });
    await expect(section.getByRole('heading', { name: 'Upload' })).toBeVisible();
    await expect(section.getByRole('listitem').first()).toBeVisible();
  }
  const records = page.getByRole('table', { name: /What the package reports/ });
  await expect(records.getByRole('row', { name: /Each answer/ })).toContainText('cmi.interactions.n');
  await expect(records.getByRole('row', { name: /Each answer/ })).toContainText('not recorded in SCORM 1.2');
});
