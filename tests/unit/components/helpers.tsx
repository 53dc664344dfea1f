/** Shared by the component tests: real assessments from the engine, and mounting with Preact into happy-dom. */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';
import {
  base,
  facts,
  files,
  gate,
  hubFlag,
  library,
  license,
  run,
  section,
  unresolvedBase,
  weightsState,
} from '../openness/builder';

export { run };

/** Modelled on meta-llama/Llama-3.1-8B-Instruct: gated, community license with a user cap and a use policy. */
export const llamaFacts = () =>
  facts(
    'meta-llama/Llama-3.1-8B-Instruct',
    license('llama3.1'),
    files('README.md', 'config.json', 'model-00001-of-00004.safetensors', 'LICENSE'),
    library('transformers'),
    gate('manual'),
    weightsState('present', [
      {
        kind: 'file',
        detail: 'model-00001-of-00004.safetensors',
        url: 'https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct/blob/main/model-00001-of-00004.safetensors',
      },
    ]),
    section('Training Data', 'Pretrained on about 15 trillion tokens of data from publicly available sources.'),
  );

/** A fine-tune of that model claiming apache-2.0, with one base that could not be looked up. */
export const apacheFinetune = () =>
  facts(
    'example-org/llama-finetune',
    license('apache-2.0'),
    files('README.md', 'config.json', 'model.safetensors'),
    base(llamaFacts()),
    unresolvedBase('example-org/deleted-base'),
  );

/** A license the knowledge base does not know, read from its text; plus a hub flag. */
export const textLicensed = () =>
  facts(
    'org/research-model',
    license('other', {
      text: 'You may use the model solely for non-commercial research purposes. All other rights reserved.',
      textSource: 'LICENSE',
    }),
    files('README.md', 'model.safetensors'),
    hubFlag('no-resale', 'Sell the model: no'),
  );

let containers: HTMLElement[] = [];
afterEach(() => {
  for (const container of containers) {
    render(null, container);
    container.remove();
  }
  containers = [];
});

export function mount(node: ComponentChild): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  containers.push(container);
  act(() => render(node, container));
  return container;
}

export function rerender(container: HTMLElement, node: ComponentChild): void {
  act(() => render(node, container));
}

/** The visible text of an element, whitespace folded. */
export const textOf = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

export const byTestId = (root: ParentNode, id: string) => root.querySelector(`[data-testid="${id}"]`);
export const allByTestId = (root: ParentNode, id: string) => [...root.querySelectorAll(`[data-testid="${id}"]`)];

export async function click(el: Element | null | undefined): Promise<void> {
  if (!el) throw new Error('nothing to click');
  await act(async () => {
    (el as HTMLElement).click();
  });
}
