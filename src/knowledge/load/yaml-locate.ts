import { isMap, isScalar, type Document, type LineCounter } from 'yaml';

export type YamlPath = ReadonlyArray<PropertyKey>;

/** Finds the line of a value or key in a parsed YAML document, for error messages. */
export interface YamlLocator {
  /** Line of the node at `path`, or of its nearest ancestor that exists (a missing field: its entry). */
  line(path: YamlPath): number | undefined;
  /** Line of the key `key` in the mapping at `path` (for unknown fields). */
  keyLine(path: YamlPath, key: string): number | undefined;
}

function rangeStart(node: unknown): number | undefined {
  if (node && typeof node === 'object' && 'range' in node) {
    const range = (node as { range?: [number, number, number] | null }).range;
    if (range) return range[0];
  }
  return undefined;
}

export function createYamlLocator(doc: Document, lineCounter: LineCounter): YamlLocator {
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line);
  const nodeAt = (path: YamlPath): unknown =>
    path.length === 0 ? doc.contents : doc.getIn(path.filter((k): k is string | number => typeof k !== 'symbol'), true);
  return {
    line(path) {
      for (let n = path.length; n >= 0; n--) {
        const line = lineAt(rangeStart(nodeAt(path.slice(0, n))));
        if (line !== undefined) return line;
      }
      return undefined;
    },
    keyLine(path, key) {
      const node = nodeAt(path);
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
        const line = lineAt(rangeStart(pair?.key));
        if (line !== undefined) return line;
      }
      return this.line(path);
    },
  };
}
