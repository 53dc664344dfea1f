/**
 * The readers must generalise, not memorise: no string or pattern in lib/ may carry more than eight consecutive
 * words of a corpus text. Words are runs of letters and digits, lower-cased, so a regex source (`not\s+sell`) and a
 * string literal are compared on the same terms.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const MAX_WORDS = 8;

const wordsOf = (text: string): string[] => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (/\.(ts|tsx)$/.test(name)) out.push(full);
  }
  return out;
}

/** String, template and regex literals of a TypeScript file (comments are not rules and are skipped). */
function literals(source: string): string[] {
  const out: string[] = [];
  // 'a ' + 'b' is one phrase: join string literals that are only concatenated.
  const joined = source.replace(/(['"`])\s*\+\s*\1/g, '');
  const re =
    /\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`|\/(?![*/])(?:[^/\\\n[]|\\.|\[(?:[^\]\\\n]|\\.)*\])+\/[a-z]*/g;
  for (const m of joined.matchAll(re)) {
    const token = m[0];
    if (token.startsWith('//') || token.startsWith('/*')) continue;
    out.push(
      token
        // Addresses are not prose: a license's URL names the model it belongs to, which is not a rule.
        .replace(/https?:\/\/[^\s'"`]*/g, ' ')
        // Regex syntax between words is not words: classes, quantifiers ({1,3}), groups and escapes.
        .replace(/\\[sbdwSWD]|\{\d+(?:,\d*)?\}|\(\?(?:[:=!]|<[=!])/g, ' '),
    );
  }
  return out;
}

/** Every place in `libDir` where nine or more consecutive words of a corpus text appear in one literal. */
export function memorised(libDir: string, corpus: readonly string[]): string[] {
  const n = MAX_WORDS + 1;
  const grams = new Set<string>();
  for (const text of corpus) {
    const words = wordsOf(text);
    for (let i = 0; i + n <= words.length; i++) grams.add(words.slice(i, i + n).join(' '));
  }
  const hits: string[] = [];
  for (const file of sourceFiles(libDir)) {
    for (const literal of literals(readFileSync(file, 'utf8'))) {
      const words = wordsOf(literal);
      for (let i = 0; i + n <= words.length; i++) {
        const gram = words.slice(i, i + n).join(' ');
        if (grams.has(gram)) {
          hits.push(`${path.relative(process.cwd(), file)}: “${gram}…”`);
          break;
        }
      }
    }
  }
  return hits;
}
