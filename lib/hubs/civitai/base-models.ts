/**
 * Civitai's base-model → license table: the license a Civitai resource inherits from the `baseModel` it names
 * (civitai/civitai packages/civitai-shared/src/basemodel.constants.ts, read at ebed661, 2026-08-08). Values are
 * knowledge-base keys (ids or names `lookupLicense` knows); a license the knowledge base lacks keeps Civitai's name.
 * Base models with no license on Civitai (Other, Upscaler, ...) are absent.
 */
const TABLE: Record<string, readonly string[]> = {
  'creativeml-openrail-m': ['Pony', 'SD 1.4', 'SD 1.5', 'SD 1.5 LCM', 'SD 1.5 Hyper'],
  'SDXL 0.9 research license': ['SDXL 0.9'],
  'openrail++': [
    'PixArt a',
    'PixArt E',
    'SD 2.0',
    'SD 2.0 768',
    'SD 2.1',
    'SD 2.1 768',
    'SD 2.1 Unclip',
    'SDXL 1.0',
    'SDXL 1.0 LCM',
    'SDXL Lightning',
    'SDXL Hyper',
    'SDXL Distilled',
  ],
  'sai-nc-community': ['SDXL Turbo', 'Stable Cascade'],
  'Stable Video Diffusion Community License': ['SVD', 'SVD XT'],
  'Playground v2 Community License': ['Playground v2'],
  'stabilityai-ai-community': ['SD 3', 'SD 3.5', 'SD 3.5 Large', 'SD 3.5 Large Turbo', 'SD 3.5 Medium'],
  'Tencent Hunyuan Community License Agreement': ['Hunyuan 1'],
  'Tencent Hunyuan Video License Agreement': ['Hunyuan Video'],
  'Kolors License': ['Kolors'],
  'apache-2.0': [
    'AuraFlow',
    'Chroma',
    'Ernie',
    'Flux.1 S',
    'Flux.2 Klein 4B',
    'Flux.2 Klein 4B-base',
    'Boogu',
    'Lumina',
    'Mochi',
    'Qwen',
    'Qwen 2',
    'Qwen 3',
    'Wan Video',
    'Wan Video 1.3B t2v',
    'Wan Video 14B t2v',
    'Wan Video 14B i2v 480p',
    'Wan Video 14B i2v 720p',
    'Wan Video 2.2 TI2V-5B',
    'Wan Video 2.2 I2V-A14B',
    'Wan Video 2.2 T2V-A14B',
    'ZImageTurbo',
    'ZImageBase',
    'ACE Audio',
  ],
  'flux-1-dev-non-commercial-license': ['Flux.1 D', 'Flux.1 Krea', 'Flux.1 Kontext'],
  'faipl-1.0-sd': ['Illustrious'],
  'LTX Video License': ['LTXV', 'LTXV2'],
  'CogVideoX License': ['CogVideoX'],
  'NoobAI License': ['NoobAI'],
  mit: ['HiDream', 'HiDream-O1', 'MageFlow'],
  'Pony License': ['Pony V7'],
  'CircleStone Labs Non-Commercial License v1.0': ['Anima'],
  'Krea AI Terms of Service': ['Krea 2'],
  'flux-2-dev-non-commercial-license': ['Flux.2 D'],
  'FLUX.2 Klein 9B Non-Commercial License': ['Flux.2 Klein 9B', 'Flux.2 Klein 9B-base'],
  'LTX-2 Community License Agreement': ['LTXV 2.3'],
  'Ideogram Non-Commercial Model Agreement': ['Ideogram 4.0'],
};

const BY_BASE = new Map<string, string>();
for (const [license, bases] of Object.entries(TABLE))
  for (const base of bases) BY_BASE.set(base.toLowerCase(), license);

/** The knowledge-base key (or Civitai's license name) a Civitai base model passes down; undefined when none. */
export function civitaiBaseModelLicense(baseModel: string): string | undefined {
  if (typeof baseModel !== 'string' || baseModel.length > 100) return undefined;
  return BY_BASE.get(baseModel.trim().toLowerCase());
}
