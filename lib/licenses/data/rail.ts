/**
 * Responsible AI Licenses: commercial use allowed, but a list of banned uses binds every user and derivative, and
 * the licensor keeps the right to "restrict (remotely or otherwise)" use, which we count as revocable.
 */
import { define } from '../define';

const RAIL = ['use-restrictions' as const, 'revocable' as const];

export const RAIL_LICENSES = [
  define({
    id: 'creativeml-openrail-m',
    name: 'CreativeML Open RAIL-M',
    aliases: ['CreativeML OpenRAIL-M', 'stable-diffusion-2022-08-22', 'creativeml-openrail'],
    family: 'rail',
    clauses: RAIL,
    summary:
      'Stable Diffusion 1.x terms: commercial use allowed, but a list of banned uses must be passed on to every user and derivative.',
    url: 'https://huggingface.co/spaces/CompVis/stable-diffusion-license',
  }),
  define({
    id: 'openrail++',
    name: 'CreativeML Open RAIL++-M',
    aliases: ['Open Rail++-M License', 'CreativeML Open RAIL++-M License', 'openrail++-m'],
    family: 'rail',
    clauses: RAIL,
    summary: 'The SDXL version of CreativeML Open RAIL-M: commercial use allowed, banned uses passed on.',
    url: 'https://huggingface.co/stabilityai/stable-diffusion-xl-base-1.0/blob/main/LICENSE.md',
  }),
  define({
    id: 'bigscience-openrail-m',
    name: 'BigScience OpenRAIL-M',
    aliases: ['BigScience Open RAIL-M License', 'bigscience-open-rail-m'],
    family: 'rail',
    clauses: RAIL,
    summary: 'The generic BigScience RAIL: commercial use allowed, a list of banned uses binds every derivative.',
    url: 'https://bigscience.huggingface.co/blog/bigscience-openrail-m',
  }),
  define({
    id: 'bigscience-bloom-rail-1.0',
    name: 'BigScience BLOOM RAIL 1.0',
    aliases: ['BigScience RAIL License v1.0', 'bigscience-rail-1.0'],
    family: 'rail',
    clauses: RAIL,
    summary: 'BLOOM’s license: commercial use allowed, with BLOOM-specific banned uses that bind every derivative.',
    url: 'https://huggingface.co/spaces/bigscience/license',
  }),
  define({
    id: 'bigcode-openrail-m',
    name: 'BigCode Open RAIL-M v1',
    aliases: ['BigCode Open RAIL-M v1 License Agreement', 'bigcode-open-rail-m'],
    family: 'rail',
    clauses: RAIL,
    summary: 'StarCoder’s license: commercial use allowed, banned uses (malware among them) bind every derivative.',
    url: 'https://bigcode-project.org/docs/pages/bigcode-openrail',
  }),
  define({
    id: 'deepseek',
    name: 'DeepSeek License Agreement v1.0',
    aliases: ['deepseek-license', 'DeepSeek License Agreement', 'deepseek-license-agreement'],
    family: 'rail',
    clauses: RAIL,
    summary:
      'A RAIL-style license for DeepSeek’s 2023–2024 models: commercial use allowed, banned uses (military use among them) bind derivatives, distilled models included.',
    url: 'https://github.com/deepseek-ai/DeepSeek-V2/blob/main/LICENSE-MODEL',
  }),
];
