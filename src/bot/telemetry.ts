/** Hooks the application uses to count answers and errors (metrics); the front door calls them. */
export interface AnswerEvent {
  platform: string;
  kind: string;
  answered: boolean;
  latencyMs: number;
  sourceIds: string[];
}

export interface Telemetry {
  answer(event: AnswerEvent): void;
  error(platform: string): void;
}

export const noTelemetry: Telemetry = {
  answer: () => {},
  error: () => {},
};
