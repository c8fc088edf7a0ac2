/**
 * The synthetic corpus of the benchmark (`npm run bench`): N entries spread over the real
 * collections, shaped like real entries and valid against the real schemas, so that the site can be
 * built at 1,000 and 5,000 entries with its own code. MDX entries get 600–900 words of body in
 * `##` sections with lists and links; YAML entries get the nested structures the pages render
 * (decision points, lessons with knowledge checks, quiz questions, checklist sections, list items,
 * comparison cells for every dimension).
 *
 * Every synthetic id starts with `bench-`, and synthetic entries cite and reference synthetic
 * entries, so the corpus validates whatever state the real content is in. The only real ids used
 * are those the schemas force: the dimensions every jurisdiction must answer and the best practices
 * every case study names (synthetic practices stand in when the real ones are missing).
 * Deterministic: the same size and seed give the same files.
 */
import yaml from 'js-yaml';
import { CASE_TOPICS } from '#src/schemas/case-study.ts';
import { RISK_VECTORS, STAKEHOLDERS } from '#src/schemas/common.ts';
import { SOURCE_KINDS } from '#src/schemas/source.ts';

export interface CorpusFile {
  /** Path inside the content folder, e.g. "case-studies/bench-case-0001.md". */
  path: string;
  text: string;
}

/** Collections the corpus fills, with their share of the entries (they sum to 1). */
export const CORPUS_SHARES = {
  sources: 0.3,
  glossary: 0.12,
  instruments: 0.12,
  'case-studies': 0.15,
  areas: 0.07,
  modules: 0.05,
  quizzes: 0.05,
  jurisdictions: 0.04,
  checklists: 0.04,
  'technology-lists': 0.03,
  paths: 0.03,
} as const;

export type CorpusCollection = keyof typeof CORPUS_SHARES;

/** How many entries of each collection a corpus of `total` entries has (quizzes = modules). */
export function corpusPlan(total: number): Record<CorpusCollection, number> {
  const names = Object.keys(CORPUS_SHARES) as CorpusCollection[];
  const plan = Object.fromEntries(names.map((n) => [n, Math.max(2, Math.floor(total * CORPUS_SHARES[n]))])) as Record<
    CorpusCollection,
    number
  >;
  plan.quizzes = plan.modules;
  const used = names.reduce((sum, n) => sum + plan[n], 0);
  plan.sources = Math.max(2, plan.sources + total - used);
  return plan;
}

/** Mulberry32: a small seeded generator, so that a corpus is reproducible. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const some = <T>(xs: readonly T[], min: number, max: number): T[] => {
    const pool = [...xs];
    const out: T[] = [];
    const n = Math.min(pool.length, int(min, max));
    while (out.length < n) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
    return out;
  };
  return { next, int, pick, some };
}
type Rng = ReturnType<typeof rng>;

// Words for plain, on-topic prose (no characters MDX would read as code).
const SUBJECTS = [
  'The research office',
  'A principal investigator',
  'The funder',
  'Each partner institution',
  'The project team',
  'A doctoral researcher',
  'The ethics committee',
  'The technology transfer office',
  'A visiting scholar',
  'The security adviser',
  'The head of department',
  'The data steward',
  'The grants team',
  'A laboratory manager',
];
const VERBS = [
  'reviews',
  'documents',
  'checks',
  'discusses',
  'records',
  'assesses',
  'explains',
  'limits',
  'agrees on',
  'revisits',
  'tracks',
  'clarifies',
  'weighs',
  'shares',
];
const OBJECTS = [
  'the origin of the funding',
  'access to the shared laboratory',
  'the export control classification of the equipment',
  'the affiliations of every co-author',
  'the data management plan',
  'possible conflicts of commitment',
  'the terms of the collaboration agreement',
  'the sensitivity of the expected results',
  'the travel arrangements for the conference',
  'the handling of confidential peer review',
  'the national list of critical technologies',
  'the proportionality of each measure',
  'the ownership of the intellectual property',
  'the storage of personal and health data',
];
const QUALIFIERS = [
  'before the contract is signed',
  'at the start of each project',
  'whenever the scope changes',
  'in plain language',
  'with the people concerned',
  'without singling out any group of people',
  'as openly as possible',
  'once a year',
  'together with the research office',
  'in line with national guidance',
  'so that decisions can be explained later',
  'while keeping the work open by default',
  'and keeps a short written note',
  'before any sensitive data leaves the institution',
];
const OPENERS = [
  'In practice,',
  'As a rule,',
  'Where the risk is low,',
  'For most projects,',
  'In some cases,',
  'At the same time,',
  'First of all,',
  'Over time,',
  'When in doubt,',
  '',
];
const HEADINGS = [
  'Overview',
  'Why it matters',
  'What the rules say',
  'How risk is assessed',
  'Who is responsible',
  'What researchers should do',
  'Common pitfalls',
  'Keeping research open',
  'Working with partners',
  'Data and equipment',
  'Training and awareness',
  'When to ask for advice',
  'How it is reviewed',
  'Further reading',
];
const NOUNS = [
  'disclosure',
  'screening',
  'collaboration',
  'export control',
  'due diligence',
  'data security',
  'conflict of interest',
  'foreign interference',
  'dual use',
  'open science',
  'risk register',
  'partner review',
  'research integrity',
  'knowledge security',
];
const ADJECTIVES = [
  'coordinated',
  'proportionate',
  'institutional',
  'national',
  'shared',
  'independent',
  'transparent',
  'annual',
  'sector-wide',
  'targeted',
];
const PUBLISHERS = [
  'Ministry of Research',
  'National Research Council',
  'Office for Research Security',
  'Federal Science Agency',
  'University Association',
  'Research Integrity Office',
  'Export Control Authority',
  'Academy of Sciences',
];
const PLACES = [
  'Northmark',
  'Estavia',
  'Lindora',
  'Caldris',
  'Veloria',
  'Aurant',
  'Besmere',
  'Corvania',
  'Dunholm',
  'Elsinor',
  'Ferrano',
  'Galdria',
];
const DISCIPLINES = [
  'physics',
  'chemistry',
  'computer science',
  'electrical engineering',
  'materials science',
  'biology',
  'medicine',
  'mathematics',
  'earth sciences',
  'mechanical engineering',
];
const REVIEWED = '2026-11-21';
const QUESTION_KINDS = ['single', 'multiple', 'true-false', 'scenario'] as const;
const capital = (s: string) => `${s[0]!.toUpperCase()}${s.slice(1)}`;

function sentence(r: Rng): string {
  const opener = r.pick(OPENERS);
  const s = `${r.pick(SUBJECTS)} ${r.pick(VERBS)} ${r.pick(OBJECTS)} ${r.pick(QUALIFIERS)}.`;
  return opener ? `${opener} ${s[0]!.toLowerCase()}${s.slice(1)}` : s;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

function paragraph(r: Rng, sentences = r.int(3, 5)): string {
  return Array.from({ length: sentences }, () => sentence(r)).join(' ');
}

/** Short plain text of about `min`–`max` characters, for summaries and notes. */
function line(r: Rng, max = 200): string {
  let s = sentence(r);
  while (s.length < 40) s = `${s} ${sentence(r)}`;
  return s.length > max ? `${s.slice(0, max - 1).replace(/\s+\S*$/, '')}.` : s;
}

const pad = (n: number) => String(n).padStart(4, '0');
const fm = (data: Record<string, unknown>) => yaml.dump(data, { lineWidth: -1 }).trimEnd();
const mdx = (data: Record<string, unknown>, body: string) => `---\n${fm(data)}\n---\n\n${body}\n`;

/** An MDX body of `sections` `##` sections reaching 600–900 words, with lists and links. */
function body(
  r: Rng,
  links: string[],
  headings: string[] = r.some(HEADINGS, 5, 7),
  extra?: (i: number) => string,
): string {
  const target = r.int(600, 900);
  const parts: string[] = [];
  let count = 0;
  headings.forEach((h, i) => {
    const remaining = headings.length - i;
    const share = Math.max(40, Math.round((target - count) / remaining));
    const section: string[] = [`## ${h}`];
    let n = 0;
    if (links.length > 0 && r.next() < 0.7) {
      const see = `See also [${r.pick(NOUNS)}](${r.pick(links)}).`;
      section.push(see);
      n += words(see);
    }
    while (n < share) {
      if (share - n > 50 && r.next() < 0.3) {
        const items = Array.from({ length: r.int(3, 4) }, () => `- ${line(r, 120)}`);
        section.splice(1, 0, items.join('\n'));
        n += words(items.join(' '));
        continue;
      }
      // Sentence by sentence, so that the body lands inside its word budget.
      const sentences: string[] = [];
      while (n < share && sentences.length < 4) {
        const s = sentence(r);
        sentences.push(s);
        n += words(s);
      }
      section.splice(1, 0, sentences.join(' '));
    }
    if (extra) section.push(extra(i));
    count += n;
    parts.push(section.join('\n\n'));
  });
  return parts.join('\n\n');
}

export interface CorpusInput {
  total: number;
  /** Ids of the dimensions in the real content: every jurisdiction answers each. */
  dimensions: string[];
  /** Ids of the best practices in the real content (synthetic ones are made when empty). */
  practices: string[];
  seed?: number;
}

/** The synthetic entries, as files to write under the content folder. */
export function generateCorpus({ total, dimensions, practices, seed = 1 }: CorpusInput): CorpusFile[] {
  const r = rng(seed);
  // As in the real content: bodies without components are plain Markdown; modules, which embed
  // knowledge checks, are MDX (scripts/qa/validate-content.ts enforces the rule).
  const ext = 'md';
  const plan = corpusPlan(total);
  const files: CorpusFile[] = [];
  const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `bench-${prefix}-${pad(i + 1)}`);

  const sources = ids('source', plan.sources);
  const jurisdictions = ids('jurisdiction', plan.jurisdictions);
  const categoryCount = Math.max(1, Math.round(plan.areas / 4));
  const areas = ids('area', plan.areas);
  const categories = areas.slice(0, categoryCount);
  const technologies = areas.slice(categoryCount).length > 0 ? areas.slice(categoryCount) : areas;
  const cases = ids('case', plan['case-studies']);
  const modules = ids('module', plan.modules);
  const checklists = ids('checklist', plan.checklists);
  const glossary = ids('term', plan.glossary);
  const practiceIds = practices.length > 0 ? practices : ids('practice', 4);
  const cite = () => r.some(sources, 1, 4);
  const pageLinks = [
    ...cases.slice(0, 50).map((id) => `/case-studies/${id}/`),
    ...areas.slice(0, 30).map((id) => `/areas/${id}/`),
    ...jurisdictions.slice(0, 20).map((id) => `/jurisdictions/${id}/`),
    ...glossary.slice(0, 30).map((id) => `/glossary/#${id}`),
    '/sources/',
    '/compare/',
  ];
  const link = () => ({ href: r.pick(pageLinks), label: `Read about ${r.pick(NOUNS)}` });
  const place = (i: number) => `${PLACES[i % PLACES.length]} ${Math.floor(i / PLACES.length) + 1}`;

  if (practices.length === 0) {
    practiceIds.forEach((id, i) => {
      const role = () => ({ summary: [paragraph(r, 2)], actions: Array.from({ length: 4 }, () => line(r, 140)) });
      const data = {
        title: `Practice ${i + 1}: ${r.pick(NOUNS)}`,
        summary: line(r),
        lastReviewed: REVIEWED,
        sources: cite(),
        number: i + 1,
        shortTitle: `Practice ${i + 1}`,
        roles: Object.fromEntries(STAKEHOLDERS.map((s) => [s, role()])),
      };
      files.push({ path: `practices/${id}.${ext}`, text: mdx(data, body(r, pageLinks)) });
    });
  }

  sources.forEach((id, i) => {
    const year = r.int(2012, 2026);
    const data = {
      title: `${capital(r.pick(ADJECTIVES))} guidance on ${r.pick(NOUNS)} (${year})`,
      publisher: `${r.pick(PUBLISHERS)} of ${place(i)}`,
      date: `${year}-${String(r.int(1, 12)).padStart(2, '0')}`,
      url: `https://www.example.org/bench/${id}`,
      jurisdiction:
        r.next() < 0.6 && jurisdictions.length > 0 ? r.pick(jurisdictions) : r.pick(['g7', 'international']),
      kind: r.pick(SOURCE_KINDS),
      official: r.next() < 0.7,
      language: 'en',
      summary: line(r, 220),
      lastReviewed: REVIEWED,
    };
    files.push({ path: `sources/${id}.yaml`, text: `${fm(data)}\n` });
  });

  jurisdictions.forEach((id, i) => {
    const cells = Object.fromEntries(
      dimensions.map((d) => [
        d,
        {
          value: r.pick(['yes', 'partial', 'no', 'unknown']),
          note: line(r, 160),
          source: r.pick(sources),
          lastVerified: REVIEWED,
          changed: REVIEWED,
        },
      ]),
    );
    const data = {
      title: place(i),
      summary: line(r, 300),
      lastReviewed: REVIEWED,
      sources: cite(),
      code: `${String.fromCharCode(65 + (Math.floor(i / 26) % 26))}${String.fromCharCode(65 + (i % 26))}`,
      kind: 'country',
      g7: false,
      tile: { col: r.int(1, 12), row: r.int(1, 8) },
      leadBodies: Array.from({ length: r.int(2, 4) }, () => ({
        name: `${r.pick(PUBLISHERS)} of ${place(i)}`,
        role: line(r, 140),
        source: r.pick(sources),
      })),
      identification: r.pick(['lists', 'country-agnostic', 'mixed', 'unknown']),
      researcherMustDo: Array.from({ length: r.int(4, 6) }, () => line(r, 140)),
      comparison: cells,
    };
    const headings = [
      'Overview',
      'Legal basis',
      'Identifying sensitive research',
      'Due diligence',
      'Training',
      'Screening',
      'Advice and support',
      'Research integrity',
    ];
    files.push({ path: `jurisdictions/${id}.${ext}`, text: mdx(data, body(r, pageLinks, headings)) });
  });

  areas.forEach((id, i) => {
    const isCategory = i < categoryCount;
    const data = {
      title: capital(`${r.pick(ADJECTIVES)} ${r.pick(NOUNS)} ${i + 1}`),
      summary: line(r, 300),
      lastReviewed: REVIEWED,
      sources: cite(),
      kind: isCategory ? 'category' : 'technology',
      keywords: r.some(NOUNS, 3, 6),
      disciplines: r.some(DISCIPLINES, 1, 3),
      categories: isCategory ? [] : r.some(categories, 1, 2),
      questions: Array.from(
        { length: r.int(3, 5) },
        () => `Does ${r.pick(OBJECTS)} need a closer look ${r.pick(QUALIFIERS)}?`,
      ),
      nextSteps: Array.from({ length: r.int(2, 4) }, link),
      caseStudies: r.some(cases, 0, 3),
    };
    files.push({ path: `areas/${id}.${ext}`, text: mdx(data, body(r, pageLinks)) });
  });

  cases.forEach((id, i) => {
    const scenario = i % 5 !== 0;
    const choice = (rating: string) => ({
      text: line(r, 140),
      consequence: line(r, 200),
      feedback: line(r, 200),
      rating,
    });
    const data = {
      title: `${scenario ? 'Scenario' : 'Policy example'}: ${r.pick(NOUNS)} ${i + 1}`,
      summary: line(r, 300),
      lastReviewed: REVIEWED,
      sources: cite(),
      kind: scenario ? 'scenario' : 'policy',
      riskVectors: r.some(RISK_VECTORS, 1, 2),
      stakeholders: r.some(STAKEHOLDERS, 1, 3),
      jurisdictions: r.some(jurisdictions, 0, 2),
      areas: r.some(areas, 1, 3),
      practices: r.some(practiceIds, 1, 2),
      topics: r.some(CASE_TOPICS, 1, 3),
      redFlags: scenario ? Array.from({ length: r.int(3, 5) }, () => line(r, 140)) : [],
      decisionPoints: scenario
        ? Array.from({ length: r.int(2, 4) }, () => ({
            prompt: `${line(r, 200)} What should happen next?`,
            choices: [choice('recommended'), choice('acceptable'), choice('risky')],
          }))
        : [],
      mitigations: Array.from({ length: r.int(3, 6) }, () => line(r, 140)),
      discussion: Array.from(
        { length: 3 },
        () => `How would ${r.pick(SUBJECTS).toLowerCase()} handle ${r.pick(OBJECTS)}?`,
      ),
      ...(scenario
        ? {
            facilitator: {
              minutes: 45,
              groupSize: '4 to 15 participants',
              steps: Array.from({ length: 4 }, () => ({ minutes: 10, activity: line(r, 140) })),
            },
          }
        : {}),
    };
    const headings = scenario
      ? ['The situation', 'What happened next', 'The people involved', 'What was at stake', 'Background']
      : ['Context', 'How it works', 'Results so far', 'What others can learn', 'Limits'];
    files.push({ path: `case-studies/${id}.${ext}`, text: mdx(data, body(r, pageLinks, headings)) });
  });

  modules.forEach((id, i) => {
    const lessons = 4;
    const question = (qid: string, type: (typeof QUESTION_KINDS)[number]) => {
      const n = type === 'true-false' ? 2 : 4;
      const correct = type === 'multiple' ? [0, 2] : [r.int(0, n - 1)];
      return {
        id: qid,
        type,
        ...(type === 'scenario' ? { scenario: line(r, 240) } : {}),
        prompt: `Which statement about ${r.pick(NOUNS)} is right?`,
        options: Array.from({ length: n }, (_, k) => ({
          id: `o${k + 1}`,
          text: type === 'true-false' ? (k === 0 ? 'True' : 'False') : line(r, 120),
          correct: correct.includes(k),
        })),
        explanation: line(r, 240),
        link: link(),
      };
    };
    const module = {
      title: `Module ${i + 1}: ${r.pick(NOUNS)} in practice`,
      summary: line(r, 300),
      lastReviewed: REVIEWED,
      sources: cite(),
      order: 100 + i,
      minutes: r.int(15, 25),
      audience: r.some(STAKEHOLDERS, 1, 3),
      objectives: Array.from(
        { length: 3 },
        () => `Explain how ${r.pick(SUBJECTS).toLowerCase()} ${r.pick(VERBS)} ${r.pick(OBJECTS)}.`,
      ),
      keyPoints: Array.from({ length: 5 }, () => line(r, 160)),
      related: Array.from({ length: 3 }, link),
    };
    const headings = Array.from({ length: lessons }, (_, k) => `Lesson ${k + 1}: ${r.pick(HEADINGS).toLowerCase()}`);
    files.push({
      path: `modules/${id}.mdx`,
      text: mdx(
        module,
        body(r, pageLinks, headings, (k) => `<KnowledgeCheck id="kc-${k + 1}" />`),
      ),
    });
    const quiz = {
      title: `Quiz: module ${i + 1}`,
      summary: line(r, 300),
      lastReviewed: REVIEWED,
      sources: cite(),
      module: id,
      passMark: 0.8,
      questions: Array.from({ length: 8 }, (_, k) => question(`q${k + 1}`, QUESTION_KINDS[k % QUESTION_KINDS.length]!)),
      checks: Array.from({ length: lessons }, (_, k) => question(`kc-${k + 1}`, 'single')),
    };
    files.push({ path: `quizzes/${id}.yaml`, text: `${fm(quiz)}\n` });
  });

  checklists.forEach((id, i) => {
    const risk = i % 2 === 0;
    const scale = [
      { value: 'yes', label: 'Yes', score: risk ? 0 : 1 },
      { value: 'unsure', label: 'Not sure', score: 0.25 },
      { value: 'no', label: 'No', score: risk ? 1 : 0 },
      { value: 'na', label: 'Not applicable', score: null },
    ];
    const sections = Array.from({ length: 3 }, (_, s) => ({
      id: `s${s + 1}`,
      title: `Section ${s + 1}: ${r.pick(HEADINGS).toLowerCase()}`,
      intro: line(r, 200),
      items: Array.from({ length: 5 }, (_, k) => {
        const flagged = k === 0;
        const question = `Does ${r.pick(SUBJECTS).toLowerCase()} check ${r.pick(OBJECTS)}?`;
        const guidance = line(r, 200);
        const weight = r.pick([1, 1, 2, 3]);
        const flag = flagged ? { flagOn: [risk ? 'yes' : 'no'], flagLevel: r.pick(['low', 'medium', 'high']) } : {};
        const action = line(r, 200);
        return {
          id: `s${s + 1}-i${k + 1}`,
          question,
          guidance,
          weight,
          ...flag,
          // An action for every answer below the best (no random draws, so the corpus stays the same).
          actions: { [risk ? 'yes' : 'no']: action, unsure: `Find out first: ${action}` },
          links: [link()],
          source: r.pick(sources),
        };
      }),
    }));
    const levels = risk
      ? [
          { id: 'low', label: 'Low risk', min: 0, description: line(r, 200) },
          { id: 'medium', label: 'Medium risk', min: 20, onFlag: 'medium', description: line(r, 200) },
          { id: 'high', label: 'High risk', min: 50, onFlag: 'high', description: line(r, 200) },
        ]
      : [
          { id: 'starting', label: 'Starting', min: 0, onFlag: 'high', description: line(r, 200) },
          { id: 'developing', label: 'Developing', min: 40, onFlag: 'medium', description: line(r, 200) },
          { id: 'established', label: 'Established', min: 75, description: line(r, 200) },
        ];
    const data = {
      title: `Self-assessment ${i + 1}: ${r.pick(NOUNS)}`,
      summary: line(r, 300),
      lastReviewed: REVIEWED,
      sources: cite(),
      order: 100 + i,
      mode: risk ? 'risk' : 'maturity',
      modelledOn: [
        { label: `The ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)} tool of ${place(i)}`, source: r.pick(sources) },
      ],
      audience: line(r, 200),
      scoringInstructions: paragraph(r, 3),
      scale,
      sections,
      levels,
      rules: [
        {
          id: 'combined',
          description: line(r, 200),
          all: [{ item: 's1-i2', answers: ['yes'] }],
          any: [{ item: 's2-i2', answers: ['yes', 'unsure'] }],
          level: risk ? 'high' : 'starting',
        },
      ],
    };
    files.push({ path: `checklists/${id}.yaml`, text: `${fm(data)}\n` });
  });

  ids('list', plan['technology-lists']).forEach((id, i) => {
    const data = {
      title: `Critical technology list of ${place(i)}`,
      summary: line(r, 300),
      lastReviewed: REVIEWED,
      sources: cite(),
      shortTitle: `${place(i)} list`.slice(0, 24),
      jurisdiction: r.pick(jurisdictions),
      publisher: `${r.pick(PUBLISHERS)} of ${place(i)}`,
      date: `${r.int(2018, 2026)}`,
      order: 100 + i,
      items: Array.from({ length: r.int(8, 15) }, (_, k) => ({
        id: `item-${k + 1}`,
        label: `${r.pick(ADJECTIVES)} ${r.pick(NOUNS)}`,
        areas: r.some(technologies, 1, 2),
        highestRisk: r.next() < 0.2,
        source: r.pick(sources),
      })),
    };
    files.push({ path: `technology-lists/${id}.yaml`, text: `${fm(data)}\n` });
  });

  glossary.forEach((id, i) => {
    const data = {
      title: `${r.pick(ADJECTIVES)} ${r.pick(NOUNS)} ${PLACES[i % PLACES.length]!.toLowerCase()} ${i + 1}`,
      summary: line(r, 200),
      lastReviewed: REVIEWED,
      sources: cite(),
      definition: paragraph(r, r.int(3, 5)),
      aliases: [`${r.pick(NOUNS)} term ${i + 1}`],
      translations: { fr: `terme ${i + 1}`, de: `Begriff ${i + 1}` },
      translationSources: { fr: sources[i % sources.length]!, de: sources[(i + 1) % sources.length]! },
      related: [link()],
    };
    files.push({ path: `glossary/${id}.yaml`, text: `${fm(data)}\n` });
  });

  ids('instrument', plan.instruments).forEach((id, i) => {
    const national = r.next() < 0.8 && jurisdictions.length > 0;
    const year = r.int(2010, 2026);
    const month = String(r.int(1, 12)).padStart(2, '0');
    const data = {
      title: `${national ? place(i) : 'International'}: ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)} ${r.pick(['act', 'policy', 'guidelines', 'list'])}`,
      summary: line(r, 300),
      lastReviewed: REVIEWED,
      sources: cite(),
      ...(national
        ? { jurisdiction: r.pick(jurisdictions), scope: 'national' }
        : { scope: r.pick(['g7', 'international']) }),
      kind: r.pick(['law', 'regulation', 'policy', 'guidance', 'body', 'list', 'report', 'statement']),
      status: r.pick(['proposed', 'consultation', 'adopted', 'in-force', 'amended', 'repealed', 'expired']),
      stakeholders: r.some([...STAKEHOLDERS], 1, 3),
      obligations: Array.from({ length: r.int(0, 3) }, () => line(r, 160)),
      events: [
        { date: `${year}-${month}`, type: 'announced' },
        { date: `${Math.min(2027, year + r.int(0, 2))}`, type: r.pick(['adopted', 'in-force', 'published']) },
      ],
      changes: [{ date: REVIEWED, kind: r.pick(['major', 'minor']), note: line(r, 120) }],
    };
    files.push({ path: `instruments/${id}.yaml`, text: `${fm(data)}\n` });
  });

  ids('path', plan.paths).forEach((id, i) => {
    const data = {
      title: `Learning path ${i + 1}`,
      summary: line(r, 300),
      lastReviewed: REVIEWED,
      sources: cite(),
      order: 100 + i,
      audience: line(r, 200),
      modules: r.some(modules, 2, Math.min(6, modules.length)),
    };
    files.push({ path: `paths/${id}.yaml`, text: `${fm(data)}\n` });
  });

  return files;
}

/**
 * The pages of the benchmark's reference site (scripts/bench/reference.ts): `count` plain Markdown
 * pages for Starlight's docs collection, each with a title, a description and a body of 600–900
 * words (750 on average) in `##` sections with lists and links to other pages, as the issue's
 * comparison had them. Deterministic, like the corpus.
 */
export function referencePages(count: number, seed = 7): CorpusFile[] {
  const r = rng(seed);
  const slug = (i: number) => `page-${pad(i)}`;
  return Array.from({ length: count }, (_, k) => {
    const i = k + 1;
    const links = Array.from({ length: 3 }, () => `/${slug(r.int(1, count))}/`);
    const data = { title: `${capital(r.pick(NOUNS))} ${pad(i)}`, description: line(r, 150) };
    return { path: `${slug(i)}.md`, text: mdx(data, body(r, links)) };
  });
}
