/**
 * Every code a hub adapter or the background emits (notes, lookup failures) reads as a real sentence, not the
 * catalogue's generic "Note: code" fallback. The codes are read from the sources, so a new one without a sentence
 * fails here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOTE_CODES, hasMessage, hasNote, message } from '@/lib/catalogue';

const ROOTS = ['lib/hubs', 'lib/facts', 'entrypoints/background'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

/** `code: 'x'`, `note(facts, 'x')`, `reason: 'x'` (a record parse), and the codes of `const code = a ? 'x' : 'y'`. */
function emittedCodes(text: string): string[] {
  const codes = [
    ...text.matchAll(/\bcode: '([a-z][a-z0-9-]*)'/g),
    ...text.matchAll(/\bnote\(\w+, '([a-z][a-z0-9-]*)'/g),
    ...text.matchAll(/\breason: '([a-z][a-z0-9-]*)'/g),
  ].map((m) => m[1]!);
  for (const line of text.matchAll(/const code =([^;]+);/g))
    codes.push(...[...line[1]!.matchAll(/'([a-z][a-z0-9-]*)'/g)].map((m) => m[1]!));
  // `base-${lookup.status}`: a base model's failed lookup, one code per lookup status.
  if (text.includes('code: `base-${lookup.status}`'))
    codes.push(...['not-found', 'private', 'disabled', 'error'].map((s) => `base-${s}`));
  return codes;
}

const emitted = new Map<string, string>();
for (const root of ROOTS)
  for (const file of sources(root))
    for (const code of emittedCodes(readFileSync(file, 'utf8'))) emitted.set(code, file);

describe('codes emitted outside the engine', () => {
  it('finds the codes the Hugging Face adapter and the background emit', () => {
    for (const code of [
      'readme-unavailable',
      'lineage-cycle',
      'base-private',
      'rate-limited',
      'cancelled',
      'record-not-json',
    ])
      expect(emitted.has(code), code).toBe(true);
  });

  it('has a real sentence for every emitted code', () => {
    for (const [code, file] of emitted) {
      expect(hasMessage(code) || hasNote(code), `${code} (${file}) has no sentence`).toBe(true);
      const sentence = message({ code, params: { id: 'org/model', status: 503, path: 'LICENSE', depth: 5 } });
      expect(sentence, code).not.toMatch(/^Note: /);
    }
  });

  it('fills in every note sentence from its params, with no placeholder left', () => {
    const params = {
      id: 'org/model',
      status: 404,
      path: 'LICENSE',
      depth: 5,
      field: 'tags',
      base: 'SDXL 1.0',
      version: '7',
    };
    for (const code of NOTE_CODES) {
      const sentence = message({ code, params });
      expect(sentence, code).toMatch(/^[A-Z“].*[.)]$/);
      expect(sentence, `${code}: ${sentence}`).not.toMatch(/undefined|\?|\[object|Note:/);
    }
  });

  it('says plainly when the hub gave no answer', () => {
    expect(message({ code: 'readme-unavailable', params: { status: 0 } })).toBe(
      'The model card (README) could not be read (no answer from the hub).',
    );
    expect(message({ code: 'base-private', params: { id: 'meta-llama/Llama-3.1-8B', status: 401 } })).toContain(
      'meta-llama/Llama-3.1-8B is private or gated',
    );
  });
});
