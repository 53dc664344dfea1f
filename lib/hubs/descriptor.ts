/**
 * What a hub is, as data: the one place its name, its hosts, its listing cards and its theme are written. A hub's
 * descriptor (`lib/hubs/<hub>/descriptor.ts`) imports types only, so everything can read it at no cost — the build
 * configuration (manifest host permissions and content-script matches), the options page (the hub's label), each
 * content script (its own hub's), the URL readers and the end-to-end tests (the hosts they serve from the recorded
 * hub). The code that reads pages and gathers facts stays in the hub's two adapters (lib/hubs/adapter.ts).
 */
import type { HubId } from '../schema/vocabulary';

/** How the hub shows its light or dark theme on `<html>`; without either, the system preference decides. */
export interface HubTheme {
  /** `class` (a class on `<html>`) or the name of an attribute of `<html>` whose value is compared. */
  attribute: string;
  /** The class, or attribute value, that means dark. */
  dark: string;
  /** The class, or attribute value, that means light (overrides a dark system preference). */
  light?: string;
}

/** How the hub's listing cards are found and titled. */
export interface HubCards {
  /** A CSS selector for one card of a listing; the badge goes in its corner. */
  selector: string;
  /**
   * A selector, inside a card, for its title: when neither the card's first link nor its title text changed, the
   * model id is not worked out again after the hub re-renders the listing.
   */
  title?: string;
}

export interface HubDescriptor {
  id: HubId;
  /** The hub's own name, as the options page lists it (a proper name: it is not translated). */
  label: string;
  /** Support is in beta: the options page says so. */
  beta?: boolean;
  /**
   * Every origin (`https://host`, no path) the hub's pages are served from. The content script matches exactly
   * these (`<origin>/*`), the URL readers accept exactly their hosts, and a page is told to belong to this hub by its
   * origin. The first is canonical: model page URLs are built on it.
   */
  origins: readonly string[];
  /**
   * The hosts the background's own fetch asks (the manifest's host permissions are exactly these). Empty for a hub
   * with no anonymous API, whose facts come from the page alone.
   */
  fetchHosts: readonly string[];
  /** Listing cards; absent when the hub's listings get no badges. */
  cards?: HubCards;
  /** The hub's theme on `<html>`. */
  theme: HubTheme;
}

/** A hub with no anonymous API (no host the background may fetch from): its facts come from its own page alone. */
export const isPageOnly = (hub: HubDescriptor): boolean => hub.fetchHosts.length === 0;

/** The content script's matches: every origin the hub serves pages from, whole. */
export const contentScriptMatches = (hub: HubDescriptor): string[] => hub.origins.map((origin) => `${origin}/*`);
