/** Quotes are checked against their text in one folded form: straight quotes, plain dashes, no emphasis, one space. */
import { normaliseLicenseText, PARAGRAPH } from '../../lib/licenses/normalise-text';

export const fold = (text: string): string =>
  normaliseLicenseText(text).split(PARAGRAPH).join(' ').replace(/\s+/g, ' ').toLowerCase();

/** True when `quote` appears in `text`, verbatim up to folding. */
export function quotedIn(quote: string, foldedText: string): boolean {
  return foldedText.includes(fold(quote));
}
