import { describe, expect, it } from 'vitest';
import { contentVersion, correctionHref, correctionTemplate, forgeTemplate } from '#src/lib/corrections.ts';
import { repositoryUrl } from '#src/lib/release.ts';

const fields = {
  url: 'https://academy.example.org/areas/quantum/',
  title: 'Quantum & co',
  version: contentVersion('2026-11-21', 'a1b2c3d4'),
};

describe('suggest a correction', () => {
  it('fills a template with the page address, title and version, URL-encoded', () => {
    expect(correctionHref('mailto:fix@example.org?subject={title}&body={url}%20{version}', fields)).toBe(
      'mailto:fix@example.org?subject=Quantum%20%26%20co&body=https%3A%2F%2Facademy.example.org%2Fareas%2Fquantum%2F%202026-11-21%20(a1b2c3d4)',
    );
  });

  it('uses CORRECTIONS_URL when set, "off" to hide, and refuses other schemes', () => {
    expect(correctionTemplate('https://tracker.example.org/new?t={title}', undefined)).toBe(
      'https://tracker.example.org/new?t={title}',
    );
    expect(correctionTemplate('off', 'https://github.com/o/r')).toBeUndefined();
    expect(() => correctionTemplate('javascript:alert(1)', undefined)).toThrow(/CORRECTIONS_URL/);
  });

  it("defaults to the repository's issue tracker on a known forge, else no link", () => {
    expect(correctionTemplate(undefined, 'https://github.com/o/r')).toMatch(
      /^https:\/\/github\.com\/o\/r\/issues\/new\?title=Correction%3A%20\{title\}&body=.*\{url\}.*\{version\}/,
    );
    expect(forgeTemplate('https://gitlab.com/g/p')).toMatch(
      /^https:\/\/gitlab\.com\/g\/p\/-\/issues\/new\?issue%5Btitle%5D=/,
    );
    expect(correctionTemplate(undefined, 'https://git.example.org/o/r')).toBeUndefined();
    expect(correctionTemplate(undefined, undefined)).toBeUndefined();
  });

  it('reads package.json repository in its usual forms', () => {
    expect(repositoryUrl('github:o/r')).toBe('https://github.com/o/r');
    expect(repositoryUrl('o/r')).toBe('https://github.com/o/r');
    expect(repositoryUrl({ type: 'git', url: 'git+https://gitlab.com/g/p.git' })).toBe('https://gitlab.com/g/p');
    expect(repositoryUrl(undefined)).toBeUndefined();
  });
});
