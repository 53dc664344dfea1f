/**
 * One rule per clause of the vocabulary, each reading one sentence (with the lead-in of its list, if any) the way a
 * careful reader would: who may not do what, under which condition, with which exception. A rule answers with the
 * offset of the words it rests on, or undefined. Rules that rest on a defined term read the definition too.
 */
import type { ClauseId } from '../../schema/vocabulary';
import type { UnclearCode } from '../types';
import type { Definitions } from './definitions';
import type { Unit } from './units';
import { DEFINES } from './definitions';
import * as V from './vocabulary';

const GRANTS = /\b(?:may|can|are free to|is permitted|are permitted|allowed to|grants?|usable|include|includes)\b/i;

export interface RuleContext {
  defs: Definitions;
  /** Some sentence grants commercial use outright ("may use the Model for commercial purposes"). */
  grantsCommercialUse: boolean;
}

export interface RuleHit {
  /** Offset in the unit of the words the clause rests on (for the quote's window). */
  at: number;
  /** Set when the words leave the clause open: a reason code for the breakdown. */
  unclear?: UnclearCode;
}

export type Rule = (unit: Unit, ctx: RuleContext) => RuleHit | undefined;

const hit = (re: RegExp, text: string): RuleHit | undefined => {
  const m = re.exec(text);
  return m ? { at: m.index } : undefined;
};
const has = (re: RegExp, text: string): boolean => re.test(text);
/** The sentence with the lead-in of its list: "You agree not to use the Model: … (b) for military purposes". */
const scoped = (unit: Unit): string => (unit.leadIn ? `${unit.leadIn} ${unit.text}` : unit.text);
/** Subjects a prohibition can have: the licensee (or the model, in the passive), or the licensor and denials. */
const SUBJECT =
  /\b(?:you|your|licensee|licensees|users?|recipients?|anyone|model|materials|weights|outputs?|we|us|licensor|licensors|company|nothing)\b/gi;
const NOT_THE_LICENSEE = /^(?:we|us|licensor|licensors|company|nothing)$/i;

/**
 * True when the text holds a prohibition that binds the licensee — not the licensor's own promise ("we will not
 * use your data", "the Licensor shall not be liable") and not a denial ("nothing in this license prohibits").
 * The subject is the last one named before the prohibiting words; with none named, the licensee is meant.
 */
function bansLicensee(text: string): boolean {
  for (const m of text.matchAll(new RegExp(V.PROHIBIT.source, 'gi'))) {
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    const subjects = [...before.matchAll(SUBJECT)];
    const last = subjects[subjects.length - 1]?.[0];
    if (last === undefined || !NOT_THE_LICENSEE.test(last)) return true;
  }
  return false;
}
const prohibited = (unit: Unit): boolean => bansLicensee(scoped(unit));
/**
 * The prohibition governs the words at `at`: a list item under a prohibiting lead-in, or a prohibition at most a
 * clause before them in the same sentence (long sentences hold unrelated prohibitions).
 */
function prohibits(unit: Unit, at: number): boolean {
  if (unit.leadIn && bansLicensee(unit.leadIn)) return true;
  return bansLicensee(unit.text.slice(Math.max(0, at - 200), at + 1));
}
/** A need for the licensor's permission that the sentence does not deny ("without a separate agreement"). */
function needsPermission(text: string): boolean {
  for (const m of text.matchAll(new RegExp(V.NEEDS_PERMISSION.source, 'gi'))) {
    if (!/\b(?:not|no|without|never|need not)\b[^.;]{0,25}$/i.test(text.slice(Math.max(0, m.index - 40), m.index)))
      return true;
  }
  return false;
}
const threshold = (text: string): boolean =>
  has(V.USER_THRESHOLD, text) || (has(V.MONEY, text) && has(V.REVENUE, text));
const isDefinition = (unit: Unit): boolean => DEFINES.test(unit.text);

const COMMERCIAL_USE =
  /\bfor\s{1,3}(?:any\s{1,3})?(?:direct or indirect\s{1,3})?commercial\s{1,3}(?:or\s{1,3}[\w-]{1,20}\s{1,3})?(?:use|uses|purposes?|activit\w*|exploitation|gain|advantage)\b|(?<!non-?\s?)\bcommercial(?:ly)?\s{1,3}(?:use|uses|using|purposes?|activit\w*|exploitation|products?|services?|advantage)\b|\bcommercially\s{1,3}(?:use|using|exploit)\w*|\b(?:use|using|exploit\w*|deploy\w*)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,3}?commercially\b/i;

/** "non-commercial" naming what the license is limited to: a use, a purpose, research, a license. */
const NON_COMMERCIAL_LIMIT =
  /\bnon-?\s?commercial\s{1,3}(?:(?:and|or|,)\s{1,3}[\w-]{1,20}\s{1,3}){0,2}(?:use|uses|purposes?|research|activit(?:y|ies)|applications?|projects?|licen[cs]e|only)\b/i;
/** The unit grants commercial use ("you may include it in your commercial product"). */
const grantsCommercial = (text: string): boolean =>
  has(V.COMMERCIAL, text) && has(GRANTS, text) && !bansLicensee(text) && !needsPermission(text);

function nonCommercial(unit: Unit, ctx: RuleContext): RuleHit | undefined {
  const { text } = unit;
  // A definition says what a word means, not what the license allows; the limiting-term pass reads definitions.
  if (isDefinition(unit) || has(V.NAME_USE, text) || has(V.BOTH_WAYS, text)) return undefined;
  // "for Non-Commercial Purposes only", "solely for your non-commercial use", a license titled non-commercial.
  if (has(V.RESTRICT, text) && has(NON_COMMERCIAL_LIMIT, text)) return hit(V.NON_COMMERCIAL, text);
  if (unit.inTitle && has(V.NON_COMMERCIAL, text) && /\b(?:license|licence|agreement)\b/i.test(text))
    return hit(V.NON_COMMERCIAL, text);
  if (threshold(text) || grantsCommercial(text)) return undefined;
  // "You will not … use the Model (i) for any commercial or production purposes".
  const commercialUse = V.COMMERCIAL.exec(text) && COMMERCIAL_USE.exec(text);
  if (commercialUse && prohibits(unit, commercialUse.index)) return { at: commercialUse.index };
  // "If you want to use it for a commercial activity, you must request a license" — unless the license grants
  // commercial use itself and only asks users to register.
  if (!ctx.grantsCommercialUse && has(COMMERCIAL_USE, text) && needsPermission(text)) return hit(COMMERCIAL_USE, text);
  return undefined;
}

const NON_PRODUCTION = /\bnon-?\s?production\b/i;
const NOT_PRODUCTION =
  /\b(?:other than|not for|does not include|do not include|excluding|except)\s{1,3}(?:any\s{1,3})?(?:commercial\s{1,3}or\s{1,3})?production\b/i;
const RESEARCH_LIMIT =
  /\b(?:only|solely|exclusively|limited to|restricted to|strictly)\b[^.;]{0,120}?\b(?:research|academic|evaluation|testing)\b|\b(?:research|evaluation|testing)\b[^.;]{0,40}?\bpurposes?\s{1,3}only\b/i;

/** Research among other purposes, or research and development: not a research-only limit. */
const BROADER_THAN_RESEARCH = /\bdevelopment\b|\b(?:designed|intended)\s{1,3}for\b/i;

function researchOnly(unit: Unit): RuleHit | undefined {
  const { text } = unit;
  if (isDefinition(unit)) return undefined;
  const limit = has(BROADER_THAN_RESEARCH, text) || has(V.COMMERCIAL, text) ? undefined : hit(RESEARCH_LIMIT, text);
  return (
    hit(NON_PRODUCTION, text) ??
    hit(NOT_PRODUCTION, text) ??
    limit ??
    (prohibited(unit) ? hit(V.PRODUCTION, text) : undefined) ??
    (prohibited(unit)
      ? hit(/\bfor\s{1,3}(?:any\s{1,3})?(?:commercial\s{1,3}or\s{1,3})?production\b/i, text)
      : undefined)
  );
}

const CAP_CONSEQUENCE =
  /\bnot (?:be )?(?:licensed|authori[sz]ed|entitled|permitted|granted)\b|\bno longer\b|\benterprise\b|\b(?:pay|fees?|royalt\w*)\b|\b(?:license|licence|licenses|licences|rights?)\b[^.;]{0,60}\b(?:terminate|terminates|end|ends|cease|ceases)\b/i;

function userCap(unit: Unit): RuleHit | undefined {
  const { text } = unit;
  if (!has(V.USER_THRESHOLD, text) || !has(V.EXCEEDS, text)) return undefined;
  if (!needsPermission(text) && !has(CAP_CONSEQUENCE, text)) return undefined;
  return hit(V.USER_THRESHOLD, text);
}

function revenueCap(unit: Unit): RuleHit | undefined {
  const { text } = unit;
  if (!has(V.MONEY, text) || !has(V.REVENUE, text)) return undefined;
  const consequence = (s: string) => needsPermission(s) || has(CAP_CONSEQUENCE, s);
  if (has(V.EXCEEDS, text) && consequence(text)) return hit(V.REVENUE, text);
  // A sum the use stays under, and the consequence above it in the next sentence: "Free while your turnover stays
  // under €5 million. Above that, contact us."
  const next = unit.after ?? '';
  if (has(V.BELOW, text) && has(V.EXCEEDS, next) && consequence(next)) return hit(V.REVENUE, text);
  return undefined;
}

function useRestrictions(unit: Unit): RuleHit | undefined {
  const { text } = unit;
  const scope = scoped(unit);
  if (has(V.NAME_USE, text)) return undefined;
  // A use policy the licensee must follow, incorporated or appended.
  if (has(V.USE_POLICY, text) && has(V.BINDS, scope)) return hit(V.USE_POLICY, text);
  // A prohibited use: "You agree not to use the Model … for military purposes", or a list item under such a lead-in.
  if (prohibited(unit) && /\b(?:use|using|used)\b/i.test(scope)) {
    if (has(V.HARMFUL_PURPOSE, text)) return hit(V.HARMFUL_PURPOSE, text);
    // Unlawful purposes count in a list of prohibited uses, not as a bare "comply with the law".
    if (unit.leadIn && has(V.UNLAWFUL_PURPOSE, text)) return hit(V.UNLAWFUL_PURPOSE, text);
  }
  return undefined;
}

/** Building other models with it: "to improve any other large language model", "a competing model". */
const OTHER_MODELS =
  /\b(?:train\w*|improve\w*|fine[\s-]?tun\w*|distill?\w*|develop\w*|create|enhance\w*)\s{1,3}(?:any\s{1,3}|an?\s{1,3})?(?:other|competing|competitive|third[\s-]party)\b[^.;]{0,40}?\b(?:models?|LLMs?|AI)\b/i;

function outputRestriction(unit: Unit): RuleHit | undefined {
  const { text } = unit;
  if (!prohibited(unit)) return undefined;
  const output = V.OUTPUTS.exec(text);
  if (output && V.IMPROVE_MODELS.test(text.slice(output.index))) return { at: output.index };
  // Using the model itself to build other models is the same ban, whether its outputs are named or not.
  const other = OTHER_MODELS.exec(text);
  return other && prohibits(unit, other.index) ? { at: other.index } : undefined;
}

/** A credit line given as an example ("e.g. \"Screenplay based on …\"") is attribution, not a prescribed name. */
const ATTRIBUTION_EXAMPLE = /\bcredit\b|\be\.g\.|\bfor example\b/i;

function naming(unit: Unit): RuleHit | undefined {
  const { text } = unit;
  if (has(V.WISH, text) || has(ATTRIBUTION_EXAMPLE, text)) return undefined;
  const notice = hit(V.NOTICE_PHRASE, text) ?? hit(V.NAME_PREFIX, text);
  // The duty may stand in the sentence before a notice printed on its own line.
  if (
    notice &&
    (has(V.DUTY, text) || (unit.before !== undefined && has(V.DUTY, unit.before) && !has(V.WISH, unit.before)))
  )
    return notice;
  // A threshold that only asks for the model's name to be shown ("Modified MIT").
  if (threshold(text) && has(V.DISPLAY, text) && has(V.DUTY, text) && !needsPermission(text))
    return hit(V.DISPLAY, text);
  return undefined;
}

const FORBIDS_SHARING_CHANGES =
  /\b(?:may not|shall not|must not|will not|cannot|not permitted to)\s{1,3}(?:\w{1,20}\s{1,3}){0,3}?(?:distribut\w*|share|publish\w*|make available|redistribut\w*)\b[^.;]{0,80}?\b(?:derivatives?|derivative works?|modifications?|modified|adapted material|adaptations?)\b/i;
const FORBIDS_DISTRIBUTION =
  /\b(?:may not|shall not|must not|will not|cannot)\s{1,3}(?:re)?distribute\s{1,3}(?:the|this|any)\s{1,3}(?:model|models|weights|materials)\b/i;

function noDerivatives(unit: Unit): RuleHit | undefined {
  const { text } = unit;
  if (isDefinition(unit)) return undefined;
  const named = hit(/\bno-?\s?derivatives\b|\bnoderivs\b|\bno-?\s?derivs\b/i, text);
  if (named) return named;
  // Conditions, renaming duties ("must not distribute the modified file under the original name") and technical
  // measures ("may not distribute it with any measures that control access") are not a ban.
  if (/\b(?:unless|except|provided that|other than|if required|(?:file)?names?|with any|measures)\b/i.test(text))
    return undefined;
  return hit(FORBIDS_SHARING_CHANGES, text) ?? hit(FORBIDS_DISTRIBUTION, text);
}

const SHARE_ALIKE_WORD = /(?<!no[\s-]?)\bshare-?\s?alike\b/i;
const STAYS_UNDER =
  /\b(?:remain|remains|shall remain|will remain|stay|continue to be)\s{1,3}subject\s{1,3}to\s{1,3}(?:this|these|the terms of this)\s{1,3}(?:agreement|license|licence|terms)\b|\bgranted\s{1,3}by\b[^.;]{0,60}\bpursuant\s{1,3}to\s{1,3}this\s{1,3}(?:license|licence|agreement)\b/i;
const MUST_USE_SAME =
  /\b(?:must|shall|will|are required to|is required to)\s{1,3}(?:be\s{1,3})?(?:license|licence|licensed|licenced|distributed|released|made available|offered)\b[^.;]{0,60}?\b(?:under|subject to)\s{1,3}(?:the\s{1,3})?(?:same|identical|this|these|the terms of this)\s{0,3}(?:license|licence|agreement|terms)\b/i;

function shareAlike(unit: Unit): RuleHit | undefined {
  const { text } = unit;
  if (isDefinition(unit)) return undefined;
  const named = hit(SHARE_ALIKE_WORD, text);
  if (named) return named;
  if (!has(V.DERIVATIVES, text)) return undefined;
  const must = hit(MUST_USE_SAME, text);
  if (must) return must;
  // "Derivative Works … will remain subject to this Agreement": the derivative stays under these terms, but the
  // sentence does not say it must be licensed under them — a careful reader cannot be sure.
  const stays = V.DISTRIBUTE.test(text) ? hit(STAYS_UNDER, text) : undefined;
  return stays ? { ...stays, unclear: 'clause-unclear-derivatives-stay-under-terms' } : undefined;
}

const CHANGES_THESE_TERMS =
  /\b(?:this|these|the)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,3}?(?:agreement|license|licence|terms|polic(?:y|ies)|conditions)\s{1,3}(?:may|can|will|is subject to|are subject to)\s{1,3}(?:be\s{1,3})?(?:update|updated|modif\w*|change|changed|amend\w*|revis\w*)\b|\b(?:may|can|will)\s{1,3}(?:update|modify|change|amend|revise)\s{1,3}(?:this|these|the)\s{1,3}(?:agreement|license|licence|terms|polic(?:y|ies))\b/i;
/** Terms that can change only by agreement, or not at all, are not the licensor acting alone. */
const AMENDED_TOGETHER =
  /\bno\s{1,3}(?:terms?|provisions?|part)\b|\bonly\s{1,3}(?:by|with|in)\b|\bsigned by\b|\bin writing\b|\bboth parties\b|\bmutual\w*/i;
const YOU_CHANGE = /\byou\s{1,3}(?:may|can|will)\s{1,3}(?:update|modify|change|amend|revise)\b/i;

function revocable(unit: Unit): RuleHit | undefined {
  const { text } = unit;
  const word = hit(V.REVOCABLE_WORD, text) ?? hit(V.RESTRICTS_REMOTELY, text);
  if (word) return word;
  const reserves = V.RESERVES_RIGHT.exec(text);
  if (reserves) {
    // Terminating because the licensee broke the terms is ordinary termination; restricting use remotely, or
    // updating the terms, is the licensor acting alone.
    const onBreachOnly = /terminate|suspend/i.test(reserves[0]) && has(V.ON_BREACH, text);
    if (!onBreachOnly) return { at: reserves.index };
  }
  if (has(YOU_CHANGE, text) || has(V.SEVERABILITY, text) || has(AMENDED_TOGETHER, text)) return undefined;
  const change = hit(CHANGES_THESE_TERMS, text);
  if (!change) return undefined;
  // A steward publishing new versions changes nothing for those who hold this one; a change that binds current
  // users ("comply with the updated policy or cease") does.
  const binds = has(V.BINDS_TO_CHANGES, text) || (unit.after !== undefined && has(V.BINDS_TO_CHANGES, unit.after));
  return binds ? change : { ...change, unclear: 'clause-unclear-terms-may-change' };
}

function geographic(unit: Unit): RuleHit | undefined {
  const { text } = unit;
  if (has(V.EXPORT, text) || has(V.GOVERNING, text)) return undefined;
  // The region must be what the exclusion names: the license or its rights not applying there, use there barred.
  return hit(V.GEO_EXCLUSION, text);
}

function noHosting(unit: Unit): RuleHit | undefined {
  const { text } = unit;
  const hosting = V.HOSTING.exec(text);
  if (!hosting) return undefined;
  // A definition that excludes hosting matters only when the grant is limited to the term (read-clauses.ts).
  if (prohibits(unit, hosting.index) || needsPermission(text)) return { at: hosting.index };
  return undefined;
}

const FORBIDS_SALE =
  /\b(?:may not|shall not|must not|will not|cannot|not permitted to|not allowed to)\s{1,3}(?:\w{1,20}\s{1,3}){0,2}?(?:sell|resell|re-sell)\b/i;

function noResale(unit: Unit): RuleHit | undefined {
  return hit(FORBIDS_SALE, unit.text);
}

export const CLAUSE_RULES: Readonly<Record<ClauseId, Rule>> = {
  'non-commercial': nonCommercial,
  'research-only': researchOnly,
  'user-cap': userCap,
  'revenue-cap': revenueCap,
  'use-restrictions': useRestrictions,
  'output-restriction': outputRestriction,
  naming,
  'no-derivatives': noDerivatives,
  'share-alike': shareAlike,
  revocable,
  geographic,
  'no-hosting': noHosting,
  'no-resale': noResale,
};

/** True when some sentence grants commercial use of the model itself (not of its outputs, not above a threshold). */
export function grantsCommercialUse(units: readonly Unit[]): boolean {
  return units.some(
    ({ text }) => grantsCommercial(text) && !has(V.NON_COMMERCIAL, text) && !has(V.OUTPUTS, text) && !threshold(text),
  );
}
