/**
 * Every string field of every collection's schema is declared: translatable text (`TRANSLATABLE`
 * in src/schemas/index.ts) or non-text (test/helpers/non-text-fields.ts: an id, date, enum value,
 * URL, code, or text kept untranslated for a stated reason). A new text field cannot be forgotten:
 * this test names it. And no declaration names a field the schema does not have.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { COLLECTION_NAMES, COLLECTIONS, TRANSLATABLE } from '#src/schemas/index.ts';
import { NON_TEXT } from '#test/helpers/non-text-fields.ts';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
  innerType?: z.ZodType;
  out?: z.ZodType;
}
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Every leaf of a schema: path (`*` for array items and record values) → Zod type name. */
function leaves(schema: z.ZodType, path = '', out = new Map<string, string>()): Map<string, string> {
  const def = defOf(schema);
  const at = (k: string) => (path ? `${path}.${k}` : k);
  switch (def.type) {
    case 'object':
      for (const [k, v] of Object.entries(def.shape ?? {})) leaves(v, at(k), out);
      break;
    case 'array':
      leaves(def.element!, at('*'), out);
      break;
    case 'record':
      leaves(def.valueType!, at('*'), out);
      break;
    case 'optional':
    case 'default':
    case 'nullable':
    case 'prefault':
    case 'readonly':
      leaves(def.innerType!, path, out);
      break;
    case 'pipe':
      leaves(def.out!, path, out);
      break;
    default:
      out.set(path, def.type);
  }
  return out;
}

/** Whether a declared pattern covers a schema path: `*` in the pattern stands for any key (`roles.*` covers `roles.funders`). */
const covers = (pattern: string, path: string) => {
  const a = pattern.split('.');
  const b = path.split('.');
  return a.length === b.length && a.every((s, i) => s === '*' || s === b[i]);
};

describe.each(COLLECTION_NAMES)('the fields of %s', (name) => {
  const all = leaves(COLLECTIONS[name].schema());
  const strings = [...all].filter(([, type]) => type === 'string' || type === 'enum').map(([p]) => p);
  const spec = TRANSLATABLE[name] as { text: readonly string[]; vocabulary?: readonly string[] };
  const translatable = [...spec.text, ...(spec.vocabulary ?? [])];

  it('every string field is translatable text or declared non-text', () => {
    const declared = [...translatable, ...Object.keys(NON_TEXT[name])];
    const undeclared = strings.filter((p) => !declared.some((d) => covers(d, p)));
    expect(
      undeclared,
      `declare these in TRANSLATABLE (src/schemas/index.ts) or test/helpers/non-text-fields.ts`,
    ).toEqual([]);
  });

  it('every declared path is a string field of the schema', () => {
    const unknown = [...translatable, ...Object.keys(NON_TEXT[name])].filter((d) => !strings.some((p) => covers(d, p)));
    expect(unknown).toEqual([]);
  });

  it('no field is both translatable and non-text', () => {
    const nonText = Object.keys(NON_TEXT[name]);
    expect(translatable.filter((t) => nonText.some((n) => covers(t, n) || covers(n, t)))).toEqual([]);
  });

  it('enum fields are never translatable', () => {
    const enums = [...all].filter(([, type]) => type === 'enum').map(([p]) => p);
    expect(translatable.filter((t) => enums.some((p) => covers(t, p)))).toEqual([]);
  });
});
