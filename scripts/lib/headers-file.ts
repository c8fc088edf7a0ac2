/**
 * Reads a Netlify/Cloudflare-style `_headers` file: a path pattern line, then indented
 * `Name: value` lines. `*` in a pattern matches any characters. Used by the local static server
 * and by the header checks, so both apply exactly what a static host would.
 */
export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    const m = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    if (rule && m) rule.headers[m[1]!] = m[2]!.trim();
  }
  return rules;
}

function matches(pattern: string, path: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return re.test(path);
}

/** The headers that apply to a path: every matching rule, later rules overriding earlier ones. */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  return Object.assign({}, ...rules.filter((r) => matches(r.pattern, path)).map((r) => r.headers));
}
