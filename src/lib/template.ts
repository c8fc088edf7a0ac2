/**
 * Fills `{name}` placeholders of a UI string: the one way the academy does it (through `t()` and
 * `tn()` of src/lib/i18n/messages.ts). A placeholder without a value stays visible, so a missing
 * value shows instead of vanishing. Pure and dependency-free.
 */
export type Vars = Readonly<Record<string, string | number>>;

export function fill(template: string, vars: Vars = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
