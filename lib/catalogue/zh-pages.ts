/** The Simplified Chinese (zh-CN) words of the extension's own pages. */
import type { PageText } from './page-text';
import { sp } from './zh-writing';

export const zhPages: PageText = {
  popup: {
    title: 'Openness Lens',
    loading: '加载中…',
    notModel:
      '此页面不是模型页面。请在 Hugging Face 上打开一个模型，查看它的开放程度：发布层级、许可证条款，以及哪些组件已发布。',
    pending: (id) => `正在检查 ${id}…`,
    unavailable: (id, why) => `${id}：未知——${why}`,
    settings: (definition, listingBadges) =>
      `以${sp(definition)}为主要判定标准。列表徽章：${listingBadges ? '开启' : '关闭'}。`,
    settingsLink: '设置',
  },
  options: {
    title: 'Openness Lens 设置',
    loading: '加载中…',
    presetsLegend: '“开放”的定义',
    presets: {
      strict: {
        title: '严格——开源人工智能定义（默认）',
        detail: '只有当权重、代码和训练数据信息都以允许任何用途的条款发布时，才算开放。',
      },
      mof: {
        title: '模型开放性框架',
        detail: '根据哪些组件以开放许可证发布，分为第三类、第二类和第一类。',
      },
      lenient: {
        title: '宽松——开放权重',
        detail: '只要权重可以下载，且许可证允许商业使用和修改，就算开放。',
      },
    },
    criteriaLegend: '判定标准',
    toggles: {
      openWeightsUseRestrictions: {
        title: '开放权重：有使用限制即不符合',
        detail: '带有禁止用途清单（可接受使用政策、RAIL 附件）的模型不算开放权重。',
      },
      openWeightsCaps: {
        title: '开放权重：有用户数或收入上限即不符合',
        detail: '用户数或收入超过一定额度就须另行取得许可的模型不算开放权重。',
      },
      openWeightsNoGate: {
        title: '开放权重：不得设审批',
        detail: '须提交访问申请才能获取的权重不算可公开下载。',
      },
      osaidRequireDatasets: {
        title: 'OSAID：要求数据集本身可获取',
        detail: '仅有训练数据的详细信息还不够；数据本身必须可以获取。',
      },
      inheritFromBase: {
        title: '继承基础模型的限制',
        detail: '微调模型沿用其基础模型的许可证条款，以及基础模型缺失的训练数据和代码。',
      },
    },
    previewTitle: '预览',
    previewIntro: '在这些设置下，两个示例模型的判定结果：',
    listingsLegend: '模型列表',
    listingBadges: '在平台的模型列表中为每个模型显示简洁徽章',
    dimLead: '对于',
    dimModeLabel: '如何处理这些模型',
    dimThresholds: {
      'open-weights': '非开放权重的模型',
      osaid: '非开源（OSAID）的模型',
      'mof-class-3': '低于 MOF 第三类的模型',
      downloadable: '权重不可下载的模型',
    },
    dimModes: { off: '照常显示', dim: '淡化显示', hide: '隐藏' },
    hubsLegend: '平台',
    hubLabel: (name, beta) => (beta ? `${name}（Beta）` : name),
    clearCache: '清除缓存的模型数据',
    cacheCleared: '已清除。',
  },
  method: { englishOnly: '本页介绍 Openness Lens 的评估方法，目前只有英文版。' },
};
