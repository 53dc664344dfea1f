/**
 * Civitai's permission flags, the uploader's restrictions on top of the base model's license (docs/METHOD.md, Licenses), as
 * `hub-flag` clauses. `allowCommercialUse` comes in three encodings: one string ("Rent"), a Postgres set literal
 * ("{Image,RentCivit}") and a JSON array (["Image","Sell"]); a 2023 single value is the highest use allowed.
 */
import type { HubFlag } from '../../schema/model-facts';
import type { CivitaiModel } from './record';

const USES = ['None', 'Image', 'RentCivit', 'Rent', 'Sell'] as const;
export type CommercialUse = (typeof USES)[number];

/** The set of commercial uses allowed; null when the field is absent or unreadable. */
export function parseCommercialUse(value: CivitaiModel['allowCommercialUse']): Set<CommercialUse> | null {
  if (value === undefined || value === null) return null;
  let items: string[];
  if (Array.isArray(value)) items = value;
  else {
    const trimmed = value.trim();
    const literal = /^\{(.*)\}$/.exec(trimmed);
    items = literal ? (literal[1] ?? '').split(',') : [trimmed];
  }
  const known = items.map((s) => s.trim().replace(/^"|"$/g, '')).filter((s) => s !== '');
  if (known.some((s) => !(USES as readonly string[]).includes(s))) return null;
  const uses = new Set(known as CommercialUse[]);
  // The 2023 single-string form names the highest use: "Sell" implies the rest, "Rent" implies image sales.
  if (!Array.isArray(value) && !value.trim().startsWith('{') && uses.size === 1) {
    const [only] = uses;
    if (only === 'Sell') ['Image', 'RentCivit', 'Rent'].forEach((u) => uses.add(u as CommercialUse));
    if (only === 'Rent') ['Image', 'RentCivit'].forEach((u) => uses.add(u as CommercialUse));
  }
  uses.delete('None');
  return uses;
}

export function permissionFlags(model: CivitaiModel): HubFlag[] {
  const flags: HubFlag[] = [];
  const uses = parseCommercialUse(model.allowCommercialUse);
  if (uses !== null) {
    if (uses.size === 0)
      flags.push({
        id: 'non-commercial',
        detail: 'allowCommercialUse: None — no commercial use of the model or its images',
      });
    if (!uses.has('Sell'))
      flags.push({ id: 'no-resale', detail: 'allowCommercialUse lacks "Sell": the model and merges may not be sold' });
    if (!uses.has('Rent') && !uses.has('RentCivit'))
      flags.push({ id: 'no-hosting', detail: 'allowCommercialUse lacks "Rent": no paid generation services' });
    else if (!uses.has('Rent'))
      flags.push({
        id: 'no-hosting',
        detail: 'allowCommercialUse has only "RentCivit": paid generation on Civitai only',
      });
  }
  if (model.allowDerivatives === false)
    flags.push({ id: 'no-derivatives', detail: 'allowDerivatives: false — merges using this model may not be shared' });
  if (model.allowDifferentLicense === false)
    flags.push({
      id: 'share-alike',
      detail: 'allowDifferentLicense: false — shared merges must keep these permissions',
    });
  return flags;
}
