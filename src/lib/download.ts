/**
 * Files made in the browser from text (reports, exports): the one way the academy hands a reader
 * a download. Nothing is uploaded; the file exists only as a Blob on the reader's device.
 */

/** A Blob object URL of some text, for a link with a `download` attribute; revoke it when done. */
export function textUrl(text: string, type: string): string {
  return URL.createObjectURL(new Blob([text], { type }));
}

/** Saves some text as a file: a hidden link to a Blob URL, clicked once, then removed and revoked. */
export function downloadText(text: string, filename: string, type: string): void {
  const url = textUrl(text, type);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
