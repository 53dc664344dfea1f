/**
 * Turns a license text of unknown origin into one comparable form: straight quotes, plain dashes, no markdown
 * emphasis, no control characters, single spaces, and U+2029 where a paragraph, list item or heading starts.
 * Every step is a single-pass regex without nested quantifiers, so the cost stays linear in the input.
 */

/** Only this much of a text is read; real license texts are well under 100 KB. */
export const MAX_SCANNED_CHARS = 300_000;

/** Marks a hard boundary (blank line, list item, heading) that no sentence or phrase may cross. */
export const PARAGRAPH = '\u2029';

const CONTROL =
  // Stripping control characters is the point of this pattern.
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const SPACES = /[ \t\n\u00a0\u1680\u2000-\u200a\u2028\u202f\u205f\u3000]+/g;

export function normaliseLicenseText(raw: string): string {
  const text = raw.length > MAX_SCANNED_CHARS ? raw.slice(0, MAX_SCANNED_CHARS) : raw;
  return (
    text
      .replace(CONTROL, '')
      .replace(/\r\n?/g, '\n')
      .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
      .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
      .replace(/[\u2010-\u2015\u2212]/g, '-')
      // Markdown: escapes ("\_"), bold/italic runs ("**", "__"), and single "*" or "_" hugging a word.
      .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
      .replace(/[*_]{2,}/g, '')
      .replace(/(^|[\s("])[*_](?=[^\s*_])/g, '$1')
      .replace(/([^\s*_])[*_](?=[\s).,;:!?"]|$)/g, '$1')
      // Blank lines, list items and headings start a new block.
      .replace(/\n[ \t]*\n[\s]*/g, PARAGRAPH)
      .replace(/\n[ \t]*(?=[-*+#>]|\d{1,3}[.)] |\([a-z0-9]{1,3}\) )/g, PARAGRAPH)
      .replace(SPACES, ' ')
      .replace(/ ?\u2029[ \u2029]*/g, PARAGRAPH)
      .trim()
  );
}

/** Lower-cases ASCII letters only, so every index still points at the same character of the original. */
export function asciiLower(text: string): string {
  return text.replace(/[A-Z]+/g, (s) => s.toLowerCase());
}
