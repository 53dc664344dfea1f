/** The English catalogue: every reason code as a plain sentence, and the labels the UI and command line show. */
import type { Catalogue, Labels, Params } from './catalogue';
import { formatNumber, pluralOf } from './intl';
import { enUi } from './en-ui';

const str = (params: Params, key: string, fallback = '?') => {
  const value = params[key];
  return value === undefined ? fallback : String(value);
};
const roman = (value: string | number | undefined) =>
  ({ 1: 'I', 2: 'II', 3: 'III' })[Number(value) as 1 | 2 | 3] ?? String(value);
const plural = (n: number, one: string, many: string) =>
  `${formatNumber('en', n)} ${pluralOf('en', n) === 'one' ? one : many}`;
/** Components named as plural nouns in a sentence ("the weights are"). */
const PLURAL = new Set([
  'weights',
  'evaluation-results',
  'sample-outputs',
  'intermediate-weights',
  'supporting-libraries',
]);
/** "the weights are" / "the training data is", for a component named in a sentence. */
const subject = (id: string, l: Labels) => ({
  noun: `the ${l.component(id).toLowerCase()}`,
  be: PLURAL.has(id) ? 'are' : 'is',
});
const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
/** How the hub answered a request that failed: "the hub answered 503", or no answer at all. */
const answer = (p: Params) => {
  const status = Number(p.status ?? 0);
  return status > 0 ? `the hub answered ${status}` : 'no answer from the hub';
};
const NEED: Record<string, string> = {
  osi: 'an OSI-approved license',
  'osi-or-open-data': 'an OSI-approved or open data license',
  mof: 'an open license (OSI-approved, FSF-libre, open data or OpenMDW)',
};

export const en: Catalogue = {
  locale: 'en',
  messages: {
    'model-not-accessible': (p) =>
      `The model is ${str(p, 'status').replace('-', ' ')}, so nothing about it can be seen.`,
    'file-list-unknown': () => 'The repository’s file list has not been read yet.',
    'card-unknown': () => 'The model card could not be read.',
    'card-absent': () => 'The repository has no model card (README).',
    'weights-files-found': () => 'Weight files are in the repository.',
    'weights-record-fields': () => 'The hub’s record lists weight files for this model.',
    'weights-from-library-tag': (p) =>
      `The file list is not read yet; the ${str(p, 'library')} library tag means weights are published.`,
    'weights-none-in-files': (p) =>
      `None of the repository’s ${plural(Number(p.count ?? 0), 'file', 'files')} is a weight file.`,
    'weights-declared-absent': () => 'The hub says this repository holds no weights.',
    'architecture-not-found': () => 'No configuration file or model library shows the architecture.',
    'inference-code-not-found': () => 'No inference code, library or usage code is linked.',
    'training-code-not-found': () => 'The card links no training code, and the repository has no training scripts.',
    'evaluation-code-not-found': () =>
      'The card links no evaluation code, and the repository has no evaluation scripts.',
    'preprocessing-code-not-found': () => 'No data-preprocessing code is linked or in the repository.',
    'preprocessing-in-training-code': () =>
      'Data-preprocessing code counts as part of the training code, which is released.',
    'license-from-repository': (p) =>
      `Under ${str(p, 'license')}, the linked repository’s declared license (assumed for this component).`,
    'license-of-library': (p) => `Provided by the ${str(p, 'library')} library, under ${str(p, 'license')}.`,
    'code-license-unknown': () => 'The linked code’s license is not known.',
    'datasets-all-public': (p) =>
      `All ${plural(Number(p.total ?? 0), 'listed dataset is', 'listed datasets are')} public.`,
    'datasets-some-unavailable': (p) =>
      `Only ${str(p, 'available')} of ${str(p, 'total')} listed datasets are public; the others are missing, disabled or private.`,
    'datasets-gated': (p) =>
      `Listed datasets that need approval to download: ${str(p, 'gated')} of ${str(p, 'total')}.`,
    'datasets-all-unavailable': () => 'Every listed dataset is missing, disabled or private.',
    'datasets-availability-unknown': () => 'The listed datasets could not be looked up.',
    'training-data-vague': () => 'The card describes the training data only in general terms and names no dataset.',
    'training-data-described': () =>
      'The card describes the training data but lists no dataset; whether it could be obtained is not known.',
    'training-data-not-described': () => 'The card neither lists nor describes the training data.',
    'data-card-not-found': () => 'The card has no section on the training data and lists no dataset.',
    'evaluation-results-not-found': () => 'The card shows no evaluation results.',
    'evaluation-results-image-only': () =>
      'The card shows its evaluation results only as images, which cannot be read; whether it reports results is not known.',
    'evaluation-data-not-found': () => 'No evaluation dataset is listed.',
    'paper-not-found': () => 'No paper or technical report is linked.',
    'paper-stands-in-for-report': () => 'The research paper stands in for the technical report.',
    'checkpoints-not-found': () => 'No intermediate checkpoints (branches or checkpoint files) are in the repository.',
    'metadata-not-found': () => 'No training configuration or optimizer state is in the repository.',
    'supporting-library-not-found': () => 'No supporting library is named.',
    'sample-outputs-not-found': () => 'The card shows no sample outputs.',
    'inherited-gap': (p, l) =>
      `Its base ${str(p, 'base')} does not release its ${l.component(str(p, 'component')).toLowerCase()}, so this model cannot either.`,
    'inherited-unknown': (p, l) =>
      `Whether its base ${str(p, 'base')} releases its ${l.component(str(p, 'component')).toLowerCase()} is not known.`,
    'base-unresolved': (p) =>
      `The base model ${str(p, 'base')} could not be looked up; what it passes down is unknown.`,
    'base-not-followed': () => 'The base model was not looked up.',
    'base-model-from-text': (p) =>
      `The card’s text names ${str(p, 'id')} as its base model, but its metadata names none; this is a hint read from the text (“${str(p, 'quote')}”), not followed as lineage.`,
    'looser-than-base': (p) =>
      `Its license (${str(p, 'license')}) lacks terms its base ${str(p, 'base')} carries (${str(p, 'clauses')}); the base’s terms still apply.`,
    'tier-not-accessible': (p) => `The model is ${str(p, 'status').replace('-', ' ')}.`,
    'tier-fully-open': () =>
      'Weights, training data and training code are all released on open terms, with no restricting clause.',
    'tier-downloadable': () => 'The weights can be downloaded.',
    'tier-downloadable-gated': (p) => `The weights can be downloaded after an approval step (${str(p, 'gate')} gate).`,
    'tier-staged': (p) => `No weights are published; access goes through an approval step (${str(p, 'gate')} gate).`,
    'tier-api': (p) => `No weights are published; the model is served through an API (${str(p, 'providers')}).`,
    'tier-hosted': (p) => `No weights are published; the model can only be tried in a demo app (${str(p, 'apps')}).`,
    'tier-closed': () => 'No weights, API or demo are available.',
    'tier-weights-unknown': () => 'No weights have been seen yet, and no API or demo is listed.',
    'no-license': () => 'No license is declared: all rights are reserved.',
    'license-unknown': (p) => `The license “${str(p, 'license')}” is not known, and its text could not be read.`,
    'license-terms-unverified': (p) =>
      `The license “${str(p, 'license')}” is not in the knowledge base; its text was read for restrictions, but its grant could not be checked.`,
    'license-read-from-text': (p) =>
      `The license “${str(p, 'license')}” is not in the knowledge base; its terms were read from its text (${str(p, 'source')}).`,
    'license-not-permissive': (p) => `The license ${str(p, 'license')} does not allow redistribution.`,
    'clause-disqualifies': (p, l) => {
      const clause = str(p, 'clause');
      const from = p.from === undefined ? '' : `, inherited from its base ${String(p.from)},`;
      const meaning = l.clauseMeaning(clause);
      return `The “${l.clause(clause)}” clause${from} rules out ${l.definition(str(p, 'definition'))}${meaning ? `: ${lower(meaning)}` : '.'}`;
    },
    'clause-unclear-decides': (p, l) =>
      `The license may carry a “${l.clause(str(p, 'clause'))}” clause, which would rule out ${l.definition(str(p, 'definition'))}, but its wording leaves that open.`,
    'clause-unclear-derivatives-stay-under-terms': () =>
      'Changed versions stay under this license when shared, but the text does not say they must be licensed under it.',
    'clause-unclear-not-in-knowledge-base': () =>
      'The license text reads this way, but the knowledge base’s entry for this license does not list it; check the text.',
    'clause-unclear-terms-may-change': () =>
      'The licensor may change these terms, but the text does not say whether a change binds those who already use the model.',
    'component-missing': (p, l) => {
      const s = subject(str(p, 'component'), l);
      return `${cap(s.noun)} ${s.be} not released.`;
    },
    'component-partial': (p, l) => {
      const s = subject(str(p, 'component'), l);
      return `${cap(s.noun)} ${s.be} only partly released.`;
    },
    'component-unknown': (p, l) =>
      `Whether ${subject(str(p, 'component'), l).noun} ${subject(str(p, 'component'), l).be} released is not known.`,
    'component-license-not-open': (p, l) => {
      const s = subject(str(p, 'component'), l);
      const from = p.from === undefined ? '' : ` (the license of its base ${String(p.from)})`;
      return `${cap(s.noun)} ${s.be} under ${str(p, 'license')}${from}, which is not ${NEED[str(p, 'need')] ?? 'an open license'}.`;
    },
    'component-license-unknown': (p, l) => `The license of ${subject(str(p, 'component'), l).noun} is not known.`,
    'data-information-unjudged': () =>
      'The card describes the training data but names no dataset; whether the description is detailed enough cannot be judged from metadata.',
    'weights-gated': (p) => `Downloading the weights needs approval (${str(p, 'gate')} gate).`,
    'weights-not-downloadable': () => 'The weights are not published.',
    'weights-unknown': () => 'Whether the weights are published is not known yet.',
    'definition-met': (p, l) => `Meets ${l.definition(str(p, 'definition'))}.`,
    'mof-class': (p) => `Reaches MOF Class ${roman(p.class)}.`,
    'mof-unclassified': () => 'Reaches no MOF class.',
    'mof-component-not-included': (p, l) =>
      `Class ${roman(p.class)} needs ${subject(str(p, 'component'), l).noun} released under an open license.`,
    'mof-license-not-type-appropriate': (p, l) => {
      const s = subject(str(p, 'component'), l);
      return `${cap(s.noun)} ${s.be} under ${str(p, 'license')}, an open license not meant for ${str(p, 'type')} (it still counts).`;
    },
    'engine-error': (p) => `The assessment failed unexpectedly (${str(p, 'message')}); nothing is claimed.`,
  },
  notes: {
    'readme-unavailable': (p) => `The model card (README) could not be read (${answer(p)}).`,
    'readme-truncated': () => 'The model card is very long; only its beginning was read.',
    'refs-unavailable': (p) =>
      `The repository’s branches could not be listed (${answer(p)}), so checkpoints kept on branches are not known.`,
    'license-text-unavailable': (p) =>
      `The license file ${str(p, 'path', 'LICENSE')} could not be read (${answer(p)}).`,
    'dataset-lookup-failed': (p) => `The dataset ${str(p, 'id')} could not be looked up (${answer(p)}).`,
    'lineage-cycle': (p) => `The chain of base models loops back to ${str(p, 'id')}; it was followed once.`,
    'lineage-depth-limit': (p) =>
      `The chain of base models was followed ${str(p, 'depth')} levels deep and no further.`,
    'files-not-listed': () => 'The page does not list the repository’s files; they are read from the hub.',
    'record-field-invalid': (p) =>
      `The hub’s record has an unexpected value in “${str(p, 'field')}”, which was ignored.`,
    'model-disabled': () => 'The hub has disabled this model: nothing about it can be downloaded.',
    'base-not-found': (p) => `The base model ${str(p, 'id')} does not exist on the hub.`,
    'base-private': (p) =>
      `The base model ${str(p, 'id')} is private or gated, so its license and releases cannot be seen.`,
    'base-disabled': (p) => `The base model ${str(p, 'id')} has been disabled on the hub.`,
    'base-error': (p) => `The base model ${str(p, 'id')} could not be looked up (${answer(p)}).`,
    'model-not-found': (p) => `The hub has no model called ${str(p, 'id')}.`,
    'model-private-or-missing': (p) => `The model ${str(p, 'id')} is private or does not exist.`,
    'model-forbidden': (p) => `The hub refuses access to ${str(p, 'id')}.`,
    'api-refused-page-shows-model': (p) => {
      const status = Number(p.status ?? 0);
      const said =
        p.answer === 'model-not-found'
          ? `no model called ${str(p, 'id')}`
          : `${str(p, 'id')} is private or does not exist`;
      return `The hub’s API answered ${status > 0 ? `${status} ` : ''}(${said}), but this page shows the model: its facts and release tier are read from the page.`;
    },
    'network-error': () => 'The hub could not be reached.',
    'rate-limited': () => 'The hub asked for fewer requests; try again in a minute.',
    'hub-error': (p) => `The hub answered with an error (${str(p, 'status')}).`,
    'record-not-json': (p) => `The hub’s answer about ${str(p, 'id')} could not be read.`,
    'record-not-object': (p) => `The hub’s answer about ${str(p, 'id')} could not be read.`,
    'record-no-id': (p) => `The hub’s answer about ${str(p, 'id')} names no model.`,
    'bad-model-id': (p) => `“${str(p, 'id')}” is not a model id.`,
    'facts-invalid': (p) => `What was read about ${str(p, 'id')} did not pass validation, so nothing is claimed.`,
    'base-license-unknown': (p) => `The license of the base model ${str(p, 'base')} is not known.`,
    'version-not-found': (p) => `Version ${str(p, 'version')} was not found; another version of the model is shown.`,
    'layers-unavailable': (p) => `The model’s files could not be listed (${answer(p)}).`,
    'page-only': () => 'Models on this hub can only be checked from their own page.',
    'hub-beta': (p) =>
      `Support for ${str(p, 'hub', 'this hub')} is in beta: it reads less metadata than on Hugging Face, so more is unknown.`,
    'page-unreadable': () => 'The page shows nothing about the model that could be read.',
    cancelled: () => 'The check was cancelled before it finished.',
  },
  fallback: (code, params) => {
    const detail = Object.entries(params)
      .map(([key, value]) => `${key}: ${String(value)}`)
      .join(', ');
    return detail ? `Note: ${code} (${detail}).` : `Note: ${code}.`;
  },
  tiers: {
    'fully-closed': { label: 'Fully closed', meaning: 'Nothing is available outside the developer.' },
    staged: { label: 'Staged', meaning: 'Released gradually, to approved people.' },
    hosted: { label: 'Hosted', meaning: 'Usable only through the developer’s own app.' },
    api: { label: 'API', meaning: 'Usable through an API, without the weights.' },
    downloadable: { label: 'Downloadable', meaning: 'The weights can be downloaded.' },
    'fully-open': { label: 'Fully open', meaning: 'Weights, data and code are released on open terms.' },
  },
  components: {
    architecture: 'Architecture',
    weights: 'Weights',
    'inference-code': 'Inference code',
    'model-card': 'Model card',
    'data-card': 'Data card',
    'evaluation-results': 'Evaluation results',
    'evaluation-code': 'Evaluation code',
    'evaluation-data': 'Evaluation data',
    'technical-report': 'Technical report',
    'sample-outputs': 'Sample outputs',
    'training-data': 'Training data',
    'training-code': 'Training code',
    'data-preprocessing-code': 'Data-preprocessing code',
    'intermediate-weights': 'Intermediate weights',
    'research-paper': 'Research paper',
    'model-metadata': 'Model metadata',
    'supporting-libraries': 'Supporting libraries',
  },
  purposes: { use: 'Use the model', risk: 'Analyse its risks', replicate: 'Replicate it' },
  clauses: {
    'non-commercial': { label: 'Non-commercial', meaning: 'Commercial use is not allowed.' },
    'research-only': { label: 'Research only', meaning: 'Use is limited to research, evaluation or non-production.' },
    'user-cap': {
      label: 'User cap',
      meaning: 'Above a set number of users, a separate license must be obtained from the licensor.',
    },
    'revenue-cap': { label: 'Revenue cap', meaning: 'A separate license or fee is needed above a revenue.' },
    'use-restrictions': {
      label: 'Use restrictions',
      meaning: 'A list of prohibited uses binds users and must be passed on.',
    },
    'output-restriction': {
      label: 'Output restriction',
      meaning: 'Outputs may not be used to train or improve other models.',
    },
    naming: { label: 'Naming duty', meaning: 'Derivatives or products must carry a given name or notice.' },
    'no-derivatives': { label: 'No derivatives', meaning: 'Modified versions may not be shared.' },
    'share-alike': { label: 'Share-alike', meaning: 'Derivatives must use the same license.' },
    revocable: {
      label: 'Revocable',
      meaning: 'The licensor may revoke, remotely restrict or unilaterally change the terms.',
    },
    geographic: { label: 'Regions excluded', meaning: 'Some regions are excluded from the license.' },
    'no-hosting': { label: 'No hosting', meaning: 'Offering the model as a hosted service is restricted.' },
    'no-resale': { label: 'No resale', meaning: 'The model itself may not be sold.' },
  },
  definitions: {
    osaid: {
      label: 'OSAID',
      meaning:
        'The Open Source Initiative’s Open Source AI Definition: the weights, the code and detailed information about the training data must all be released on terms that let anyone use, study, change and share the model, for any purpose.',
    },
    mof: {
      label: 'MOF',
      meaning:
        'The Model Openness Framework: classes III (lowest) to I (highest), by how many components are released under open licenses, as the Model Openness Tool computes them.',
    },
    'open-weights': {
      label: 'Open weights',
      meaning: 'Weights downloadable under a license that allows commercial use, modification and redistribution.',
    },
  },
  statuses: { present: 'Released', partial: 'Partly released', missing: 'Not released', unknown: 'Unknown' },
  open: { yes: 'open', no: 'not open', undecided: 'undecided' },
  list: (items) => items.join(', '),
  ui: enUi,
};
