/** Counting agreement: precision and recall per class, plain agreement per field, and the lines that explain misses. */

export class PrecisionRecall {
  private readonly counts = new Map<string, { tp: number; fp: number; fn: number }>();

  private of(key: string) {
    let c = this.counts.get(key);
    if (!c) this.counts.set(key, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  }

  add(key: string, expected: boolean, predicted: boolean): void {
    const c = this.of(key);
    if (expected && predicted) c.tp++;
    else if (predicted) c.fp++;
    else if (expected) c.fn++;
    else this.of(key); // a true negative: the key is still listed
  }

  total(): { tp: number; fp: number; fn: number; precision: number; recall: number } {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const c of this.counts.values()) {
      tp += c.tp;
      fp += c.fp;
      fn += c.fn;
    }
    return { tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) };
  }

  rows(): string[] {
    const keys = [...this.counts.keys()];
    return keys.map((key) => {
      const { tp, fp, fn } = this.of(key);
      return `    ${key.padEnd(20)} P ${fmt(ratio(tp, tp + fp))}  R ${fmt(ratio(tp, tp + fn))}  (tp ${tp}, fp ${fp}, fn ${fn})`;
    });
  }
}

/** Agreement per field, and precision and recall of each value a field takes ("present", "named", …). */
export class Agreement {
  private readonly counts = new Map<string, { agree: number; total: number }>();
  private readonly values = new Map<string, PrecisionRecall>();

  add(key: string, agrees: boolean, want?: string, have?: string): void {
    const c = this.counts.get(key) ?? { agree: 0, total: 0 };
    c.total++;
    if (agrees) c.agree++;
    this.counts.set(key, c);
    if (want === undefined || have === undefined) return;
    let pr = this.values.get(key);
    if (!pr) this.values.set(key, (pr = new PrecisionRecall()));
    // A value agrees when the whole field agrees (a present link to the wrong repository is a miss both ways).
    for (const value of new Set([want, have]))
      pr.add(value, value === want && (agrees || value !== have), value === have && (agrees || value !== want));
  }

  rate(key: string): number {
    const c = this.counts.get(key);
    return c ? ratio(c.agree, c.total) : 1;
  }

  keys(): string[] {
    return [...this.counts.keys()];
  }

  rows(): string[] {
    return this.keys().flatMap((key) => {
      const c = this.counts.get(key)!;
      const values =
        this.values
          .get(key)
          ?.rows()
          .map((row) => `    ${row}`) ?? [];
      return [`    ${key.padEnd(20)} ${fmt(ratio(c.agree, c.total))}  (${c.agree}/${c.total})`, ...values];
    });
  }
}

/** An empty denominator is perfect: nothing was expected, nothing was claimed. */
export const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
export const fmt = (x: number): string => x.toFixed(3);
