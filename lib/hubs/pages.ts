/**
 * The content-script halves of the adapters, by hub. Each content script imports only its own hub's half (to stay
 * small); this list is for tests and tools that check every hub.
 */
import type { HubId } from '../schema/vocabulary';
import type { HubPageAdapter } from './adapter';
import { civitaiPage } from './civitai/page';
import { huggingfacePage } from './huggingface/page-adapter';
import { kagglePage } from './kaggle/page';
import { modelscopePage } from './modelscope/page';
import { ollamaPage } from './ollama/page';

export const HUB_PAGES: Readonly<Record<HubId, HubPageAdapter>> = {
  huggingface: huggingfacePage,
  civitai: civitaiPage,
  ollama: ollamaPage,
  modelscope: modelscopePage,
  kaggle: kagglePage,
};
