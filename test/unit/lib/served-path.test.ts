import { describe, expect, it } from 'vitest';
import { candidateFiles, decodePath, sitePathOfFile } from '#src/lib/served-path.ts';

describe('served path', () => {
  it.each([
    ['index.html', '/'],
    ['about/index.html', '/about/'],
    ['404.html', '/404.html'],
    ['data/areas.json', '/data/areas.json'],
  ])('the address of %s is %s', (file, path) => expect(sitePathOfFile(file)).toBe(path));

  it('tries x/index.html for /x/, and x then x/index.html for /x', () => {
    expect(candidateFiles('/')).toEqual(['index.html']);
    expect(candidateFiles('/about/')).toEqual(['about/index.html']);
    expect(candidateFiles('/about')).toEqual(['about', 'about/index.html']);
  });

  it.each(['/../x', '/a/../../x', '/./x', '/a\\..\\x', 'x', '/a\0b'])('tries nothing for %j', (path) =>
    expect(candidateFiles(path)).toEqual([]),
  );

  it('decodes addresses, and refuses malformed ones', () => {
    expect(decodePath('/a%20b/')).toBe('/a b/');
    expect(decodePath('/%2e%2e/')).toBe('/../');
    expect(decodePath('/%E0%A4%A')).toBeUndefined();
  });
});
