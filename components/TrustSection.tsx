/**
 * When this was checked, with what, and what it is not; what could not be checked; and the actions: re-check,
 * copy the report, report a wrong verdict.
 */
import { useState } from 'preact/hooks';
import type { Reason } from '@/lib/schema/model-facts';
import { message } from '@/lib/catalogue';
import { breakdownText } from '@/lib/catalogue/breakdown';
import { markdownReport, problemReport } from '@/lib/report/markdown';
import { METHOD_ANCHORS } from '@/lib/ui/method-anchors';
import type { BreakdownProps } from './Breakdown';
import { LocalTime } from './LocalTime';

type CopyState = 'idle' | 'markdown' | 'problem' | 'failed';

export function TrustSection(props: BreakdownProps & { notes: Reason[] }) {
  const { assessment, checkedAt, onRecheck, copyText, methodLink, notes } = props;
  const t = breakdownText().trust;
  const [copied, setCopied] = useState<CopyState>('idle');
  const howDecided = methodLink?.(METHOD_ANCHORS.top);
  const copy = (kind: 'markdown' | 'problem') => () => {
    if (!copyText) return;
    const text = kind === 'markdown' ? markdownReport(assessment, checkedAt) : problemReport(assessment, checkedAt);
    copyText(text).then(
      () => setCopied(kind),
      () => setCopied('failed'),
    );
  };
  return (
    <footer class="ol-section ol-trust" aria-label={breakdownText().sections.trust}>
      {notes.length > 0 && (
        <ul class="ol-notes" aria-label={t.notesLabel} data-testid="ol-notes">
          {notes.map((note, i) => (
            <li key={i}>{message(note)}</li>
          ))}
        </ul>
      )}
      <p class="ol-muted" data-testid="ol-checked">
        {t.checked} <LocalTime at={checkedAt} />
        {t.versions(assessment.engineVersion, assessment.knowledgeBaseVersion)}
      </p>
      <p class="ol-muted">{t.notLegalAdvice}</p>
      <div class="ol-actions">
        {onRecheck && (
          <button type="button" onClick={onRecheck} data-testid="ol-recheck">
            {t.recheck}
          </button>
        )}
        {copyText && (
          <>
            <button type="button" onClick={copy('markdown')} data-testid="ol-copy-markdown">
              {t.copyMarkdown}
            </button>
            <button type="button" onClick={copy('problem')} data-testid="ol-looks-wrong">
              {t.looksWrong}
            </button>
          </>
        )}
        {howDecided && (
          <a href={howDecided} target="_blank" rel="noreferrer">
            {t.howDecided}
          </a>
        )}
      </div>
      <p class="ol-copy-status" role="status" data-testid="ol-copy-status">
        {copied === 'markdown'
          ? t.copied
          : copied === 'problem'
            ? t.reportCopied
            : copied === 'failed'
              ? t.copyFailed
              : ''}
      </p>
    </footer>
  );
}
