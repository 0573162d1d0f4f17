/** The shapes every adapter speaks: a question in, an answer out. */

export type AnswerKind =
  | 'definition'
  | 'comparison'
  | 'recommendation'
  | 'fact'
  | 'list'
  | 'explanation'
  | 'greeting'
  | 'help'
  | 'no_answer';

export interface Question {
  text: string;
  /** Earlier questions of the same conversation, oldest first. */
  history?: readonly string[];
}

export interface Source {
  /** Passage or catalog id, for logs. */
  id: string;
  title: string;
  section: string;
  url?: string;
  /** The PDF page the cited text starts on. */
  page?: number;
  /** Path relative to the knowledge folder. */
  path: string;
}

export interface Answer {
  question: string;
  kind: AnswerKind;
  /** False exactly when the knowledge base does not support an answer. */
  answered: boolean;
  /** The answer body in light Markdown (**bold**, `- ` lists, [text](url)); no sources list. */
  text: string;
  sources: Source[];
  /** Up to three follow-up questions the knowledge base can answer. */
  suggestions: string[];
}

export interface KnowledgeInfo {
  documents: number;
  passages: number;
  models: number;
  loadedAt: Date;
  hash: string;
}

/** The one entry point into the core. */
export interface Guide {
  ask(question: Question): Answer;
  readonly info: KnowledgeInfo;
}
