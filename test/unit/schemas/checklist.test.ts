/** The checklist schema's rule for actions by answer: one for every answer that needs one, no others. */
import { describe, expect, it } from 'vitest';
import { type ItemSpec, make } from '../features/checklists/helpers.ts';

describe('actions by answer', () => {
  const EXPOSURE = [
    { value: 'yes', label: 'Yes', score: 0 },
    { value: 'unsure', label: 'Not sure', score: 0.25 },
    { value: 'no', label: 'No', score: 1 },
    { value: 'na', label: 'Not applicable', score: null },
  ];
  const one = (item: ItemSpec) => () => make('risk', { s: [item] }, { scales: { exposure: EXPOSURE } });
  const text = 'Take a concrete first step.';

  it('accepts an action for every answer below the best, with or without one for the best', () => {
    expect(one({ id: 'q', actions: { partly: text, no: text } })).not.toThrow();
    expect(one({ id: 'q', actions: { yes: text, partly: text, no: text } })).not.toThrow();
    expect(one({ id: 'q', scale: 'exposure', actions: { yes: text, unsure: text } })).not.toThrow();
  });

  it.each([
    [
      'an answer below the best has none',
      { id: 'q1', actions: { no: text } },
      'item "q1" has no action for the answer "partly"',
    ],
    [
      '"not sure" has none',
      { id: 'q2', scale: 'exposure', actions: { yes: text } },
      'item "q2" has no action for the answer "unsure"',
    ],
    [
      'a flagged "not applicable" has none',
      { id: 'q3', flagOn: ['na'], flagLevel: 'high', actions: { partly: text, no: text } },
      'item "q3" has no action for the answer "na"',
    ],
    [
      'a key is not on the scale',
      { id: 'q4', actions: { partly: text, no: text, unsure: text } },
      'item "q4" has an action for "unsure", which is not a value of its scale',
    ],
    [
      '"not applicable" has one but raises no flag',
      { id: 'q5', actions: { partly: text, no: text, na: text } },
      'item "q5" has an action for "na"',
    ],
  ] as [string, ItemSpec, string][])('rejects an item when %s', (_, item, message) => {
    let messages: string[] = [];
    try {
      one(item)();
    } catch (error) {
      messages = (error as { issues: { message: string }[] }).issues.map((i) => i.message);
    }
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(message);
  });

  it('rejects an action shorter than 10 or longer than 400 characters', () => {
    expect(one({ id: 'q', actions: { partly: 'Too short', no: text } })).toThrow();
    expect(one({ id: 'q', actions: { partly: 'x'.repeat(401), no: text } })).toThrow();
  });
});
