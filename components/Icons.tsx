/** Small inline icons: colour is never the only signal, so every tone has its own shape. */
import type { ComponentStatus } from '@/lib/schema/vocabulary';
import type { VerdictTone } from '@/lib/ui/badge-text';

const PATHS: Record<VerdictTone, string> = {
  // check mark in a circle
  open: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm3.2 5.2-3.9 4.2a.8.8 0 0 1-1.1 0L4.8 9a.8.8 0 1 1 1.1-1.1l.9.9 3.3-3.6a.8.8 0 1 1 1.1 1z',
  // lock
  closed:
    'M5 7V5a3 3 0 0 1 6 0v2h.5A1.5 1.5 0 0 1 13 8.5v5a1.5 1.5 0 0 1-1.5 1.5h-7A1.5 1.5 0 0 1 3 13.5v-5A1.5 1.5 0 0 1 4.5 7zm1.5 0h3V5a1.5 1.5 0 0 0-3 0z',
  // question mark in a circle
  unknown:
    'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm0 11.2a.9.9 0 1 1 0-1.8.9.9 0 0 1 0 1.8zm1.2-4.1c-.5.3-.5.5-.5.8v.3H7.3v-.4c0-.9.5-1.4 1-1.7.4-.3.6-.5.6-.9a.9.9 0 0 0-1.8 0H5.7a2.3 2.3 0 0 1 4.6 0c0 .9-.6 1.5-1.1 1.9z',
};

export function StatusIcon({ tone }: { tone: VerdictTone }) {
  return (
    <svg class="ol-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path d={PATHS[tone]} fill="currentColor" />
    </svg>
  );
}

const STATUS_GLYPH: Record<ComponentStatus, string> = { present: '✓', partial: '◐', missing: '✕', unknown: '?' };

export function ComponentStatusIcon({ status }: { status: ComponentStatus }) {
  return (
    <span class={`ol-status-glyph status-${status}`} aria-hidden="true">
      {STATUS_GLYPH[status]}
    </span>
  );
}
