/**
 * The wording cues that tell a follow-up from a question of its own, and what it leaves out: a
 * pronoun pointing back, a connector ("and", "what about"), a question frame, a pick among what the
 * last answer listed.
 */

/** "it", "they", "that one", "which of them", "the same", "use one": a pointer back at the last turn. */
export const PRONOUN = /\bthat(?=\s*(?:[?.!,]|$|\s+(?:in|on|at|for|with|from|when|if|so|then|too|though|anyway|yet)\b))|\b(?:it|its|it's|itself|they|them|their|theirs|those|these|this one|that one|the one|the ones|which of (?:them|those|these)|(?:which|either|one|both|neither) of the two|which one|one of (?:those|them|these)|either|both of them|that model|this model|that thing|the same)\b|\b(?:make|build|train|use|get|run|speciali[sz]e|fine-?tune|tune|host|pick|buy|deploy|adapt|customi[sz]e|try) one\b(?! of)/i;

/**
 * "how much does it cost to fine-tune a model?", "is it worth it to self-host?": an "it" that stands for
 * the infinitive after it, not for anything said before.
 */
export const EXPLETIVE_IT = /\bit\s+(?=(?:costs?|takes?|make sense|makes sense|pays? off|requires?|needs?)\s+(?:\S+\s+){0,3}?to\s+\w)|\b(?<=(?:is|was|would)\s+)it\s+(?=(?:possible|worth|better|cheaper|easier|harder|safe|ok|okay|feasible|realistic|smart|wise)\s+to\s+\w)/gi;

/** "and…", "what about…", "same question but for…": an opening that continues the last turn. */
export const CONNECTOR = /^(?:and|also|plus|or|but|so|ok(?:ay)?|then|what about|how about|what of|same (?:question |thing |again )?(?:but |with |for )?(?:for |with )?|same with|what if|and if|even if|in that case)\b/i;

/** A question's own frame ("what…", "how…", "is…", "list…"), hedges before it allowed. */
export const FRAME = /^(?:(?:roughly|approximately|about|like|just|actually|exactly|ballpark|realistically|honestly|basically)[,\s]+)*(?:what|how|why|which|who|when|where|is|are|does|do|can|could|should|would|will|list|define|explain|compare|tell)\b/i;

/** "which is best at…", "which handles…" with nothing named: a pick among what the last answer listed. */
export const WHICH_BARE = /^which (?:is|are|was|were|has|have|had|does|do|did|can|could|would|will|came|comes?|handles?|gives?|makes?|works?)\b/i;

/** "is that better than…", "how does this compare…": "that" as the subject being weighed. */
export const POINTER_WEIGHED = /^(?:\S+\s+){0,3}?(?:that|this)\s+(?:one\s+|thing\s+|model\s+)?(?:really\s+|actually\s+)?(?:better|worse|different|differs?|compares?|\w+er than|more \w+ than|less \w+ than)\b/i;

/** "Why not FLUX.1 instead?", "what about X rather than that?": another model weighed against the one picked. */
export const INSTEAD = /\binstead\b|\bwhy not\b|\brather than\b|\bover (?:it|that|this)(?: one)?\b/i;

/** "that benchmark", "this architecture", "those models": a kind (by any of its names) after a demonstrative. */
export function pointedKind(text: string, kind: { names: readonly string[] }): boolean {
  const names = kind.names.map((n) => n.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return names.length > 0 && new RegExp(`\\b(?:that|this|those|these|the same|said)\\s+(?:${names.join('|')})\\b`, 'i').test(text);
}

/** A plural pronoun points back at a kind of thing ("agentic LLMs"), not at the one model an answer picked. */
export const PLURAL = /\b(?:they|them|their|theirs|those|these)\b/i;

/** Wording that picks among what the last answer named: "which of them", "one of those". */
export const PICK_AMONG = /\bwhich (?:of (?:them|those|these)|ones?)\b|\bamong (?:them|those|these)\b|\b(?:one|any|some|each|all|none|most|either|both) of (?:those|these|them)\b/i;

/** "the cheap fast sibling of it", "a smaller version of that": another member of the model's family. */
export const SIBLING = /\b(?:siblings?|sisters?|cousins?|brothers?|versions?|variants?|editions?|flavou?rs?|members?|relatives?)\b/i;
