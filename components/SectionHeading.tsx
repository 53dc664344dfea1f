import { breakdownText } from '@/lib/catalogue/breakdown';

/** A section's title, with a link to the method page's matching section when there is one. */
export function SectionHeading({ id, title, methodLink }: { id: string; title: string; methodLink?: string }) {
  const t = breakdownText().methodLink;
  return (
    <h3 id={id} class="ol-section-h">
      {title}
      {methodLink && (
        <a class="ol-method-link" href={methodLink} target="_blank" rel="noreferrer">
          {t.text}
          <span class="ol-visually-hidden">{t.context(title)}</span>
        </a>
      )}
    </h3>
  );
}
