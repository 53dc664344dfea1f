/**
 * A listing card's words: the verdict under the chosen definition in a word or two ("Open weights", "Not open",
 * "Open source?"), and, when the evidence leaves it open, what is not known ("training code unknown"). The tooltip
 * and accessible name keep the badge's whole sentence and add why the verdict is open. Pure, computed in the
 * background.
 */
import type { Assessment } from '../schema/assessment';
import type { Reason } from '../schema/model-facts';
import type { ComponentId, Definition } from '../schema/vocabulary';
import { componentLabel, message, type Catalogue, type CardText } from '../catalogue';
import { cardText } from '../catalogue/cards';
import type { VerdictTone } from './badge-text';

export interface CardWords {
  /** The verdict in a word or two. */
  label: string;
  /** What is not known, when the verdict is open. */
  detail?: string;
  tone: VerdictTone;
}

/** The verdict under `definition`: true, false, or null when the evidence leaves it open. */
export function openUnder(assessment: Assessment, definition: Definition): boolean | null {
  const verdict = definition === 'mof' ? assessment.verdicts.mof : assessment.verdicts[definition];
  return verdict.open;
}

/** The reasons that leave a verdict open, in the engine's order (a decided verdict has none). */
export function openQuestions(assessment: Assessment, definition: Definition = assessment.policy): Reason[] {
  if (openUnder(assessment, definition) !== null) return [];
  const verdict = definition === 'mof' ? assessment.verdicts.mof : assessment.verdicts[definition];
  return verdict.reasons.filter((reason) => subjectOf(reason, cardText()) !== undefined);
}

/** The card's visible words as one line: the verdict, then what is not known. */
export const wordsLine = (words: CardWords): string => (words.detail ? `${words.label} ${words.detail}` : words.label);

/** What an open question is about, in a word or two; undefined for reasons that do not leave a verdict open. */
function subjectOf(reason: Reason, text: CardText, catalogue?: Catalogue): string | undefined {
  const component = reason.params?.['component'];
  const label = typeof component === 'string' ? componentLabel(component as ComponentId, catalogue) : undefined;
  switch (reason.code) {
    case 'component-unknown':
      return label === undefined ? undefined : text.subject.component(label);
    case 'component-license-unknown':
      return label === undefined ? undefined : text.subject.componentLicense(label);
    case 'weights-unknown':
      return text.subject.component(componentLabel('weights', catalogue));
    case 'license-unknown':
    case 'license-terms-unverified':
      return text.subject.license;
    case 'clause-unclear-decides':
      return text.subject.licenseTerms;
    case 'data-information-unjudged':
      return text.subject.dataInformation;
    default:
      return undefined;
  }
}

/** At most this many things not known are named on the card; the rest are counted. */
const NAMED = 2;

export function cardWords(
  assessment: Assessment,
  definition: Definition = assessment.policy,
  catalogue?: Catalogue,
): CardWords {
  const text = cardText(catalogue);
  const open = openUnder(assessment, definition);
  if (definition === 'mof') {
    const mofClass = assessment.verdicts.mof.class;
    if (mofClass !== null) return { label: text.mof.class('I'.repeat(mofClass)), tone: 'open' };
    if (open === false) return { label: text.mof.no, tone: 'closed' };
  } else {
    const words = definition === 'osaid' ? text.osaid : text.openWeights;
    if (open === true) return { label: words.yes, tone: 'open' };
    if (open === false) return { label: words.no, tone: 'closed' };
  }
  const label =
    definition === 'mof' ? text.mof.unknown : definition === 'osaid' ? text.osaid.unknown : text.openWeights.unknown;
  const verdict = definition === 'mof' ? assessment.verdicts.mof : assessment.verdicts[definition];
  const subjects = [
    ...new Set(verdict.reasons.map((reason) => subjectOf(reason, text, catalogue)).filter((s) => s !== undefined)),
  ];
  const detail = subjects.length
    ? text.unknown(subjects.slice(0, NAMED), Math.max(0, subjects.length - NAMED))
    : text.unknownGeneric;
  return { label, detail, tone: 'unknown' };
}

/**
 * The tooltip and accessible name: the card's words, the badge's sentence, then, for an open verdict, the sentences
 * saying why.
 */
export function cardName(
  assessment: Assessment,
  words: CardWords,
  sentence: string,
  definition: Definition = assessment.policy,
  catalogue?: Catalogue,
): string {
  const why = openQuestions(assessment, definition)
    .slice(0, NAMED)
    .map((reason) => message(reason, catalogue));
  return clip(cardText(catalogue).name(wordsLine(words), sentence, why), 400);
}

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);
