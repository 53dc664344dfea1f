/**
 * A moment as the locale writes it, in a `<time>` element. The words are filled in once the browser is idle: the
 * first `Intl.DateTimeFormat` of a page costs Chromium 30–60 ms (its locale data loaded on the page's main thread),
 * and the breakdown, where this sits in the footer below the fold, should open first.
 */
import { useEffect, useState } from 'preact/hooks';
import { formatDateTime } from '@/lib/catalogue';

export function LocalTime({ at }: { at: number }) {
  const [text, setText] = useState<string>();
  useEffect(() => {
    const show = () => setText(formatDateTime(at));
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(show, { timeout: 1000 });
      return () => cancelIdleCallback(handle);
    }
    const handle = setTimeout(show, 0);
    return () => clearTimeout(handle);
  }, [at]);
  return <time dateTime={new Date(at).toISOString()}>{text}</time>;
}
