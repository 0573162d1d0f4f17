/**
 * What a question says about the asker's situation: the kind of content involved (and whether it
 * goes in or comes out), and the constraints an answer's pick must meet (self-hosting, budget,
 * volume, latency, data residency…). Read once into values; plans never look at the wording.
 */
import { CONTENT_WORDS, type ContentCategory } from './content-words.js';
import { linkTokens } from '../lexicon/phrases.js';
import type { LinkContext } from './entities.js';
import type { CategoryMention, Constraints } from './types.js';
import { withoutIndifference } from './indifference.js';
import { readDeadline } from './deadline.js';

type Category = CategoryMention['category'];

const CATEGORY_WORDS: Array<[Category, RegExp]> = [
  ['video', /\b(?:videos?|clips?|footage|animations?|movies?|films?|video ads?|reels?)\b/i],
  ['image', /\b(?:vision|images?|imgs?|imagery|pictures?|pics?|photos?|photographs?|illustrations?|visuals?|product shots?|artwork|art|logos?|(?<!hugging\s)faces?|headshots?|drawings?|renders?|moodboards?|screenshots?|diagrams?|thumbnails?|posters?|banners?)\b/i],
  ['audio', /\b(?:audio|music|songs?|speech|voices?|voiceovers?|voice-overs?|podcasts?|sound(?:s| effects)?|narration|narrat(?:e|ed|ing|or)|audiobooks?|jingles?|soundtracks?|tts|read (?:\w+ )?aloud|meetings? recordings?|audio recordings?|phone calls?|call recordings?|(?:sales|support|customer|client|zoom|conference|voice|video|discovery|team) calls|transcrib(?:e|es|ed|ing)|transcriptions?)\b|(?<=\b(?:summari[sz]\w*|transcrib\w*|record\w*|analy[sz]\w*)\s+(?:(?:our|the|my|all|customer|sales|support|client|team)\s+){0,2})calls\b/i],
  ['code', /\b(?:code|coding|programming|sql|python|javascript|typescript|repos?|repositor(?:y|ies)|codebases?|software engineering|pull requests?|github issues?|bugs?|ides?|vs ?code|visual studio(?: code)?|jetbrains|intellij|neovim|code editors?|code completions?|unit tests?|test cases)\b/i],
  ['tabular', /\b(?:tabular|spreadsheets?|transaction (?:records|data|datasets?|tables?)|records|rows|csv|fake (?:records|data|datasets?|tables?|transactions)|synthetic (?:data|records|datasets?|tables?))\b/i],
  ['molecules', /\b(?:molecul\w*|drug discovery|compounds?|proteins?)\b/i],
  // Documents a model must see, not just read as text: scans, PDFs, receipts.
  ['documents', /\b(?:invoices?|pdfs?|scanned|scans?|receipts?|screenshots?)\b/i],
  ['3d', /\b3d\b/i],
  // Written words made to be read: "marketing copy", "slogans", "blog posts". A model that writes them is a text model, however visual the campaign.
  ['text', /\b(?:(?:marketing|ad|advertising|sales|web|website|landing[- ]page|product|email|brand)\s+copy|copy\s*writ\w*|copywrit\w*|slogans?|taglines?|blog posts?|newsletters?|press releases?|product descriptions?|headlines?)\b|(?<=\b(?:draft|write|writ|compos)\w*\s+(?:\w+\s+)?)(?:replies|responses|emails|messages|posts|articles)\b/i],
];

/**
 * Conversation and language work: a chatbot, an assistant, tickets to answer, text to translate or
 * sort. What a text model does; read only when no other kind of content is named ("a coding
 * assistant", "a voice bot": that content decides), and kept apart from the categories, since
 * "bot" or "tickets" say what the work is, not what the question asks about.
 */
export const LANGUAGE_WORK = /\b(?:chat ?bots?|bots?|chat (?:widgets?|assistants?|apps?)|(?:ai |virtual |chat |conversational |personal |helpdesk |help desk |support |customer )?assistants?|(?:support|customer|help ?desk|service) (?:tickets?|emails?|queries|requests|messages|chats?)|tickets?|translat\w*|classif(?:y|ying|ication) (?:text|emails?|messages|tickets?|requests|reviews|comments|feedback)|(?:text|short|sentiment) classification|classification requests|sentiment)\b/i;

/**
 * Verbs that make a category the output ("generate images") or the input ("describe images"). Verb
 * forms only where a noun shares the stem: "produce" makes things, a "product" photo is a subject.
 */
const OUTPUT_VERBS = /\b(?:generat\w*|creat\w*|mak\w*|produc(?:e|es|ed|ing)|render\w*|draw\w*|design\w*|spit out|turn \w+ into|text[- ]to[- ]\w+|synthesi[sz]\w*|compos\w*|paint\w*|write|writing|ai[- ]generated|restyl\w*|edit\w*)\b/i;
const INPUT_VERBS = /\b(?:see|sees|seeing|accept\w*|takes?|taking|read\w*|analy[sz]\w*|understand\w*|extract\w*|pull\w* (?:data|text|info\w*) (?:out )?(?:of|from)|describ\w*|caption\w*|tag\w*|classif\w*|detect\w*|ocr|process\w*|upload\w*|look\w* at|pars\w*|transcrib\w*|search\w*|deal\w* with|review\w*|summari[sz]\w*|\w+[- ]to[- ]text|chew\w* through|ingest\w*|scan\w*|accept\w*|tak(?:e|es|ing) in)\b/i;

/** A past participle of making right after a noun: "a voiceover generated for our videos". */
const MADE_AFTER = /^\s+(?:(?:that|which) (?:is|are|was|were|gets?|got) )?(?:generated|created|made|produced|rendered|drawn|synthesi[sz]ed|composed|painted|designed)\b/i;

/**
 * The categories a text involves, each with its direction when the wording shows it; `withContext`
 * keeps what the made thing is for ("a voiceover for our videos") among them.
 */
export function readCategories(text: string, withContext = false): CategoryMention[] {
  const found: CategoryMention[] = [];
  const forThing = new Set<CategoryMention>();
  for (const [category, word] of CATEGORY_WORDS) {
    const m = word.exec(text);
    if (!m) continue;
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    const after = text.slice(m.index, m.index + m[0].length + 25);
    // "a voiceover generated for…", "images made by": a participle right after the thing made.
    const madeAfter = MADE_AFTER.test(text.slice(m.index + m[0].length));
    const gen = madeAfter || /\b(?:generation|generator|generators|generating|gen)\b/i.test(after) || /\bgenerated\b/i.test(before.slice(-20));
    const following = text.slice(m.index + m[0].length, m.index + m[0].length + 70);
    // "text-to-speech", "read it aloud", "a narrator": speech made; "speech-to-text": speech read.
    const spoken = category === 'audio' ? (/\b(?:text[- ]to[- ]speech|tts|read\b.{0,30}\baloud|narrat\w*)\b/i.test(text) ? 'output' : /\bspeech[- ]to[- ]text\b/i.test(text) ? 'input' : undefined) : undefined;
    const out = spoken === 'output' || gen || OUTPUT_VERBS.test(before) || /\b(?:spit|get|give|return|send)s? (?:back |out )?(?:an? |the )?(?:new |restyled |edited |\w+ )?(?:version|copy|variation)\b|\brestyl\w*|\bstyli[sz]ed\b/i.test(following);
    // "Does it do vision?", "images as input": a model that sees pictures reads them.
    const inp = spoken === 'input' || INPUT_VERBS.test(before) || /\b(?:to[- ]text|understanding|recognition|captioning|analysis)\b/i.test(after) || /^vision$/i.test(m[0]) || /^\s*(?:as|for) (?:an? )?inputs?\b/i.test(following);
    // Both ("restyle an uploaded photo"): the thing made is what the answer must produce.
    // "our customer records can't leave the country": records a team holds, not tabular data to make.
    if (category === 'tabular' && /^(?:records|rows)$/i.test(m[0]) && !out) continue;
    let direction: CategoryMention['direction'] = out ? 'output' : inp ? 'input' : undefined;
    if (!direction && category === 'documents') direction = 'input';
    // Taglines and copy are written to be published: made, unless the wording reads them.
    if (!direction && category === 'text') direction = 'output';
    // "Transcribing meetings": the speech is what goes in.
    if (!direction && category === 'audio' && /^transcri/i.test(m[0])) direction = 'input';
    // Speech and music are both audio, but a model that makes one is no pick for the other.
    const form = category === 'audio' ? audioForm(text) : undefined;
    found.push({ category, ...(direction ? { direction } : {}), ...(form ? { form } : {}) });
    if (FOR_THING.test(text.slice(Math.max(0, m.index - 50), m.index))) forThing.add(found[found.length - 1]!);
  }
  conversion(text, found);
  // "A voiceover for our videos", "add a voice to my animations": what is made is one kind, the
  // thing it is for another; that thing is context, and the pick must make the first.
  const made = found.filter((c) => !forThing.has(c));
  return made.length > 0 && made.length < found.length && !withContext ? made : found;
}

/** "Turn our photos into clips", "convert images to video", "image-to-video": what goes in, then what comes out. */
const CONVERTS = /\b(?:turn\w*|convert\w*|transform\w*|chang\w*|mak\w*)\s+((?:[\w'-]+\s+){0,5}?)in(?:to)?\s+((?:[\w'-]+\s*){1,4})|\bfrom\s+((?:[\w'-]+\s+){0,3}?)(?:in)?to\s+((?:[\w'-]+\s*){1,3})|\b([a-z]+)[- ]to[- ]([a-z]+)\b/i;
/** The same without the bare "A to B" pair, which "use to turn speech into text" also has ("use to turn"): a verb of converting is read first. */
const CONVERTS_BY_VERB = new RegExp(CONVERTS.source.slice(0, CONVERTS.source.lastIndexOf('|')), 'i');
/** "Convert the podcasts to transcripts", "change the photos to sketches": a verb of converting with "to". */
const CONVERTS_TO = /\b(?:turn\w*|convert\w*|transform\w*|chang\w*)\s+((?:[\w'-]+\s+){0,5}?)to\s+((?:[\w'-]+\s*){1,4})/i;
/** "Animate our product photos", "bring the pictures to life", "make the photos move": still pictures in, video out. */
const ANIMATES = /\banimat(?:e|es|ed|ing)\b|\bbring\w*\b.{1,40}\bto life\b|\bmak\w*\b.{1,40}\b(?:move|moving)\b/i;

/**
 * A question that has one kind of content made from another ("turn product photos into video
 * clips", "animate our product photos") has a direction for each: the thing converted goes in,
 * the result comes out. Animating a still picture makes a video, said or not.
 */
function conversion(text: string, found: CategoryMention[]): void {
  const set = (category: Category, direction: 'input' | 'output') => {
    const at = found.findIndex((c) => c.category === category);
    if (at >= 0) found[at] = { ...found[at]!, direction };
    else if (direction === 'output') found.push({ category, direction });
  };
  const m = CONVERTS_BY_VERB.exec(text) ?? CONVERTS_TO.exec(text) ?? CONVERTS.exec(text);
  const from = m ? (m[1] ?? m[3] ?? m[5] ?? '') : '';
  const to = m ? (m[2] ?? m[4] ?? m[6] ?? '') : '';
  const ins = from ? categoriesIn(from) : [];
  const outs = to ? categoriesIn(to) : [];
  if (ins.length === 1 && outs.length === 1 && ins[0] !== outs[0]) {
    set(ins[0]!, 'input');
    set(outs[0]!, 'output');
    return;
  }
  // "Turn speech into text", "convert the recordings to transcripts": what becomes written words is read.
  if (ins.length === 1 && outs.length === 0 && WRITTEN.test(to)) {
    set(ins[0]!, 'input');
    return;
  }
  const still = found.find((c) => c.category === 'image');
  if (still && ANIMATES.test(text) && !found.some((c) => c.category === 'video' && c.direction === 'input')) {
    set('image', 'input');
    set('video', 'output');
  }
}

/** Written words as what content is turned into: "text", "transcripts", "captions". */
const WRITTEN = /^\s*(?:(?:plain|written|searchable)\s+)?(?:text|transcripts?|captions?|subtitles?|words|notes|minutes|written form)\b/i;

/** The categories a phrase's own words name (no directions). */
function categoriesIn(phrase: string): Category[] {
  return CATEGORY_WORDS.filter(([, word]) => word.test(phrase)).map(([category]) => category);
}

/** The end of a phrase naming what the made thing is for or goes on: "for our", "to my", "in the". */
const FOR_THING = /\b(?:for|to|in|on|onto|over|under|behind|alongside)\s+(?:(?:our|my|the|their|your|its|his|her|each|every|all|all of our|some of our)\s+)(?:[\w-]+\s+){0,3}$|\bfor\s+(?:[\w-]+\s+){0,2}$/i;

/** Words of spoken language, and of music. */
const SPEECH_WORDS = /\b(?:speech|spoken|speak\w*|voices?|voiceovers?|voice-overs?|narrat\w*|podcasts?|audiobooks?|tts|read (?:\w+ )?aloud|phone calls?|call recordings?|meetings?|dictat\w*|transcri\w*)\b/i;
const MUSIC_WORDS = /\b(?:music\w*|songs?|melod\w*|jingles?|soundtracks?|instrumentals?|beats|tunes?)\b/i;

/** Which kind of sound a question means, when it says only one: speech or music. */
function audioForm(text: string): CategoryMention['form'] {
  const speech = SPEECH_WORDS.test(text);
  const music = MUSIC_WORDS.test(text);
  return speech === music ? undefined : speech ? 'speech' : 'music';
}

const has = (re: RegExp, text: string) => re.test(text);

/** The constraints a situation states. */
export function readConstraints(asked: string): Constraints {
  // "budget not really a concern": a factor waved away is no constraint.
  const text = withoutIndifference(asked);
  // "no self hosting", "we don't want to host anything": hosting ruled out is a managed API chosen.
  const notHosting = NOT_HOSTING.test(text);
  const hostable = notHosting ? text.replace(ALL_NOT_HOSTING, ' ') : text;
  const selfHosted = has(/\bon[- ]?prem\w*|\bself[- ]?host\w*|\bhost (?:it |them |our own |its own )?(?:ourselves|our own|in[- ]house|locally)|\bown (?:servers?|infra\w*|hardware|gpus?|machines?|boxes|cloud|data ?cent(?:er|re)s?)\b|\bin[- ]house\b|\blocally\b|\bair[- ]?gapped\b|\brun (?:it |them )?(?:ourselves|locally|on our)\b|\bhosting our own\b|\b(?:host|run|deploy|serve)\b(?: [\w.-]+){1,3} (?:ourselves|in[- ]house)\b/i, hostable);
  const dataResidency = has(/\b(?:can'?t|cannot|must not|mustn'?t|shouldn'?t|not allowed to|never|won'?t) (?:be )?(?:leave|leaving|go|sent|send|shared?|leave our|cross)\b|\bdata (?:residency|sovereignty|locality)\b|\bstay (?:in|within|inside|on)\b(?!\s+(?:an?\s+|the\s+|their\s+)?(?:hosted\s+|managed\s+)?(?:apis?|providers?|vendors?)\b)|\bleave (?:the )?(?:country|eu|region|premises|our)\b|\b(?:in|within) the (?:eu|country|region)\b|\bregulator\b|\bnothing can go\b|\b(?:doesn'?t|don'?t|does not|do not|won'?t) (?:want|allow|let)\b.{0,40}\b(?:going|go|sent|shared|leaving|leave|sending)\b.{0,20}\b(?:to|outside)\b/i, text);
  const privacy = dataResidency || has(/\bprivate (?:data|repos?|codebases?|code|records|documents|info\w*)\b|\bproprietary (?:code|data|codebase)\b|\bsensitive\b|\bconfidential\b|\bcustomer (?:data|records)\b|\bpii\b|\bthird[- ]party (?:api|vendor|provider)\b|\b3rd[- ]party\b|\bwithout sending\b|\bstrict (?:data|privacy|security|compliance) (?:rules|requirements|policies|regulations?|laws)\b|\bdata[- ]protection\b|\blegal (?:really )?(?:doesn'?t|does not|won'?t|says)\b/i, text);
  // Adapting a model on one's own material needs its weights: "fine-tune it on our data", "train a LoRA on our product photos".
  const fineTune = has(FINE_TUNE_OWN, text);
  const openWeights = fineTune || has(/\bopen[- ]?(?:source|weights?)\b|\boss\b|\bopen (?:models?|llms?)\b|\bfree to (?:run|use)\b/i, text);
  const managedApi = has(/\bmanaged\b|\bno (?:infra\w*|setup|ops|devops)\b|\bzero (?:infra\w*|setup|ops)\b|\bjust (?:pay|call|use) (?:an? |the )?(?:api|provider|vendor)\b|\bpay (?:one of )?the big providers\b|\beasiest\b|\bout of the box\b|\bno ml (?:team|engineers?)\b|\b(?:proprietary|closed(?:[- ]source)?|commercial) (?:models?|llms?|options?|ones?|apis?)\b/i, text) || notHosting || (!selfHosted && has(/\b(?:via|through|over|from) (?:an? |the |their )?(?:hosted |managed |vendor'?s? |provider'?s? )?apis?\b|\b(?:call|calling|use|using|stay on|stick with|stick to) (?:an? |the |their )?(?:hosted |managed |vendor'?s? |provider'?s? )?apis?\b|\bapi[- ]only\b|\bapi models?\b/i, text));
  // "An enterprise with a huge budget": money to spare is no budget constraint.
  const budget = has(/\bcheap\w*|\bbudget\b|\blow[- ]cost\b|\bleast expensive\b|\baffordable\b|\bcost[- ]?(?:efficient|effective|sensitive)\b|\bsave money\b|\bbill\b|\bspend\b|\bcosts? (?:matter|is|are)\b|\bprice (?:matters|sensitive)\b|\b(?:money|cash|funds|funding) (?:is |are )?(?:tight|limited|short)\b|\btight on (?:money|cash|funds)\b|\bcash[- ]strapped\b|\bcan'?t afford\b|\b(?:too|way too|feels?|seems?|looks?) (?:pricey|expensive|costly)\b/i, text.replace(AMPLE_BUDGET, ' '));
  // Volume is a rate ("50M tokens a month", "every day") or many requests, not one long prompt.
  // "Launch in a month" is when, not how often: the deadline's words say nothing of volume.
  const deadline = readDeadline(text);
  const undated = deadline ? text.replace(deadline.words, ' ') : text;
  const highVolume = has(/\bhigh[- ]volume\b|\b(?:millions?|tens of millions|billions?|thousands?|\d+[km]?) (?:of )?(?:requests|tickets|messages|calls|documents|queries|images|users)\b|\bat scale\b|\bevery day\b|\b(?:a|per|each) (?:day|month|week|hour)\b|\bdaily\b|\bmonthly\b|\bbulk\b|\blots of\b|\bhuge (?:volume|number)\b/i, undated);
  // "quick q", "a quick question" say how long the question is, not how fast the model must be;
  // "the fastest-growing category" is about growth, not speed.
  const lowLatency = has(/(?<!\b(?:grow|expand)\w*\s+(?:the\s+)?)\b(?:fast|quick)(?!\s+(?:q|qn|qq|question|one|note|check|sanity check|thing|sense check|context|background|update|heads[- ]up|recap|summary)\b)\w*\b(?![- ]?(?:grow|expand|evolv|mov|chang|rising))|\bsnappy\b|\blow[- ]latency\b|\blatency\b|\bspeed\b|\breal[- ]?time\b|(?<!\b(?:is|are|goes|go|went|gone|going|be|been|being|get|gets|got|once|went)\s+)\blive\b(?!\s+(?:in|on)\s+(?:prod\w*|chatgpt))|\bresponsive\b|\binstant\w*|\btoo slow\b|\bslow\b/i, text);
  const onDevice = has(/\bon[- ]device\b|\bmobile\b|\bphones?\b|\blaptops?\b|\bedge (?:devices?|hardware)\b|\boffline\b|\bin the browser\b|\braspberry\b|\bembedded\b/i, text);
  const quality = has(/\bbest[- ]looking\b|\b(?:good|great|nice|nicest|better)[- ]looking\b|\bprett(?:y|ier|iest)\b|\bgorgeous\b|\blooks? (?:great|amazing|best|good)\b|\bhighest quality\b|\bquality matters\b|\bmost realistic\b|\brealistic\b|\baesthetic\w*|\bbeautiful\b|\bstunning\b|\bdoesn'?t look janky\b|\bphotorealistic\b|\bbest possible\b/i, text);
  // A token count per day or month is volume; only what is left can be one prompt's length.
  const perPrompt = text.replace(TOKEN_RATE, ' ');
  // "500-page contracts", "lengthy filings", "long legal docs": documents whose size is the point are a long context too.
  // One prompt of a hundred thousand tokens or more ("our whole 4M-token repo in one go") is a long context.
  const bigPrompt = (tokensAsked(perPrompt) ?? 0) >= 100_000;
  const longContext = bigPrompt || has(BIG_CODEBASE, perPrompt) || has(/\blong (?:documents?|docs|contracts?|reports?|context|inputs?|prompts?)\b|\blong (?!(?:as|and|or|to|for|the|an?|of|with)\b)[a-z]+ (?:documents?|docs|contracts?|reports?|filings?)\b|\b(?:longer|longest|huge|massive|big|bigger|biggest|large|larger|largest|giant|enormous|gigantic|extended|very long)\s+(?:context(?:\s+windows?)?|contexts|context lengths?|prompts?|inputs?)\b|\bentire (?:repos?|books?|codebases?|documents?)\b|\bwhole (?:books?|repos?|codebases?|documents?)\b|\bmillions? (?:of )?tokens\b.*\b(?:prompt|context|single)\b|\b\d+(?:-\d+)? million tokens\b|\bhuge (?:documents?|prompts?)\b|\b(?:hundreds|thousands) of pages\b|\b[1-9]\d{2,}[- ]?pages?\b|\b(?:lengthy|very long|huge|massive|giant|book[- ]length)\s+(?:documents?|contracts?|reports?|filings?|transcripts?|manuals?)\b/i, perPrompt);
  // "Money is no object", "budget doesn't matter, we want the best possible": cost waved away (read before the waving is blanked) leaves the most capable, a frontier model.
  const frontier = has(/\bfrontier\b|\bstate[- ]of[- ]the[- ]art\b|\bsota\b|\bmost capable\b|\bbiggest model\b|\bsmartest\b|\bbest (?:possible|available) (?:models?|llms?|ai)\b|\bbest (?:model|llm) (?:money can buy|there is|out there)\b/i, text) || has(COST_WAIVED, asked);
  const regulated = has(/\bregulated\b|\bcompliance\b|\bhipaa\b|\bgdpr\b|\bhealthcare\b|\bhospital\b|\bbank(?:s|ing)?\b|\bfinanc\w*|\blegal\b|\blaw firm\b|\binsurance\b|\bgovernment\b|\bpharma\w*/i, text);
  const contextTokens = longContext ? tokensAsked(perPrompt) : undefined;
  const smallTeam = has(/\bsmall team\b|\bteam of (?:[2-9]|two|three|four|five|six)\b|\bsmall (?:shop|company|business|agency|org\w*)\b|\btiny team\b|\bstartup\b|\btwo[- ]person\b|\b\d[- ]person\b|\bsolo\b|\bjust me\b|\bno (?:ml|infra\w*|devops) (?:people|team|engineers?)\b|\bzero infra\w*/i, text);
  return { selfHosted, openWeights, dataResidency, privacy, managedApi, budget, highVolume, lowLatency, onDevice, quality, longContext, frontier, regulated, smallTeam, fineTune, ...(contextTokens ? { contextTokens } : {}), ...(deadline ? { deadlineDays: deadline.days } : {}) };
}

/** Cost waved away: "money is no object", "budget doesn't matter", "no matter the cost", "price is irrelevant". */
/** "A huge budget", "deep pockets", "plenty of money": cost is no constraint. */
const AMPLE_BUDGET = /\b(?<!\b(?:no|not a|not much of a|without a|without any|no real)\s+)(?:huge|big|large|generous|healthy|massive|ample|sizeable|sizable|unlimited|deep|bottomless) budgets?\b|\bplenty of (?:money|budget|cash|funding)\b/i;

const COST_WAIVED = /\b(?:money|budget|costs?|price|pricing|spend(?:ing)?)\s+(?:is\s+|are\s+|'s\s+)?(?:no (?:object|concern|issue|problem)|(?:doesn'?t|does not|don'?t|do not)\s+(?:really\s+)?matter|(?:isn'?t|is not|not)\s+(?:really\s+)?(?:an?\s+)?(?:concern|issue|problem|constraint|factor)|irrelevant|unlimited)\b|\bno matter (?:the|what it) cost|\bwhatever it costs\b|\b(?<!\b(?:no|not a|not much of a|without a|without any|no real)\s+)(?:huge|big|large|generous|healthy|massive|ample|sizeable|sizable|unlimited|bottomless) budgets?\b|\bplenty of (?:money|budget|cash|funding)\b|\bdeep pockets\b|\b(?:cost|price|money|budget) aside\b/i;

/** A codebase whose size is the point ("a large codebase", "our whole monorepo"): the model must hold much of it at once. */
const BIG_CODEBASE = /\b(?:large|huge|massive|big|giant|enormous|sprawling|entire|whole|full)\s+(?:legacy\s+)?(?:codebases?|code ?bases?|monorepos?|repos?|repositor(?:y|ies))\b|\bmonorepos?\b|\ball (?:of )?our code\b/i;

/** Training or fine-tuning a model (or an adapter for it) on the asker's own material. */
const FINE_TUNE_OWN = /\b(?:fine[- ]?tun\w*|train\w*|re-?train\w*|customi[sz]\w*)\b(?:\s+(?:it|them|the model|a model|an? loras?|loras?|an? adapters?|our own|its own|one|a custom \w+)){0,2}\s+(?:on|with|using)\s+(?:all\s+)?(?:of\s+)?(?:our|my|private|internal|in-house|proprietary|the company'?s?)\b|\b(?:train|fine[- ]?tun)\w*\s+(?:an?\s+|our own\s+|custom\s+)?loras?\b|\b(?:fine[- ]?tun\w*|re-?train\w*|train\w*\s+(?:it|them|the model|a model))\s+(?:it\s+|them\s+|the model\s+|a model\s+)?(?:on|with|using)\s+(?:[\w'-]+\s+){1,4}?(?:for|of|from|at|in)\s+(?:our|my)\b/i;

/** Hosting ruled out: "no self hosting", "not self-hosted", "we don't want to host anything". */
const NOT_HOSTING = /\b(?:no|not|never|without|nothing|zero)\s+(?:any\s+)?(?:self[- ]?host\w*|on[- ]?prem\w*|hosting|host(?:ing)? (?:it|anything) ourselves)|\b(?:don'?t|do not|won'?t|can'?t|cannot) (?:want to |wanna |plan to |need to |need )?(?:self[- ]?host\w*|host (?:it|anything|models?|them)(?: ourselves)?|run (?:it|anything|our own) (?:ourselves|servers?)|run (?:any |our own )?infra\w*)\b/i;
/** The same, for replacing every occurrence (replace() starts a global pattern afresh each call). */
const ALL_NOT_HOSTING = new RegExp(NOT_HOSTING.source, 'gi');

/** "50 million tokens a month", "2m tokens per day": a rate of tokens, not one prompt's size. */
const TOKEN_RATE = /\b\d+(?:\.\d+)?(?:\s*[-–]\s*\d+(?:\.\d+)?)?\s*(?:k|m|b|thousand|million|billion)?[\s-]*(?:of\s+)?tokens?(?:\s+(?:a|an|per|each|every)\s+|\s*\/\s*)(?:day|week|month|year|hour|minute)\b|\b\d+(?:\.\d+)?\s*(?:k|m|b|thousand|million|billion)?[\s-]*(?:of\s+)?tokens?\s+(?:daily|weekly|monthly|hourly|yearly)\b/gi;

/** "like 5-8 million tokens", "a 200k-token prompt": the most tokens the question needs in one go. */
function tokensAsked(text: string): number | undefined {
  let most: number | undefined;
  for (const m of text.matchAll(/(\d+(?:\.\d+)?)(?:\s*[-–]\s*(\d+(?:\.\d+)?))?\s*(k|m|thousand|million)?\b[\s-]*(?:of\s+)?tokens?\b/gi)) {
    const n = Number(m[2] ?? m[1]);
    const unit = m[3]?.toLowerCase();
    const tokens = n * (unit === 'm' || unit === 'million' ? 1e6 : unit === 'k' || unit === 'thousand' ? 1e3 : 1);
    if (tokens >= 1000 && (!most || tokens > most)) most = tokens;
  }
  return most;
}

/** True when no constraint is set. */
export function noConstraints(c: Constraints): boolean {
  return Object.values(c).every((v) => !v);
}

/** "screenshots and scanned pdfs" also asks about images and documents: the category's own words. */
const CATEGORY_WORD = (category: string): string => CONTENT_WORDS[category as ContentCategory]?.search ?? category;

export function categoryTerms(categories: readonly { category: string }[], ctx: Pick<LinkContext, 'index'>): string[] {
  return categories.flatMap((c) => ctx.index.analyzer.terms(CATEGORY_WORD(c.category))).filter((t) => ctx.index.has(t));
}

/** The model type that makes a category's content: "audio" → the audio model concept, when the knowledge has one. */
export function categoryConcept(categories: readonly CategoryMention[], ctx: Pick<LinkContext, 'concepts'>) {
  const c = categories[0];
  if (!c || categories.length > 1) return undefined;
  // Speech and music have model types of their own, each named for which way the sound goes.
  const form = c.form === 'speech' ? (c.direction === 'input' ? ['speech-to-text model'] : c.direction === 'output' ? ['text-to-speech model'] : []) : c.form === 'music' ? ['music generation model'] : [];
  // Pictures or clips to read ("describe our photos", "read screenshots") want a model that sees them, never one that makes them.
  const seen = c.direction === 'input' && (c.category === 'image' || c.category === 'video' || c.category === 'documents');
  const names = seen ? ['vision model', 'multimodal model'] : [...form, `${c.category} model`, `${c.category} generation model`, `${CATEGORY_WORD(c.category)} model`];
  for (const name of names) {
    const found = ctx.concepts.dictionary.find(linkTokens(name))[0];
    if (found && found.end - found.start === linkTokens(name).length) return found.value;
  }
  return undefined;
}

/**
 * Whether a catalog phrase (a strength, a use) names making or doing this kind of content:
 * "generating images through the DALL-E 3 integration" does, "accepts text and images as input" does not.
 */
export function phraseNamesContent(phrase: string, category: CategoryMention['category']): boolean {
  return readCategories(phrase).some((c) => c.category === category && c.direction !== 'input');
}
