/**
 * Saved hub pages: which model, if any, the content script would badge on each (the shipping `findModelOnPage`, in
 * happy-dom), against the labels: a model page, a file page of a model, the hub's error page, a listing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { z } from 'zod';
import { findModelOnPage } from '../../lib/hubs/huggingface/find-model';
import { loadLabels } from './labels';
import { Agreement } from './score';

const PageLabelSchema = z
  .object({ model: z.string().nullable(), quote: z.string().optional(), note: z.string().optional() })
  .strict();

export interface PageReport {
  agreement: Agreement;
  disagreements: string[];
  quoteProblems: string[];
  pages: number;
}

export function evaluatePages(dir: string, labelsFile: string): PageReport {
  const labels = loadLabels(labelsFile, PageLabelSchema);
  const report: PageReport = { agreement: new Agreement(), disagreements: [], quoteProblems: [], pages: 0 };
  for (const [file, label] of Object.entries(labels)) {
    // Stylesheets and scripts are dropped before parsing: happy-dom would try to fetch them.
    const html = readFileSync(path.join(dir, file), 'utf8')
      .replace(/<link\b[^>]*>/gi, '')
      .replace(/<script\b[\s\S]*?<\/script>/gi, '');
    if (label.quote && !html.includes(label.quote))
      report.quoteProblems.push(`${file}: “${label.quote}” is not in the page`);
    const url = `https://${file.replace(/\.html$/, '')}`;
    const window = new Window({ url });
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const found = findModelOnPage(doc, url)?.id ?? null;
    void window.happyDOM.close();
    report.pages++;
    const ok = found === label.model;
    report.agreement.add(
      'badged model',
      ok,
      label.model === null ? 'none' : 'model',
      found === null ? 'none' : 'model',
    );
    if (!ok) report.disagreements.push(`${file}: label ${label.model ?? 'no badge'}, found ${found ?? 'no badge'}`);
  }
  return report;
}
