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
 * Grammar the light stemmer cannot reach: irregular verb forms and "whose". Words people use for the
 * same thing are the knowledge's business, in `knowledge/concepts.yml`, not here.
 */
export const GRAMMAR: ReadonlyMap<string, string> = new Map([
  ['whose', 'who'],
  ['whos', 'who'],
  ['built', 'build'],
  ['wrote', 'write'],
  ['written', 'write'],
  ['chose', 'choose'],
  ['chosen', 'choose'],
  ['made', 'make'],
  ['ran', 'run'],
  ['paid', 'pay'],
  ['thought', 'think'],
  ['led', 'lead'],
  ['taught', 'teach'],
  ['bought', 'buy'],
  ['brought', 'bring'],
  ['held', 'hold'],
  ['kept', 'keep'],
  ['sold', 'sell'],
  ['told', 'tell'],
  ['gave', 'give'],
  ['given', 'give'],
  ['took', 'take'],
  ['taken', 'take'],
  ['became', 'become'],
  ['felt', 'feel'],
  ['left', 'leave'],
]);
