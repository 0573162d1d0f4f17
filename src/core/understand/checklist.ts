/**
 * A request for the documents' list of checks or steps ("5 things to check before…", "a checklist
 * for…"), or the same request worded as advice ("what should we check before…").
 */

/** "5 things to check before…", "the steps to choose…", "a checklist for…": a request for a list of checks or steps. */
/** "Which compliance requirements should we confirm…", "what boxes do we need to tick…": the checks asked by what is confirmed. */
const CHECKS_REQUEST = /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a few|some|the main|the key)?\s*(?:things|steps|checks|factors|criteria|questions|considerations|requirements|certifications|certs|boxes)\s+(?:(?:i|we|you|teams?) (?:should|must|need to)\s+|(?:should|must|do) (?:i|we|you|teams?) (?:need to\s+|have to\s+)?|worth\s+|to\s+)(?:check\w*|consider\w*|look\w* at|weigh\w*|ask\w*|keep\w* in mind|think\w* about|go\w* through|follow\w*|tak\w*|choos\w*|pick\w*|select\w*|confirm\w*|verif\w*|ensur\w*|tick\w*|review\w*)\b|\bcheck-?lists?\b/i;
/** "What should we check before we pick a model?": the same request, worded as advice (read as one when the subject has no list of checks). */
const CHECKS_ASKED = /\bwhat (?:should|do|must) (?:i|we|you|teams?) (?:check|consider|look at|weigh) (?:before|when|first)\b/i;

/** Which of the two the question words: the list asked for, or advice asked that the list answers. */
export type ChecksAsked = 'list' | 'advice';

/** Whether (and how) the question asks for the documents' checks or steps. */
export function checksAsked(text: string): ChecksAsked | undefined {
  if (CHECKS_REQUEST.test(text)) return 'list';
  return CHECKS_ASKED.test(text) ? 'advice' : undefined;
}
