// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { urlMatrix } from '../support/url-matrix';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
let doc: Document;
import * as urls from '../../../lib/hubs/civitai/urls';
import { parseCommercialUse, permissionFlags } from '../../../lib/hubs/civitai/permissions';
import { civitaiPage } from '../../../lib/hubs/civitai/page';
import { civitaiHub } from '../../../lib/hubs/civitai/descriptor';
import { assessed, factsOf, gatherUrl } from './helpers';

const C = 'https://civitai.com/models';

urlMatrix('Civitai', {
  predicates: urls.PREDICATES,
  lists: { model: urls.modelPageUrls, listing: urls.listingUrls },
  others: urls.otherPageUrls,
  modelId: urls.civitaiModelId,
});

describe('Civitai model ids', () => {
  it('keeps the selected version in the id', () => {
    expect(urls.civitaiModelId(`${C}/4384/dreamshaper?modelVersionId=128713`)).toBe('4384@128713');
    expect(urls.civitaiModelId(`${C}/4384?modelVersionId=x`)).toBe('4384');
    expect(urls.splitCivitaiId('4384@128713')).toEqual({ modelId: '4384', versionId: '128713' });
    expect(urls.splitCivitaiId('4384@1@2')).toBeNull();
  });
});

describe('allowCommercialUse in all three encodings', () => {
  it('reads the 2023 single string as the highest use allowed', () => {
    expect([...(parseCommercialUse('None') ?? [])]).toEqual([]);
    expect([...(parseCommercialUse('Image') ?? [])].sort()).toEqual(['Image']);
    expect([...(parseCommercialUse('Rent') ?? [])].sort()).toEqual(['Image', 'Rent', 'RentCivit']);
    expect([...(parseCommercialUse('Sell') ?? [])].sort()).toEqual(['Image', 'Rent', 'RentCivit', 'Sell']);
  });
  it('reads the set literal of the API docs', () => {
    expect([...(parseCommercialUse('{Image,RentCivit}') ?? [])].sort()).toEqual(['Image', 'RentCivit']);
    expect([...(parseCommercialUse('{}') ?? [])]).toEqual([]);
  });
  it('reads the 2025-26 array', () => {
    expect([...(parseCommercialUse(['Image', 'RentCivit', 'Rent']) ?? [])].sort()).toEqual([
      'Image',
      'Rent',
      'RentCivit',
    ]);
    expect([...(parseCommercialUse([]) ?? [])]).toEqual([]);
  });
  it('refuses values it does not know rather than guessing', () => {
    expect(parseCommercialUse('Everything')).toBeNull();
    expect(parseCommercialUse(['Image', 'Steal'])).toBeNull();
    expect(parseCommercialUse(undefined)).toBeNull();
  });
  const base = { id: 1, name: 'x', allowDerivatives: true, allowDifferentLicense: true };
  const ids = (value: string | string[]) => permissionFlags({ ...base, allowCommercialUse: value }).map((f) => f.id);
  it('maps the flags to clauses the same way whatever the encoding', () => {
    expect(ids('None')).toEqual(['non-commercial', 'no-resale', 'no-hosting']);
    expect(ids([])).toEqual(['non-commercial', 'no-resale', 'no-hosting']);
    expect(ids('{}')).toEqual(['non-commercial', 'no-resale', 'no-hosting']);
    expect(ids('Image')).toEqual(['no-resale', 'no-hosting']);
    expect(ids(['Image'])).toEqual(['no-resale', 'no-hosting']);
    expect(ids('Sell')).toEqual([]);
    expect(ids(['Image', 'RentCivit', 'Rent', 'Sell'])).toEqual([]);
    expect(ids('{Image,RentCivit}')).toEqual(['no-resale', 'no-hosting']);
  });
  it('turns no derivatives and no different license into their clauses', () => {
    const flags = permissionFlags({
      id: 1,
      name: 'x',
      allowCommercialUse: 'Sell',
      allowDerivatives: false,
      allowDifferentLicense: false,
    });
    expect(flags.map((f) => f.id)).toEqual(['no-derivatives', 'share-alike']);
    expect(flags[0]?.detail).toMatch(/allowDerivatives: false/);
  });
});

describe('Civitai adapter over the recorded hub', () => {
  it('a Flux.1 D LoRA: downloadable, not open weights, the FLUX.1 [dev] license inherited from its base model', async () => {
    const facts = await factsOf(`${C}/1231067`);
    expect(facts.licenses).toEqual([
      expect.objectContaining({ id: 'flux-1-dev-non-commercial-license', source: 'base-model', from: 'Flux.1 D' }),
    ]);
    expect(facts.access.weights.evidence[0]?.detail).toBe('pp-storybook_rank2_bf16.safetensors');
    const a = assessed(facts);
    expect(a.tier).toBe('downloadable');
    expect(a.verdicts['open-weights'].open).toBe(false);
    expect(a.license.entries[0]).toMatchObject({
      name: 'FLUX.1 [dev] Non-Commercial License',
      inheritedFrom: 'Flux.1 D',
    });
    expect(a.license.clauses).toContainEqual({ id: 'non-commercial', source: 'base-model', from: 'Flux.1 D' });
    // The uploader allows every commercial use; the base model's license still does not.
    expect(a.license.clauses.filter((c) => c.source === 'hub-flag')).toEqual([]);
  });

  it('the 2023 string "None" with every flag off: all five hub-flag clauses, SD 1.5 terms inherited', async () => {
    const a = assessed(await factsOf(`${C}/4823`));
    expect(a.license.ids).toEqual(['creativeml-openrail-m']);
    expect(
      a.license.clauses
        .filter((c) => c.source === 'hub-flag')
        .map((c) => c.id)
        .sort(),
    ).toEqual(['no-derivatives', 'no-hosting', 'no-resale', 'non-commercial', 'share-alike'].sort());
    expect(a.verdicts['open-weights'].open).toBe(false);
  });

  it('the 2023 string "Sell": no commercial flag at all', async () => {
    const a = assessed(await factsOf(`${C}/7808`));
    expect(a.license.clauses.filter((c) => c.source === 'hub-flag').map((c) => c.id)).toEqual(['share-alike']);
  });

  it('the 2026 empty array: non-commercial, with the Krea 2 terms named but not known', async () => {
    const facts = await factsOf(`${C}/2833924`);
    expect(facts.hubFlags.map((f) => f.id)).toContain('non-commercial');
    const a = assessed(facts);
    expect(a.license.entries[0]).toMatchObject({
      name: 'Krea AI Terms of Service',
      known: false,
      inheritedFrom: 'Krea 2',
    });
  });

  it('versions on different base models: the selected version decides, else the first', async () => {
    const first = assessed(await factsOf(`${C}/900001`));
    expect(first.license.ids).toEqual(['flux-1-dev-non-commercial-license']);
    expect(first.verdicts['open-weights'].open).toBe(false);
    const sdxl = await factsOf(`${C}/900001?modelVersionId=900011`);
    expect(sdxl.id).toBe('900001@900011');
    expect(sdxl.files.names).toContain('example-two-base-sdxl.safetensors');
    expect(sdxl.datasets).toEqual([expect.objectContaining({ id: 'example-two-base-dataset.zip', role: 'training' })]);
    const a = assessed(sdxl);
    expect(a.license.ids).toEqual(['openrail++']);
    expect(a.license.clauses).toContainEqual({ id: 'use-restrictions', source: 'base-model', from: 'SDXL 1.0' });
    expect(a.verdicts['open-weights'].open).toBe(true);
  });

  it('a version the model record no longer lists is asked for by its own endpoint', async () => {
    const { result, asked } = await gatherUrl(`${C}/1231067?modelVersionId=1387174`);
    expect(result.status).toBe('ok');
    expect(asked).toEqual(['https://civitai.com/api/v1/models/1231067']);
    const other = await gatherUrl(`${C}/4384?modelVersionId=1387174`);
    expect(other.asked).toContain('https://civitai.com/api/v1/model-versions/1387174');
    // That version belongs to another model: the first version is badged, with a note.
    expect(other.result.status === 'ok' && other.result.facts.notes.map((n) => n.code)).toContain('version-not-found');
  });

  it('a missing model is not found; a response that is not the model shape is an error', async () => {
    expect((await gatherUrl(`${C}/999999`)).result.status).toBe('not-found');
  });

  it('finds the grid cards and their model ids', () => {
    doc = parse(
      '<a href="/models/1231067/vivid"><img alt=""></a><a href="/models/4384">DreamShaper</a><a href="/images/5"><img alt=""></a>',
    );
    const cards = [...doc.querySelectorAll(civitaiHub.cards.selector)];
    expect(cards.map((c) => civitaiPage.cardModelId!(c, 'https://civitai.com/models'))).toEqual(['1231067']);
  });
});
