/**
 * Model Openness Framework classes, computed the way the Model Openness Tool does (docs/METHOD.md, "MOF"):
 * a component counts as included when it is released under an open license (OSI-approved, FSF-libre, MOT's open-data
 * list, OpenMDW); an open license of the wrong type still counts, with a warning. Classes are cumulative; progress
 * for a class is included ÷ required (its own and every lower class's required components) and drops to 0 when the
 * class below is not met; the class is the best one at 100%.
 */
import type { MofVerdict } from '../../schema/assessment';
import type { ComponentId } from '../../schema/vocabulary';
import type { MofType } from '../../licenses/types';
import { reason, type EngineReason } from '../reasons';
import { findEntry } from '../license-lookup';
import { judgeLicense, type DefinitionInput } from './context';

/** Required components first needed in each class (optional ones — sample outputs, libraries, metadata — left out). */
export const MOF_CLASS_COMPONENTS: Record<3 | 2 | 1, readonly ComponentId[]> = {
  3: ['architecture', 'weights', 'technical-report', 'evaluation-results', 'model-card', 'data-card'],
  2: ['training-code', 'inference-code', 'evaluation-code', 'evaluation-data'],
  1: ['research-paper', 'training-data', 'data-preprocessing-code', 'intermediate-weights'],
};

/** MOT content types (mof.settings.yml): weights and data are "data"; reports and cards are "document". */
export const MOF_TYPES: Record<ComponentId, MofType> = {
  architecture: 'code',
  weights: 'data',
  'inference-code': 'code',
  'model-card': 'document',
  'data-card': 'document',
  'evaluation-results': 'document',
  'evaluation-code': 'code',
  'evaluation-data': 'data',
  'technical-report': 'document',
  'sample-outputs': 'document',
  'training-data': 'data',
  'training-code': 'code',
  'data-preprocessing-code': 'code',
  'intermediate-weights': 'data',
  'research-paper': 'document',
  'model-metadata': 'data',
  'supporting-libraries': 'code',
};

/** Derived weights stay under their bases' licenses (with the inherit toggle on). */
const WEIGHT_COMPONENTS: ReadonlySet<ComponentId> = new Set<ComponentId>(['weights', 'intermediate-weights']);

type Inclusion = 'included' | 'excluded' | 'undecided';

export function mofVerdict(input: DefinitionInput): MofVerdict {
  const warnings: EngineReason[] = [];
  const reasons: EngineReason[] = [];
  const inclusion = new Map<ComponentId, Inclusion>();
  const why = new Map<ComponentId, EngineReason>();

  const judge = (component: ComponentId): Inclusion => {
    const known = inclusion.get(component);
    if (known) return known;
    const assessed = input.components[component];
    let result: Inclusion;
    if (assessed.status === 'present') {
      const judged = judgeLicense(assessed.license, input);
      const ownOpen = judged.state === 'known' && judged.entry.mofOpen;
      const base =
        ownOpen && WEIGHT_COMPONENTS.has(component)
          ? input.baseLicenses.find(({ id }) => !findEntry(id)?.mofOpen)
          : undefined;
      if (base) {
        result = 'excluded';
        why.set(
          component,
          reason('component-license-not-open', { component, license: base.id, need: 'mof', from: base.from }),
        );
      } else if (judged.state === 'known' && judged.entry.mofOpen) {
        result = 'included';
        const type = MOF_TYPES[component];
        if (!judged.entry.mofTypes.includes(type)) {
          warnings.push(reason('mof-license-not-type-appropriate', { component, license: judged.id, type }));
        }
      } else if (judged.state === 'unknown') {
        result = 'undecided';
        why.set(component, reason('component-license-unknown', { component }));
      } else {
        result = 'excluded';
        why.set(component, reason('component-license-not-open', { component, license: judged.id, need: 'mof' }));
      }
    } else if (assessed.status === 'unknown') {
      result = 'undecided';
      why.set(component, reason('component-unknown', { component }));
    } else {
      result = 'excluded';
      why.set(
        component,
        reason(assessed.status === 'missing' ? 'component-missing' : 'component-partial', { component }),
      );
    }
    inclusion.set(component, result);
    return result;
  };

  const progress = { '1': 0, '2': 0, '3': 0 };
  let required: ComponentId[] = [];
  let lowerMet = true;
  let best: 1 | 2 | 3 | null = null;
  for (const level of [3, 2, 1] as const) {
    required = [...required, ...MOF_CLASS_COMPONENTS[level]];
    const included = required.filter((component) => judge(component) === 'included').length;
    const fraction: number = lowerMet ? Math.min(1, included / required.length) : 0;
    progress[String(level) as '1' | '2' | '3'] = Math.round(fraction * 1000) / 1000;
    if (fraction === 1) best = level;
    lowerMet = lowerMet && fraction === 1;
  }

  // The components that stop the next class, with why.
  const target = best === null ? 3 : best === 1 ? null : ((best - 1) as 1 | 2);
  if (target !== null) {
    const needed = ([3, 2, 1] as const)
      .filter((level) => level >= target)
      .flatMap((level) => MOF_CLASS_COMPONENTS[level]);
    for (const component of needed) {
      if (judge(component) !== 'included') {
        reasons.push(reason('mof-component-not-included', { component, class: target }));
        const detail = why.get(component);
        if (detail) reasons.push(detail);
      }
    }
  }
  reasons.unshift(best === null ? reason('mof-unclassified') : reason('mof-class', { class: best }));

  // open: met at Class III, definitely not when a Class III component is excluded, else undecided.
  const classThree = MOF_CLASS_COMPONENTS[3].map(judge);
  const open = best !== null ? true : classThree.includes('excluded') ? false : null;
  const caveats = [...new Set(input.clauses.map((clause) => clause.id))];
  return { open, class: best, progress, reasons, warnings, caveats };
}
