/**
 * How a comparison is asked, read once for the comparison plans: which side is ahead or how they
 * differ, how far apart, whether they are the same thing, what the pick between them is for.
 */

export interface ComparisonCues {
  /** It asks which side is ahead ("which one wins?", "still behind?", "who's winning?"), rather than how the two differ. */
  asksWhich: boolean;
  /** It asks which is used more ("used", "adopted", "popular"). */
  asksUse: boolean;
  /** It asks how far apart the sides are ("how far apart", "how close", "the gap between"). */
  asksSpread: boolean;
  /** It asks whether two names differ at all ("is there a real difference", "the same thing", "synonyms"), rather than how. */
  asksSame: boolean;
  /** The use stated after the sides ("for a chatbot on our website"): its determiner ("a ", "our "), when said, and the rest. */
  use?: { determiner?: string; what: string };
  /** A reason that ranks one side over the other is asked ("why did X beat Y?", "switched from X to Y"). */
  whyWon: boolean;
  /** It opens as a yes/no question ("is…", "does…", "has…"): a comparison asked for its verdict. */
  opensYesNo: boolean;
}

/** Wording that asks which side is ahead, rather than how the two differ. */
const ASKS_WHICH =
  /\bwhich\b(?:\s+(?:one|of (?:the two|them|those|these)))?\s+(?:\w+\s+){0,2}?(?:wins?|winning|won|is (?:better|ahead|winning|leading|further|more|less)|leads?|further|ahead|more (?:mature|popular|advanced|used|adopted)|has (?:more|less|won))\b|\b(?:still|way|far|falling|lagging)\s+behind\b|\b(?:caught up|catch(?:ing)? up|ahead of|overtak\w+|overtook|outperform\w*)\b|\bhas that changed\b|\s(?:or|vs\.?|versus)\s[^?.!]{1,60}\b(?:get|gets|give|gives|has|have|is|are|do|does)\s(?:a\s)?(?:better|worse|higher|lower|more|less|cheaper|faster)\b|\bwho(?:'s| is)? winning\b|\b(?:more|less)\s+(?:mature|advanced|developed|established|adopted|popular|widely used)\s+than\b|\bfurther (?:along|ahead)\b|\bwhich\b[^?.!]{0,40}\b(?:(?:used|adopted|deployed|installed|popular) more|more (?:widely|commonly|often) (?:used|adopted|deployed)|(?:has|have|gets?|sees?) more (?:users|adoption|traction|use|usage|customers))\b/i;

/**
 * A yes/no question that ranks its two sides ("are open models as good as closed ones?", "is RAG
 * better than fine-tuning for…?"): it asks which side is ahead, in yes/no form.
 */
const POLAR_RANKING = /^(?:so |but |and |ok |okay )?(?:is|are|do|does|would|will|can|could)\b[^?.!]{1,60}?\b(?:(?:better|worse|stronger|weaker|smarter|more capable|more accurate|superior|inferior)\s+(?:\w+\s+){0,2}?than|as (?:good|capable|strong|smart|accurate|powerful) as|on par with)\b/i;

/** A question about which side is used more. */
const ASKS_USE = /\b(?:used|use|usage|users|adopt\w*|popular|deploy\w*|installed|traction|customers)\b/i;

/** Wording that asks how far apart the sides are ("how far apart", "how close", "how big is the gap"). */
const ASKS_SPREAD = /\bhow (?:far apart|far off|close|near|big|large|wide|much of a)\b(?:[^?.!]{0,30}\b(?:gap|difference|lead)\b)?|\bhow (?:far|much) (?:behind|ahead)\b|\b(?:gap|delta) (?:between|on|in)\b/i;

/** Wording that asks whether two names differ at all, rather than how. */
const ASKS_SAME =
  /\b(?:is there|are there|any|much)\s+(?:a\s+)?(?:real\s+|actual\s+|big\s+)?differences?\b|\b(?:same thing|the same|synonyms?|interchangeabl\w*|just another (?:word|name|term))\b/i;

/** The use stated after the sides: "for a chatbot on our website" → "a chatbot on our website". */
const USE = /\bfor\s+((?:an?|the|our|my|your|some)\s+)?([^?!.,;]{3,80}?)\s*[?!.]*$/i;

/** "Why did X beat Y?", "why do X scale better than Y?": a reason that ranks one side over the other. */
const WHY_ONE_WON = /\b(?:switch(?:ed)? (?:from|to)|moved? (?:from|to)|beat|beats|beaten|replac\w*|overt(?:ook|aken|ake)|outperform\w*|took over|take over|won|win|wins|dominat\w*|(?:better|faster|more \w+) than|over)\b/i;

/** The comparison cues of a question's text. */
export function readComparisonCues(text: string): ComparisonCues {
  const use = USE.exec(text);
  return {
    asksWhich: ASKS_WHICH.test(text) || POLAR_RANKING.test(text.trim()),
    asksUse: ASKS_USE.test(text),
    asksSpread: ASKS_SPREAD.test(text),
    asksSame: ASKS_SAME.test(text),
    ...(use ? { use: { ...(use[1] !== undefined ? { determiner: use[1] } : {}), what: use[2]! } } : {}),
    whyWon: WHY_ONE_WON.test(text),
    opensYesNo: /^(?:is|are|does|do|has|have)\b/i.test(text.trim()),
  };
}
