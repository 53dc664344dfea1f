import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Openness Lens',
    description:
      'Shows how open an AI model really is — release tier, license clauses and missing components — right on the model hub.',
    permissions: ['storage'],
    action: { default_title: 'Openness Lens' },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: { id: 'openness-lens@openness-lens.org', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
});
