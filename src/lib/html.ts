/** Facts of HTML that the code scanning built pages needs (the table of contents, the build's passes, the QA scanners). */

/** Elements with no end tag (HTML's void elements). */
export const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
