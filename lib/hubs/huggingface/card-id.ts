/** The model a listing card links to, or none (org, paper, dataset and space cards share the same markup). */
import { huggingfaceHub } from './descriptor';
import { classifyHuggingFaceUrl } from './urls';

export function cardModelId(card: Element, base: string): string | undefined {
  const title = card.querySelector(huggingfaceHub.cards.title)?.textContent?.trim();
  for (const link of card.querySelectorAll('a[href]')) {
    let url: URL;
    try {
      url = new URL(link.getAttribute('href') ?? '', base);
    } catch {
      continue;
    }
    if (url.origin !== new URL(base).origin) continue;
    const kind = classifyHuggingFaceUrl(url);
    if (kind.kind === 'model' && kind.repoId) return kind.repoId;
    // A legacy root model (`/gpt2`) shares its URL shape with a profile: the card's title must name it.
    if (kind.kind === 'root-repo-or-profile' && kind.repoId && title === kind.repoId) return kind.repoId;
  }
  return undefined;
}
