/** The definitions the user did not choose, one line each, with a link to how each is judged. */
import type { Assessment } from '@/lib/schema/assessment';
import type { Definition } from '@/lib/schema/vocabulary';
import { definitionLabel } from '@/lib/catalogue';
import { breakdownText } from '@/lib/catalogue/breakdown';
import { oneLineVerdict } from '@/lib/ui/one-line';
import { METHOD_ANCHORS, type MethodLink } from '@/lib/ui/method-anchors';
import { SectionHeading } from './SectionHeading';

interface Props {
  assessment: Assessment;
  shown: Definition[];
  methodLink?: MethodLink;
}

export function OtherDefinitions({ assessment, shown, methodLink }: Props) {
  const t = breakdownText();
  return (
    <section class="ol-section" aria-labelledby="ol-other-defs-h">
      <SectionHeading id="ol-other-defs-h" title={t.sections.otherDefinitions} />
      <ul class="ol-other-defs">
        {shown.map((definition) => {
          const link = methodLink?.(METHOD_ANCHORS[definition]);
          return (
            <li key={definition} data-testid={`ol-def-${definition}`}>
              <strong>{definitionLabel(definition)}:</strong> {oneLineVerdict(assessment, definition)}
              {link && (
                <>
                  {' '}
                  <a class="ol-method-link" href={link} target="_blank" rel="noreferrer">
                    {t.methodLink.text}
                    <span class="ol-visually-hidden">{t.methodLink.context(definitionLabel(definition))}</span>
                  </a>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
