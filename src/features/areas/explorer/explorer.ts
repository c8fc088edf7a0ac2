/**
 * The at-risk area explorer ("Is my research in a sensitive area?"): matches what a researcher types
 * against the areas' keywords, titles and disciplines, and ranks the areas. Pure and synchronous, so
 * it runs in the browser on every keystroke and in unit tests alike. Nothing here touches the DOM,
 * the network or storage.
 *
 * How matching works:
 * - Text is normalised (lower case, accents and punctuation removed) and cut into words; each word
 *   is reduced to a rough stem ("qubits" → "qubit", "batteries" → "battery", "editing" → "edit").
 * - A keyword, title or discipline found whole in the text (as a run of words) is a phrase match and
 *   scores most, more for longer phrases.
 * - Otherwise each significant word of the text scores once per area, by its best hit among the
 *   keywords and the title (unless it is part of a phrase of several words matched in any area; a
 *   discipline counts only when typed whole, since disciplines are broad): the same word
 *   inside a longer keyword ("gene" in "gene editing"), or a near word sharing a long prefix
 *   ("genome" for "genomic", "virologist" for "virology", a half-typed "quant" for "quantum").
 * - Function words and generic words ("research", "technology", "centre", "data", "system",
 *   "analysis", "model", "network", "method", "material", "device", "study"…: words every field uses)
 *   never match an area alone, neither as a typed word nor as a word of a keyword: "NV-centre" does
 *   not reach "data centre", "network analysis" does not reach "neural network". They count only
 *   inside a whole phrase ("data centre", "nuclear engineering", "network security").
 * - Disciplines ticked in the picker add every area where that discipline is usual.
 * Synonyms are content, not code: to make a word find an area, add it to the area's `keywords`.
 */

/** What the explorer needs to know about an area (also the island's props: keep it small). */
export interface ExplorerArea {
  id: string;
  title: string;
  /** The area's page (from `urlFor`). */
  href: string;
  kind: 'category' | 'technology';
  keywords: string[];
  disciplines: string[];
  questions: string[];
  nextSteps: { href: string; label: string }[];
  /** The lists that name the area: short title and jurisdiction name. Empty for categories. */
  lists: { name: string; jurisdiction: string }[];
}

/** The fields of an area entry the explorer reads. */
export interface AreaDataLike {
  title: string;
  kind: 'category' | 'technology';
  keywords: string[];
  disciplines: string[];
  questions: string[];
  nextSteps: { href: string; label: string }[];
}

/** Builds the explorer's view of an area from its entry and the lists that name it. */
export function toExplorerArea(
  id: string,
  data: AreaDataLike,
  href: string,
  mentions: readonly { shortTitle: string; jurisdiction: string }[],
  jurisdictionName: (id: string) => string = (j) => j,
): ExplorerArea {
  return {
    id,
    title: data.title,
    href,
    kind: data.kind,
    keywords: data.keywords,
    disciplines: data.disciplines,
    questions: data.questions,
    nextSteps: data.nextSteps.map(({ href: h, label }) => ({ href: h, label })),
    lists: mentions.map((m) => ({ name: m.shortTitle, jurisdiction: jurisdictionName(m.jurisdiction) })),
  };
}

/** Every discipline the areas name, once, alphabetically (the picker's options). */
export function disciplineOptions(areas: readonly { disciplines: readonly string[] }[]): string[] {
  return [...new Set(areas.flatMap((a) => a.disciplines))].sort((a, b) => a.localeCompare(b));
}

/** Where a matched term comes from. */
export type MatchVia = 'keyword' | 'title' | 'discipline';

export interface MatchedTerm {
  /** The keyword, title or discipline as written in the content. */
  label: string;
  via: MatchVia;
  /** The word typed, when it matched part of the term or a near word rather than the whole term. */
  word?: string;
}

export interface AreaMatch {
  area: ExplorerArea;
  score: number;
  /** Why the area matched the text: keywords first, strongest first. */
  matched: MatchedTerm[];
  /** The ticked disciplines the area lists. */
  disciplines: string[];
}

export type ExploreResult =
  | { status: 'match'; matches: AreaMatch[] }
  /** `empty`: nothing typed or ticked. `no-match`: input given, no area matched. */
  | { status: 'empty' | 'no-match'; matches: []; suggestions: string[] };

export interface ExploreInput {
  text: string;
  /** Disciplines ticked in the picker, as written in the areas' `disciplines`. */
  disciplines?: readonly string[];
}

/** Scores of the kinds of hit. A phrase of n words scores PHRASE + PHRASE_WORD × (n − 1). */
export const SCORES = {
  phrase: 8,
  phraseWord: 3,
  wordInPhrase: 4,
  near: 3,
  nearInPhrase: 2,
  discipline: 6,
} as const;

/** Disciplines are broad: a text hit on one counts half. */
const WEIGHT: Record<MatchVia, number> = { keyword: 1, title: 1, discipline: 0.5 };

const STOPWORDS = (
  'a an the and or but nor of in on at to for with without from by about into onto over under between through as ' +
  'is are was were be been being am do does did done doing have has had having ' +
  'i me my mine we us our ours you your yours he him his she her it its they them their this that these those ' +
  'there here which who whom whose what when where why how not no yes so if then than also very more most less ' +
  'some any all each every other such can could would should will shall may might must just only both etc eg ie e g via ' +
  'use used uses using want wants like get got make makes making'
).split(' ');

/**
 * Words too general to point at an area on their own: words of research in general, and words every
 * field uses for its objects and methods (a "centre", "data", a "model", a "network", a "material").
 */
export const GENERIC = (
  'research researcher researching work working works worked study studying studies project projects field fields area areas ' +
  'lab laboratory group team new novel based applied advanced technology technologies technological science sciences scientific ' +
  'system systems method methods methodology develop developing development thing things interested interest focus focusing topic topics ' +
  'phd postdoc thesis university application applications improve improving engineering engineer engineers ' +
  'sensitive risk risky security secure ' +
  'centre centres center centers data dataset datasets information analysis analyses analyse analyze analysing analyzing analytic analytics ' +
  'model models modelling modeling network networks networking material materials device devices tool tools ' +
  'process processes processing design designing structure structures component components equipment product products ' +
  'production platform platforms software hardware infrastructure service services facility facilities ' +
  'measure measuring measurement measurements monitor monitoring management control controls controlling ' +
  'test tests testing experiment experiments experimental theory theoretical approach approaches framework frameworks ' +
  'performance quality solution solutions resource resources environment environmental sample samples ' +
  'digital smart high low large small human natural physical chemical biological computational learning ' +
  'meta cell cells electronic electronics power detect detecting detection protect protecting protection map maps mapping'
).split(' ');

/** Lower case, accents and punctuation removed, single spaces: "Génome-Édition!" → "genome edition". */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a text, normalised, in order (function words included). */
export function tokenize(text: string): string[] {
  const n = normalise(text);
  return n === '' ? [] : n.split(' ');
}

/** A rough English stem: plural and -ing/-ed endings removed. Words with digits are kept as they are. */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(sses|xes|ches|shes|zes|oes)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length - 3 >= 4) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length - 2 >= 4) w = w.slice(0, -2);
  return w;
}

const STOP_STEMS = new Set(STOPWORDS.map(stem));
const GENERIC_STEMS = new Set(GENERIC.map(stem));

/** Whether a stemmed word can score on its own. */
export function isSignificant(stemmed: string): boolean {
  return stemmed.length >= 2 && !STOP_STEMS.has(stemmed) && !GENERIC_STEMS.has(stemmed);
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * Two different stems are "near" when they share a prefix of at least 4 letters that is more than
 * half the longer one and at least three quarters of the shorter one: quant/quantum,
 * genome/genomic, virologist/virology, but not drive/driverless or sensitive/sensor.
 */
export function isNear(a: string, b: string): boolean {
  if (a === b) return false;
  const c = commonPrefix(a, b);
  return c >= 4 && c / Math.max(a.length, b.length) > 0.5 && c / Math.min(a.length, b.length) >= 0.75;
}

/** Edit distance, for "did you mean" suggestions. */
export function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}

interface Term {
  label: string;
  via: MatchVia;
  /** Stems of all its words, in order. */
  stems: string[];
  /** Stems of its significant words. */
  significant: string[];
}

interface IndexedArea {
  area: ExplorerArea;
  terms: Term[];
}

/** The areas prepared for matching; build once, query many times. */
export interface ExplorerIndex {
  areas: IndexedArea[];
  /** Every keyword with its stems, for suggestions. */
  vocabulary: { label: string; stems: string[] }[];
}

function toTerm(label: string, via: MatchVia): Term {
  const stems = tokenize(label).map(stem);
  return { label, via, stems, significant: [...new Set(stems.filter(isSignificant))] };
}

export function buildIndex(areas: readonly ExplorerArea[]): ExplorerIndex {
  const vocabulary = new Map<string, { label: string; stems: string[] }>();
  const indexed = areas.map((area) => {
    const seen = new Set<string>();
    const terms: Term[] = [];
    const add = (label: string, via: MatchVia) => {
      const term = toTerm(label, via);
      const key = term.stems.join(' ');
      if (term.stems.length === 0 || seen.has(key)) return;
      seen.add(key);
      terms.push(term);
      if (via === 'keyword' && !vocabulary.has(key)) vocabulary.set(key, { label, stems: term.stems });
    };
    for (const k of area.keywords) add(k, 'keyword');
    add(area.title, 'title');
    for (const d of area.disciplines) add(d, 'discipline');
    return { area, terms };
  });
  return { areas: indexed, vocabulary: [...vocabulary.values()] };
}

function containsRun(words: readonly string[], run: readonly string[]): boolean {
  outer: for (let i = 0; i + run.length <= words.length; i++) {
    for (let j = 0; j < run.length; j++) if (words[i + j] !== run[j]) continue outer;
    return true;
  }
  return false;
}

function scoreArea(
  entry: IndexedArea,
  words: readonly string[],
  significant: readonly string[],
  bound: ReadonlySet<string>,
  ticked: ReadonlySet<string>,
  typed: ReadonlyMap<string, string>,
): AreaMatch | undefined {
  let score = 0;
  const hits: { term: Term; score: number; word?: string | undefined }[] = [];
  const covered = new Set<string>();
  const best = new Map<string, { term: Term; score: number }>();

  for (const term of entry.terms) {
    // A term of one generic word ("simulation" is not; "data" is) never matches; a keyword of generic
    // words ("data centre") matches only whole, a discipline of generic words ("Information systems") never.
    if (term.significant.length === 0 && (term.stems.length < 2 || term.via === 'discipline')) continue;
    const weight = WEIGHT[term.via];
    if (containsRun(words, term.stems)) {
      const s = (SCORES.phrase + SCORES.phraseWord * (term.stems.length - 1)) * weight;
      score += s;
      hits.push({ term, score: s });
      for (const w of term.significant) covered.add(w);
      continue;
    }
    // Disciplines are broad ("Physics", "Applied mathematics"): they match typed text only whole.
    if (term.via === 'discipline') continue;
    const single = term.stems.length === 1;
    for (const t of term.significant) {
      for (const q of significant) {
        const s =
          q === t
            ? SCORES.wordInPhrase * weight
            : isNear(q, t)
              ? (single ? SCORES.near : SCORES.nearInPhrase) * weight
              : 0;
        if (s > (best.get(q)?.score ?? 0)) best.set(q, { term, score: s });
      }
    }
  }
  for (const [q, hit] of best) {
    if (covered.has(q) || bound.has(q)) continue;
    score += hit.score;
    hits.push({ ...hit, word: typed.get(q) });
  }
  const disciplines = entry.area.disciplines.filter((d) => ticked.has(d));
  score += disciplines.length * SCORES.discipline;
  if (score <= 0) return undefined;

  const order: Record<MatchVia, number> = { keyword: 0, title: 1, discipline: 2 };
  const matched: MatchedTerm[] = [];
  for (const { term, word } of hits.sort((a, b) => order[a.term.via] - order[b.term.via] || b.score - a.score)) {
    if (!matched.some((m) => m.label === term.label))
      matched.push({ label: term.label, via: term.via, ...(word !== undefined ? { word } : {}) });
  }
  return { area: entry.area, score, matched, disciplines };
}

/** Keywords close to the words typed ("quantom" → "quantum"), best first. */
export function suggestKeywords(index: ExplorerIndex, text: string, max = 5): string[] {
  const words = tokenize(text)
    .map(stem)
    .filter((w) => isSignificant(w) && w.length >= 4);
  const found: { label: string; distance: number }[] = [];
  for (const entry of index.vocabulary) {
    let distance = Infinity;
    for (const w of words) {
      for (const s of entry.stems) {
        if (s.length < 4) continue;
        const d = levenshtein(w, s);
        if (d <= (Math.min(w.length, s.length) <= 5 ? 1 : 2)) distance = Math.min(distance, d);
      }
    }
    if (distance < Infinity) found.push({ label: entry.label, distance });
  }
  return found
    .sort((a, b) => a.distance - b.distance || a.label.length - b.label.length || a.label.localeCompare(b.label))
    .slice(0, max)
    .map((f) => f.label);
}

/**
 * Matches the input against the areas and ranks them (score, then number of matched terms, then
 * title). With nothing to go on, or no match, returns suggestions: near keywords, else `examples`.
 */
export function explore(index: ExplorerIndex, input: ExploreInput, examples: readonly string[] = []): ExploreResult {
  const tokens = tokenize(input.text);
  const words = tokens.map(stem);
  const significant = [...new Set(words.filter(isSignificant))];
  const typed = new Map<string, string>();
  words.forEach((w, i) => {
    if (!typed.has(w)) typed.set(w, tokens[i]!);
  });
  const ticked = new Set(input.disciplines ?? []);
  if (words.length === 0 && ticked.size === 0) return { status: 'empty', matches: [], suggestions: [...examples] };
  // Generic words only can still form a whole keyword ("network security"), so matching goes on.
  // Words that form a known phrase of several words ("machine learning", "export control") mean that
  // phrase: they do not also score as loose words elsewhere ("machine tools", "beam control").
  const bound = new Set<string>();
  for (const entry of index.areas) {
    for (const term of entry.terms) {
      if (term.stems.length > 1 && term.significant.length > 0 && containsRun(words, term.stems))
        for (const w of term.significant) bound.add(w);
    }
  }
  const matches = index.areas
    .map((entry) => scoreArea(entry, words, significant, bound, ticked, typed))
    .filter((m): m is AreaMatch => m !== undefined)
    .sort(
      (a, b) => b.score - a.score || b.matched.length - a.matched.length || a.area.title.localeCompare(b.area.title),
    );
  if (matches.length === 0) {
    const near = suggestKeywords(index, input.text);
    return { status: 'no-match', matches: [], suggestions: near.length > 0 ? near : [...examples] };
  }
  return { status: 'match', matches };
}
