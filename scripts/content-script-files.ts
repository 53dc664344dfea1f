/**
 * The files a built content script runs: its own, and for the Chrome build's loaders
 * (modules/module-content-scripts.ts) the module each imports. The size budget and the benchmark count both.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export function contentScriptFiles(packageDir: string, js: string[]): string[] {
  return js.flatMap((file) => {
    if (!file.endsWith('.loader.js')) return [file];
    const imported = /getURL\("\/([^"]+)"\)/.exec(readFileSync(path.join(packageDir, file), 'utf8'))?.[1];
    if (!imported) throw new Error(`${file} imports no module`);
    return [file, imported];
  });
}
