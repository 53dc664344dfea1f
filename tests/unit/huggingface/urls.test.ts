import { describe, expect, it } from 'vitest';
import * as urls from '../../../lib/hubs/huggingface/urls';
import { urlMatrix } from '../support/url-matrix';

const { classifyHuggingFaceUrl, PREDICATES } = urls;

const LISTS: Record<string, readonly string[]> = {
  'profile-list': urls.profileListUrls,
  model: urls.modelPageUrls,
  'model-files': urls.modelFilesTabUrls,
  'model-file': urls.modelFileViewUrls,
  'model-discussions': urls.modelDiscussionsUrls,
  'model-other': urls.modelOtherTabUrls,
  'root-repo-or-profile': urls.rootRepoOrProfileUrls,
  listing: urls.modelListingUrls,
  collection: urls.collectionUrls,
  dataset: urls.datasetPageUrls,
  space: urls.spacePageUrls,
};

urlMatrix('Hugging Face', {
  predicates: PREDICATES,
  lists: LISTS,
  others: urls.otherPageUrls,
  // The classifier agrees with the predicates, and names no repo for anything else.
  also: (url, kind) => expect(classifyHuggingFaceUrl(url).kind).toBe(kind),
  modelId: (url) => classifyHuggingFaceUrl(url).repoId ?? null,
});

describe('classifyHuggingFaceUrl ids', () => {
  it('gives the repo id of model tabs', () => {
    expect(
      classifyHuggingFaceUrl('https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct/tree/main/original'),
    ).toEqual({
      kind: 'model-files',
      repoId: 'meta-llama/Llama-3.1-8B-Instruct',
    });
    expect(classifyHuggingFaceUrl('https://huggingface.co/imageomics/biocap/blob/main/README.md').repoId).toBe(
      'imageomics/biocap',
    );
  });

  it('gives a candidate id for a one-segment path, which the page must confirm', () => {
    expect(classifyHuggingFaceUrl('https://huggingface.co/gpt2')).toEqual({
      kind: 'root-repo-or-profile',
      repoId: 'gpt2',
    });
  });

  it('never yields a model id under a reserved first segment', () => {
    for (const seg of urls.RESERVED_FIRST_SEGMENTS) {
      const c = classifyHuggingFaceUrl(`https://huggingface.co/${seg}/something`);
      expect(c.repoId, seg).toBeUndefined();
      expect(classifyHuggingFaceUrl(`https://huggingface.co/${seg}`).repoId, seg).toBeUndefined();
    }
  });

  it('gives dataset ids, including legacy root ids', () => {
    expect(classifyHuggingFaceUrl('https://huggingface.co/datasets/allenai/dolma/tree/main').datasetId).toBe(
      'allenai/dolma',
    );
    expect(classifyHuggingFaceUrl('https://huggingface.co/datasets/squad_v2').datasetId).toBe('squad_v2');
  });

  it('accepts URL objects', () => {
    expect(urls.isModelPage(new URL('https://huggingface.co/openai/clip-vit-base-patch32'))).toBe(true);
  });
});
