/** Words that ask for a comparison on their own ("po vs tl", "difference between ..."). */
const COMPARE_CUE =
  /\b(compare|compared|comparing|comparison|vs|versus|v|diff|difference|differences|differ|differs|different|distinguish|contrast)\b/;
/** "TL or EM?" is a comparison when little else is said. */
const OR_CUE = /\bor\b/;
/** Words that only frame a comparison or a look-up; they do not make a message a question of its own. */
const FRAME_WORDS = new Set(
  `compare compared comparing comparison vs versus v diff difference differences differ differs different distinguish contrast
   between which better who what whats how explain explained describe tell show role roles job position title
   mean means meaning definition define stand stands responsibilities responsibility responsible duties duty
   overview profile info information summary day all work works`.split(/\s+/),
);
const HELP_WORDS = new Set(
  'help usage commands command examples example instructions menu how do does can should i use ask work this it you the bot rolebot role what are anything'.split(
    ' ',
  ),
);
const HELP_CORE =
  /\b(help|usage|commands?|examples?|instructions|menu|use|ask|work)\b|^what (can|do) you do$/;
const LIST_WORDS = new Set(
  'list show all which what the of your you me us please pls give tell available known supported do can roles know cover covered explain about are there'.split(
    ' ',
  ),
);

const tokens = (normalized: string) => normalized.split(/[^a-z0-9]+/).filter(Boolean);

/** True for messages that ask how to use the bot ("help", "?", "how do I use this"), and an empty one. */
export function isHelpRequest(normalized: string): boolean {
  const t = tokens(normalized);
  if (t.length === 0) return true;
  return (
    t.every((w) => HELP_WORDS.has(w)) &&
    HELP_CORE.test(t.join(' ')) &&
    !(t.length === 1 && ['use', 'ask', 'work'].includes(t[0] as string))
  );
}

/** Small talk the bot answers in kind rather than searching for it: a greeting, thanks, or "ok, got it". */
export type SmallTalk = 'hello' | 'thanks' | 'ack';

const HELLO_WORDS = new Set(
  'hi hello hey heya hiya howdy yo morning afternoon evening greetings gm'.split(' '),
);
const THANKS_WORDS = new Set(
  'thanks thank thx thanx ty tyvm cheers ta appreciated appreciate kudos'.split(' '),
);
/** An acknowledgement on its own ("great", "ok, got it"): not a question, even if a FAQ uses the word. */
const ACK_WORDS = new Set(
  'good great awesome nice perfect ok okay k cool super excellent brilliant got gotcha noted understood sense'.split(
    ' ',
  ),
);
/** Words that may come with small talk without making it a question. */
const SMALL_TALK_FILLER = new Set(
  `there all everyone everybody team folks friend you u so very much many lot a again for the that this
   it your help bot rolebot role really s makes made`.split(/\s+/),
);

/** "hi", "good morning team", "thanks!", "ok got it": small talk, not a question about roles. */
export function smallTalk(normalized: string): SmallTalk | undefined {
  const t = tokens(normalized);
  if (t.length === 0 || t.length > 8) return undefined;
  let kind: SmallTalk | undefined;
  for (const w of t) {
    if (THANKS_WORDS.has(w)) kind = 'thanks';
    else if (HELLO_WORDS.has(w)) kind = kind === 'thanks' ? kind : 'hello';
    else if (ACK_WORDS.has(w)) kind ??= 'ack';
    else if (!SMALL_TALK_FILLER.has(w)) return undefined;
  }
  return kind;
}

/** True for "list", "roles", "which roles do you know". */
export function isListRequest(normalized: string): boolean {
  const t = tokens(normalized);
  return t.some((w) => w === 'list' || w === 'roles') && t.every((w) => LIST_WORDS.has(w));
}

/** Words that say one person holds two roles: "one person as PO and SM", "wear both hats". */
const COMBINE_CUE =
  /\b(one person|same person|same guy|one guy|both roles|two roles|both hats|two hats|dual role|double as|doubles as|doubling as|at the same time|simultaneously|combine|combined|combining|merge the roles)\b/;
/** What may stand between two role names in "can the EM be the PO?" or "the PO as the SM". */
const BRIDGE_WORDS = new Set(
  'be also as the a an our my your their act acts acting serve serves serving double doubles doubling too same time at'.split(
    ' ',
  ),
);

/**
 * True when a message naming two roles asks whether one person can hold both: a cue phrase, or only
 * bridge words between the two names, with "be" or "as" among them ("can the EM be the PO?",
 * "product owner as the scrum master"). "po or pm", "po vs tl" and "po and tl" are not.
 */
export function asksToCombine(normalized: string, between: readonly string[]): boolean {
  if (COMBINE_CUE.test(normalized)) return true;
  return (
    between.length > 0 &&
    between.every((w) => BRIDGE_WORDS.has(w)) &&
    (between.includes('be') || between.includes('as'))
  );
}

/** True when the message asks to compare: "vs", "compare", "difference between". */
export function hasCompareCue(normalized: string): boolean {
  return COMPARE_CUE.test(normalized);
}

/** True when the message offers a choice: "TL or EM?". */
export function hasOrCue(normalized: string): boolean {
  return OR_CUE.test(normalized);
}

/** The content words that say more than "compare these roles" or "tell me about this role". */
export function extraWords(content: readonly string[]): string[] {
  return content.filter((w) => !FRAME_WORDS.has(w));
}

const POSSESSIVES = new Set(['our', 'my', 'your', 'their']);
const OF_WHAT = new Set(['of', 'for', 'at', 'on', 'in']);

/** Words after a role that place it in this team: "who's the tech lead here". */
const HERE = new Set(['here', 'around']);

/**
 * "who is our scrum master", "who's the tech lead here", "who is the CTO of Google": a question about a
 * person, which the knowledge cannot answer. `roleEnd` is the index of the word after the role mention.
 */
export function asksForAPerson(words: readonly string[], roleStart: number, roleEnd: number): boolean {
  const whoAt = words.indexOf('who');
  if (whoAt < 0 || whoAt > roleStart || roleStart - whoAt > 3) return false;
  const before = words.slice(whoAt + 1, roleStart);
  const after = words[roleEnd] ?? '';
  return before.some((w) => POSSESSIVES.has(w)) || OF_WHAT.has(after) || HERE.has(after);
}

/** "who do I ask about priorities?", "whom should we talk to about the budget": the person to go to. */
const WHO_TO_ASK =
  /\bwhom? (?:(?:do|should|can|could|would|shall|will|must) )?(?:i|we) (?:ask|talk|speak|go|turn|reach|contact|ping|approach|escalate)\b|\bwhom? to (?:ask|talk|speak|go|turn|contact|ping|approach)\b/;

/** True when the message asks which person to go to about something, rather than what a role does. */
export function asksWhoToAsk(words: readonly string[]): boolean {
  return WHO_TO_ASK.test(words.join(' '));
}

const TASK_VERBS = new Set(
  'write draft translate order book schedule move reset send create generate find fix deploy install remind summarize summarise buy rename delete'.split(
    ' ',
  ),
);
const POLITE = new Set(['please', 'pls', 'plz', 'can', 'could', 'would', 'you', 'will', 'hey', 'hi']);

/** "write me a cover letter", "can you book a room": a task for the bot, not a question about roles. */
export function asksForATask(words: readonly string[]): boolean {
  const start = words.findIndex((w) => !POLITE.has(w));
  const verb = words[start];
  const next = words[start + 1];
  return (
    verb !== undefined &&
    TASK_VERBS.has(verb) &&
    next !== undefined &&
    /^(me|us|a|an|the|my|our|some|this|that|it)$/.test(next)
  );
}

/** Words a sentence that asks often starts with. */
const QUESTION_START = new Set(
  `what whats who whos whose how hows why when where which should shall can could would will is isnt are arent
   do does did dont doesnt am was were has have any anyone anybody wtf`.split(/\s+/),
);
/** "is it normal ...", "is that ok?": a story's question, even without a question mark. */
const IS_IT_FINE =
  /\b(is|isnt) (it|this|that) (normal|ok|okay|fine|weird|common|usual|typical|healthy|reasonable|bad|wrong|right|true|possible|a good idea)\b/;

/** True for a sentence that asks: a question mark, a question word first, or "is it normal ...". */
export function asksSomething(sentence: string, normalized: string): boolean {
  if (/\?["'”’)\]]*$/.test(sentence.trimEnd())) return true;
  const first = normalized.split(/[^a-z0-9]+/).find(Boolean) ?? '';
  return QUESTION_START.has(first) || IS_IT_FINE.test(normalized);
}
