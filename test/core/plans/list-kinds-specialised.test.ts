/**
 * The kinds of a concept: those filed under it plus a sibling named "<word> <its name>", and, asked
 * for specialised kinds, without the stage other kinds are made from.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const MACHINES = `---
title: Machines
concepts:
  - name: machine
    aliases: [machines]
    kind: model-type
  - name: engine
    aliases: [engines]
    kind: model-type
    broader: machine
  - name: base engine
    aliases: [base engines]
    kind: model-type
    broader: engine
  - name: tuned engine
    aliases: [tuned engines]
    kind: model-type
    broader: engine
  - name: rocket engine
    aliases: [rocket engines]
    kind: model-type
    broader: engine
  - name: jet engine
    aliases: [jet engines]
    kind: model-type
    broader: engine
  - name: modular machine
    aliases: [modular machines, modular engine, modular engines]
    kind: model-type
    broader: machine
---
# Machines

## Machines
**A machine** does work.

## Engines
**An engine** turns fuel into motion.

## Base engines
**A base engine** is the plain engine every other engine starts from.

## Tuned engines
**A tuned engine** is a base engine adjusted for smooth everyday driving.

## Rocket engines
**A rocket engine** is an engine built for thrust in space.

## Jet engines
**A jet engine** is an engine built for flight.

## Modular machines
**A modular machine** is a machine built from parts that swap in and out.
`;

const guide = createGuide(docsKnowledgeBase({ models: [] }, { 'machines.md': MACHINES }));
const ask = (text: string) => guide.ask({ text, history: [] }).text;

describe('list plan: kinds of a concept', () => {
  it('counts a sibling named "<word> engine" among the kinds of engine', () => {
    const text = ask('what kinds of engines are there?');
    expect(text).toMatch(/^My documents describe 5 kinds of engine:/);
    expect(text).toContain('modular machine');
  });

  it('leaves out the stage other kinds are made from when specialised kinds are asked', () => {
    const text = ask('what kinds of specialised engines are there?');
    expect(text).toMatch(/^My documents describe 4 specialised kinds of engine:/);
    expect(text).not.toContain('base engine is');
    expect(text).toContain('rocket engine');
  });
});
