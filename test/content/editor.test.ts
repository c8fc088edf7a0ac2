/**
 * The editor experience, checked with the YAML language server editors run (yaml-language-server):
 * with the first line that `npm run schemas` writes, a real entry shows no problem, and a typo'd field,
 * a wrong fixed value and a missing field are flagged while typing, offline.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listEntryFiles } from '#src/schemas/content-index.ts';
import { modelineFor, withModeline } from '#scripts/lib/schema-files.ts';
import { hasYamlLanguageServer, yamlDiagnostics } from '#scripts/qa/yaml-language-server.ts';

const file = `content/glossary/${listEntryFiles('glossary', 'content')[0]}`;
const text = withModeline(readFileSync(file, 'utf8'), modelineFor(file, 'glossary'));

describe.skipIf(!hasYamlLanguageServer())('in an editor (yaml-language-server)', () => {
  it('a real entry shows no problem', async () => {
    expect(await yamlDiagnostics(join(process.cwd(), file), text)).toEqual([]);
  }, 30_000);

  it('a typo, a wrong value and a missing field are flagged', async () => {
    const bad = text
      .replace(/^title:/m, 'titel:')
      .replace(/^autolink: .*$/m, '')
      .concat('autolink: maybe\n');
    const diagnostics = await yamlDiagnostics(join(process.cwd(), file), bad);
    expect(diagnostics).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Missing property "title"/),
        expect.stringMatching(/Property titel is not allowed/),
        expect.stringMatching(/Incorrect type. Expected "boolean"/),
      ]),
    );
  }, 30_000);
});
