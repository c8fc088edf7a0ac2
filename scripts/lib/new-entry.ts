/**
 * `npm run new <collection> <id>`: a minimal entry that validates as written, with today's date and
 * every field to fill marked, written as a draft in `content/_drafts/<collection>/<id>.<ext>` (the
 * loaders ignore folders starting with "_", so a draft is never published by accident).
 *
 * The entry is generated from the collection's JSON Schema (its required fields, each with the
 * smallest valid value) plus, per collection, the optional fields its cross-field rules require
 * (DRAFT_RULES). Every value an author must replace says so with "TODO:": in the text itself, or
 * in a comment after a date, number, id or fixed value. `npm run validate` checks drafts with the
 * same schemas and refuses a published entry that still holds a "TODO:", so placeholders cannot
 * reach the site. To publish: fill it in, remove the TODO notes, move the file to content/<collection>/.
 */
import { authoringSchema, type JsonSchema } from '#src/features/open-data/json-schema.ts';
import { COLLECTIONS, type CollectionName } from '#src/schemas/index.ts';
import { DRAFTS_DIR, modelineFor } from './schema-files.ts';

/** What an entry generator needs to know about the world. */
export interface DraftContext {
  /** YYYY-MM-DD. */
  today: string;
  /** The existing ids of a collection, sorted (references must point to real entries). */
  idsOf: (collection: string) => string[];
}

type Scalar = string | number | boolean;
/** A YAML node with an optional note written after it. */
type Node =
  | { kind: 'scalar'; value: Scalar; plainDate?: boolean; note?: string }
  | { kind: 'map'; entries: [string, Node][] }
  | { kind: 'list'; items: Node[] };

/** Optional fields to include (with at least this many items), and fixed values, per collection. */
interface DraftRule {
  include?: Record<string, number>;
  /** Dotted path → value (with a note) to set after generation. */
  set?: Record<string, { value: Scalar; note?: string }>;
}

/** Text values that still need writing start with this (validate-content.ts refuses it in published entries). */
export const TODO = 'TODO:';

/**
 * What the cross-field rules (`.refine`, `.superRefine`) of some schemas need beyond their required
 * fields. A collection without rules needs nothing here; test/unit/scripts/lib/new-entry.test.ts tells
 * when a new one does.
 */
const DRAFT_RULES: Partial<Record<string, DraftRule>> = {
  // A national milestone or instrument names its jurisdiction.
  timeline: { include: { jurisdiction: 1 } },
  instruments: { include: { jurisdiction: 1 } },
  // A scenario has 2–4 decision points, 2 red flags, a risk vector and a facilitator guide.
  'case-studies': { include: { decisionPoints: 2, redFlags: 2, riskVectors: 1, facilitator: 1 } },
  // A requirement names its jurisdiction (national) or none (g7, international): the draft starts with g7.
  'training-topics': {
    set: {
      'requirements.0.scope': {
        value: 'g7',
        note: 'TODO: national (then add jurisdiction: <id>), g7 or international',
      },
    },
  },
  // A crosswalk row names exactly one of practice or principle.
  crosswalk: { include: { practice: 1 } },
  // Each question has exactly one correct option.
  quizzes: Object.fromEntries([
    [
      'set',
      Object.fromEntries(
        [0, 1, 2, 3, 4].map((q) => [
          `questions.${q}.options.0.correct`,
          { value: true, note: 'TODO: mark the correct option' },
        ]),
      ),
    ],
  ]) as DraftRule,
  // Levels start at 0 and rise; the default scale runs from the best answer (1) to the worst (0),
  // which needs an action.
  checklists: {
    set: {
      'levels.1.min': { value: 50, note: 'TODO: lowest score of this level' },
      'scale.0.score': { value: 1, note: 'TODO: share of the weight this answer earns (1 = best)' },
      'scale.0.value': { value: 'yes' },
      'scale.1.value': { value: 'no' },
      'sections.0.items.0.actions.no': {
        value: `${TODO} what to do when the answer is "no": one or two imperative sentences`,
      },
    },
  },
};

const PATTERN_CANDIDATES = ['/', 'XX', 'en', 'https://example.org/'];

class Generator {
  private counter = 0;
  private readonly ctx: DraftContext;
  private readonly rule: DraftRule;
  constructor(ctx: DraftContext, rule: DraftRule) {
    this.ctx = ctx;
    this.rule = rule;
  }

  private text(description: string | undefined, min = 0, max = Number.POSITIVE_INFINITY): string {
    let text = `${TODO} ${description ?? 'write this'}`;
    while (text.length < min) text += ' …';
    return text.length > max ? text.slice(0, max) : text;
  }

  private refs(collection: string, n: number): string[] {
    const ids = this.ctx.idsOf(collection);
    const preferred =
      collection === 'sources' && ids.includes('g7-best-practices-2024') ? ['g7-best-practices-2024'] : [];
    const pick = [...new Set([...preferred, ...ids])].slice(0, n);
    if (pick.length < n) throw new Error(`npm run new: content/${collection}/ has fewer than ${n} entries to refer to`);
    return pick;
  }

  node(schema: JsonSchema, key: string, depth: number): Node {
    const description = typeof schema.description === 'string' ? schema.description : undefined;
    const reference = typeof schema['x-reference'] === 'string' ? (schema['x-reference'] as string) : undefined;
    if (Array.isArray(schema.anyOf)) return this.node({ description, ...(schema.anyOf[0] as JsonSchema) }, key, depth);
    if (schema.default !== undefined && typeof schema.default !== 'object')
      return { kind: 'scalar', value: schema.default as Scalar, note: `${TODO} check: ${description ?? key}` };
    switch (schema.type) {
      case 'string': {
        if (Array.isArray(schema.enum))
          return { kind: 'scalar', value: String(schema.enum[0]), note: `${TODO} one of ${schema.enum.join(', ')}` };
        if (reference)
          return {
            kind: 'scalar',
            value: this.refs(reference, 1)[0]!,
            note: `${TODO} ${description ?? `an id of content/${reference}/`}`,
          };
        const pattern = typeof schema.pattern === 'string' ? new RegExp(schema.pattern, 'u') : undefined;
        const examples = Array.isArray(schema.examples) ? (schema.examples as unknown[]).map(String) : [];
        if (examples.length > 0) return { kind: 'scalar', value: examples[0]!, note: `${TODO} ${description ?? key}` };
        const id = `${key === 'id' || key === 'value' ? 'item' : key}-${this.counter + 1}`;
        if (pattern?.test(id)) {
          this.counter++;
          return { kind: 'scalar', value: id, note: `${TODO} ${description ?? key}` };
        }
        if (pattern) {
          if (pattern.test(this.ctx.today))
            return key === 'lastReviewed'
              ? { kind: 'scalar', value: this.ctx.today, plainDate: true }
              : {
                  kind: 'scalar',
                  value: this.ctx.today,
                  plainDate: true,
                  note: `${TODO} ${description ?? 'the date'}`,
                };
          const value = PATTERN_CANDIDATES.find((c) => pattern.test(c));
          if (value === undefined) throw new Error(`npm run new: no placeholder matches ${schema.pattern} (${key})`);
          return { kind: 'scalar', value, note: `${TODO} ${description ?? key}` };
        }
        return {
          kind: 'scalar',
          value: this.text(
            description ?? key,
            Number(schema.minLength ?? 0),
            Number(schema.maxLength ?? Number.POSITIVE_INFINITY),
          ),
        };
      }
      case 'integer':
      case 'number':
        return {
          kind: 'scalar',
          value:
            typeof schema.minimum === 'number'
              ? Math.max(schema.minimum, schema.type === 'integer' && schema.minimum <= 0 ? 1 : schema.minimum)
              : 1,
          note: `${TODO} ${description ?? key}`,
        };
      case 'boolean':
        return { kind: 'scalar', value: false, note: `${TODO} ${description ?? key}` };
      case 'array': {
        const items = (schema.items ?? {}) as JsonSchema;
        // Top-level fields are generated at depth 1 (the entry itself is depth 0).
        const n = Math.max(Number(schema.minItems ?? 0), depth === 1 ? (this.rule.include?.[key] ?? 0) : 0);
        if (typeof items['x-reference'] === 'string')
          return {
            kind: 'list',
            items: this.refs(items['x-reference'] as string, n).map((id) => ({
              kind: 'scalar',
              value: id,
              note: `${TODO} ${description ?? `ids of content/${String(items['x-reference'])}/`}`,
            })),
          };
        if (items.type === 'string' && Array.isArray(items.enum))
          return {
            kind: 'list',
            items: (items.enum as string[]).slice(0, n).map((v) => ({
              kind: 'scalar',
              value: v,
              note: `${TODO} ${description ?? key}: any of ${(items.enum as string[]).join(', ')}`,
            })),
          };
        return {
          kind: 'list',
          items: Array.from({ length: n }, () => this.node({ description, ...items }, key, depth + 1)),
        };
      }
      case 'object': {
        const props = (schema.properties ?? {}) as Record<string, JsonSchema>;
        const required = new Set((schema.required as string[] | undefined) ?? []);
        const include = depth === 0 ? (this.rule.include ?? {}) : {};
        return {
          kind: 'map',
          entries: Object.entries(props)
            .filter(([k]) => required.has(k) || k in include)
            .map(([k, p]) => [k, this.node(p, k, depth + 1)] as [string, Node]),
        };
      }
      default:
        return { kind: 'scalar', value: this.text(description ?? key) };
    }
  }
}

function setAt(root: Node, path: string, value: Scalar, note?: string) {
  const keys = path.split('.');
  let node: Node | undefined = root;
  for (const [i, key] of keys.entries()) {
    if (!node || node.kind === 'scalar') return;
    const last = i === keys.length - 1;
    const next: Node | undefined =
      node.kind === 'list' ? node.items[Number(key)] : node.entries.find(([k]) => k === key)?.[1];
    if (last) {
      const scalar: Node = { kind: 'scalar', value, ...(note ? { note } : {}) };
      if (node.kind === 'list' && next) node.items[Number(key)] = scalar;
      else if (node.kind === 'map') {
        const entry = node.entries.find(([k]) => k === key);
        if (entry) entry[1] = scalar;
        else node.entries.push([key, scalar]);
      }
      return;
    }
    if (!next && node.kind === 'map') {
      // Create a missing map on the way (e.g. an optional `actions` record).
      const created: Node = { kind: 'map', entries: [] };
      node.entries.push([key, created]);
      node = created;
    } else node = next;
  }
}

/** The plain value of a node (what a YAML parser reads back). */
export function plain(node: Node): unknown {
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'list') return node.items.map(plain);
  return Object.fromEntries(node.entries.map(([k, v]) => [k, plain(v)]));
}

const scalarText = (n: Extract<Node, { kind: 'scalar' }>) =>
  `${n.plainDate || typeof n.value !== 'string' ? String(n.value) : JSON.stringify(n.value)}${n.note ? `  # ${n.note}` : ''}`;

/** YAML text of a map node, with the notes as end-of-line comments. */
export function yamlText(node: Node, indent = ''): string {
  const lines: string[] = [];
  const block = (n: Node, pad: string): string[] => yamlText(n, pad).split('\n').filter(Boolean);
  if (node.kind === 'map') {
    for (const [key, value] of node.entries) {
      if (value.kind === 'scalar') lines.push(`${indent}${key}: ${scalarText(value)}`);
      else if (value.kind === 'map' && value.entries.length === 0) lines.push(`${indent}${key}: {}`);
      else if (value.kind === 'list' && value.items.length === 0) lines.push(`${indent}${key}: []`);
      else {
        lines.push(`${indent}${key}:`);
        lines.push(...block(value, `${indent}  `));
      }
    }
  } else if (node.kind === 'list') {
    for (const item of node.items) {
      if (item.kind === 'scalar') lines.push(`${indent}- ${scalarText(item)}`);
      else {
        const inner = block(item, `${indent}  `);
        if (inner.length === 0) lines.push(`${indent}- {}`);
        else lines.push(`${indent}- ${inner[0]!.slice(indent.length + 2)}`, ...inner.slice(1));
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The draft entry of a collection: its data (as a YAML parser reads it back) and its file. */
export function draftEntry(
  collection: CollectionName,
  id: string,
  ctx: DraftContext,
): { path: string; text: string; data: unknown; body?: string } {
  const spec = COLLECTIONS[collection];
  const rule = DRAFT_RULES[collection] ?? {};
  const root = new Generator(ctx, rule).node(authoringSchema(collection), '', 0);
  for (const [path, { value, note }] of Object.entries(rule.set ?? {})) setAt(root, path, value, note);
  const yaml = yamlText(root);
  if (spec.format === 'mdx') {
    const path = `${DRAFTS_DIR}/${collection}/${id}.md`;
    const body = `## ${TODO} a heading that says what follows\n\n${TODO} write the body in plain Markdown, in your own words, citing the sources listed above (see content/README.md).\n`;
    return { path, text: `---\n${yaml}---\n\n${body}`, data: plain(root), body };
  }
  const path = `${DRAFTS_DIR}/${collection}/${id}.yaml`;
  return { path, text: `${modelineFor(path, collection)}\n${yaml}`, data: plain(root) };
}
