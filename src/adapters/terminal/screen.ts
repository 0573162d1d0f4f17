import { clearLine, cursorTo, type Interface } from 'node:readline';
import { Writable } from 'node:stream';

type Stream = NodeJS.WritableStream & { isTTY?: boolean };

/**
 * One terminal shared by the chat and the log lines (a knowledge reload, a warning). A line logged
 * while the prompt waits would land after "you › " and leave the prompt and what was typed behind
 * it; instead the prompt line is cleared, the log line printed, and the prompt drawn again below it
 * with the typing as it was.
 */
export interface ChatScreen {
  /** Where the logger writes: each line lands above the prompt. */
  readonly logs: Writable;
  /** The chat shows its prompt and waits for a line. */
  waiting(rl: Interface): void;
  /** The chat took a line (it is answering, or it closed): log lines print as they come. */
  busy(): void;
}

/** `chat`: the stream the chat draws on (stdout); `target`: where log lines go (stderr). */
export function createChatScreen(chat: Stream, target: Stream): ChatScreen {
  let prompt: Interface | undefined;
  // Only when both are the same terminal does a log line land on the prompt's line.
  const shared = Boolean(chat.isTTY && target.isTTY);
  const logs = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      if (!shared || !prompt) {
        target.write(chunk, () => done());
        return;
      }
      clearLine(chat, 0);
      cursorTo(chat, 0);
      target.write(chunk);
      prompt.prompt(true); // the prompt again, with what was typed and the cursor where it was
      done();
    },
  });
  return {
    logs,
    waiting(rl) {
      prompt = rl;
    },
    busy() {
      prompt = undefined;
    },
  };
}
