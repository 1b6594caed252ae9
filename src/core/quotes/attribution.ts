/**
 * Who said a quote: the attribution rules (./attribution/pipeline.ts, one rule family per file) and the helpers the
 * reported-speech rules and the people stage share with them (the subject before or after a cue, the sentence's
 * opening subject, cue words). The module the rest of the engine imports.
 */
export { attribute } from './attribution/pipeline';
export { accordingToSource, accordingToSourceAt } from './attribution/accordingTo';
export { nameBeforeDescription } from './attribution/apposition';
export { colonLeadIn } from './attribution/colonLeadIn';
export { cueSpan, hearersTold, isCue } from './attribution/cue';
export { namedAfter, namedInLede } from './attribution/followUp';
export { echoedQuote, personAfterTitleQuote, subjectOfProfileTitle } from './attribution/headlineEcho';
export { openingAntecedent } from './attribution/freeRelative';
export { labelOpeningQuote, transcriptLeadIn } from './attribution/labels';
export type { Attribution, Bounds, Mention, MentionKind } from './attribution/mention';
export { modifierOnly, peopleNounAfterName } from './attribution/mention';
export { sentenceOpener } from './attribution/opener';
export { pollSource } from './attribution/pollSource';
export { reportedBy } from './attribution/reportedBy';
export { signatureLine } from './attribution/signatureLine';
export { APPOSED_TERM_MAX_WORDS, participlePhraseSubject, relativeClauseSpeaker, sentenceSubjectOf } from './attribution/sentenceSubject';
export { mayBeRoleWord, subjectAfter } from './attribution/subjectAfter';
export { listComma, relativeClauseAntecedent, relativeOfInvertedCue, subjectBefore, unclosedRelativeName } from './attribution/subjectBefore';
export { townAndProvinceBefore } from './attribution/descriptionBefore';
export { SPEECH_NOUNS } from './lexicon';

