/** A made-up problem the documents say how to deal with (thread snags), and one they do not (loom hum), for remedy tests. */
export const SNAGS_DOC = `---
title: Thread snags
concepts:
  - name: thread snag
    aliases: [thread snags, snag, snags, snagging]
    kind: concept
  - name: loom hum
    aliases: [humming]
    kind: concept
---
# Thread snags

## Thread snags
A **thread snag** is when a loom engine catches a thread on a worn hook and pulls a loop out of the weave.

## Why thread snags happen
**Thread snags happen** because hooks wear down with use and dry thread grips the metal instead of sliding past it.

## Reducing thread snags in the mill (waxing, tension checks)
**Thread snags in the mill are reduced, though not removed, with two safeguards**: waxing the thread before each run, and a tension check on every hook once a week.

## Loom hum
A **loom hum** is the low note a loom engine makes while its shuttle runs.
`;
