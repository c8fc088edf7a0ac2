/**
 * Fills `{name}` placeholders of a UI string. The one way the academy does it: on the server
 * (src/lib/i18n.ts) and in islands and page scripts, which receive their strings unfilled as props.
 * A placeholder without a value stays visible, so a missing value shows instead of vanishing.
 * Pure and dependency-free, so it adds next to nothing to a client bundle.
 */
export function fill(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
