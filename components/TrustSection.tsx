/** When this was checked, with what, and what it is not. */
import type { BreakdownProps } from './Breakdown';

export function TrustSection({ assessment, checkedAt, onRecheck, onCopyMarkdown, methodLink }: BreakdownProps) {
  const when = new Date(checkedAt);
  return (
    <footer class="ol-section ol-trust">
      <p class="ol-muted">
        Checked <time dateTime={when.toISOString()}>{when.toLocaleString()}</time> · engine {assessment.engineVersion} ·
        knowledge base {assessment.knowledgeBaseVersion}
      </p>
      <p class="ol-muted">This is information drawn from the hub's metadata, not legal advice.</p>
      <div class="ol-actions">
        {onRecheck && (
          <button type="button" onClick={onRecheck} data-testid="ol-recheck">
            Re-check
          </button>
        )}
        {onCopyMarkdown && (
          <button type="button" onClick={onCopyMarkdown} data-testid="ol-copy-markdown">
            Copy as Markdown
          </button>
        )}
        {methodLink?.('') && (
          <a href={methodLink('')} target="_blank" rel="noreferrer">
            How verdicts are decided
          </a>
        )}
      </div>
    </footer>
  );
}
