/** The Simplified Chinese (zh-CN) words of a listing card (`CardText`, lib/catalogue/ui-text.ts). */
import type { CardText } from './ui-text';
import { classNumber, n } from './zh-writing';

export const zhCards: CardText = {
  osaid: { yes: '开源', no: '不开放', unknown: '开源？' },
  openWeights: { yes: '开放权重', no: '不开放', unknown: '开放权重？' },
  mof: { class: (roman) => `MOF 第${classNumber(roman)}类`, no: '不开放', unknown: 'MOF 类别？' },
  subject: {
    component: (label) => label,
    componentLicense: (label) => `${label}的许可证`,
    license: '许可证',
    licenseTerms: '许可条款',
    dataInformation: '数据详情',
  },
  unknown: (subjects, more) => `${subjects.join('、')}${more > 0 ? ` 等另 ${n(more)} 项` : ''}未知`,
  unknownGeneric: '已知信息不足',
  failed: '未知',
  name: (words, sentence, notKnown) => `${words}。${sentence}${notKnown.length ? `未知：${notKnown.join('')}` : ''}`,
};
