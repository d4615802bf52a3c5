/** Function words that carry no meaning for matching. Question words (who, how, when) are kept: they do. */
export const STOPWORDS = new Set(
  `a an the is are was were be been being am to of in on at for from with by about as into
   and or but if then so than too very just really actually basically
   it its this that these those there here i me my we us our you your he she him her his they them their
   do does did doing done have has had having can could would will shall may might must
   which whom
   hi hey hello pls please plz thanks thank thx folks guys team's quick question q
   get gets got getting go goes going any some much many lot lots kind sort thing things something anything
   like gonna wanna etc ok okay yeah yes isnt arent cant wont didnt doesnt dont shouldnt wouldnt couldnt theyre youre were im ive id ill thats whats theres heres its lets anyway anyways normally usually typically generally supposed meant exactly ever`.split(
    /\s+/,
  ),
);

/**
 * Phrases and words rewritten to one concept before matching, so that people's everyday words meet the
 * knowledge base's words. General vocabulary of team life, not fitted to particular questions.
 */
export const SYNONYMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:pros|advantages?|benefits?|upsides?|gains?|gain|worth it|value of|good things?)\b/g, ' benefit '],
  [
    /\b(?:cons|disadvantages?|downsides?|drawbacks?|risks?|risky|pitfalls?|dangers?|dangerous|go wrong|problems? with|issues? with)\b/g,
    ' risk ',
  ],
  [/\b(?:whose|who's|whos)\b/g, ' who '],
  // Irregular verb forms the stemmer cannot reach.
  [/\bbuilt\b/g, ' build '],
  [/\b(?:wrote|written)\b/g, ' write '],
  [/\b(?:chose|chosen)\b/g, ' choose '],
  [/\b(?:made)\b/g, ' make '],
  [/\b(?:ran)\b/g, ' run '],
  [/\b(?:paid)\b/g, ' pay '],
  [/\b(?:thought)\b/g, ' think '],
  [
    /\b(?:perf(?:ormance)? reviews?|appraisals?|performance evaluations?|promotions?|raises?)\b/g,
    ' appraisal ',
  ],
  [
    /\b(?:says? no|saying no|reject(?:s|ed|ing)?|turn(?:s|ing)? down|push(?:es|ing)? back|pushback|declin(?:e|es|ing))\b/g,
    ' refuse ',
  ],
  [/\b(?:mentorship|mentoring|mentors?|coaching juniors?|grows?|growing)\b/g, ' mentor '],
  [/\b(?:juniors?|new hires?|grads?|graduates?)\b/g, ' developer '],
  [
    /\b(?:buildable|doable|feasible|feasibility|achievable|realistic|viable|possible to build)\b/g,
    ' feasible ',
  ],
  [/\b(?:empowered|mandate|authority|power)\b/g, ' authority '],
  [
    /\b(?:facilitates?|facilitating|facilitation|runs?|running|leads?|leading|hosts?|hosting|chairs?)\b/g,
    ' run ',
  ],
  [/\b(?:one[- ]on[- ]ones?|1[:-]?on[:-]?1s?|1:1s?|1-1s?)\b/g, ' oneonone '],
  [/\b(?:tech(?:nical)? debt|debt|refactor(?:ing|s)?|legacy code|cleanup)\b/g, ' debt '],
  [/\b(?:acceptance criteria|acs?|definition of done|dod)\b/g, ' acceptance '],
  [/\b(?:stand[- ]?ups?|daily scrums?|dailies|daily meeting)\b/g, ' standup '],
  [/\b(?:retros?|retrospectives?)\b/g, ' retrospective '],
  [/\b(?:story points?|planning poker|sizing|estimations?|estimates?|estimating)\b/g, ' estimate '],
  [
    /\b(?:call the shots|final say|last word|final call|final decision|have the say|make the call|signs? off)\b/g,
    ' decide ',
  ],
  [
    /\b(?:wear(?:ing)? (?:both|two) hats|two hats|both hats|double up|doubling up|dual role|double role)\b/g,
    ' both ',
  ],
  [/\b(?:same person|one person|single person|one guy|same guy|one human|one individual)\b/g, ' oneperson '],
  [
    /\b(?:on[- ]call|outages?|incidents?|prod(?:uction)? (?:is )?down|site down|fires?|firefighting)\b/g,
    ' incident ',
  ],
  [/\b(?:deadlines?|due dates?|etas?|timelines?|delivery dates?)\b/g, ' deadline '],
  [/\b(?:hiring|hire|hires|recruit(?:ing|s)?|interview(?:ing|s)?|headcount)\b/g, ' hire '],
  [/\b(?:boss|bosses|line manager|manager's manager|superior)\b/g, ' boss '],
  [/\b(?:tickets?|jira|user stories|stories|story|work items?|pbis?)\b/g, ' backlog '],
  [/\b(?:devs?|developers?|engineers?|programmers?|coders?|ics?|individual contributors?)\b/g, ' developer '],
  [/\b(?:coding|code|programming|hands[- ]on|keyboard|commits?|prs?|pull requests?)\b/g, ' code '],
  [
    /\b(?:talk|talking|communicate|communicating|communication|sync|syncs|meet|meeting|meetings|catch up|check in)\b/g,
    ' talk ',
  ],
  [
    /\b(?:disagree(?:ment)?s?|conflicts?|fights?|arguments?|argue|clash(?:es)?|tie[- ]?break(?:er)?)\b/g,
    ' conflict ',
  ],
  [
    /\b(?:prioriti[sz]e[sd]?|prioriti[sz]ing|prioriti[sz]ation|priorities|priority|ranking|rank|order(?:ing)?)\b/g,
    ' prioritize ',
  ],
  [/\b(?:report(?:s|ing)? (?:to|into|line)|reporting lines?|org chart)\b/g, ' reportto '],
];
