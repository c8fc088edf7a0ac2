import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipArchive, zipEntry } from '#scripts/lib/zip.ts';

const decode = (b: Uint8Array) => new TextDecoder().decode(b);

describe('the ZIP writer of the SCORM packages', () => {
  it('writes an archive a standard reader opens, files in the given order', () => {
    const shared = zipEntry('sco.js', 'console.log("same in every package");'.repeat(50));
    const zip = zipArchive([zipEntry('imsmanifest.xml', '<manifest/>'), zipEntry('index.html', '<p>Été</p>'), shared]);
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(['imsmanifest.xml', 'index.html', 'sco.js']);
    expect(decode(files['index.html']!)).toBe('<p>Été</p>');
    expect(decode(files['sco.js']!)).toContain('same in every package');
  });

  it('gives the same bytes for the same content, and reuses a compressed entry in several archives', () => {
    const shared = zipEntry('sco.css', 'body { margin: 0 }');
    const a = zipArchive([zipEntry('index.html', 'A'), shared]);
    const b = zipArchive([zipEntry('index.html', 'A'), shared]);
    expect(a).toEqual(b);
    expect(decode(unzipSync(zipArchive([zipEntry('index.html', 'B'), shared]))['sco.css']!)).toBe('body { margin: 0 }');
  });

  it('dates every entry 2000-01-01 00:00 whatever the time zone, and flags non-ASCII names as UTF-8', () => {
    const zip = zipArchive([zipEntry('leçon.html', 'x')]);
    const view = new DataView(zip.buffer);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect(view.getUint16(6, true)).toBe(0x0800);
    expect(view.getUint16(10, true)).toBe(0);
    expect(view.getUint16(12, true)).toBe((20 << 9) | (1 << 5) | 1);
    expect(Object.keys(unzipSync(zip))).toEqual(['leçon.html']);
  });

  it('writes an empty archive as just its end record', () => {
    expect(zipArchive([]).length).toBe(22);
  });
});
