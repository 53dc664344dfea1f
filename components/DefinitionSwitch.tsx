/** Which definition the badge leads with: a three-way switch, usable from the keyboard. */
import { DEFINITIONS, type Definition } from '@/lib/schema/vocabulary';
import { definitionLabel } from '@/lib/catalogue';
import { breakdownText } from '@/lib/catalogue/breakdown';

export function DefinitionSwitch({ value, onChange }: { value: Definition; onChange: (d: Definition) => void }) {
  return (
    <fieldset class="ol-switch" data-testid="ol-definition-switch">
      <legend>{breakdownText().definitionSwitch.legend}</legend>
      {DEFINITIONS.map((definition) => (
        <label key={definition}>
          <input
            type="radio"
            name="ol-definition"
            value={definition}
            checked={value === definition}
            onChange={() => onChange(definition)}
          />
          {definitionLabel(definition)}
        </label>
      ))}
    </fieldset>
  );
}
