/**
 * A message that puts a plan and asks whether it is wise ("…, will that work? yes or no?", "is it
 * fine to use X for Y?", "should we still pick X just to be safe?") asks for a verdict, however
 * much the plan's model type or need reads like a request for a pick.
 */
import { describe, expect, it } from 'vitest';
import { coreFixture } from '../fixture-context.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const f = coreFixture(docsKnowledgeBase());

describe('understand: a verdict asked on a plan', () => {
  it.each([
    'we want to use a diffusion model to write our release notes, will that work? yes or no?',
    'we plan to use a GAN for product photos. would that work?',
    'is it fine to use a VAE for our support chatbot?',
    'is it ok to self-host a diffusion model on one GPU?',
    'should we still pick the frontier model for tagging tickets, just to be safe?',
    'does it make sense to fine-tune a model for 200 support tickets?',
    'yes or no: do we need a diffusion model for product photos?',
    'hi all, small team here and budget is tight. we picked a diffusion model for our logo work, is that a good idea?',
  ])('reads %j as a yes/no question', (question) => {
    expect(f.read(question).intent).toBe('yesno');
  });

  it.each([
    'which model would work best for product photos?',
    'what would make sense for a small team doing product photos?',
    'which diffusion model is fine to self-host?',
  ])('keeps a wh-question that asks for a pick (%j) a pick', (question) => {
    expect(f.read(question).intent).not.toBe('yesno');
  });
});
