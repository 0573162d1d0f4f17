/**
 * "What are GDPR fines for a data breach?", "how do HIPAA audits work?", "model trains for my kid's
 * birthday": a law's own machinery (fines, audits, lawsuits) and a toy or hobby are everyday fields
 * that share a word with this one; the documents name the laws only as reasons to keep data in-house,
 * so those questions are refused, while the laws asked about as a need for a model still are answered.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const RULES = `---
title: Rules on where data may go
concepts:
  - name: compliance
    aliases: [compliance rules, regulatory compliance, gdpr, hipaa]
    kind: concept
  - name: output auditability
    aliases: [auditability, audit trail]
    kind: concept
    broader: compliance
---
# Rules on where data may go

## Compliance
**Compliance** is the set of legal rules on how a model may treat data, and it trims the list of usable models before any score is read. Laws such as HIPAA and GDPR can oblige a team to keep its data inside its own walls, which means hosting an open model on its own servers.

## Output auditability
**Output auditability** means logging every answer a model gives so that a reviewer can check it later.
`;
const guide = createGuide(docsKnowledgeBase({}, { 'rules.md': RULES }));
const ask = (text: string) => guide.ask({ text, history: [] });

describe('everyday senses: the law’s machinery, toys and hobbies', () => {
  it.each(['what are GDPR fines for a data breach', 'how do HIPAA audits work', "model trains for my kid's birthday", 'anyone know good model trains for a 6yo? HO scale or N scale'])('refuses %j', (q) => {
    expect(ask(q).answered).toBe(false);
  });

  it.each(['does GDPR mean we must host the model ourselves?', 'what is output auditability?', 'how do we keep an audit trail of model outputs?'])('still answers %j', (q) => {
    expect(ask(q).answered).toBe(true);
  });
});
