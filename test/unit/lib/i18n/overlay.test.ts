import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { applyOverlay, checkBody, localizeData, resolveTranslation, splitOverlay } from '#src/lib/i18n/overlay.ts';
import { type TranslatableFields, textStamp } from '#src/lib/i18n/translatable.ts';
import { GlossaryTermSchema } from '#src/schemas/framework.ts';

const spec: TranslatableFields = {
  text: [
    'title',
    'summary',
    'researcherMustDo.*',
    'comparison.*.note',
    'decisionPoints.*.prompt',
    'decisionPoints.*.choices.*.text',
    'questions.*.prompt',
    'questions.*.options.*.text',
    'questions.*.link.label',
  ],
  vocabulary: ['keywords.*'],
  body: true,
};

const english = () => ({
  title: 'Canada',
  summary: 'Funding rules.',
  code: 'CA',
  keywords: ['grant', 'funding'],
  researcherMustDo: ['Check the list.', 'Sign the attestation.'],
  comparison: {
    'entity-list': { value: 'yes', note: 'A list exists.', source: 'doc-a' },
    'mandatory-training': { value: 'no', note: 'No rule.', source: 'doc-a' },
  },
  decisionPoints: [
    {
      prompt: 'What now?',
      choices: [
        { text: 'Ask.', rating: 'recommended' },
        { text: 'Wait.', rating: 'risky' },
      ],
    },
  ],
  questions: [
    {
      id: 'q1',
      prompt: 'Which?',
      options: [
        { id: 'a', text: 'This', correct: true },
        { id: 'b', text: 'That', correct: false },
      ],
      link: { href: '/x/', label: 'Read' },
    },
    {
      id: 'q2',
      prompt: 'Why?',
      options: [{ id: 'a', text: 'Because', correct: true }],
      link: { href: '/y/', label: 'More' },
    },
  ],
});

describe('splitOverlay', () => {
  it('takes the stamp and the date out of the translated fields', () => {
    const { meta, fields } = splitOverlay({ translationOf: 'abc', translated: new Date('2026-12-02'), title: 'T' });
    expect(meta).toEqual({ translationOf: 'abc', translated: '2026-12-02' });
    expect(fields).toEqual({ title: 'T' });
  });
});

describe('applyOverlay', () => {
  it('lays the words over the English: maps by key, arrays by position or id, the rest from English', () => {
    const en = english();
    const { data, problems } = applyOverlay(
      en,
      {
        title: 'Canada',
        summary: 'Règles de financement.',
        keywords: ['subvention', 'financement', 'grant'],
        researcherMustDo: ['Vérifiez la liste.', 'Signez l’attestation.'],
        comparison: { 'entity-list': { note: 'Une liste existe.' } },
        decisionPoints: [{ prompt: 'Et maintenant ?', choices: [{ text: 'Demander.' }, {}] }],
        questions: [
          { id: 'q2', prompt: 'Pourquoi ?' },
          {
            id: 'q1',
            prompt: 'Laquelle ?',
            options: [
              { id: 'b', text: 'Celle-là' },
              { id: 'a', text: 'Celle-ci' },
            ],
            link: { label: 'Lire' },
          },
        ],
      },
      spec,
    );
    expect(problems).toEqual([]);
    expect(data).toMatchObject({
      summary: 'Règles de financement.',
      code: 'CA',
      keywords: ['subvention', 'financement', 'grant'],
      researcherMustDo: ['Vérifiez la liste.', 'Signez l’attestation.'],
      comparison: {
        'entity-list': { value: 'yes', note: 'Une liste existe.', source: 'doc-a' },
        'mandatory-training': { value: 'no', note: 'No rule.' },
      },
      decisionPoints: [
        { prompt: 'Et maintenant ?', choices: [{ text: 'Demander.', rating: 'recommended' }, { text: 'Wait.' }] },
      ],
      questions: [
        {
          id: 'q1',
          prompt: 'Laquelle ?',
          options: [
            { id: 'a', text: 'Celle-ci', correct: true },
            { id: 'b', text: 'Celle-là', correct: false },
          ],
          link: { href: '/x/', label: 'Lire' },
        },
        { id: 'q2', prompt: 'Pourquoi ?', options: [{ id: 'a', text: 'Because' }] },
      ],
    });
    expect(en).toEqual(english());
  });

  it.each([
    [{ code: 'FR' }, 'code', 'is not a translatable field', false],
    [
      { comparison: { 'entity-list': { value: 'no' } } },
      'comparison.entity-list.value',
      'is not a translatable field',
      false,
    ],
    [
      { questions: [{ id: 'q1', link: { href: '/fr/x/' } }] },
      'questions.0.link.href',
      'is not a translatable field',
      false,
    ],
    [{ title: ['Canada'] }, 'title', 'must be text', false],
    [{ researcherMustDo: 'Vérifiez.' }, 'researcherMustDo', 'must be a list', false],
    [{ questions: [{ prompt: 'Laquelle ?' }] }, 'questions.0', 'needs the "id"', false],
    [{ questions: [{ id: 'q1' }, { id: 'q1' }] }, 'questions.1', 'translates the item "q1" twice', false],
    [{ decisionPoints: [{ id: 'x', prompt: 'Et ?' }] }, 'decisionPoints.0.id', 'the English item has no id', false],
    [{ comparison: { 'no-such-dimension': { note: 'Note.' } } }, 'comparison.no-such-dimension', 'no such field', true],
    [{ researcherMustDo: ['Vérifiez la liste.'] }, 'researcherMustDo', 'has 1 items where the English has 2', true],
    [{ decisionPoints: [{}, {}] }, 'decisionPoints', 'has 2 items where the English has 1', true],
    [{ questions: [{ id: 'q9', prompt: 'Quoi ?' }] }, 'questions.0', 'no item with id "q9"', true],
    [
      { questions: [{ id: 'q1', prompt: 'Laquelle ?' }] },
      'questions',
      'no translation for the English item(s) "q2"',
      true,
    ],
  ])('%j: %s %s (drift: %s)', (overlay, path, message, drift) => {
    const { problems } = applyOverlay(english(), overlay, spec);
    expect(problems).toContainEqual({ path, message: expect.stringContaining(message), drift });
  });

  it('keeps the English where a part does not line up', () => {
    const { data } = applyOverlay(english(), { researcherMustDo: ['Vérifiez la liste.'], title: 'Le Canada' }, spec);
    expect(data.researcherMustDo).toEqual(english().researcherMustDo);
    expect(data.title).toBe('Le Canada');
  });
});

describe('localizeData', () => {
  const term = {
    title: 'Dual use',
    summary: 'Knowledge or technology with both civilian and military uses.',
    definition: 'Dual-use items, software and knowledge can serve peaceful and harmful ends alike.',
    lastReviewed: '2026-11-21',
    sources: ['g7-best-practices-2024'],
    related: [{ href: '/areas/dual-use/', label: 'At-risk areas' }],
  };
  const schema = GlossaryTermSchema();
  const english = schema.parse(term) as Record<string, unknown>;

  it('checks the merged entry with the English schema', () => {
    const ok = localizeData(
      english,
      { title: 'Double usage', related: [{ label: 'Domaines à risque' }] },
      { text: ['title', 'summary', 'related.*.label'], body: false },
      schema,
    );
    expect(ok.problems).toEqual([]);
    expect(ok.data).toMatchObject({
      title: 'Double usage',
      sources: ['g7-best-practices-2024'],
      related: [{ href: '/areas/dual-use/', label: 'Domaines à risque' }],
    });
  });

  it('reports the schema limits in the translation (a summary over 400 characters), keeping the English', () => {
    const long = localizeData(english, { summary: 'x'.repeat(401) }, { text: ['summary'], body: false }, schema);
    expect(long.problems).toContainEqual({ path: 'summary', message: expect.stringContaining('400'), drift: false });
    expect(long.data.summary).toBe(term.summary);
  });

  it('works over a plain schema too', () => {
    const r = localizeData({ a: 'x' }, { a: '' }, { text: ['a'], body: false }, z.object({ a: z.string().min(1) }));
    expect(r.problems).toHaveLength(1);
  });
});

describe('checkBody', () => {
  const en =
    'Intro.\n\n## One\n\nSee [the list](/areas/) and [a term](/glossary/#x).\n\n<KnowledgeCheck id="kc-1" />\n\n### Sub\n\nText.\n';
  it('accepts the same headings, links and components in other words', () => {
    expect(
      checkBody(
        en,
        'Introduction.\n\n## Un\n\nVoir [la liste](/areas/) et [un terme](/glossary/#x).\n\n<KnowledgeCheck id="kc-1" />\n\n### Sous\n\nTexte.\n',
      ),
    ).toEqual([]);
  });
  it.each([
    ['Intro.\n\n## Un\n\n[l](/areas/) [t](/glossary/#x) <KnowledgeCheck id="kc-1" />\n', 'has headings ##'],
    ['## Un\n\n[l](/areas/) <KnowledgeCheck id="kc-1" />\n\n### S\n', 'missing /glossary/#x'],
    [
      '## Un\n\n[l](/areas/) [t](/glossary/#x) [u](/fr/areas/) <KnowledgeCheck id="kc-1" />\n\n### S\n',
      'not in English /fr/areas/',
    ],
    ['## Un\n\n[l](/areas/) [t](/glossary/#x)\n\n### S\n', 'components (none) differ'],
  ])('%j: %s', (body, message) => {
    expect(checkBody(en, body).map((p) => p.message)).toContainEqual(expect.stringContaining(message));
  });
});

describe('resolveTranslation', () => {
  const spec: TranslatableFields = { text: ['title', 'steps.*'], body: true };
  const schema = z.object({ title: z.string().min(2), steps: z.array(z.string()), code: z.string() });
  const english = { data: { title: 'Title', steps: ['One', 'Two'], code: 'X' }, body: '## A\n\nText.' };
  const stamp = textStamp(english.data, english.body, spec);

  it('is translated when the stamp is the English text’s, with the merged data and the day', () => {
    const r = resolveTranslation(
      english,
      {
        data: { translationOf: stamp, translated: '2026-12-02', title: 'Titre', steps: ['Un', 'Deux'] },
        body: '## A\n\nTexte.',
      },
      spec,
      schema,
    );
    expect(r).toEqual({
      state: 'translated',
      data: { title: 'Titre', steps: ['Un', 'Deux'], code: 'X' },
      translated: '2026-12-02',
      bodyTranslated: true,
      errors: [],
      notes: [],
    });
  });

  it('is stale when the English text changed; what no longer lines up is a note and stays English', () => {
    const changed = { data: { ...english.data, steps: ['One', 'Two', 'Three'] }, body: english.body };
    const r = resolveTranslation(
      changed,
      { data: { translationOf: stamp, title: 'Titre', steps: ['Un', 'Deux'] } },
      spec,
      schema,
    );
    expect(r.state).toBe('stale');
    expect(r.data).toEqual({ title: 'Titre', steps: ['One', 'Two', 'Three'], code: 'X' });
    expect(r.errors).toEqual([]);
    expect(r.notes).toHaveLength(1);
    expect(r.bodyTranslated).toBe(false);
  });

  it('a misaligned current translation, or one outside the translatable paths, has errors', () => {
    const r = resolveTranslation(english, { data: { translationOf: stamp, steps: ['Un'], code: 'Y' } }, spec, schema);
    expect(r.errors.map((e) => e.path)).toEqual(['steps', 'code']);
  });
});
