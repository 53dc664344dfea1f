/**
 * Every host the end-to-end tests answer from the recorded hub — each hub's pages' origins and its fetch hosts, read
 * from the hub descriptors (lib/hubs/registry.ts): Chromium routes them (./launch.ts), Firefox's proxy and its test
 * certificate cover them (./firefox.ts). A hub added to the registry is served with no change here.
 */
import { hubHosts } from '../../../lib/hubs/registry';

export const HUB_HOSTS: readonly string[] = hubHosts();
