/**
 * The experts' published verdicts beside ours (docs/EXPERTS.md): the Model Openness Tool's class and the European
 * Open Source AI Index's grades, each linked to its record, with the component that decides a difference from our
 * MOF class and what the hub's metadata does not show. Nothing for a model no expert has a record of.
 */
import type { Assessment } from '@/lib/schema/assessment';
import { breakdownText } from '@/lib/catalogue/breakdown';
import { safeHttpUrl } from '@/lib/ui/safe-url';
import { expertLines } from '@/lib/ui/expert-lines';
import { SectionHeading } from './SectionHeading';

function Linked({ href, children }: { href: string; children: string }) {
  const safe = safeHttpUrl(href);
  return safe ? (
    <a href={safe} target="_blank" rel="noreferrer">
      {children}
    </a>
  ) : (
    <>{children}</>
  );
}

export function ExpertsSection({ assessment, methodLink }: { assessment: Assessment; methodLink?: string }) {
  const experts = assessment.experts;
  if (!experts || (!experts.mot && !experts.osai)) return null;
  const t = breakdownText().experts;
  const lines = expertLines(assessment);
  return (
    <section class="ol-section" aria-labelledby="ol-experts-h" data-testid="ol-experts">
      <SectionHeading id="ol-experts-h" title={breakdownText().sections.experts} methodLink={methodLink} />
      <ul class="ol-experts">
        {experts.mot && lines.mot && (
          <li data-testid="ol-expert-mot">
            <Linked href={experts.mot.url}>{lines.mot.verdict}</Linked>
            {lines.mot.difference && <span class="ol-block">{lines.mot.difference}</span>}
            {lines.mot.unread && <span class="ol-block">{lines.mot.unread}</span>}
          </li>
        )}
        {experts.osai && lines.osai && (
          <li data-testid="ol-expert-osai">
            <Linked href={experts.osai.url}>{lines.osai.verdict}</Linked>{' '}
            <span class="ol-muted">({lines.osai.counts})</span>
            {lines.osai.differences.length > 0 && (
              <ul class="ol-expert-differences">
                {lines.osai.differences.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            )}
          </li>
        )}
      </ul>
      <p class="ol-muted" data-testid="ol-expert-credit">
        {experts.mot && (
          <>
            <Linked href="https://mot.isitopen.ai/">{t.credit.mot}</Linked>: {t.credit.motLicense}.{' '}
          </>
        )}
        {experts.osai && (
          <>
            <Linked href="https://osai-index.eu/">{t.credit.osai}</Linked>: {t.credit.osaiLicense}; {t.credit.citation}
          </>
        )}
      </p>
    </section>
  );
}
