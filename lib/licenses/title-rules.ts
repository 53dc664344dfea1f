/**
 * Title and notice lines that identify a known license text, in normalised lower case. Checked in order, first match
 * wins: vendor licenses come before the generic texts they borrow from (Falcon is Apache-based, Kimi's is "Modified
 * MIT"), and longer Creative Commons names before the shorter ones they contain.
 */
import { CONTENT_LICENSES } from './data/content';

export interface TitleRule {
  id: string;
  /** Matches when every phrase of any one group is present. */
  anyOf: string[][];
  /** Look only at the first this-many characters (titles of the GNU family mention each other further down). */
  within?: number;
}

const one = (id: string, ...phrases: string[]): TitleRule => ({ id, anyOf: phrases.map((p) => [p]) });
const TOP = 2000;

/**
 * Creative Commons titles, derived from the entries ("attribution-noncommercial 4.0 international"). Versions before
 * 3.0 print no "Generic" in their title; 3.0 texts say "NoDerivs". Only the top is read: other licenses cite CC titles.
 */
const CC_RULES: TitleRule[] = CONTENT_LICENSES.filter((e) => e.id.startsWith('cc-by'))
  .map((e) => {
    const title = e.name
      .replace('Creative Commons ', '')
      .replace(/ Generic$/, '')
      .toLowerCase();
    return { id: e.id, anyOf: [[title], [title.replace('noderivatives', 'noderivs')]], within: TOP };
  })
  .sort((a, b) => (b.anyOf[0]?.[0]?.length ?? 0) - (a.anyOf[0]?.[0]?.length ?? 0));

export const TITLE_RULES: readonly TitleRule[] = [
  one('llama4', 'llama 4 community license agreement', 'llama 4 version effective date'),
  one('llama3.3', 'llama 3.3 community license agreement', 'llama 3.3 version release date'),
  // A use policy names its license further down: only its own title, at the top, identifies it.
  { id: 'llama3.2-acceptable-use-policy', anyOf: [['llama 3.2 acceptable use policy']], within: 200 },
  one('llama3.2', 'llama 3.2 community license agreement', 'llama 3.2 version release date'),
  one('llama3.1', 'llama 3.1 community license agreement', 'llama 3.1 version release date'),
  one('llama3', 'meta llama 3 community license agreement', 'meta llama 3 version release date'),
  one('llama2', 'llama 2 community license agreement', 'llama 2 version release date'),
  one('gemma', 'gemma terms of use'),
  one('databricks-open-model-license', 'databricks open model license'),
  one('grok2-community', 'xai community license agreement'),
  one('nvidia-open-model-agreement', 'nvidia open model agreement'),
  one('nvidia-open-model-license', 'nvidia open model license'),
  one('falcon-180b-tii-1.0', 'falcon 180b tii license'),
  one('falcon-2-11b-tii-1.0', 'falcon 2 11b tii license'),
  one('falcon-llm-license', 'tii falcon license'),
  one('qwen-community-1.0', 'qwen community license'),
  one('qwen-research', 'qwen research license agreement'),
  one('qwen', 'qwen license agreement'),
  one('tongyi-qianwen', 'tongyi qianwen license agreement'),
  one('mrl', 'mistral ai research license'),
  one('mnpl', 'mistral ai non-production license'),
  one('sai-nc-community', 'stability ai non-commercial research community license'),
  one('stabilityai-ai-community', 'stability ai community license agreement'),
  one('microsoft-research-license', 'microsoft research license terms'),
  one('apple-amlr', 'apple machine learning research model license'),
  one('apple-ascl', 'apple software is supplied to you by apple'),
  one('deepseek', 'deepseek license agreement'),
  one('modified-mit', 'modified mit license'),
  one('flux-1-dev-non-commercial-license', 'flux.1 [dev] non-commercial license'),
  one('fair-noncommercial-research-license', 'fair noncommercial research license'),
  { id: 'ai2-impact-lr', anyOf: [['ai2 impact license', 'low risk artifacts']] },
  { id: 'ai2-impact-mr', anyOf: [['ai2 impact license', 'medium risk artifacts']] },
  { id: 'ai2-impact-hr', anyOf: [['ai2 impact license', 'high risk artifacts']] },
  one('openmdw-1.1', 'openmdw license agreement v1.1', 'openmdw license agreement, version 1.1'),
  one('openmdw-1.0', 'openmdw license agreement v1.0', 'openmdw license agreement, version 1.0'),
  one('openrail++', 'open rail++-m license'),
  one('creativeml-openrail-m', 'creativeml open rail-m', 'creativeml openrail-m'),
  one('bigcode-openrail-m', 'bigcode open rail-m'),
  one('bigscience-openrail-m', 'bigscience open rail-m'),
  one('bigscience-bloom-rail-1.0', 'bigscience rail license v1.0'),
  one('apache-2.0', 'grok-1 weights in this release are licensed under the apache 2.0 license'),
  one('cc0-1.0', 'cc0 1.0 universal'),
  ...CC_RULES,
  one('cdla-permissive-2.0', 'community data license agreement - permissive - version 2.0'),
  one('cdla-permissive-1.0', 'community data license agreement - permissive - version 1.0'),
  one('cdla-sharing-1.0', 'community data license agreement - sharing - version 1.0'),
  one('odbl', 'open database license (odbl)'),
  one('odc-by', 'open data commons attribution license'),
  one('pddl', 'public domain dedication and licen', 'public domain dedication & licen'),
  { id: 'agpl-3.0', anyOf: [['gnu affero general public license', 'version 3']], within: TOP },
  { id: 'lgpl-3.0', anyOf: [['gnu lesser general public license', 'version 3, 29 june 2007']], within: TOP },
  { id: 'lgpl-2.1', anyOf: [['gnu lesser general public license', 'version 2.1, february 1999']], within: TOP },
  { id: 'gpl-3.0', anyOf: [['gnu general public license', 'version 3, 29 june 2007']], within: TOP },
  { id: 'gpl-2.0', anyOf: [['gnu general public license', 'version 2, june 1991']], within: TOP },
  { id: 'mpl-2.0', anyOf: [['mozilla public license version 2.0']], within: TOP },
  { id: 'apache-2.0', anyOf: [['apache license', 'version 2.0, january 2004']], within: TOP },
  {
    id: 'mit',
    anyOf: [['permission is hereby granted, free of charge,', 'to any person obtaining a copy']],
    within: TOP,
  },
  { id: 'isc', anyOf: [['permission to use, copy, modify, and/or distribute this software for any purpose']] },
  { id: 'unlicense', anyOf: [['this is free and unencumbered software released into the public domain']] },
  { id: 'bsl-1.0', anyOf: [['boost software license - version 1.0']] },
  {
    id: 'bsd-3-clause-clear',
    anyOf: [
      ['redistribution and use in source and binary forms', "no express or implied licenses to any party's patent"],
    ],
  },
  { id: 'bsd-3-clause', anyOf: [['redistribution and use in source and binary forms', 'neither the name of']] },
  { id: 'bsd-2-clause', anyOf: [['redistribution and use in source and binary forms']], within: TOP },
];
