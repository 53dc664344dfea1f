import { describe, expect, it } from 'vitest';
import { tierLabel } from '../../../lib/catalogue';
import {
  base,
  demos,
  facts,
  files,
  gate,
  license,
  openModel,
  providers,
  run,
  status,
  weightsState,
  filesUnknown,
  type Edit,
} from './builder';

const noWeights: Edit = files('config.json');

describe('release tier (Solaiman), first rule that applies', () => {
  it.each([
    ['private', status('private'), 'fully-closed', 'tier-not-accessible'],
    ['disabled', status('disabled'), 'fully-closed', 'tier-not-accessible'],
    ['not found', status('not-found'), 'fully-closed', 'tier-not-accessible'],
  ])('%s → fully closed even with weights', (_name, edit, tier, code) => {
    const result = run(openModel('org/m', edit));
    expect(result.tier).toBe(tier);
    expect(result.tierReason.code).toBe(code);
  });

  it('weights, training data and training code all open, no disqualifying clause → fully open', () => {
    const result = run(openModel());
    expect(result.tier).toBe('fully-open');
    expect(tierLabel(result.tier)).toBe('Fully open');
  });

  it('the same release under a license with use restrictions → downloadable', () => {
    const model = openModel('org/m');
    model.licenses = [{ id: 'openrail', source: 'card' }];
    expect(run(model).tier).toBe('downloadable');
  });

  it('open weights without training code → downloadable', () => {
    const model = openModel('org/m');
    model.codeLinks = [];
    model.files.names = model.files.names.filter((name) => name !== 'train.py');
    const result = run(model);
    expect(result.tier).toBe('downloadable');
    expect(result.tierReason.code).toBe('tier-downloadable');
  });

  it('a gated model with weights is downloadable, the gate is a note', () => {
    const result = run(facts('org/m', license('llama3.1'), files('model.safetensors'), gate('manual')));
    expect(result.tier).toBe('downloadable');
    expect(result.tierReason).toEqual({ code: 'tier-downloadable-gated', params: { gate: 'manual' } });
  });

  it('weights from the record fields count when the file list is unknown', () => {
    const result = run(
      facts('org/m', filesUnknown, weightsState('present', [{ kind: 'record-field', detail: 'safetensors' }])),
    );
    expect(result.tier).toBe('downloadable');
    expect(result.components.weights.evidence[0]).toEqual({ kind: 'record-field', detail: 'safetensors' });
  });

  it('no weights and an approval gate → staged', () => {
    expect(run(facts('org/m', noWeights, gate('auto'), providers('together'))).tier).toBe('staged');
  });

  it('no weights, served by inference providers → api', () => {
    const result = run(facts('org/m', noWeights, providers('together', 'fireworks'), demos('org/space')));
    expect(result.tier).toBe('api');
    expect(result.tierReason.params?.providers).toBe('together, fireworks');
  });

  it('no weights, only a demo app → hosted', () => {
    expect(run(facts('org/m', noWeights, demos('org/space'))).tier).toBe('hosted');
  });

  it('no weights, nothing else → fully closed', () => {
    const result = run(facts('org/m', noWeights));
    expect(result.tier).toBe('fully-closed');
    expect(result.tierReason.code).toBe('tier-closed');
  });

  it('weights not seen yet and nothing else → fully closed, saying weights are unknown', () => {
    const result = run(facts('org/m', filesUnknown));
    expect(result.tier).toBe('fully-closed');
    expect(result.tierReason.code).toBe('tier-weights-unknown');
  });

  it('inherited clauses keep an apache fine-tune of a Llama model from being fully open', () => {
    const llama = facts('meta-llama/Llama-3.1-8B', license('llama3.1'), files('model.safetensors'));
    const model = openModel('org/ft', base(llama));
    expect(run(model).tier).toBe('downloadable');
    expect(run(model, { inheritFromBase: false }).tier).toBe('fully-open');
  });
});
