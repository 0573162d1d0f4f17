/**
 * The trained intent and target classifiers, one pair per process: they depend on the example
 * utterances only, not on the knowledge, so every guide (and every reload) shares them. Training
 * takes a fraction of a second and happens on first use (`warmUp()` moves it to a moment of your
 * choosing, such as right after start-up).
 */
import { trainClassifier, type Classifier } from './intent/classifier.js';
import { INTENT_EXAMPLES, TARGET_EXAMPLES, type Intent, type Target } from './intent/examples.js';

let trained: { intents: Classifier<Intent>; targets: Classifier<Target> } | undefined;

export function trainedClassifiers(): { intents: Classifier<Intent>; targets: Classifier<Target> } {
  return (trained ??= { intents: trainClassifier(INTENT_EXAMPLES), targets: trainClassifier(TARGET_EXAMPLES) });
}

/** Trains the classifiers now, so the first question does not wait for it. */
export function warmUp(): void {
  trainedClassifiers();
}
