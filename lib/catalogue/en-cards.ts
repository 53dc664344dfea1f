/** The English words of a listing card (`CardText`, lib/catalogue/ui-text.ts). */
import type { CardText } from './ui-text';

export const enCards: CardText = {
  osaid: { yes: 'Open source', no: 'Not open', unknown: 'Open source?' },
  openWeights: { yes: 'Open weights', no: 'Not open', unknown: 'Open weights?' },
  mof: { class: (roman) => `MOF Class ${roman}`, no: 'Not open', unknown: 'MOF class?' },
  subject: {
    component: (label) => label.toLowerCase(),
    componentLicense: (label) => `${label.toLowerCase()} license`,
    license: 'license',
    licenseTerms: 'license terms',
    dataInformation: 'data details',
  },
  unknown: (subjects, more) => `${subjects.join(', ')}${more > 0 ? ` +${more}` : ''} unknown`,
  unknownGeneric: 'not enough known',
  failed: 'Unknown',
  name: (words, sentence, notKnown) =>
    `${words}. ${sentence}${notKnown.length ? ` Not known: ${notKnown.join(' ')}` : ''}`,
};
