/** Pulls the thing a question is about out of its wording. */

const FRAME =
  /^(?:(?:so|and|but|also|ok|okay|roughly|approximately|ballpark|quick question:?)\s+)?(?:can you |could you |please )?(?:what(?:'s| is| are| was| were|s)?|whats|which|who|how(?: long| big| large| old| fast| much| many| often)?(?: does| do| did| is| are| can| would)?|why(?: do| does| is| are)?|when(?: does| do| is| was| should)?|is|are|does|do|define|definition of|meaning of|explain|describe|tell me (?:about|more about)|what do you know about|eli5|give me|show me|list|name)\s+/i;
const LEADING_NOISE = /^(?:(?:the|a|an|some|any|exactly|actually|really|basically|does|do|is|are|of|about)\s+)+/i;
const TRAILING =
  /\s+(?:(?:actually |really |exactly )?(?:mean|means|stand for|stands for|do|does|work|works|measure|measures|test|tests|evaluate|evaluates|check|checks|assess|assesses|take|takes|last|lasts|refer to|used for|good for|about|like|in simple terms|in plain english|exactly|actually|again|then|there|now|right now))+\s*$/i;

/** The first clause of a question with its frame removed: "What is a reasoning model? Any examples?" → "reasoning model". */
export function extractSubject(text: string): string {
  const first = (text.split(/[?!]\s|[?!]$|\.\s+(?=[A-Z])/)[0] ?? text).trim();
  let subject = first.replace(/[?.!,:;]+$/, '');
  for (let i = 0; i < 3; i++) subject = subject.replace(FRAME, '').replace(LEADING_NOISE, '');
  subject = subject.replace(TRAILING, '').replace(/^['"“‘]|['"”’]$/g, '').trim();
  return subject;
}

const SIDE_PATTERNS: RegExp[] = [
  /difference(?:s)? between (.+?) and (.+)/i,
  /(.+?)\s+(?:vs\.?|versus)\s+(.+)/i,
  /(.+?)\s+(?:compared?|comparing) (?:to|with|against) (.+)/i,
  /compare (.+?) (?:and|with|to|against) (.+)/i,
  /(.+?)\s+(?:differ|different) from (.+)/i,
  /(.+?)\s+(?:the )?same (?:thing )?as (.+)/i,
  /(.+?)\s+(?:better|worse|more \w+|less \w+|faster|slower|cheaper|costlier)\s+than (.+)/i,
  /(.+?)\s+or\s+(.+)/i,
];

function tidySide(side: string): string {
  return extractSubject(side)
    .replace(/[:;,].*$/, '')
    .replace(/\b(?:what'?s|what is|the actual|the real|actual|real|difference|differences)\b.*$/i, '')
    .replace(/^(?:the|a|an|using|use|an? )\s*/i, '')
    .replace(/\s+(?:one|ones)$/i, '')
    .replace(/\s+(?:make|makes|is|are|do|does|scale|scales|perform|performs|work|works|get|gets|have|has|handle|handles)$/i, '')
    .trim();
}

/** The two (or more) things a comparison weighs: "instruct vs chat model" → ["instruct model", "chat model"]. */
export function comparisonSides(text: string): string[] {
  const clause = text.replace(/[?!.]+\s*$/, '');
  for (const pattern of SIDE_PATTERNS) {
    const m = clause.match(pattern);
    if (!m) continue;
    let [a, b] = [tidySide(m[1]!), tidySide(m[2]!)];
    if (!a || !b) continue;
    // Share a trailing head noun: "open vs closed models" → "open models" / "closed models".
    const head = b.match(/\s(models?|llms?|networks?|mode|modes|ai)$/i)?.[1];
    if (head && !/\s/.test(a)) a = `${a} ${head}`;
    const headA = a.match(/\s(models?|llms?|networks?|mode|modes)$/i)?.[1];
    if (headA && !/\s/.test(b)) b = `${b} ${headA}`;
    return [a, b];
  }
  return [];
}
