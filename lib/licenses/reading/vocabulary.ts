/**
 * The words license clauses are built from, as bounded regexes: who may not do what (prohibitions), what a grant is
 * limited to, what needs the licensor's permission, thresholds, and the objects clauses speak about. General legal
 * English, not phrases of any one license: the reader must work on texts it has never seen.
 */

/** A prohibition or refusal of rights. */
export const PROHIBIT =
  /\b(?:may not|shall not|must not|will not|cannot|can ?not|do not (?!include|exclude|have to|need)|agrees? not to|(?:is|are|be|being) not (?:permitted|allowed|licensed|authorized|authorised|granted|being granted)|prohibit\w*|forbid\w*|not (?:permitted|allowed) to|nor (?:allow|permit)|refrain from|under no circumstances|no (?:right|license) (?:is|to))\b/i;

/** A grant or a use limited to some purposes. */
export const RESTRICT =
  /\b(?:only|solely(?!\s{1,3}(?:responsible|liable))|exclusively|(?<!not\s{1,3})limited to|restricted to|strictly for)\b/i;

/** Doing something requires the licensor's separate say-so. */
export const NEEDS_PERMISSION =
  /\b(?:must|shall|will need to|needs? to|are required to|is required to|should)\s{1,3}(?:first\s{1,3})?(?:request|obtain|seek|apply for|enter into|get|acquire|purchase|negotiate|register|complete the registration|contact)\b|\b(?:please\s{1,3})?contact\s{1,3}(?:us|the licensor|\w{1,30}(?:\s\w{1,30})?\s{1,3}(?:at|via))\b|\bseparate (?:commercial\s{1,3})?(?:license|licence|agreement)\b|\bprior written (?:consent|permission|approval|authori[sz]ation)\b|\brequest a (?:commercial\s{1,3})?license\b|\bobtain\s{1,3}(?:a|an|the)\s{1,3}(?:separate\s{1,3}|commercial\s{1,3}|written\s{1,3})?(?:license|licence|authori[sz]ation|permission)\b|\b(?:ask|apply)\s{1,3}(?:us\s{1,3}|the licensor\s{1,3})?for\s{1,3}(?:a|an)\s{1,3}(?:separate\s{1,3}|commercial\s{1,3})?(?:license|licence|permission)\b|\bneeds?\s{1,3}(?:a|an)\s{1,3}(?:separate\s{1,3}|commercial\s{1,3}|written\s{1,3})?(?:license|licence|permission|agreement)\b|\b(?:call|contact|talk to)\s{1,3}us\b/i;

/** A definitional exclusion: "X does not include …", "… is not a Non-Commercial Purpose". */
export const EXCLUDES =
  /\b(?:does not include|do not include|shall not include|excludes?|excluding|is not an?|are not an?|other than|not for)\b/i;

/** Non-commercial wording ("non-commercial", "NonCommercial", "non commercial"). */
export const NON_COMMERCIAL = /\bnon-?\s?commercial(?:ly)?\b/i;
/** "commercial" not preceded by "non-". */
export const COMMERCIAL = /(?<!non-?\s?)\bcommercial(?:ly)?\b/i;
/** Both ways at once: "commercial and non-commercial use" permits both. */
export const BOTH_WAYS =
  /\b(?:commercial\s{1,3}(?:and|or|and\/or)\s{1,3}non-?\s?commercial|non-?\s?commercial\s{1,3}(?:and|or|and\/or)\s{1,3}commercial)\b/i;

/** Production use, which a research-only license excludes. */
export const PRODUCTION = /\bproduction\s{1,3}(?:use|uses|purposes?|environments?)\b/i;

/** A number of users large enough to be a cap: a magnitude word, or four digits or more. */
export const USER_THRESHOLD =
  /\b(?:\d[\d,.]{0,15}\s{0,3}(?:million|billion|thousand|m\b|k\b)|\d{1,3}(?:,\d{3})+|\d{4,})[\w\s,.-]{0,30}?\b(?:monthly|daily|weekly)?\s{0,3}(?:active\s{1,3})?(?:users|user accounts|MAUs?|DAUs?)\b/i;
export const MONEY =
  /(?:\$|US\s?\$|USD|EUR|€|£|RMB|CNY)\s?\d|\b\d[\d,.]{0,15}\s{0,3}(?:million|billion)?\s{0,3}(?:US\s{1,3})?(?:dollars|USD|euros?|EUR)\b/i;
export const REVENUE = /\b(?:revenue|revenues|turnover|income|sales)\b/i;
export const EXCEEDS =
  /\b(?:exceed\w*|greater than|more than|over|above|in excess of|at least|or more|reach\w*|surpass\w*)\b/i;
/** A sum a use stays under, for a threshold whose consequence the next sentence states. */
export const BELOW = /\b(?:up to|less than|under|below|within)\b/i;

/** A duty to show something, for thresholds that only trigger a display (naming, not a cap). */
export const DISPLAY = /\b(?:display|show|indicate|prominently|attribut\w*|credit)\b/i;

/** Uses a license may forbid (a use-based restriction list names some of these). */
export const HARMFUL_PURPOSE =
  /\b(?:military(?!\s{1,3}insignia)|weapons?|warfare|nuclear|surveillance|biometric|discriminat\w*|harass\w*|defam\w*|disinformation|misinformation|terroris\w*|violen\w*|exploit\w*\s{1,3}(?:or harm\s{1,3})?minors|child sexual|malware|malicious|self-harm|hate|fraud\w*|impersonat\w*|medical advice|law enforcement|social scoring|predictive policing|critical infrastructure|harm(?:s|ful|ing)?)\b/i;
/** Unlawful purposes, a use restriction only beside another purpose ("for any military or illegal purposes"). */
export const UNLAWFUL_PURPOSE = /\b(?:illegal|unlawful|illicit)\b/i;

/** An acceptable-use (or prohibited-use) policy, and words that make it binding. */
export const USE_POLICY =
  /\b(?:acceptable|prohibited|responsible|permitted)[\s-]{1,3}use[\s-]{1,3}polic(?:y|ies)\b|\buse[\s-]{1,3}based restrictions\b|\bAUP\b|\b(?:trustworthy|responsible|ethical)\s{1,3}AI\s{1,3}(?:terms|polic(?:y|ies)|guidelines|principles)\b/i;
export const BINDS =
  /\b(?:comply|complies|compliance|adhere|abide|subject to|incorporated|in accordance with|bound by|set forth in|restricted uses?|restrictions? in|must not|shall not|will not|may not|conform|consistent with|appl(?:y|ies)|follow\w*|limited by|governed by|forms? part|agree\w*)\b/i;

/** The model's outputs, and what a ban on using them to build other models speaks of. */
export const OUTPUTS =
  /\b(?:outputs?|results?|generated (?:content|data|text)|synthetic data|data (?:produced|generated) by)\b/i;
export const IMPROVE_MODELS =
  /\b(?:train\w*|improve\w*|fine[\s-]?tun\w*|distill?\w*|develop\w*|create|creating|enhance\w*)\b[^.]{0,120}?\b(?:model|models|LLMs?|language models?|AI systems?)\b/i;

/** Words that make a statement a duty rather than a wish ("we encourage you to" is a wish). */
export const DUTY =
  /\b(?:must|shall|will|agree to|are required to|is required to|required)\b|,\s{1,3}(?:include|display|show|state|label|add|put)\b/i;
export const WISH = /\b(?:encourage\w*|may (?:choose|wish)|optional\w*|recommend\w*|invite\w*)\b/i;
/** Kinds of names and notices a naming clause prescribes. */
export const NOTICE_PHRASE =
  /["'][^"']{0,20}\b(?:built|powered|made|developed|created|improved|based)\s{1,3}(?:with|by|on|using|upon)\b[^"']{0,60}["']|\b(?:built|developed|created|powered)\s{1,3}(?:using|with|on|based on|upon)\b[^.]{0,80}\btechnology\b|\blabel\w*\b[^.]{0,80}\b(?:as|with)\b[^.]{0,40}\b(?:developed|built|based)\s{1,3}(?:based\s{1,3})?(?:on|upon|with)\b/i;
export const NAME_PREFIX =
  /\b(?:beginning|start|front|prefix)\b[^.]{0,40}\bname\b|\bname\b[^.]{0,40}\b(?:begin|start)s?\s{1,3}with\b/i;

/** Sharing changed versions. */
export const DISTRIBUTE =
  /\b(?:distribut\w*|share|sharing|publish\w*|make (?:them |it )?(?:publicly )?available|redistribut\w*|sublicens\w*)\b/i;
export const DERIVATIVES =
  /\b(?:derivatives?|derivative works?|modifications?|modified (?:versions?|copies|works?|weights|models?|files?)|adapted material|adaptations?|changes)\b/i;
/** A licensor acting alone: revoking, restricting remotely, changing the terms. */
export const RESERVES_RIGHT =
  /\breserves?\s{1,3}the\s{1,3}right\s{1,3}to\s{1,3}(?:restrict|revoke|terminate|suspend|modify|update|change|amend|limit)\b/i;
export const REVOCABLE_WORD = /(?<![\w-])(?<!\bnot\s{1,3})revocable\b/i;
/** "may restrict (remotely or otherwise) usage": a remote kill switch, whoever's breach it answers. */
export const RESTRICTS_REMOTELY =
  /\b(?:may|can|will|reserves?\s{1,3}the\s{1,3}right\s{1,3}to)\s{1,3}restrict\b[^.;]{0,30}\bremotely\b/i;
export const ON_BREACH =
  /\b(?:breach\w*|violat\w*|fail\w* to comply|non-?compliance|in violation|infring\w*|litigation|lawsuit|proceedings|bypass\w*|circumvent\w*)\b/i;

/** Regions a license names when it excludes them (export-control sentences are no exclusion: EXPORT below). */
const REGIONS =
  'European Union|EU|European Economic Area|EEA|United Kingdom|UK|South Korea|Republic of Korea|China|mainland China|Hong Kong|Macau|Taiwan|United States|USA|Russia|Iran|North Korea|Cuba|Syria|India|Japan';
/**
 * A territory exclusion, with the region as what it names: the license or its rights not applying or not granted
 * in a region (maybe to those domiciled there), use or distribution barred there, a Territory that excludes it, or
 * use outside the Territory.
 */
export const GEO_EXCLUSION = new RegExp(
  String.raw`\b(?:does not apply|shall not apply|not (?:be )?applicable|not (?:being )?(?:granted|licensed|available)|may not be (?:used|deployed|distributed|offered|made available)|shall not be (?:used|deployed|distributed|offered|made available))\b[^.;]{0,120}?\b(?:in|within|to|from|of)[,\s]{1,3}(?:the\s{1,3})?(?:territory of\s{1,3}(?:the\s{1,3})?)?(?:${REGIONS})\b|\bterritory\b[^.;]{0,60}\bexclud\w*[^.;]{0,60}\b(?:${REGIONS})\b|\boutside (?:of )?the\s{1,3}territory\b`,
  'i',
);
export const EXPORT = /\b(?:export|sanction\w*|embargo\w*|re-export|trade control)\b/i;
export const GOVERNING =
  /\b(?:governed by|governing law|jurisdiction of|courts? of|court in|arbitration|laws|regulations|patents?)\b/i;

/** Using someone's name or marks: "shall not use the name … for commercial or promotional purposes" is no limit on use. */
export const NAME_USE =
  /\b(?:trademarks?|trade names?|logos?|service marks?|use (?:the |its |their |our |any )?names?|names? of (?:the )?(?:\w+\s){0,3}(?:authors?|contributors?|licensors?|copyright holders?)|endorse\w* or promote)\b/i;

/** A statement that binds current users to changed terms ("comply with any updated license or cease"). */
export const BINDS_TO_CHANGES =
  /\b(?:comply with (?:the |any |such )?(?:updated|amended|revised|new|changed)|cease|monitor|continued use|continuing to use|apply to (?:you|your)|binding|deemed to accept)\b/i;
/** Severability: a court adjusting a term is not the licensor changing it. */
export const SEVERABILITY = /\b(?:court|invalid|unenforceable|severab\w*)\b/i;

/** Offering the model as a service. */
export const HOSTING =
  /\b(?:hosted (?:service|offering)|managed service|hosting(?: use)?|SaaS|software[\s-]as[\s-]a[\s-]service|model[\s-]as[\s-]a[\s-]service|as a service|via (?:your |an? |its )?APIs?|through (?:your |an? )?APIs?|cloud (?:service|instances?|offering))\b/i;

/**
 * A model-level condition: the sentence limits itself to multimodal models ("With respect to any multimodal models
 * included in …", "For multimodal models, …", "if the Model is multimodal"), not merely mentions them.
 */
export const MULTIMODAL_ONLY =
  /\b(?:with respect to|for|in the case of|as to|regarding|applies only to|only for)\s{1,3}(?:any\s{1,3}|all\s{1,3}|the\s{1,3}|such\s{1,3})?multi-?modal\s{1,3}models?\b|\bif\s{1,3}(?:the|a|any)\s{1,3}(?:\w+\s{1,3}){0,2}(?:is|are)\s{1,3}multi-?modal\b/i;
