import { describe, expect, it } from 'vitest';
import { cspMetaOf } from '#scripts/build/html-pass.ts';

describe('the CSP meta of a page', () => {
  it('reads the policy from the head, entities decoded, and nothing from the body', () => {
    const html =
      '<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="script-src &#39;self&#39; &#39;sha256-x&#39;"></head><body></body></html>';
    expect(cspMetaOf(html)).toBe("script-src 'self' 'sha256-x'");
    expect(
      cspMetaOf('<html><head></head><body><meta http-equiv="content-security-policy" content="x"></body></html>'),
    ).toBeUndefined();
  });
});
