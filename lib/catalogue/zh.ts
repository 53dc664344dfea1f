/**
 * The Simplified Chinese (zh-CN) catalogue: every reason code as a plain sentence, and the labels the UI shows. It
 * mirrors en.ts key for key (tests/unit/messages/locales.test.ts).
 *
 * Terms, to keep later additions consistent: open source 开源 · open weights 开放权重 · Open Source AI Definition
 * 开源人工智能定义 (OSAID) · Model Openness Framework 模型开放性框架 (MOF) · MOF Class I/II/III MOF 第一类/第二类/第三类 ·
 * release tier 发布层级 · release gradient 发布梯度 · license 许可证 · licensor 许可方 · clause 条款 · OSI-approved
 * OSI 批准 · knowledge base 知识库 · model card 模型卡片 · repository 仓库 · the hub 平台 · base model 基础模型 ·
 * lineage 谱系 · released 已发布 · gated / approval gate 须经审批 · derivative 衍生模型 / 衍生作品 · redistribute
 * 再分发 · acceptable use policy 可接受使用政策 · copyleft stays "copyleft" · replication 复现 · badge 徽章. Latin
 * words and ids inside Chinese text get a space on each side (`sp`), none next to full-width punctuation.
 */
import type { Catalogue, Labels, Params } from './catalogue';
import { zhBreakdown } from './zh-breakdown';
import { zhLicenseSummaries } from './zh-licenses';
import { zhUi } from './zh-ui';
import { classNumber, lead, n, sp } from './zh-writing';

const str = (params: Params, key: string, fallback = '?') => {
  const value = params[key];
  return value === undefined ? fallback : String(value);
};
/** A count inside a sentence, in the locale's digits ("1,234"); a value that is not a number is shown as it is. */
const num = (params: Params, key: string) => {
  const value = params[key];
  if (value === undefined) return '?';
  const count = Number(value);
  return value !== '' && Number.isFinite(count) ? n(count) : String(value);
};
const component = (params: Params, l: Labels) => l.component(str(params, 'component'));
/** How the hub answered a request that failed: "平台返回状态码 503", or no answer at all. */
const answer = (p: Params) => {
  const status = Number(p.status ?? 0);
  return status > 0 ? `平台返回状态码 ${status}` : '平台没有响应';
};
/** The model's access status, as the predicate of "该模型……". */
const ACCESS: Record<string, string> = {
  public: '为公开',
  private: '为私有',
  disabled: '已被停用',
  'not-found': '不存在',
};
const access = (p: Params) => {
  const status = str(p, 'status');
  return ACCESS[status] ?? `状态为“${status}”`;
};
/** The kind of approval step before a download ("须经人工审批"). */
const GATE: Record<string, string> = { auto: '自动', manual: '人工' };
const gate = (p: Params) => {
  const kind = str(p, 'gate');
  return GATE[kind] ?? sp(kind);
};
/** What the MOF says a license is meant for. */
const MOF_TYPE: Record<string, string> = { code: '代码', data: '数据', document: '文档' };
const NEED: Record<string, string> = {
  osi: 'OSI 批准的许可证',
  'osi-or-open-data': 'OSI 批准的许可证或开放数据许可证',
  mof: '开放许可证（OSI 批准、FSF 认定的自由许可证、开放数据许可证或 OpenMDW）',
};

export const zh: Catalogue = {
  locale: 'zh-CN',
  messages: {
    'model-not-accessible': (p) => `该模型${access(p)}，因此看不到它的任何信息。`,
    'file-list-unknown': () => '尚未读取仓库的文件列表。',
    'card-unknown': () => '无法读取模型卡片。',
    'card-absent': () => '该仓库没有模型卡片（README）。',
    'weights-files-found': () => '仓库中有权重文件。',
    'weights-record-fields': () => '平台的模型记录列出了该模型的权重文件。',
    'weights-from-library-tag': (p) => `尚未读取文件列表；${str(p, 'library')} 库标签表明权重已发布。`,
    'weights-none-in-files': (p) => `仓库的 ${num(p, 'count')} 个文件中没有权重文件。`,
    'weights-declared-absent': () => '平台表明该仓库不含权重。',
    'architecture-not-found': () => '没有任何配置文件或模型库能说明其架构。',
    'inference-code-not-found': () => '未链接推理代码、代码库或用法示例代码。',
    'training-code-not-found': () => '模型卡片未链接训练代码，仓库中也没有训练脚本。',
    'evaluation-code-not-found': () => '模型卡片未链接评估代码，仓库中也没有评估脚本。',
    'preprocessing-code-not-found': () => '未链接数据预处理代码，仓库中也没有。',
    'preprocessing-in-training-code': () => '数据预处理代码算作训练代码的一部分，而训练代码已发布。',
    'license-from-repository': (p) => `采用 ${str(p, 'license')}，即所链接仓库声明的许可证（推定同样适用于该组件）。`,
    'license-of-library': (p) => `由 ${str(p, 'library')} 库提供，采用 ${str(p, 'license')}。`,
    'code-license-unknown': () => '所链接代码的许可证未知。',
    'datasets-all-public': (p) => `列出的 ${num(p, 'total')} 个数据集均已公开。`,
    'datasets-some-unavailable': (p) =>
      `列出的 ${num(p, 'total')} 个数据集中只有 ${num(p, 'available')} 个公开；其余的不存在、已停用或为私有。`,
    'datasets-gated': (p) => `列出的 ${num(p, 'total')} 个数据集中，有 ${num(p, 'gated')} 个须经审批才能下载。`,
    'datasets-all-unavailable': () => '列出的数据集全部不存在、已停用或为私有。',
    'datasets-availability-unknown': () => '无法查询列出的数据集。',
    'training-data-vague': () => '模型卡片只笼统地描述了训练数据，没有指明任何数据集。',
    'training-data-described': () => '模型卡片描述了训练数据，但未列出数据集；不清楚这些数据能否获取。',
    'training-data-not-described': () => '模型卡片既未列出也未描述训练数据。',
    'data-card-not-found': () => '模型卡片中没有介绍训练数据的章节，也未列出数据集。',
    'evaluation-results-not-found': () => '模型卡片中没有评估结果。',
    'evaluation-results-image-only': () =>
      '模型卡片仅以图片形式展示评估结果，无法读取；因此不清楚它是否报告了评估结果。',
    'evaluation-data-not-found': () => '未列出评估数据集。',
    'paper-not-found': () => '未链接论文或技术报告。',
    'paper-stands-in-for-report': () => '以研究论文代替技术报告。',
    'checkpoints-not-found': () => '仓库中没有中间检查点（分支或检查点文件）。',
    'metadata-not-found': () => '仓库中没有训练配置或优化器状态。',
    'supporting-library-not-found': () => '未指明任何配套库。',
    'sample-outputs-not-found': () => '模型卡片中没有输出示例。',
    'inherited-gap': (p, l) => `其基础模型 ${str(p, 'base')} 未发布${sp(component(p, l))}，因此本模型也无法发布。`,
    'inherited-unknown': (p, l) => `不清楚其基础模型 ${str(p, 'base')} 是否发布了${sp(component(p, l))}。`,
    'base-unresolved': (p) => `无法查询基础模型 ${str(p, 'base')}，不清楚本模型从它继承了什么。`,
    'base-not-followed': () => '未查询基础模型。',
    'base-model-from-text': (p) =>
      `模型卡片正文称 ${str(p, 'id')} 是其基础模型，但元数据中未指明基础模型；这只是从正文读到的线索（“${str(p, 'quote')}”），未作为谱系追溯。`,
    'looser-than-base': (p) =>
      `其许可证（${str(p, 'license')}）缺少基础模型 ${str(p, 'base')} 带有的条款（${str(p, 'clauses')}）；基础模型的条款仍然适用。`,
    'tier-not-accessible': (p) => `该模型${access(p)}。`,
    'tier-fully-open': () => '权重、训练数据和训练代码均以开放条款发布，且没有任何限制性条款。',
    'tier-downloadable': () => '权重可以下载。',
    'tier-downloadable-gated': (p) => `权重须经${gate(p)}审批后方可下载。`,
    'tier-staged': (p) => `未公开发布权重；访问须经${gate(p)}审批。`,
    'tier-api': (p) => `未公开发布权重；模型通过 API 提供服务（${str(p, 'providers')}）。`,
    'tier-hosted': (p) => `未公开发布权重；只能在演示应用中试用该模型（${str(p, 'apps')}）。`,
    'tier-closed': () => '没有可用的权重、API 或演示。',
    'tier-weights-unknown': () => '尚未发现权重，也未列出 API 或演示。',
    'no-license': () => '未声明许可证：保留所有权利。',
    'license-unknown': (p) => `许可证“${str(p, 'license')}”未知，且无法读取其文本。`,
    'license-terms-unverified': (p) =>
      `许可证“${str(p, 'license')}”不在知识库中；已从其文本中查找限制条款，但无法核实其授权范围。`,
    'license-read-from-text': (p) =>
      `许可证“${str(p, 'license')}”不在知识库中；其条款读取自许可证文本（${str(p, 'source')}）。`,
    'license-not-permissive': (p) => `许可证 ${str(p, 'license')} 不允许再分发。`,
    'clause-disqualifies': (p, l) => {
      const clause = str(p, 'clause');
      const from = p.from === undefined ? '' : `（继承自其基础模型 ${String(p.from)}）`;
      const meaning = l.clauseMeaning(clause);
      const rulesOut = `使其不符合${sp(l.definition(str(p, 'definition')))}的要求`;
      return `“${l.clause(clause)}”条款${from}${rulesOut}${meaning ? `：${meaning}` : '。'}`;
    },
    'clause-unclear-decides': (p, l) =>
      `该许可证可能带有“${l.clause(str(p, 'clause'))}”条款，这会使其不符合${sp(l.definition(str(p, 'definition')))}的要求，但条款措辞并不明确。`,
    'clause-unclear-derivatives-stay-under-terms': () =>
      '修改后的版本在分享时仍受本许可证约束，但文本并未要求它们必须以本许可证授权。',
    'clause-unclear-not-in-knowledge-base': () =>
      '许可证文本可以这样解读，但知识库中该许可证的条目并未列出此条款；请查阅原文。',
    'clause-unclear-terms-may-change': () => '许可方可以更改这些条款，但文本未说明更改是否约束已在使用该模型的人。',
    'component-missing': (p, l) => `${lead(component(p, l))}未发布。`,
    'component-partial': (p, l) => `${lead(component(p, l))}仅部分发布。`,
    'component-unknown': (p, l) => `不清楚${sp(component(p, l))}是否已发布。`,
    'component-license-not-open': (p, l) => {
      const from = p.from === undefined ? '' : `（其基础模型 ${String(p.from)} 的许可证）`;
      return `${lead(component(p, l))}的许可证为 ${str(p, 'license')}${from}，不属于${sp(NEED[str(p, 'need')] ?? '开放许可证')}。`;
    },
    'component-license-unknown': (p, l) => `${lead(component(p, l))}的许可证未知。`,
    'data-information-unjudged': () => '模型卡片描述了训练数据，但未指明数据集；仅凭元数据无法判断描述是否足够详细。',
    'weights-gated': (p) => `下载权重须经${gate(p)}审批。`,
    'weights-not-downloadable': () => '权重未公开发布。',
    'weights-unknown': () => '尚不清楚权重是否已公开发布。',
    'definition-met': (p, l) => `符合${sp(l.definition(str(p, 'definition')))}的要求。`,
    'mof-class': (p) => `达到 MOF 第${classNumber(p.class)}类。`,
    'mof-unclassified': () => '未达到任何 MOF 类别。',
    'mof-component-not-included': (p, l) => `第${classNumber(p.class)}类要求以开放许可证发布${sp(component(p, l))}。`,
    'mof-license-not-type-appropriate': (p, l) => {
      const type = str(p, 'type');
      return `${lead(component(p, l))}采用 ${str(p, 'license')}：这是开放许可证，但并非针对${sp(MOF_TYPE[type] ?? type)}（仍然计入）。`;
    },
    'engine-error': (p) => `评估意外失败（${str(p, 'message')}）；不作任何判断。`,
  },
  notes: {
    'readme-unavailable': (p) => `无法读取模型卡片 README（${answer(p)}）。`,
    'readme-truncated': () => '模型卡片很长，只读取了开头部分。',
    'refs-unavailable': (p) => `无法列出仓库的分支（${answer(p)}），因此不清楚分支上是否保存了检查点。`,
    'license-text-unavailable': (p) => `无法读取许可证文件 ${str(p, 'path', 'LICENSE')}（${answer(p)}）。`,
    'dataset-lookup-failed': (p) => `无法查询数据集 ${str(p, 'id')}（${answer(p)}）。`,
    'lineage-cycle': (p) => `基础模型链条循环回到了 ${str(p, 'id')}；只追溯了一遍。`,
    'lineage-depth-limit': (p) => `基础模型链条已追溯 ${num(p, 'depth')} 层，不再继续。`,
    'files-not-listed': () => '页面未列出仓库的文件；文件列表从平台读取。',
    'record-field-invalid': (p) => `平台的记录中“${str(p, 'field')}”字段的值不符合预期，已忽略。`,
    'model-disabled': () => '平台已停用该模型：无法下载它的任何内容。',
    'base-not-found': (p) => `平台上不存在基础模型 ${str(p, 'id')}。`,
    'base-private': (p) => `基础模型 ${str(p, 'id')} 为私有或须申请访问，因此看不到它的许可证和发布内容。`,
    'base-disabled': (p) => `基础模型 ${str(p, 'id')} 已在平台上被停用。`,
    'base-error': (p) => `无法查询基础模型 ${str(p, 'id')}（${answer(p)}）。`,
    'model-not-found': (p) => `平台上没有名为 ${str(p, 'id')} 的模型。`,
    'model-private-or-missing': (p) => `模型 ${str(p, 'id')} 为私有或不存在。`,
    'model-forbidden': (p) => `平台拒绝访问 ${str(p, 'id')}。`,
    'api-refused-page-shows-model': (p) => {
      const status = Number(p.status ?? 0);
      const said =
        p.answer === 'model-not-found' ? `没有名为 ${str(p, 'id')} 的模型` : `${str(p, 'id')} 为私有或不存在`;
      return `平台 API 的回应是“${said}”${status > 0 ? `（状态码 ${status}）` : ''}，但本页面显示了该模型：其信息和发布层级均从页面读取。`;
    },
    'network-error': () => '无法连接到平台。',
    'rate-limited': () => '平台要求减少请求次数；请一分钟后重试。',
    'hub-error': (p) => `平台返回错误（${str(p, 'status')}）。`,
    'record-not-json': (p) => `无法读取平台关于 ${str(p, 'id')} 的响应。`,
    'record-not-object': (p) => `无法读取平台关于 ${str(p, 'id')} 的响应。`,
    'record-no-id': (p) => `平台关于 ${str(p, 'id')} 的响应中没有指明模型。`,
    'bad-model-id': (p) => `“${str(p, 'id')}”不是有效的模型 ID。`,
    'facts-invalid': (p) => `读取到的 ${str(p, 'id')} 的信息未通过校验，因此不作任何判断。`,
    'base-license-unknown': (p) => `基础模型 ${str(p, 'base')} 的许可证未知。`,
    'version-not-found': (p) => `未找到版本 ${str(p, 'version')}；显示的是该模型的另一个版本。`,
    'layers-unavailable': (p) => `无法列出该模型的文件（${answer(p)}）。`,
    'page-only': () => '此平台上的模型只能在其自身页面上检查。',
    'hub-beta': (p) =>
      `对${sp(str(p, 'hub', '此平台'))}的支持处于 Beta 阶段：读取的元数据比 Hugging Face 少，因此未知项更多。`,
    'page-unreadable': () => '页面上没有可读取的模型信息。',
    cancelled: () => '检查在完成前被取消。',
  },
  fallback: (code, params) => {
    const detail = Object.entries(params)
      .map(([key, value]) => `${key}：${String(value)}`)
      .join('，');
    return detail ? `注：${code}（${detail}）。` : `注：${code}。`;
  },
  tiers: {
    'fully-closed': { label: '完全封闭', meaning: '开发者以外的任何人都无法获取。' },
    staged: { label: '分阶段开放', meaning: '逐步开放给获得批准的人。' },
    hosted: { label: '托管访问', meaning: '只能通过开发者自己的应用使用。' },
    api: { label: 'API 访问', meaning: '可通过 API 使用，但不提供权重。' },
    downloadable: { label: '可下载', meaning: '权重可以下载。' },
    'fully-open': { label: '完全开放', meaning: '权重、数据和代码均以开放条款发布。' },
  },
  components: {
    architecture: '模型架构',
    weights: '权重',
    'inference-code': '推理代码',
    'model-card': '模型卡片',
    'data-card': '数据卡片',
    'evaluation-results': '评估结果',
    'evaluation-code': '评估代码',
    'evaluation-data': '评估数据',
    'technical-report': '技术报告',
    'sample-outputs': '输出示例',
    'training-data': '训练数据',
    'training-code': '训练代码',
    'data-preprocessing-code': '数据预处理代码',
    'intermediate-weights': '中间权重',
    'research-paper': '研究论文',
    'model-metadata': '模型元数据',
    'supporting-libraries': '配套库',
  },
  purposes: { use: '使用模型', risk: '分析风险', replicate: '复现模型' },
  clauses: {
    'non-commercial': { label: '非商业性使用', meaning: '不允许商业使用。' },
    'research-only': { label: '仅限研究', meaning: '仅限用于研究、评估或非生产环境。' },
    'user-cap': {
      label: '用户数上限',
      meaning: '用户数超过规定数量时，必须另行向许可方取得许可。',
    },
    'revenue-cap': { label: '收入上限', meaning: '收入超过一定额度时，需要另行取得许可或付费。' },
    'use-restrictions': {
      label: '使用限制',
      meaning: '一份禁止用途清单约束所有用户，且必须随模型向下传递。',
    },
    'output-restriction': {
      label: '输出限制',
      meaning: '不得使用模型输出训练或改进其他模型。',
    },
    naming: { label: '命名要求', meaning: '衍生模型或产品必须带有指定的名称或声明。' },
    'no-derivatives': { label: '禁止演绎', meaning: '不得分享修改后的版本。' },
    'share-alike': { label: '相同方式共享', meaning: '衍生作品必须使用相同的许可证。' },
    revocable: {
      label: '可撤销',
      meaning: '许可方可以撤销、远程限制或单方面更改条款。',
    },
    geographic: { label: '排除部分地区', meaning: '部分地区被排除在许可范围之外。' },
    'no-hosting': { label: '禁止托管', meaning: '将模型作为托管服务提供受到限制。' },
    'no-resale': { label: '禁止转售', meaning: '不得出售模型本身。' },
  },
  definitions: {
    osaid: {
      label: 'OSAID',
      meaning:
        '开放源代码促进会（OSI）的开源人工智能定义（OSAID）：权重、代码以及训练数据的详细信息都必须以特定条款发布，让任何人都能出于任何目的使用、研究、修改和分享该模型。',
    },
    mof: {
      label: 'MOF',
      meaning:
        '模型开放性框架（MOF）：按以开放许可证发布的组件多少，从第三类（最低）到第一类（最高）分级，计算方式与模型开放性工具（Model Openness Tool）相同。',
    },
    'open-weights': {
      label: '开放权重',
      meaning: '权重可以下载，且许可证允许商业使用、修改和再分发。',
    },
  },
  statuses: { present: '已发布', partial: '部分发布', missing: '未发布', unknown: '未知' },
  open: { yes: '开放', no: '不开放', undecided: '待定' },
  list: (items) => items.join('、'),
  ui: zhUi,
  licenseSummaries: zhLicenseSummaries,
  breakdown: zhBreakdown,
};
