/**
 * The documents of the test knowledge base, written in our own words: concepts with kinds and
 * aliases in front matter, and sections whose headings announce aspects (how, uses, limitations,
 * examples, why, comparison, choosing).
 */
const GENERATIVE = `---
title: Kinds of generative models
source:
  title: Field Notes on Generative Models
  publisher: Lantern Review
  author: Mira Okafor
  date: "2025-04-02"
  url: https://lanternreview.example/field-notes
concepts:
  - name: generative model
    aliases: [generative models]
    kind: concept
  - name: diffusion model
    aliases: [diffusion models, denoising model]
    kind: model-type
    broader: generative model
  - name: generative adversarial network
    aliases: [gan, gans, adversarial network]
    kind: model-type
    broader: generative model
  - name: variational autoencoder
    aliases: [vae, vaes]
    kind: model-type
    broader: generative model
  - name: vision language model
    aliases: [vision model, image understanding model]
    kind: model-type
  - name: speech-to-text model
    aliases: [transcription model, speech recognition model]
    kind: model-type
  - name: text-to-speech model
    aliases: [voice generation model]
    kind: model-type
---
# Kinds of generative models

## Diffusion models
A **diffusion model** creates an image by beginning with pure static and subtracting a little noise at each of many steps until a clear picture remains. A text prompt steers every denoising step, so these models follow written descriptions closely.

## How diffusion models work
During training the network watches clean pictures being buried under static and learns to predict the static that was added. At generation time it runs that prediction in reverse, pass after pass.

## Limitations of diffusion models
Each picture needs dozens of denoising passes, so generation is slow and costly next to a single forward pass. Hands and lettering still come out garbled now and then.

## Generative adversarial networks (GANs)
A **generative adversarial network (GAN)** trains two networks against each other: a generator that forges samples and a discriminator that judges whether each sample is real or forged.

## What GANs are used for
Banks use GANs to produce synthetic transaction records for testing fraud systems without exposing real customers. Film studios also use them to sharpen low-resolution frames.

## Variational autoencoders (VAEs)
A **variational autoencoder (VAE)** squeezes each input through an encoder into a compact latent space and rebuilds it with a decoder, so fresh samples can be drawn from that space.

## VAE examples
VAEs show up in three main areas:
- Molecule design in drug research
- Spotting anomalies in sensor logs
- Compressing pictures inside diffusion pipelines

## GANs vs diffusion models
GANs produce an image in one quick pass but are notoriously unstable to train, while diffusion models train reliably and reach higher fidelity at the price of slower sampling.

## Vision language models
A **vision language model** reads images together with text and answers questions about them, such as describing a photo or pulling totals out of a scanned receipt.

## Speech-to-text models
A **speech-to-text model** listens to recorded audio and writes out what was said, which makes it the tool for transcribing meetings and phone calls.

## Text-to-speech models
A **text-to-speech model** turns written text into spoken audio in a chosen voice.
`;

const LANGUAGE = `---
title: Language models and how to steer them
source:
  title: The Practical LLM Handbook
  publisher: Northwind Labs
  url: https://northwind.example/llm-handbook
concepts:
  - name: large language model
    aliases: [llm, llms, language model, language models]
    kind: model-type
  - name: reasoning model
    aliases: [reasoning models, thinking model]
    kind: model-type
    broader: large language model
  - name: foundation model
    aliases: [foundation models, base model, base models]
    kind: concept
  - name: temperature
    aliases: [sampling temperature]
    kind: setting
  - name: top-p
    aliases: [nucleus sampling]
    kind: setting
  - name: hallucination
    aliases: [hallucinations]
    kind: concept
  - name: context window
    aliases: [context length, context windows]
    kind: concept
---
# Language models and how to steer them

## Large language models (LLMs)
A **large language model (LLM)** is a neural network trained on vast amounts of text to predict the next token, which lets it draft, summarise and answer questions in ordinary language.

## Reasoning models
A **reasoning model** is a large language model tuned to work through a problem in intermediate steps before it commits to an answer. It is slower and pricier per question, but far stronger on maths and multi-step planning.

## Foundation models
A **foundation model** is a large network pretrained on broad data that other teams adapt to their own tasks instead of training from scratch.

## Temperature
**Temperature** is a sampling setting that controls how adventurous a model's word choices are: low values keep replies focused and repeatable, high values make them varied and surprising.

## Top-p
**Top-p** is a sampling setting that limits the model to the smallest pool of likely next words whose probabilities add up to p.

## Hallucination
A **hallucination** is a fluent, confident statement from a model that is simply false, such as a citation to a paper nobody wrote.

## Why models hallucinate
Models hallucinate because they are trained to produce plausible continuations rather than checked facts, so a gap in what they learned gets filled with something that merely sounds right.

## Context window
The **context window** is the largest amount of text, counted in tokens, that a model can take in at once. Anything beyond it is cut off or has to be summarised first.
`;

const ADAPTING = `---
title: Adapting a model to your data
concepts:
  - name: fine-tuning
    aliases: [fine tuning, finetuning]
    kind: technique
  - name: retrieval-augmented generation
    aliases: [rag]
    kind: technique
---
# Adapting a model to your data

## Fine-tuning
**Fine-tuning** keeps training an existing model on a small set of your own examples so that it picks up a house style or a narrow task.

## Retrieval-augmented generation (RAG)
**Retrieval-augmented generation (RAG)** fetches relevant passages from your own documents at question time and hands them to the model with the question, so replies rest on current sources.

## When RAG is the right choice
Pick retrieval when your facts change every week or must be cited, because refreshing an index costs far less than retraining a model.
`;

const DEPLOYMENT = `---
title: Where a model runs
source:
  title: Running Models Yourself
  publisher: Harbor Ops Blog
  author: Tomas Brandt
  url: https://harborops.example/running-models
concepts:
  - name: model deployment
    aliases: [deployment, deployment options]
    kind: deployment
  - name: self-hosting
    aliases: [self-hosted, on-premise, on-prem, own servers]
    kind: deployment
    broader: model deployment
  - name: api access
    aliases: [managed api, hosted api]
    kind: deployment
    broader: model deployment
  - name: small language model
    aliases: [small language models, small model, small models]
    kind: size-class
  - name: open source model
    aliases: [open source models, open-weight model, open-weight models]
    kind: concept
  - name: proprietary model
    aliases: [proprietary models, closed model]
    kind: concept
---
# Where a model runs

## Self-hosting
**Self-hosting** means running an open-weight model on hardware you control, so prompts and records never leave your network. You pay for GPUs and the people who keep them running instead of per-token fees.

## API access
**API access** means calling a vendor's hosted model over the internet and paying per token, with nothing to install or maintain.

## Small language models
A **small language model** has a few billion parameters at most, little enough to run on a laptop or a phone with no network connection.

## When an open source model makes sense
Host an open model when your data must stay inside your walls, or when your monthly volume is large enough that per-token fees outgrow the cost of renting GPUs.
`;

const BENCHMARKS = `---
title: Measuring models
concepts:
  - name: benchmark
    aliases: [benchmarks]
    kind: concept
  - name: SWE-bench Verified
    aliases: [swe-bench]
    kind: benchmark
    broader: benchmark
  - name: VBench
    kind: benchmark
    broader: benchmark
---
# Measuring models

## Benchmarks
A **benchmark** is a fixed set of tasks with a scoring rule, used to compare models on the same footing.

## SWE-bench Verified
**SWE-bench Verified** measures whether a model can repair real bugs in open-source code repositories, checked by running each project's own tests.

## VBench
**VBench** scores video generators on motion smoothness, subject consistency and how faithfully clips follow the prompt.
`;

export const DOCUMENTS: Record<string, string> = {
  'generative.md': GENERATIVE,
  'language.md': LANGUAGE,
  'adapting.md': ADAPTING,
  'deployment.md': DEPLOYMENT,
  'benchmarks.md': BENCHMARKS,
};
