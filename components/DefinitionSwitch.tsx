/** Which definition the badge leads with: a three-way switch, usable from the keyboard. */
import { DEFINITIONS, type Definition } from '@/lib/schema/vocabulary';
import { definitionLabel, uiText } from '@/lib/catalogue';

export function DefinitionSwitch({ value, onChange }: { value: Definition; onChange: (d: Definition) => void }) {
  return (
    <fieldset class="ol-switch" data-testid="ol-definition-switch">
      <legend>{uiText().definitionSwitch.legend}</legend>
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
