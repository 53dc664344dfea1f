/**
 * What a Kaggle model page renders, read in the content script (there is no anonymous API):
 * the variation's license display name, its training data and its base model. Kaggle's markup is not recorded, so
 * the reader looks for labels, not classes: a heading or term "License" / "Training data" / "Base model" and the
 * text that follows it. Plain strings, bounded; the background validates them.
 */
export interface KagglePageRecord {
  license?: string;
  trainingData?: string[];
  baseModel?: string;
}

const LABEL = /^(license|training data|base model|fine-tuned from)$/i;

function valueAfter(label: Element): string[] {
  const next = label.nextElementSibling;
  if (!next) return [];
  const items = [...next.querySelectorAll('li')].map((li) => li.textContent?.trim() ?? '');
  const values = items.length > 0 ? items : [next.textContent?.trim() ?? ''];
  return values.filter((v) => v !== '' && v.length <= 256).slice(0, 50);
}

export function readKagglePage(doc: Document): KagglePageRecord {
  const record: KagglePageRecord = {};
  for (const el of doc.querySelectorAll('h2, h3, h4, dt, th, [data-testid$="-label"]')) {
    const label = el.textContent?.trim() ?? '';
    if (!LABEL.test(label)) continue;
    const values = valueAfter(el);
    const key = label.toLowerCase();
    if (key === 'license' && values[0] && record.license === undefined) record.license = values[0];
    else if (key === 'training data' && values.length > 0 && record.trainingData === undefined)
      record.trainingData = values;
    else if ((key === 'base model' || key === 'fine-tuned from') && values[0] && record.baseModel === undefined)
      record.baseModel = values[0];
  }
  return record;
}
