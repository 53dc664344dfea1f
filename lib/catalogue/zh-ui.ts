/** The Simplified Chinese (zh-CN) words of the interface. */
import type { UiText } from './ui-text';
import { sp } from './zh-spacing';

const NUMBER = new Intl.NumberFormat('zh-CN');
const n = (value: number) => NUMBER.format(value);

/** MOF classes in Chinese numerals: "第二类". */
const classNumber = (roman: string) => ({ I: '一', II: '二', III: '三' })[roman] ?? sp(roman);

/** How the model below relates to its base ("……的基础模型，后者由它微调而来"). */
const RELATION: Record<string, string> = {
  finetune: '由它微调而来',
  adapter: '是它的适配器',
  quantized: '是它的量化版本',
  merge: '由它合并而来',
  unknown: '派生自它',
};

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
  breakdown: {
    whyUnder: (definition) => `按${sp(definition)}判定的理由`,
    whatItMeans: (definition, meaning) => `${definition}：${meaning}`,
    missingToReplicate: (components) => `若要复现，仍缺少或未确认：${components}。`,
    allReplicable: '复现所需的一切均已发布。',
    problem: (why) => `未能完成全部检查：${why}以下显示已知信息。`,
    stillChecking: '仍在检查文件列表、数据集和基础模型…',
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
  oneLine: {
    answer: { yes: '是', no: '否', unknown: '未知' },
    withCaveats: (verdict, caveats) => `${verdict}，但附有条件：${caveats}`,
    because: (verdict, reason) => `${verdict}——${reason}`,
    mofNeeds: (verdict, mofClass, components) =>
      `${verdict}——第${classNumber(mofClass)}类要求以开放许可证发布${sp(components)}`.trimEnd(),
  },
  gradient: {
    label: (tier, step, of) => `发布梯度：${tier}，第 ${n(step)} 级（共 ${n(of)} 级）`,
    howTiers: '层级如何判定',
  },
  sections: {
    license: '许可证',
    components: '组件',
    lineage: '谱系',
    otherDefinitions: '其他定义',
    trust: '关于本次检查',
  },
  methodLink: {
    text: '判定方法',
    context: (section) => `（${section}）`,
  },
  license: {
    none: '未声明许可证：保留所有权利，因此在任何定义下都不算开放。',
    osiApproved: 'OSI 批准',
    openData: '开放数据许可证',
    notInKnowledgeBase: '不在知识库中',
    readLicense: '阅读许可证',
    clausesLabel: '值得注意的条款',
    clausesIntro: '限制谁可以使用、如何使用或使用规模的条款：',
    inheritedFrom: (base) => `继承自基础模型 ${base}`,
    onlyFor: () => '仅适用于多模态模型（本模型属于此类）。',
    unclear: '不明确',
    source: (source, detail) => {
      switch (source) {
        case 'knowledge-base':
          return '来源：知识库';
        case 'text':
          return detail ? `来源：许可证文本——“${detail}”` : '来源：许可证文本';
        case 'hub-flag':
          return detail ? `来源：平台的权限标记——${detail}` : '来源：平台的权限标记';
        case 'base-model':
          return detail ? `继承自 ${detail}` : '继承自基础模型';
      }
    },
  },
  components: {
    assumed: '（推定）',
    licenseLabel: (license) => `许可证：${license}`,
    more: (count) => `，另有 ${n(count)} 项`,
    inheritedFrom: (base) => `（来自 ${base}）`,
  },
  lineage: {
    relation: (relation, parent) => `${parent} 的基础模型，后者${RELATION[relation] ?? RELATION.unknown}`,
    notLookedUp: '无法查询',
    license: (ids) => `许可证 ${ids}`,
    noLicense: '未声明许可证',
    passesDown: (clauses) => `向下传递：${clauses}`,
    passesNoClause: '不传递任何限制性条款',
    gaps: (components) => `未发布：${components}`,
  },
  trust: {
    checked: '检查于',
    versions: (engine, knowledgeBase) => ` · 引擎 ${engine} · 知识库 ${knowledgeBase}`,
    notLegalAdvice: '以上信息提取自平台的元数据，不构成法律意见。',
    notesLabel: '未能检查的内容',
    recheck: '重新检查',
    copyMarkdown: '复制为 Markdown',
    looksWrong: '结果似乎有误',
    copied: '已复制 Markdown 报告。',
    reportCopied: '问题报告已复制到剪贴板：请将其粘贴到 issue 中，并说明哪里有误。',
    copyFailed: '无法复制：浏览器拒绝访问剪贴板。',
    howDecided: '结论如何判定',
  },
  report: {
    title: (modelLink) => `## ${modelLink} 的开放性`,
    releaseTier: '发布层级',
    replication: '复现',
    replicationValue: (present, total) => `${n(total)} 个组件中已发布 ${n(present)} 个`,
    license: '### 许可证',
    noLicense: '未声明许可证（保留所有权利）。',
    osiApproved: 'OSI 批准',
    clause: '条款',
    inheritedFrom: (base) => `继承自 ${base}`,
    components: '### 组件',
    lineage: '### 谱系',
    noneDeclared: '未声明',
    passesDown: (clauses) => `向下传递 ${clauses}`,
    footer: (checked, engine, knowledgeBase) =>
      `_由 Openness Lens 于 ${checked} 检查（引擎 ${engine}，知识库 ${knowledgeBase}）。仅供参考，不构成法律意见。_`,
  },
  problemReport: {
    title: (id) => `Openness Lens：对 ${id} 的判定似乎有误`,
    whatLooksWrong: '### 哪里有误',
    placeholder: '（请描述哪里有误；如有可能，请附上正确信息所在的链接。）',
  },
  dimNotice: {
    text: (count, mode) =>
      `Openness Lens 已${mode === 'dim' ? '淡化显示' : '隐藏'} ${n(count)} 个低于您所设阈值的模型。`,
    showAll: '全部显示',
  },
  definitionSwitch: { legend: '“开放”的定义' },
};
