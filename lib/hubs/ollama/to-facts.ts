/**
 * An Ollama tag page as ModelFacts: weights from the `model` layer (GGUF, always downloadable), capabilities as
 * tags (a `vision` model is multimodal), the README's links as code links and papers, and the license layers as
 * declarations (known by digest, or carrying their text for the engine's reader).
 */
import { lookupLicense } from '../../licenses';
import { emptyFacts, type LicenseDeclaration, type ModelFacts } from '../../schema/model-facts';
import type { OllamaPage } from './html';
import { modelPageUrl } from './urls';

export interface LicenseLayer {
  digest: string;
  /** Knowledge-base id when the digest is known. */
  known?: string;
  text?: string;
  /** Where the text came from: the layer page or the registry blob. */
  textSource?: string;
}

const ARXIV = /arxiv\.org\/(?:abs|pdf)\/(\d{4}\.\d{4,5})/i;

export function layerDeclaration(layer: LicenseLayer): LicenseDeclaration {
  const short = layer.digest.replace(/^sha256:/, '').slice(0, 12);
  if (layer.known) {
    const entry = lookupLicense(layer.known);
    return { id: layer.known, name: entry?.name ?? layer.known, source: 'license-layer' };
  }
  const decl: LicenseDeclaration = { id: 'other', name: `license layer ${short}`, source: 'license-layer' };
  if (layer.text) {
    decl.text = layer.text.slice(0, 200_000);
    decl.textSource = layer.textSource ?? 'license-layer';
  }
  return decl;
}

export function ollamaToFacts(id: string, page: OllamaPage, layers: LicenseLayer[]): ModelFacts {
  const facts = emptyFacts('ollama', id, modelPageUrl(id));
  const model = page.layers.filter((l) => l.kind === 'model' || l.kind === 'adapter' || l.kind === 'projector');
  if (page.layers.length > 0 || layers.length > 0) {
    facts.access.weights.state = model.length > 0 ? 'present' : 'unknown';
    facts.access.weights.evidence = model.slice(0, 20).map((l) => ({
      kind: 'file',
      detail: `${l.kind} layer ${l.digest} (GGUF)`,
      url: `${facts.url}/blobs/${l.digest}`,
    }));
    facts.files = { known: true, names: page.layers.map((l) => `${l.kind}:${l.digest}`) };
  }
  facts.licenses = layers.slice(0, 20).map(layerDeclaration);
  facts.tags = [...page.capabilities];
  if (page.capabilities.includes('vision')) facts.tags.push('multimodal');
  facts.library = 'gguf';
  if (page.readme) {
    facts.docs.card = page.readme.text.length > 0 ? 'present' : 'absent';
    facts.docs.sections = page.summary ? [{ heading: 'Summary', excerpt: page.summary.slice(0, 600) }] : [];
    for (const link of page.readme.links) {
      const arxiv = ARXIV.exec(link.url);
      if (arxiv?.[1]) {
        if (!facts.papers.some((p) => p.id === arxiv[1]))
          facts.papers.push({
            kind: 'arxiv',
            id: arxiv[1],
            url: `https://arxiv.org/abs/${arxiv[1]}`,
            source: 'readme',
          });
      } else if (/^https:\/\/(github\.com|gitlab\.com)\//i.test(link.url) && facts.codeLinks.length < 100) {
        facts.codeLinks.push({ url: link.url.slice(0, 2048), context: link.context, source: 'readme' });
      }
    }
  }
  return facts;
}
