/** The Simplified Chinese (zh-CN) words of the breakdown. */
import type { BreakdownText } from './breakdown-text';
import { classNumber, n, sp } from './zh-writing';

/** How the model below relates to its base ("……的基础模型，后者由它微调而来"). */
const RELATION: Record<string, string> = {
  finetune: '由它微调而来',
  adapter: '是它的适配器',
  quantized: '是它的量化版本',
  merge: '由它合并而来',
  unknown: '派生自它',
};

export const zhBreakdown: BreakdownText = {
  breakdown: {
    whyUnder: (definition) => `按${sp(definition)}判定的理由`,
    whatItMeans: (definition, meaning) => `${definition}：${meaning}`,
    missingToReplicate: (components) => `若要复现，仍缺少或未确认：${components}。`,
    allReplicable: '复现所需的一切均已发布。',
    problem: (why) => `未能完成全部检查：${why}以下显示已知信息。`,
    stillChecking: '仍在检查文件列表、数据集和基础模型…',
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
    experts: '专家怎么看',
    trust: '关于本次检查',
  },
  experts: {
    motClass: (roman) => (roman ? `第${classNumber(roman)}类` : '未分类'),
    mot: (motClass, recordDate) => `模型开放性工具（MOT）：${motClass}（记录日期 ${recordDate}）`,
    osai: (mean, databaseDate) =>
      `欧洲开源人工智能指数：${new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(mean)} / 1（数据库日期 ${databaseDate}）`,
    osaiCounts: (open, partial, closed) => `开放 ${n(open)} 项，部分开放 ${n(partial)} 项，封闭 ${n(closed)} 项`,
    motDiffers: (ours, theirs, component, detail) =>
      `我们的结论（${ours}）与 MOT 的结论（${theirs}）在“${component}”上不同：${detail}。`,
    oursLacks: {
      unknown: () => 'MOT 的记录计入了它，而平台的元数据未显示它',
      missing: () => 'MOT 的记录计入了它，而平台的元数据表明它未发布',
      partial: () => 'MOT 的记录计入了它，而我们只发现它部分发布',
      'not-open': (license) => `MOT 的记录计入了它，而我们认为它的许可证${sp(license)}不是开放许可证`,
    },
    theirsLacks: {
      missing: () => '我们计入了它，而 MOT 的记录未列出它',
      unlicensed: () => '我们计入了它，而 MOT 的记录列出了它但未给出许可证',
      invalid: (license) => `我们计入了它，而 MOT 的记录给它的许可证是“${license}”，不是开放许可证`,
    },
    unread: (components) => `MOT 的审核者计入了平台元数据未显示的内容：${components}。`,
    osaiDiffers: (dimension, ours, theirs) => `${dimension}：该指数的评级为“${theirs}”；平台的元数据显示为“${ours}”。`,
    dimensions: {
      datasources_basemodel: '基础模型数据',
      datasources_endmodel: '训练数据',
      weights_basemodel: '基础模型权重',
      weights_endmodel: '权重',
      trainingcode: '训练代码',
      code: '代码文档',
      hardware_architecture: '模型架构',
      preprint: '预印本',
      paper: '同行评审论文',
      modelcard: '模型卡片',
      datasheet: '数据说明书',
      licenses: '许可证',
    },
    grades: { open: '开放', partial: '部分开放', closed: '封闭' },
    ourGrades: {
      open: '开放',
      partial: '部分开放',
      closed: '封闭',
      'not-open': '不开放',
      'not-closed': '已发布',
    },
    credit: {
      mot: '模型开放性工具（Model Openness Tool）',
      motLicense: '数据采用 MIT 许可证，© 2024 The Model Openness Tool Authors',
      osai: '欧洲开源人工智能指数（European Open Source AI Index）',
      osaiLicense: '数据采用 CC BY 4.0 许可',
      citation:
        'Liesenfeld, A. and Dingemanse, M., 2024. Rethinking open source generative AI: open-washing and the EU AI Act. FAccT 2024, pp. 1774-1787.',
    },
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
    experts: '### 专家怎么看',
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
  definitionSwitch: { legend: '“开放”的定义' },
};
