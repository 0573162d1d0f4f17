/** A document section before it becomes passages: where it sits, and its cleaned blocks. */
export interface Section {
  /** Heading path, outermost first; empty for text before the first heading. */
  headings: string[];
  /** Paragraphs, lists (one item a line) and tables (one row a line); clean text, never blank. */
  blocks: string[];
  /** A `<!-- source: … -->` marker under this section's heading or an enclosing one: which article it draws on. */
  source?: string;
  /** Where the section sits in its file, when the format knows: a PDF page, an HTML anchor's URL. */
  page?: number;
  url?: string;
}

/** A section's place in its file, given to the builder as it changes (see SectionBuilder.at). */
export interface SectionPlace {
  page?: number;
  url?: string;
}

/**
 * Collects blocks into sections as headings arrive; levels nest (a level-2 heading sits under the
 * last level-1 one). Shared by the Markdown and plain-text readers.
 */
export interface SectionBuilder {
  heading(level: number, text: string): void;
  /** Names the source of the current section and its sub-sections. */
  source(marker: string): void;
  block(text: string): void;
  /**
   * Blocks from here on are at `place`. When it changes inside a section (a PDF section running onto
   * the next page), the section is closed and continues, under the same headings, as a new one.
   */
  at(place: SectionPlace): void;
  finish(): Section[];
}

export function createSectionBuilder(prefix: readonly string[] = []): SectionBuilder {
  const sections: Section[] = [];
  let stack: Array<{ level: number; text: string; source?: string }> = [];
  let blocks: string[] = [];
  let place: SectionPlace = {};
  let topSource: string | undefined;
  const currentSource = () => [...stack].reverse().find((h) => h.source)?.source ?? topSource;
  const close = () => {
    const source = currentSource();
    if (blocks.length > 0) {
      const where = { ...(place.page !== undefined ? { page: place.page } : {}), ...(place.url ? { url: place.url } : {}) };
      sections.push({ headings: [...prefix, ...stack.map((h) => h.text)], blocks, ...(source ? { source } : {}), ...where });
    }
    blocks = [];
  };
  return {
    heading(level, text) {
      close();
      stack = stack.filter((h) => h.level < level);
      stack.push({ level, text });
    },
    source(marker) {
      const top = stack[stack.length - 1];
      if (top) top.source = marker;
      else topSource = marker;
    },
    block(text) {
      const trimmed = text.trim();
      if (trimmed) blocks.push(trimmed);
    },
    at(next) {
      if (next.page === place.page && next.url === place.url) return;
      close();
      place = next;
    },
    finish() {
      close();
      return sections;
    },
  };
}
