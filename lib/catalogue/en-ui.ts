/** The English words of the interface. */
import type { UiText } from './ui-text';
import { formatNumber, pluralOf } from './intl';

export const enUi: UiText = {
  badge: {
    checking: 'Checking…',
    checkingName: 'Openness Lens: checking this model…',
    unknown: 'Unknown',
    unknownName: (why) => `Openness Lens: unknown. ${why}`,
    cardPending: '…',
    cardPendingName: 'Openness Lens: not checked yet',
    replication: (present, total) => `${present}/${total} for replication`,
    name: (tier, verdict, replication, present, total) =>
      `Openness Lens: ${tier}, ${verdict}, ${replication} (${tier} release; ${present} of ${total} replication components released).`,
  },
  panel: {
    label: 'Openness breakdown',
    checking: 'Checking this model…',
    unknown: (why) => `Unknown: ${why}`,
    loading: 'Loading the breakdown…',
    notLoaded: (error) => `The breakdown could not be loaded (${error}). Open the badge again to retry.`,
  },
  verdict: {
    osaid: { yes: 'Open source', no: 'Not open source', unknown: 'Open source? Unknown' },
    openWeights: { yes: 'Open weights', no: 'Not open weights', unknown: 'Open weights? Unknown' },
    named: (short, definition) => `${short} · ${definition}`,
    mofClass: { text: (roman) => `MOF Class ${roman}`, short: (roman) => `Class ${roman}` },
    mofUnknown: { text: 'MOF class unknown', short: 'class unknown' },
    mofNone: { text: 'MOF: not classified', short: 'not classified' },
  },
  dimNotice: {
    text: (count, mode) =>
      `Openness Lens ${mode === 'dim' ? 'dimmed' : 'hid'} ${formatNumber('en', count)} ${pluralOf('en', count) === 'one' ? 'model' : 'models'} below your threshold.`,
    showAll: 'Show all',
  },
};
