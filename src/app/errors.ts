/** Why the application refused to start or stopped: each has a message meant for the person running it. */
export type AppErrorCode =
  | 'CONFIG_INVALID'
  | 'KNOWLEDGE_INVALID'
  | 'NO_PLATFORM'
  | 'PLATFORM_FAILED'
  | 'PORT_UNAVAILABLE';

/**
 * An expected failure with a message the operator can act on (what is wrong and how to fix it).
 * The command-line entry prints `message` alone: no stack trace.
 */
export class AppError extends Error {
  readonly code: AppErrorCode;

  constructor(code: AppErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** The message of any thrown value, for logs and operator messages. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
