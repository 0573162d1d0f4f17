/**
 * Everyday fields that share a word with this one. "Transformer", "train", "prompt", "parameter",
 * "GPU", "token", "weights", "agent", "benchmark" and "model" each have a sense outside AI, and the
 * words around them say which sense is meant: a voltage or a power supply makes a transformer the
 * electrical one, a film or a toy the franchise, a timetable a train the railway one, a spreadsheet
 * a parameter a formula's. A word right beside a field word is read in entities.ts; these are the
 * words that tell the everyday sense from anywhere in the question.
 *
 * Each entry holds for the language, not for one question: the field words the everyday field
 * shares (`claims`, matched against a mention's whole words) and the words only that field uses
 * (`cues`). A cue claims nothing else: "a video model for movie trailers" still names a video model.
 */

/** An everyday field, the field words it has a sense for, and the words that show its sense. */
export interface EverydaySense {
  field: string;
  /** The field words (a mention's whole words) this everyday field has a sense for. */
  claims: RegExp;
  /** Words and phrases that belong to the everyday field and not to AI models. */
  cues: RegExp;
  /** Words this field has a sense for that the question may say outside any field mention ("python", read as code). */
  words?: RegExp;
}

export const EVERYDAY_SENSES: readonly EverydaySense[] = [
  {
    field: 'electrical power',
    claims: /^transformers?$/,
    cues: /\b(?:volts?|voltages?|amps?|amperage|watts?|wattage|power suppl(?:y|ies)|power (?:lines?|grid|cables?)|step[- ]?(?:up|down)|mains|doorbells?|utility poles?|substations?|transformer box(?:es)?|(?:on|down|in) (?:our|the|my) (?:street|road|block)|power (?:cuts?|outages?)|blackouts?|kva|pad[- ]mounted|electric(?:al|ian|ians|ity)?|wiring|circuit breakers?|fuses?|coils?|windings?|ohms?|hum(?:s|ming)?|buzz(?:es|ing)?)\b/i,
  },
  {
    field: 'film and toys',
    claims: /^transformers?$/,
    cues: /\b(?:movies?|films?|cinema|sequels?|prequels?|franchise|directed|director|actors?|box office|cartoons?|toys?|action figures?|autobots?|decepticons?|optimus|megatron|bumblebee)\b/i,
  },
  {
    field: 'rail and travel',
    claims: /^(?:trains?|tokens?)$/,
    cues: /\b(?:(?:next|last|early|late|night|direct|cheap(?:est)?) trains?|trains? (?:times?|tickets?|stations?|fares?|delays?|journeys?)|(?:train|bus|rail|tube|metro) (?:tickets?|passes?|stations?)|stations?|timetables?|railways?|rail|fares?|underground|tube|subway|metro|buses|bus|commut(?:e|es|ing)|journeys?|departures?)\b/i,
  },
  {
    field: 'spreadsheets',
    claims: /^(?:parameters?|parametres?)$/,
    cues: /\b(?:excel(?!\s+(?:at|in)\b)|spreadsheets?|google sheets|worksheets?|workbooks?|[vhx]lookups?|pivot tables?|macros?|solver)\b/i,
  },
  {
    field: 'gaming hardware',
    claims: /^(?:gpus?|graphics|benchmarks?)$/,
    cues: /\b(?:gaming|gamers?|video games?|games?|fps|frame ?rates?|\d{3,4}p|consoles?|playstation|ps5|xbox|steam deck|fortnite|cyberpunk|minecraft|pc builds?|gaming pcs?|overclock\w*)\b/i,
  },
  {
    field: 'creative writing',
    claims: /^(?:prompts?|writing)$/,
    cues: /\b(?:short stor(?:y|ies)|stor(?:y|ies)|poems?|poetry|novels?|fiction|journal(?:ing|ling)?|drawing|doodles?|(?:creative )?writing class(?:es)?|diary)\b/i,
  },
  {
    field: 'fitness',
    claims: /^(?:weights?|training|train)$/,
    cues: /\b(?:gym|workouts?|lifting|dumbbells?|barbells?|kettlebells?|reps|squats?|deadlifts?|bench press|cardio|muscles?|marathons?|exercises?)\b/i,
  },
  {
    field: 'money and property',
    claims: /^(?:benchmarks?|tokens?|agents?)$/,
    cues: /\b(?:interest rates?|mortgages?|inflation|stocks?|bonds|index funds?|crypto\w*|bitcoin|ethereum|solana|blockchain|wallets?|loans?|estate agents?|realtors?|houses?|flats?|property|properties|landlords?|holidays?|honeymoons?|insurance agents?)\b/i,
  },
  {
    // A law's or standard's own machinery: what a breach costs, how an audit or a lawsuit runs. The
    // documents name the laws as reasons to keep data in-house, and say nothing of that machinery.
    field: 'law and enforcement',
    claims: /^(?:gdpr|hipaa|ccpa|soc 2|soc2|iso 27001|compliance|compliant|regulations?|regulatory|regulated|audits?|auditability)$/,
    cues: /\b(?:fines?|fined|penalt(?:y|ies)|sanctions?|lawsuits?|sued|suing|sue|courts?|judges?|lawyers?|attorneys?|solicitors?|prosecut\w*|enforcement|(?:data )?breach(?:es)?|audits?(?!\s+(?:trails?|logs?))|auditors?|inspections?|inspectors?)\b/i,
  },
  {
    field: 'toys and hobbies',
    claims: /^(?:model (?:trains?|railways?|kits?|planes?|cars?)|trains?)$/,
    cues: /\b(?:birthdays?|kids?|children|child|toddlers?|toys?|gifts?|presents?|christmas|hobby|hobbies|hobbyists?|layouts?|scale models?|(?:ho|n|oo|o|g|tt|z) (?:scale|gauge)|lego|\d+[- ]?(?:years?[- ]olds?|yrs?[- ]olds?|yo|y\.o\.?))\b/i,
  },
  {
    // "Feed my python", "a ball python's vivarium": the snake, not the programming language.
    field: 'animals and pets',
    claims: /^pythons?$/,
    words: /\bpythons?\b/i,
    cues: /\b(?:snakes?|reptiles?|vivariums?|terrariums?|pets?|puppy|puppies|dogs?|cats?|kittens?|hamsters?|parrots?|rabbits?|horses?|vets?|veterinar\w*|leash(?:es)?|kennels?|shedding|ball pythons?|burmese pythons?)\b/i,
  },
  {
    field: 'arcades and fairs',
    claims: /^(?:tokens?|token (?:prices?|costs?))$/,
    cues: /\b(?:arcades?|casinos?|pinball|slot machines?|claw machines?|fairgrounds?|funfairs?|carnivals?|laundr(?:y|ies|omats?)|bowling alleys?)\b/i,
  },
  {
    field: 'fashion and modelling',
    claims: /^(?:models?|modell?ing|runway)$/,
    // Not "fashion" or "photo shoot" alone: an image model for fashion shots is this field's own.
    cues: /\b(?:catwalks?|(?:modell?ing|model|talent|fashion) agenc(?:y|ies)|castings?|runway shows?|supermodels?|become an? (?:fashion |runway |professional )?model)\b/i,
  },
  {
    field: 'household appliances',
    claims: /^(?:parameters?|settings?|models?|machines?)$/,
    cues: /\b(?:washing machines?|dishwashers?|fridges?|freezers?|ovens?|microwaves?|thermostats?|boilers?|printers?|tvs?|televisions?|air ?con\w*|vacuum(?: cleaner)?s?|kettles?|dryers?)\b/i,
  },
];

/** A cue of an everyday field found in a question: the field and the words that showed it. */
export interface SenseCue {
  field: string;
  words: string;
  claims: RegExp;
  /** The field's words it claims outside any mention, when it has any. */
  claimsWords?: RegExp;
}

/** Each sense's cues, global for matchAll (which copies the pattern, so this one keeps no state). */
const ALL_CUES = EVERYDAY_SENSES.map((sense) => new RegExp(sense.cues.source, 'gi'));

/** The everyday fields whose words a question uses, each with the words found. */
export function everydayCues(text: string): SenseCue[] {
  const out: SenseCue[] = [];
  EVERYDAY_SENSES.forEach((sense, i) => {
    for (const m of text.matchAll(ALL_CUES[i]!)) out.push({ field: sense.field, words: m[0].toLowerCase(), claims: sense.claims, ...(sense.words ? { claimsWords: sense.words } : {}) });
  });
  return out;
}
