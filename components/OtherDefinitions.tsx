/** The definitions the user did not choose, one line each. */
import type { Assessment } from '@/lib/schema/assessment';
import type { Definition } from '@/lib/schema/vocabulary';
import { definitionLabel } from '@/lib/messages';
import { oneLineVerdict } from '@/lib/ui/one-line';

export function OtherDefinitions({ assessment, shown }: { assessment: Assessment; shown: Definition[] }) {
  return (
    <section class="ol-section" aria-label="Other definitions">
      <ul class="ol-other-defs">
        {shown.map((definition) => (
          <li key={definition} data-testid={`ol-def-${definition}`}>
            <strong>{definitionLabel(definition)}:</strong> {oneLineVerdict(assessment, definition)}
          </li>
        ))}
      </ul>
    </section>
  );
}
