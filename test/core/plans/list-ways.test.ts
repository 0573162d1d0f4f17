/**
 * "The ways to X", "X options": the sorts the knowledge files under X, as "kinds of X" gets them,
 * when X is something done (a deployment, a technique); a kind of model has kinds, not ways.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const SHIPPING = `---
title: Shipping
concepts:
  - name: parcel delivery
    aliases: [delivery, deliver a parcel]
    kind: deployment
  - name: courier delivery
    aliases: [courier]
    kind: deployment
    broader: parcel delivery
  - name: locker pickup
    aliases: [lockers]
    kind: deployment
    broader: parcel delivery
  - name: drone drop
    aliases: [drones]
    kind: deployment
    broader: parcel delivery
  - name: robot
    aliases: [robots]
    kind: model-type
  - name: arm robot
    aliases: [arm robots]
    kind: model-type
    broader: robot
  - name: wheeled robot
    aliases: [wheeled robots]
    kind: model-type
    broader: robot
---
# Shipping

## Parcel delivery
**Parcel delivery** is getting a packed box from the warehouse to the customer.

## Courier delivery
**Courier delivery** hands the box over at the door.

## Locker pickup
**Locker pickup** leaves the box in a street locker the customer opens with a code.

## Drone drop
**A drone drop** lowers the box into the garden from the air.

## Robots
**A robot** packs boxes in the warehouse.

## Arm robots
**An arm robot** lifts boxes from the belt.

## Wheeled robots
**A wheeled robot** carries boxes between the shelves.
`;

const guide = createGuide(docsKnowledgeBase({ models: [] }, { 'shipping.md': SHIPPING }));
const ask = (text: string) => guide.ask({ text, history: [] }).text;

describe('list plan: the ways of doing something', () => {
  it('lists the sorts filed under a thing done when its ways are asked', () => {
    const text = ask('what are the ways to deliver a parcel?');
    expect(text).toMatch(/^My documents describe 3 kinds of parcel delivery:/);
    expect(text).toContain('street locker');
  });

  it('does not read the kinds of a model type as its ways', () => {
    expect(ask('what are the ways robots pack boxes?')).not.toMatch(/kinds of robot/);
    expect(ask('what kinds of robots are there?')).toMatch(/^My documents describe 2 kinds of robot:/);
  });
});
