/** The Simplified Chinese (zh-CN) words of the interface. */
import type { UiText } from './ui-text';
import { classNumber, n } from './zh-writing';

export const zhUi: UiText = {
  badge: {
    checking: '检查中…',
    checkingName: 'Openness Lens：正在检查此模型…',
    unknown: '未知',
    unknownName: (why) => `Openness Lens：未知。${why}`,
    cardPending: '…',
    cardPendingName: 'Openness Lens：尚未检查',
    replication: (present, total) => `复现组件 ${n(present)}/${n(total)}`,
    name: (tier, verdict, replication, present, total) =>
      `Openness Lens：${tier}，${verdict}，${replication}（发布层级：${tier}；复现所需的 ${n(total)} 个组件中已发布 ${n(present)} 个）。`,
  },
  panel: {
    label: '开放性明细',
    checking: '正在检查此模型…',
    unknown: (why) => `未知：${why}`,
    loading: '正在加载明细…',
    notLoaded: (error) => `无法加载明细（${error}）。请再次打开徽章重试。`,
  },
  verdict: {
    osaid: { yes: '开源', no: '非开源', unknown: '是否开源：未知' },
    openWeights: { yes: '开放权重', no: '非开放权重', unknown: '是否开放权重：未知' },
    named: (short, definition) => `${short} · ${definition}`,
    mofClass: {
      text: (roman) => `MOF 第${classNumber(roman)}类`,
      short: (roman) => `第${classNumber(roman)}类`,
    },
    mofUnknown: { text: 'MOF 类别未知', short: '类别未知' },
    mofNone: { text: 'MOF：未分类', short: '未分类' },
  },
  dimNotice: {
    text: (count, mode) =>
      `Openness Lens 已${mode === 'dim' ? '淡化显示' : '隐藏'} ${n(count)} 个低于您所设阈值的模型。`,
    showAll: '全部显示',
  },
};
