/**
 * The knowledge base's license summaries in Simplified Chinese (zh-CN), by license id (lib/licenses/data/*.ts).
 * Every id of the knowledge base has one (tests/unit/messages/locales.test.ts); license names, SPDX ids and quoted
 * notices stay as the licensor wrote them.
 */

const CC_BY = '可出于任何目的分享和改编，但须署名作者并标明所作修改。';
const CC_BY_SA = '可出于任何目的分享和改编，但须署名；改编作品必须使用相同的许可证。';
const CC_BY_NC = '可分享和改编，但须署名，且不得用于商业目的。';
const CC_BY_ND = '可出于任何目的分享未经修改的副本，但须署名；不得分享改编作品。';
const CC_BY_NC_ND = '可分享未经修改的副本，但须署名，且仅限非商业目的。';
const CC_BY_NC_SA = '可分享和改编，但须署名、不得用于商业目的，且改编作品须使用相同的许可证。';
const OPENMDW = '以一份宽松授权覆盖整个模型发布（权重、数据、代码、文档），对输出没有任何规定。';
const EPL = '弱 copyleft：对受许可文件的修改必须以相同条款分享。';
const GPL = '强 copyleft：分发的衍生作品也必须采用 GPL，并附带源代码。';
const LGPL = '弱 copyleft：对该库的修改仍须采用 LGPL，但其他软件可以链接该库。';

export const zhLicenseSummaries: Readonly<Record<string, string>> = {
  // Software licenses (data/software.ts)
  'apache-2.0': '可出于任何目的使用、修改和分享，附带专利授权；须保留声明，并标明修改过的文件。',
  mit: '只要每份副本都附带版权声明和许可声明，就可以任意使用。',
  'afl-3.0': '附带专利授权和署名义务的宽松许可证。',
  'artistic-2.0': '可自由分享和修改；修改版必须明确标注或改名。',
  'bsl-1.0': '简短的宽松许可证；二进制文件无须附带声明。',
  'bsd-2-clause': '宽松许可证：须保留版权声明和免责声明。',
  'bsd-3-clause': '宽松许可证：须保留声明，且不得用作者的名义为衍生产品背书。',
  'bsd-3-clause-clear': '明确不授予任何专利权的 BSD 3-Clause 许可证。',
  wtfpl: '玩笑式的许可证，允许做任何事；被 FSF 认定为自由许可证，但未获 OSI 批准。',
  'ecl-2.0': '在 Apache 2.0 的基础上，为教育机构收窄了专利授权。',
  'epl-1.0': EPL,
  'epl-2.0': EPL,
  'eupl-1.1': '欧盟委员会的 copyleft 许可证；衍生作品须继续采用该许可证或所列的兼容许可证。',
  'eupl-1.2': '欧盟委员会的 copyleft 许可证，也涵盖通过网络使用的情形。',
  'agpl-3.0': '强 copyleft，还要求向通过网络与软件交互的用户提供源代码。',
  'gpl-2.0': GPL,
  'gpl-3.0': GPL,
  'lgpl-2.1': LGPL,
  'lgpl-3.0': LGPL,
  isc: '极简的宽松许可证，效果与 MIT 相当。',
  'lppl-1.3c': '可自由分享和修改；修改版必须能与原版区分开。',
  'ms-pl': '附带专利授权的宽松许可证；以源代码形式分发时须保持同一许可证。',
  'mpl-2.0': '文件级 copyleft：修改过的 MPL 文件仍须采用 MPL，作品的其余部分可以采用其他条款。',
  'osl-3.0': '把网络部署也视为分发的 copyleft 许可证。',
  postgresql: '类似 BSD 或 MIT 的简短宽松许可证。',
  'ofl-1.1': '字体许可证：可自由使用、修改和捆绑，但保留字体名称。',
  ncsa: 'BSD/MIT 风格的宽松许可证。',
  unlicense: '将作品贡献到公有领域，并附有宽松许可作为后备。',
  zlib: '宽松许可证：不得歪曲作品来源，修改版须加以标明。',
  'apple-ascl': '适用于 Apple 示例代码的宽松条款，不含专利授权；不在 OSI 名单上。',
  'lgpl-lr': '适用于词典和其他语言数据的 LGPL 式 copyleft 许可证。',

  // Open content and open data licenses (data/content.ts)
  'cc0-1.0': '在法律允许的范围内放弃所有权利，使作品尽可能接近公有领域。',
  'cc-by-2.0': CC_BY,
  'cc-by-2.5': CC_BY,
  'cc-by-3.0': CC_BY,
  'cc-by-4.0': CC_BY,
  'cc-by-sa-3.0': CC_BY_SA,
  'cc-by-sa-4.0': CC_BY_SA,
  'cc-by-nc-2.0': CC_BY_NC,
  'cc-by-nc-3.0': CC_BY_NC,
  'cc-by-nc-4.0': CC_BY_NC,
  'cc-by-nd-4.0': CC_BY_ND,
  'cc-by-nc-nd-3.0': CC_BY_NC_ND,
  'cc-by-nc-nd-4.0': CC_BY_NC_ND,
  'cc-by-nc-sa-2.0': CC_BY_NC_SA,
  'cc-by-nc-sa-3.0': CC_BY_NC_SA,
  'cc-by-nc-sa-4.0': CC_BY_NC_SA,
  'cc-by-3.0-igo': CC_BY,
  'cc-by-nc-sa-3.0-igo': CC_BY_NC_SA,
  'cdla-sharing-1.0': '数据可以使用和分享；分享的数据（包括修改）仍受同一协议约束。',
  'cdla-permissive-1.0': '数据可以自由使用、修改和分享；计算结果不受限制。',
  'cdla-permissive-2.0': '数据可以自由使用和分享；结果（包括机器学习模型）不受限制。',
  'odc-by': '数据库可出于任何目的使用和分享，但须署名。',
  odbl: '数据库可以在署名的前提下使用；分享的改编数据库须保持同一许可证。',
  pddl: '将数据库置于公有领域。',
  'etalab-2.0': '法国政府的开放许可证：可自由再利用，但须注明来源。',
  'c-uda': '数据只能用于计算分析；分析结果（包括模型）不受限制。',
  gfdl: '适用于手册和文档的 copyleft 许可证；修改版须保持同一许可证。',
  'openmdw-1.0': OPENMDW,
  'openmdw-1.1': OPENMDW,

  // Responsible AI Licenses (data/rail.ts)
  'creativeml-openrail-m':
    'Stable Diffusion 1.x 的条款：允许商业使用，但禁止用途清单必须传递给每一位用户和每一个衍生模型。',
  'openrail++': 'CreativeML Open RAIL-M 的 SDXL 版本：允许商业使用，禁止用途须向下传递。',
  'bigscience-openrail-m': 'BigScience 的通用 RAIL：允许商业使用，禁止用途清单约束每一个衍生模型。',
  'bigscience-bloom-rail-1.0': 'BLOOM 的许可证：允许商业使用，但有专门针对 BLOOM 的禁止用途，约束每一个衍生模型。',
  'bigcode-openrail-m': 'StarCoder 的许可证：允许商业使用，禁止用途（包括编写恶意软件）约束每一个衍生模型。',
  deepseek:
    'DeepSeek 2023–2024 年模型的 RAIL 式许可证：允许商业使用，禁止用途（包括军事用途）约束衍生模型，蒸馏模型也不例外。',

  // Llama and Gemma (data/llama-gemma.ts)
  llama2:
    '可自由使用和分享，但月活跃用户超过 7 亿的服务须获得 Meta 许可；须遵守可接受使用政策；输出不得用于改进其他大语言模型。',
  llama3:
    '与 Llama 2 相同，另外衍生模型须以“Llama 3…”命名并显示“Built with Meta Llama 3”；输出不得用于改进其他大语言模型。',
  'llama3.1': '月活跃用户低于 7 亿时可自由使用和分享，须遵守可接受使用政策；用它或它的输出构建的模型须以“Llama…”命名。',
  'llama3.2': '与 Llama 3.1 相同；此外，位于欧盟的个人和公司对其多模态（视觉）模型不享有任何权利。',
  'llama3.2-acceptable-use-policy': 'Meta 为 Llama 3.2 规定的禁止用途；它不向欧盟境内的个人和公司提供多模态模型。',
  'llama3.3': '与 Llama 3.1 相同；其使用政策重申了对多模态模型的欧盟排除条款，尽管 3.3 只处理文本。',
  llama4: '与 Llama 3.1 相同，并对多模态模型排除欧盟，而 Llama 4 模型正是多模态模型。',
  gemma: '允许商业使用，但须遵守约束衍生模型（包括蒸馏模型）的禁止用途政策；Google 可以远程限制使用。',

  // Image and video base models (data/image-models.ts)
  'faipl-1.0-sd': '在禁止用途清单的约束下允许商业使用；修改后的模型须以相同的许可证连同源代码一起分享。',
  'flux-2-dev-non-commercial-license': 'Black Forest Labs 的 FLUX.2 [dev] 权重只能用于非商业目的。',

  // Other vendors' model licenses (data/vendor.ts)
  'grok2-community':
    '仅可在 xAI 使用政策范围内商用，须显示“Powered by xAI”，且不得用输出训练其他通用模型；许可可被撤销。',
  'databricks-open-model-license':
    'DBRX 的条款，类似 Llama 2：月活跃用户上限 7 亿，须遵守使用政策，且不得用输出改进其他大语言模型。',
  'nvidia-open-model-license': '允许商业使用，但绕过安全护栏即丧失权利；NVIDIA 可以更新条款，并称该许可可被撤销。',
  'nvidia-open-model-agreement': 'NVIDIA 2026 年推出的 Apache 式条款：允许商业使用、修改和分享，对输出没有任何规定。',
  'falcon-llm-license':
    'Falcon 3 / H1 的条款：以 Apache 为基础，附有 TII 可随时更新的可接受使用政策，并须声明“built using … technology from TII”。',
  'falcon-180b-tii-1.0':
    '以 Apache 为基础，附有可更新的使用政策和 Falcon 署名声明；未另行取得许可不得将模型作为服务托管。',
  'falcon-2-11b-tii-1.0': '以 Apache 为基础，附有可更新的使用政策，并须声明“built using Falcon LLM technology”。',
  'tongyi-qianwen': '通义千问（Qwen 1.x）的条款：月活跃用户低于 1 亿时可商用，输出不得用于改进其他大语言模型。',
  qwen: '月活跃用户低于 1 亿时可商用；用它或它的输出训练的模型须注明“Built with Qwen”。',
  'qwen-community-1.0': '类似 MIT，但大型产品须显示模型名称，“模型即服务”类业务须另行取得许可。',
  'stabilityai-ai-community':
    '年收入低于 100 万美元时可免费使用（须注册），须显示“Powered by Stability AI”，且不得用输出构建其他基础模型。',
  'modified-mit': '以 MIT 为基础，再对大型使用者附加条件：须显示模型名称，或在收入超过一定额度时另行取得许可。',
  'ai2-impact-lr': 'AI2 的低风险级别：允许广泛使用，但有少量使用限制，并延续到衍生作品。',
  'ai2-impact-mr': 'AI2 的中风险级别：有禁止用途清单，并对分享衍生作品附加条件。',
  'ai2-impact-hr': 'AI2 的高风险级别：受限的非商业使用，须进行访问控制，且不得再分发。',

  // Research-only and non-commercial licenses (data/research.ts)
  mrl: 'Mistral 的模型、衍生模型及其输出只能用于非商业研究，不得作为托管服务提供；公司不得分发它们。',
  mnpl: '仅限在生产环境之外进行测试、研究、个人使用或评估；不得商业供应。',
  'qwen-research': '仅限研究和评估，不得商用；用它训练的模型须注明“Built with Qwen”。',
  'sai-nc-community':
    '仅限研究和非商业使用，绝不能用于生产环境，并须遵守使用政策；不得将模型作为托管服务或 API 提供给他人。',
  'microsoft-research-license': '仅限非商业研究使用；模型不得再分发、出售或作为托管服务提供。',
  'apple-amlr': '仅限研究使用，不得用于商业用途或产品开发；衍生模型同样仅限研究。',
  'h-research': 'H Company 面向研究和非商业使用的许可证。',
  'intel-research': 'Intel 仅限研究使用的许可证。',
  'deepfloyd-if-license': 'DeepFloyd IF 只能用于非商业研究。',
  'fair-noncommercial-research-license': 'Meta FAIR 仅限非商业研究使用的许可证。',
  'flux-1-dev-non-commercial-license':
    'Black Forest Labs 的 FLUX.1 [dev] 权重只能用于非商业、非生产目的，不得用于所列的有害用途，也不得用其输出训练竞争模型；该许可可被撤销。',

  // License families and the Hub's `other` and `unknown` (data/umbrella.ts)
  openrail: '某种负责任 AI 许可证（RAIL）；具体是哪一种（常见的是 CreativeML OpenRAIL-M）只能查看仓库的 LICENSE 文件。',
  bsd: '某种 BSD 许可证；常见的 2-Clause 和 3-Clause 版本都是宽松许可证，并获 OSI 批准。',
  cc: '某种知识共享（Creative Commons）许可证；它可能允许也可能不允许商业使用或修改。',
  gpl: '某个版本的 GPL，一种强 copyleft 许可证。',
  lgpl: '某个版本的 LGPL，一种弱 copyleft 许可证。',
  other: '模型卡片未使用平台许可证列表中的任何许可证；需要查看许可证名称、链接或 LICENSE 文件。',
  unknown: '上传者不清楚许可证是什么。',
};
