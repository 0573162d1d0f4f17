/**
 * "Which benchmark should we use to evaluate coding agents?", "which benchmark tells me a model is
 * good at math?": the benchmark whose own sections speak to the task, judged on the task's words;
 * not the one whose sections say "benchmark" and "evaluation" most, since every benchmark does that.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const BENCHMARKS = `---
title: Scoring models
concepts:
  - name: benchmark
    aliases: [benchmarks]
    kind: concept
  - name: Harbor Eval
    kind: benchmark
    broader: benchmark
  - name: Patchwork
    kind: benchmark
    broader: benchmark
  - name: Abacus 30
    kind: benchmark
    broader: benchmark
  - name: Parlor Elo
    kind: benchmark
    broader: benchmark
  - name: running metrics
    aliases: [running metric, live metrics]
    kind: concept
  - name: response lag
    kind: concept
    broader: running metrics
  - name: service uptime
    kind: concept
    broader: running metrics
---
# Scoring models

## Benchmarks
A **benchmark** is a fixed set of tasks with a scoring rule, used to compare models on the same footing.

## Harbor Eval
**Harbor Eval** is a broad benchmark of graduate science questions. Harbor Eval is one of the three benchmarks that matter most for enterprise model evaluation, next to the Patchwork and Abacus 30 benchmarks.

## Patchwork
**Patchwork** checks whether a model can repair real bugs in open-source repositories. Patchwork is the usual benchmark for teams whose main work is code generation.

## Abacus 30
**Abacus 30** is a mathematical reasoning benchmark of competition problems, on which the strongest entrant solved every one. Tutoring apps pick their model by it, and it matters most when choosing one for classrooms.

## Parlor Elo
**Parlor Elo** ranks models by human votes between their replies, as a signal of how good a model is as a conversational assistant or chatbot.

## Running metrics
**Running metrics** are what decides whether a model holds up once it serves users, and there are three of them: response lag, input room and service uptime. Benchmarks say how capable a model is; running metrics say whether it can be tracked and trusted in production.

## Response lag
**Response lag** is how long a model takes to start and finish its reply.

## Service uptime
**Service uptime** is how much of the time the vendor's service is available.
`;
/** Sections on other kinds of thing that speak to the same tasks: a kind of model, and advice for a kind of team. */
const CODE_TOOLS = `---
title: Code models
concepts:
  - name: code model
    aliases: [code models, coding model]
    kind: model-type
---
# Code models

## Code models
A **code model** is a language model trained further on source code, so it can write good code, fix bugs, review pull requests and explain a repo.

## Choosing for developer tooling
Teams building developer tooling should check whether a model runs inside their editor before comparing benchmarks.
`;
const guide = createGuide(docsKnowledgeBase({}, { 'benchmarks.md': BENCHMARKS, 'code-tools.md': CODE_TOOLS }));
const ask = (text: string) => guide.ask({ text, history: [] });

describe('recommendation plan: a benchmark for a task', () => {
  it.each(['which benchmark should we use to evaluate coding agents?', 'which benchmark should we check for coding?'])('picks the code benchmark for %j', (q) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Check \*\*Patchwork\*\*/);
  });

  it.each(['what benchmark matters when picking a model for our dev tools', 'which benchmark should we compare on when choosing a model for developer tooling?'])('reads %j by its task, not by the words of choosing', (q) => {
    expect(ask(q).text).toMatch(/^Check \*\*Patchwork\*\*/);
  });

  it.each(['which benchmark tells me a model is good at math?', 'what benchmark should we look at for maths?'])('picks the mathematical reasoning benchmark for %j', (q) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Check \*\*Abacus 30\*\*/);
  });

  it.each(['which eval tells us whether a model writes good code?', 'what evaluation should we run to see if a model can fix bugs in our repo?', 'what test suite should we look at when choosing a model for developer tooling?'])('answers %j with a benchmark, not advice on another kind of thing', (q) => {
    expect(ask(q).text).toMatch(/^(?:Check )?\*\*Patchwork\*\*/);
  });

  it.each(['which benchmark for a coding assistant?', 'what leaderboard should we check for our code chatbot?', 'which eval matters for a coding copilot?'])('reads %j by the content it works on, not by the form of the product', (q) => {
    expect(ask(q).text).toMatch(/^Check \*\*Patchwork\*\*/);
  });

  it('still reads a chatbot with no kind of content as a chatbot', () => {
    expect(ask('which leaderboard should we check for a general chatbot?').text).toMatch(/^Check \*\*Parlor Elo\*\*/);
  });

  it.each(['besides benchmarks, what running metrics should we track?', 'other than benchmark scores, which live metrics should we watch?', 'which running metrics should we monitor?'])('answers %j with the group of things it names, listed from its definition', (q) => {
    const text = ask(q).text;
    expect(text).not.toMatch(/^Check/);
    expect(text.split(/(?<=[.!?])\s/)[0]).toMatch(/response lag, input room and service uptime/);
  });

  it.each(['what should we track in production besides benchmarks?', 'apart from benchmark scores, what should we measure once it serves users?', 'what should we measure besides benchmark scores', 'besides benchmarks, what metrics should we watch?', 'which metrics matter other than benchmark scores?', 'aside from leaderboards, what metrics should we track for our code assistant?'])('answers %j with no benchmark, since it sets benchmarks aside', (q) => {
    expect(ask(q).text).not.toMatch(/Patchwork|Harbor Eval|Abacus 30|Parlor Elo/);
  });
});
