/**
 * Case studies with JavaScript: the scenario walkthrough (keyboard only, through every decision to
 * the summary and back), the library filter (AND across groups, OR within, kept in the address over
 * a reload), the facilitator guide's timed plan, and the policy-example layout.
 */
import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures.ts';

interface CaseRecord {
  id: string;
  title: string;
  kind: 'scenario' | 'policy';
  riskVectors: string[];
  stakeholders: string[];
  decisionPoints: { prompt: string; choices: { text: string; feedback: string; rating: string }[] }[];
  facilitator?: { minutes: number; steps: { minutes: number; activity: string }[] };
}

const SCENARIO = 'undisclosed-appointment';
const POLICY = 'policy-uk-trusted-research';

async function cases(page: Page): Promise<CaseRecord[]> {
  const res = await page.request.get('/data/case-studies.json');
  expect(res.ok()).toBe(true);
  return (await res.json()) as CaseRecord[];
}

/** Ids of the library cards that are shown (not hidden by the filter). */
async function shownIds(page: Page): Promise<string[]> {
  return page
    .locator('#case-list [data-case-id]')
    .evaluateAll((items) =>
      items.filter((i) => (i as HTMLElement).offsetParent !== null).map((i) => (i as HTMLElement).dataset.caseId ?? ''),
    );
}

test('a scenario can be walked through with the keyboard alone, to the summary and back', async ({ page }) => {
  const scenario = (await cases(page)).find((c) => c.id === SCENARIO)!;
  const total = scenario.decisionPoints.length;
  await page.goto(`/case-studies/${SCENARIO}/`);
  const walk = page.getByRole('region', { name: 'What would you do?' });
  await walk.scrollIntoViewIfNeeded();
  const toggle = walk.getByRole('button', { name: 'Show all options at once' });
  await expect(toggle).toBeVisible();

  // Checking with nothing chosen explains what to do, in the status region.
  await toggle.focus();
  await page.keyboard.press('Tab');
  await expect(walk.getByRole('radio').first()).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(walk.getByRole('button', { name: 'Check my choice' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(walk.getByRole('status')).toContainText('Choose one of the options first');

  for (let step = 0; step < total; step++) {
    const point = scenario.decisionPoints[step]!;
    await expect(walk.getByRole('heading', { name: `Decision ${step + 1} of ${total}` })).toBeVisible();
    await expect(walk.getByRole('group', { name: point.prompt })).toBeVisible();
    if (step === 0) {
      // Back from "Check my choice" into the group: focus lands on one of its radios (which one is
      // the browser's choice); arrow keys, wrapping round, or Space then check the first option.
      await page.keyboard.press('Shift+Tab');
      const radios = walk.getByRole('radio');
      const count = await radios.count();
      const focused = await radios.evaluateAll((rs) => rs.indexOf(document.activeElement as HTMLElement));
      expect(focused).toBeGreaterThanOrEqual(0);
      if (focused === 0) await page.keyboard.press('Space');
      for (let i = focused; i > 0 && i < count; i++) await page.keyboard.press('ArrowDown');
      await expect(radios.first()).toBeChecked();
    } else {
      // Focus is on the new decision's heading; Tab enters the group on its first radio.
      await expect(walk.getByRole('heading', { name: `Decision ${step + 1} of ${total}` })).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(walk.getByRole('radio').first()).toBeFocused();
    }
    await page.keyboard.press('ArrowDown');
    await expect(walk.getByRole('radio').nth(1)).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(walk.getByRole('button', { name: 'Check my choice' })).toBeFocused();
    await page.keyboard.press('Enter');

    const choice = point.choices[1]!;
    const status = walk.getByRole('status');
    await expect(status).toContainText('Your choice: Option B');
    await expect(status).toContainText(choice.feedback);
    await expect(status).toContainText(`Rating: ${choice.rating[0]!.toUpperCase()}${choice.rating.slice(1)}`);
    await expect(walk.getByRole('radio').nth(1)).toBeDisabled();

    const next = walk.getByRole('button', { name: step === total - 1 ? 'See my summary' : 'Next decision' });
    await expect(next).toBeFocused();
    await page.keyboard.press('Enter');
  }

  const summary = walk.getByRole('heading', { name: 'Your choices' });
  await expect(summary).toBeFocused();
  const recommended = scenario.decisionPoints.filter((p) => p.choices[1]!.rating === 'recommended').length;
  await expect(walk).toContainText(`You made ${total} decisions: ${recommended} recommended`);
  await expect(walk.getByRole('listitem')).toHaveCount(total);

  await page.keyboard.press('Tab');
  await expect(walk.getByRole('button', { name: 'Start again' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(walk.getByRole('heading', { name: `Decision 1 of ${total}` })).toBeFocused();
  await expect(walk.getByRole('radio').first()).not.toBeChecked();
});

test('"show all options at once" returns to every choice in details', async ({ page }) => {
  const scenario = (await cases(page)).find((c) => c.id === SCENARIO)!;
  await page.goto(`/case-studies/${SCENARIO}/`);
  const walk = page.getByRole('region', { name: 'What would you do?' });
  await walk.scrollIntoViewIfNeeded();
  await walk.getByRole('button', { name: 'Show all options at once' }).click();
  const options = scenario.decisionPoints.flatMap((p) => p.choices).length;
  await expect(walk.locator('details summary')).toHaveCount(options);
  await walk.getByRole('button', { name: 'Step through the decisions' }).click();
  await expect(walk.getByRole('button', { name: 'Check my choice' })).toBeVisible();
});

test('the library filter: AND across groups, OR within, announced and kept in the address', async ({ page }) => {
  const all = await cases(page);
  const expected = all
    .filter((c) => c.riskVectors.includes('people') && c.stakeholders.includes('funders'))
    .map((c) => c.id);
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.length).toBeLessThan(all.length);

  await page.goto('/case-studies/');
  const filter = page.getByRole('region', { name: 'Filter the case studies' });
  const people = filter.getByRole('group', { name: 'Risk vector' }).getByRole('checkbox', { name: /^People/ });
  await expect(people).toBeEnabled();
  await expect(filter.getByRole('status')).toHaveText(`All ${all.length} case studies shown.`);

  await people.check();
  await filter
    .getByRole('group', { name: 'Stakeholder' })
    .getByRole('checkbox', { name: /^Research funders/ })
    .check();
  await expect(page).toHaveURL(/\/case-studies\/\?risk=people&stakeholder=funders$/);
  await expect(filter.getByRole('status')).toHaveText(
    `${expected.length} of ${all.length} case studies match the filters.`,
  );
  expect((await shownIds(page)).sort()).toEqual([...expected].sort());

  await page.reload();
  await expect(people).toBeChecked();
  await expect(
    filter.getByRole('group', { name: 'Stakeholder' }).getByRole('checkbox', { name: /^Research funders/ }),
  ).toBeChecked();
  await expect(filter.getByRole('status')).toHaveText(
    `${expected.length} of ${all.length} case studies match the filters.`,
  );
  expect((await shownIds(page)).sort()).toEqual([...expected].sort());

  // OR within a group: adding "Funding" can only widen the list.
  await filter
    .getByRole('group', { name: 'Risk vector' })
    .getByRole('checkbox', { name: /^Funding/ })
    .check();
  const widened = all
    .filter((c) => c.riskVectors.some((r) => r === 'people' || r === 'funding') && c.stakeholders.includes('funders'))
    .map((c) => c.id);
  await expect(page).toHaveURL(/\?risk=people&risk=funding&stakeholder=funders$/);
  expect((await shownIds(page)).sort()).toEqual([...widened].sort());

  // Kind: policy examples only, then clear.
  await filter
    .getByRole('group', { name: 'Kind' })
    .getByRole('checkbox', { name: /^Policy example/ })
    .check();
  const policies = all.filter((c) => c.kind === 'policy' && widened.includes(c.id)).map((c) => c.id);
  expect((await shownIds(page)).sort()).toEqual([...policies].sort());
  await expect(page.getByRole('heading', { name: /^Scenarios/ })).toBeHidden();

  await filter.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/case-studies\/$/);
  expect(await shownIds(page)).toHaveLength(all.length);
  await expect(filter.getByRole('status')).toHaveText(`All ${all.length} case studies shown.`);
});

test('a filter that matches nothing says so, and a collapsed group opens when the address selects in it', async ({
  page,
}) => {
  const all = (await cases(page)) as (CaseRecord & { areas: string[]; jurisdictions: string[] })[];
  // Policy examples never carry a research area here; if one ever does, pick another pair.
  expect(
    all.filter((c) => c.kind === 'policy' && c.jurisdictions.includes('canada') && c.areas.includes('quantum')),
  ).toEqual([]);
  await page.goto('/case-studies/?kind=policy&area=quantum&jurisdiction=canada');
  const filter = page.getByRole('region', { name: 'Filter the case studies' });
  await expect(filter.getByRole('button', { name: 'Clear filters' })).toBeEnabled(); // hydrated
  await expect(
    filter.getByRole('group', { name: 'Jurisdiction' }).getByRole('checkbox', { name: /^Canada/ }),
  ).toBeChecked();
  await expect(filter.getByRole('status')).toHaveText(
    'No case study matches all these filters. Untick an option or clear the filters.',
  );
  expect(await shownIds(page)).toEqual([]);
});

test('a facilitator guide has the timed plan with cumulative times, every choice, and stays out of search', async ({
  page,
}) => {
  const scenario = (await cases(page)).find((c) => c.id === SCENARIO)!;
  const steps = scenario.facilitator!.steps;
  await page.goto(`/case-studies/${SCENARIO}/facilitator/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Facilitator guide: ${scenario.title}`);
  const table = page.getByRole('table', { name: /Timed plan/ });
  await expect(table.getByRole('columnheader')).toHaveText(['Step', 'Minutes', 'Activity', 'Cumulative time']);
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(steps.length);
  let end = 0;
  for (const [i, step] of steps.entries()) {
    const start = end;
    end += step.minutes;
    await expect(rows.nth(i)).toContainText(step.activity);
    await expect(rows.nth(i).getByRole('cell').last()).toHaveText(`${start}–${end} min`);
  }
  await expect(table.locator('tfoot')).toContainText(`${scenario.facilitator!.minutes} min`);
  for (const choice of scenario.decisionPoints.flatMap((p) => p.choices))
    await expect(page.getByText(choice.feedback)).toBeVisible();
  await expect(page.locator('main')).not.toHaveAttribute('data-pagefind-body', /.*/);
  await expect(page.getByRole('link', { name: scenario.title }).first()).toHaveAttribute(
    'href',
    `/case-studies/${SCENARIO}/`,
  );
});

test('a scenario page carries its tags as search facets and links to its facilitator guide', async ({ page }) => {
  await page.goto(`/case-studies/${SCENARIO}/`);
  await expect(page.locator('main')).toHaveAttribute('data-pagefind-body', '');
  await expect(page.locator('[data-pagefind-filter^="type"]')).toHaveAttribute('data-value', 'caseStudy');
  await expect(page.locator('[data-pagefind-filter^="risk"][data-value="people"]')).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'Red flags' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Mitigations' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Discussion questions' })).toBeVisible();
  await page.getByRole('link', { name: /^Facilitator guide:/ }).click();
  await expect(page).toHaveURL(new RegExp(`/case-studies/${SCENARIO}/facilitator/$`));
});

test('a policy example shows its lessons, questions, jurisdiction and practices', async ({ page }) => {
  await page.goto(`/case-studies/${POLICY}/`);
  await expect(page.getByText('Policy example', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What others can learn, in brief' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Discussion questions' })).toBeVisible();
  const related = page.getByRole('region', { name: 'Related' });
  await expect(related.getByRole('link', { name: 'United Kingdom' })).toHaveAttribute(
    'href',
    '/jurisdictions/united-kingdom/',
  );
  await expect(related.getByRole('list', { name: 'Best practices' }).getByRole('link')).not.toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Check my choice' })).toHaveCount(0);
});

test('the interactive states pass axe: a checked decision, the summary, a filtered library', async ({ page }) => {
  test.slow(); // three axe runs
  await page.goto(`/case-studies/${SCENARIO}/`);
  const walk = page.getByRole('region', { name: 'What would you do?' });
  await walk.scrollIntoViewIfNeeded();
  await walk.getByRole('radio').first().check();
  await walk.getByRole('button', { name: 'Check my choice' }).click();
  await walk.getByText('How the other options play out').click();
  expect(await axeViolations(page)).toEqual([]);
  while (await walk.getByRole('button', { name: /^(Next decision|See my summary)$/ }).isVisible()) {
    await walk.getByRole('button', { name: /^(Next decision|See my summary)$/ }).click();
    if (await walk.getByRole('heading', { name: 'Your choices' }).isVisible()) break;
    await walk.getByRole('radio').first().check();
    await walk.getByRole('button', { name: 'Check my choice' }).click();
  }
  await expect(walk.getByRole('heading', { name: 'Your choices' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.goto('/case-studies/?risk=people&jurisdiction=canada');
  await expect(page.getByRole('button', { name: 'Clear filters' })).toBeEnabled();
  expect(await axeViolations(page)).toEqual([]);
});
