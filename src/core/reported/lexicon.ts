/**
 * The reported-speech rules' words, kept under their old module name: they live in the one lexicon,
 * ../quotes/lexicon.ts (merged there so that no word list exists twice).
 */
import { wordClass } from '../text/wordClasses';
import { wordSet } from '../people/lexicon';
import { NAMING_VERBS, SPEECH_NOUNS } from '../quotes/lexicon';
export { BELIEF_VERBS, BARE_VERBS, INFINITIVE_VERBS, OBJECT_VERBS, WH_VERBS, WH_WORDS, HEARER_VERBS, SUBJECT_PRONOUNS, AUXILIARIES, IRREGULAR_PAST, isLongRegularPast, TIME_WORDS, TAIL_PARTICIPLES, TITLE_CUES } from '../quotes/lexicon';

/**
 * Gerunds of saying that take a "that"-clause and are in neither the cue nor the belief lexicon (./gerund.ts reads
 * them with those): "alleging that the company's marketing efforts inspired …", "implying that she was forbidden …";
 * a clarification, a finding or a reason given ("the governor said, before clarifying that he, Christie, was the best
 * candidate", "Police had last month charged Corey Lewandowski after determining that a video recording showed …", "the
 * board said, reasoning that Cruz met the criteria": train 6 found, none false); a fear ("Republicans are building a
 * defense system …, fearing that the party could lose its hold on Congress …": train 1 found, none false).
 */
export const THAT_GERUNDS: ReadonlySet<string> = new Set(['alleging', 'asserting', 'remarking', 'implying', 'contending', 'reporting',
  'maintaining', 'indicating', 'pledging', 'hinting', 'signaling', 'signalling', 'emphasizing', 'insinuating', 'revealing', 'confirming', 'proclaiming',
  'clarifying', 'determining', 'reasoning', 'demonstrating', 'fearing']);

/**
 * Nouns of a channel or an occasion of speech that may end the phrase between a cue and its "that" ("explained through
 * a spokesman that …", "said in a statement that …", "wrote in an op-ed that …"): ./wideGap.ts. (A town hall too:
 * "said before attending Wednesday's town hall that CNN asked her …", PolNeAR train, USA Today 2016-02-04. Not "meeting"
 * yet: it would read "Tenants said after the meeting that …", a Nunatsiaq News-style probe, but loses "citing
 * participants in the meeting", PolNeAR train, Washington Post 2016-03-18. A written submission to a committee:
 * "Nunavut Tunngavik Inc. said in a written submission to the committee last year that …", a National Post-style probe,
 * test/fixtures/outlets ca-np-arctic-drone-delay.txt; PolNeAR train and dev output unchanged. A written reply: "The Ministry
 * of Solidarity-Based Future, which is responsible for housing policy, said in a written reply that the Housing Fund … had
 * 1,740 flats under construction and that …", a Slovenia Times-style probe, test/fixtures/outlets
 * si-sloveniatimes-ljubljana-student-rents.txt, probes-hh, was not found, "in a reply" was.)
 */
export const CHANNEL_NOUNS: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'statement', 'interview', 'letter',
  'tweet', 'email', 'e-mail', 'video', 'speech', 'memo', 'filing', 'release', 'post', 'op-ed', 'column', 'broadcast', 'appearance',
  'podcast', 'call', 'conference', 'briefing', 'hearing', 'debate', 'rally', 'forum', 'remarks', 'editorial', 'essay', 'book', 'message', 'report',
  'hall', 'submission', 'reply']);

/**
 * Nouns of an occasion, a channel or a place of speaking that end a phrase of circumstance after a verb's object ("praised
 * Boyle at a press conference", "defended his endorsement on his regular radio call-in show", "attacked the Koch
 * brothers from the Senate floor", "has touted his endorsement on its Facebook page"): ./adjunct.ts. The channel nouns, their
 * plurals, and the outlets and places of a broadcast.
 */
/** Platforms and media one speaks "on" ("said on Twitter the deal would …", "wrote on Facebook", "said on television"). */
export const PLATFORM_NOUNS: ReadonlySet<string> = new Set(['twitter', 'facebook', 'instagram', 'television', 'tv', 'radio']);

export const OCCASION_NOUNS: ReadonlySet<string> = new Set([...CHANNEL_NOUNS, ...[...CHANNEL_NOUNS].map(n => `${n}s`), 'show', 'shows', 'page',
  'floor', ...PLATFORM_NOUNS, 'program', 'programme', 'stop', 'event', 'events', 'session', 'town',
  'summit', 'convention', 'caucus', 'ceremony', 'dinner', 'luncheon', 'breakfast', 'visit', 'trip', 'tour', 'stage', 'appearances']);

/**
 * Acts, not statements, that a refusal leaves undone ("Cadillac declined to renew its sponsorship", "a moderate
 * Indiana Democrat who declined to run for reelection"): ./infinitive.ts reports no content after them (PolNeAR
 * train: 6 such refusals, none gold; "declined to comment", "to say", "to be identified" are).
 */
export const REFUSED_ACTIONS: ReadonlySet<string> = new Set(['run', 'renew', 'join', 'follow', 'attend', 'participate', 'sign', 'vote', 'resign', 'seek']);

/**
 * Auxiliaries and modals with tense, which no noun phrase holds ("critics ⟨have⟩ in particular") and whose verb
 * phrase, not subject, follows them ("has ⟨drawn huge crowds⟩", "is ⟨hoping voters⟩").
 */
const TENSED_AUX_WORDS = 'has|have|had|is|are|was|were|will|would|can|could|should|may|might|must|do|does|did';
export const TENSED_AUX = wordSet(TENSED_AUX_WORDS);
/** The auxiliaries of a perfect ("has in recent weeks argued", "An inquest has heard"): ./speaker.ts, ./courtHeard.ts. */
export const PERFECT_AUXILIARIES = wordSet('has|have|had');
/** Prepositions of motion after a verb: "charged into the fray" is no charge made, "broke through" no report. */
export const INTO_ONTO_THROUGH = wordSet('into|onto|through');
/** Negations before a verb or a participle ("not finishing his joke", "never mentioning …", "has not voted for"). */
export const NEGATIONS = wordSet('not|never');
/** A tensed auxiliary or an adverb written among a verb's auxiliaries ("has also said", "did not say", "had never"). */
export const AUX_OR_ADVERB = wordSet(`${TENSED_AUX_WORDS}|also|not|never|just|still`);

/** Coordinators the rule files look for between two words or phrases ("X and Y", "X or Y", "…, but Y"). */
export const AND_OR = wordSet('and|or');
export const AND_BUT = wordSet('and|but');
export const AND_OR_BUT = wordSet('and|or|but');
/** The present and past of "be" with a plural or singular subject, without "be", "been", "being". */
export const IS_ARE_WAS_WERE = wordSet('is|are|was|were');
/** Verbs whose past is their base form, which the lexicon's irregular pasts leave out ("cut", "set"). */
export const INVARIANT_PAST = wordSet('cut|set|put|hit|cost|let|shut|split|spread|hurt|quit|cast');
/**
 * Verbs of beginning and going on, whose subject reports by the verb after them: a gerund ("started asking", "kept
 * talking", ./speaker.ts) or an infinitive ("continues to face", ./sourcePhrase.ts, ./findings.ts).
 */
export const ASPECT_VERBS = wordSet('begin|begins|began|begun|start|starts|started|continue|continues|continued|continuing|keep|keeps|kept');

/**
 * Past participles written as their base form, which the verb lexicon leaves out as nouns too ("has ⟨run⟩ ads",
 * "have ⟨put⟩ out", "has ⟨set⟩ up"): read as a verb after "has", "have" or "had" (./speaker.ts verbFirst).
 */
export const BASE_FORM_PARTICIPLES = wordSet('run|come|become|put|set|cut|hit|let|spread|shut|quit|bet');

/**
 * Words that open a clause before its subject, passed to reach the subject's first word ("after", "but", "even as",
 * "…, but 55 percent of all voters say").
 */
export const CLAUSE_OPENER = wordSet('and|but|or|yet|so|as|after|while|when|because|since|though|although|if|even|until|before|once|whereas');

/** The modals: a verb's form right before one is a noun, the modal's subject ("the billionaire lists can grow …"). */
export const MODAL = wordSet('will|would|can|could|should|may|might|must|shall');

/**
 * Verbs in -s that are nouns as often, a verb when "to" follows ("the balance, which they say ⟨amounts⟩ to more than
 * BZ$9 million", an Amandala-style probe; "refers to", "belongs to", "leads to"): relativeClause.ts.
 */
export const S_VERBS_BEFORE_TO = wordSet('amounts|belongs|refers|leads|applies|translates|equates|relates|corresponds');

/** Prepositions that tie a phrase of place or topic to the noun before them ("Editorial pages ⟨across⟩ the country", "advocates ⟨in⟩ the transgender community"). */
export const PHRASE_PREPOSITION = wordSet('across|around|among|throughout|in|at|on|from|with|for|near|inside|within|outside|under|over');

/**
 * People who speak for someone named after "to" ("Aides to Clinton say", "advisers to the island's government"): the
 * speaker is the entourage, not the person it serves.
 */
export const ENTOURAGE = wordSet('aides|advisers|advisors|allies|associates|lawyers|attorneys|spokesmen|spokespeople|heirs|successors|confidants|donors');

/**
 * Words no source ends with, though the subject rules may stop on them: adverbs of frequency and comparatives ("it can
 * sometimes [feel] like", "Grayson had ever [said]", "have a larger [say] than", "deflected numerous [questions about]").
 */
export const NOT_A_HEAD = wordSet('sometimes|instead|ever|never|always|often|again|too|very|least|larger|smaller|numerous');

/**
 * The nouns and particles a verb of claiming takes before its object, which PolNeAR takes as the content: "Islamic State
 * claimed responsibility for ⟦the attack⟧", "a U.S.-born gunman claiming allegiance to ⟦various Islamist militant
 * groups⟧ carried out …", "who claimed credit for ⟦hacking the Democratic National Committee⟧", "the White House took
 * credit for ⟦achieving its goal …⟧" (train, objectCue.ts); no clause's subject after the verb (bareClause.ts).
 */
export const CLAIM_PARTICLES: readonly string[] = ['responsibility for', 'credit for', 'allegiance to'];
/** The verbs that take them ("claimed", "took"; not "take", "takes": "whether the campaign should take responsibility for the flap"). */
export const CLAIM_VERBS: readonly string[] = ['claim', 'claims', 'claimed', 'claiming', 'took'];

/**
 * Verbs of stance in -ing that ./objectCue.ts reads only as a progressive's participle (PROGRESSIVE_ONLY, with more), or
 * after a preposition of time (timeStance; ./speaker.ts cueSubject reads their reporter there).
 */
export const STANCE_PROGRESSIVES = wordSet('criticizing|attacking|praising|blasting|mocking|questioning|challenging|highlighting|emphasizing|stressing|backing|supporting|denouncing|embracing|rejecting|promoting|discussing|tweeting|applauding|lamenting|disputing');

/**
 * More verbs of stance whose object PolNeAR attributes as content, with the particles before it ('' for none), read by
 * ./objectCue.ts with its own: "Rubio also bemoaned the current political climate …", "He lambasted the Iran nuclear
 * deal negotiated by President Obama", "Weber … lauded his choice of Manafort", "He extolled the small-town virtues of
 * Vermont", "White House officials railed against Republicans for refusing to give the president a fair hearing",
 * "Trump railed at Obama’s refusal to cut to the heart of the issue", "Ali rebuked Trump in December when …", "The
 * Advocate had chided President Barack Obama on Aug. 17 for …", "a coalition of politicians … have vouched for
 * Garland's qualifications and record" (train: 31 attributions found, 4 false positives); "acknowledged" and its object,
 * "Treasury Secretary Jacob J. Lew acknowledged the agency's limitation in ending inversions", "Neither Cruz nor
 * Christie acknowledged the Obama administration's efforts to combat the epidemic" (train: 6 found, 1 false positive,
 * "acknowledged the appeal of the fractious Republican race in one breath, then eviscerated …"; dev: 3 found, none
 * false). Tried and left out, each
 * finding a false positive for every one to three attributions (most of them an adjunct of time or occasion the
 * object's end takes in: "touting … in his opening statement", "praises Obama after 45-minute meeting", a headline's
 * "Clinton blasts Trump over 'deportation force' idea"): "reiterated", "touting", "touts", "praises", "assailed",
 * "assails", "berated", "blasts", "chides", "spoke about", "spoke of", "speaking of", "shrugged off", "alluding to",
 * "sparred over", "distanced himself from".
 * A dismissal or a promotion by a phrasal verb (51st session, s51-vm): "Ryan’s campaign shrugged off ⟦Trump’s comments⟧",
 * "Clinton laughed off ⟦the attack ad⟧", "He brushed off ⟦these concerns⟧", "the administration waves off ⟦the delay as
 * having “minimal” impact⟧", "Ted Cruz talked up ⟦his plans to force undocumented immigrants out⟧", "He also played up
 * ⟦his believed strength in a general election …⟧" (PolNeAR train: HuffPost 2016-08-05, Politico 2016-01-19, USA Today
 * 2015-11-20, Politico 2015-12-28, HuffPost 2016-02-07, Washington Post 2016-02-09). "shrugged off" alone was left
 * above; with its neighbours and ./objectCue.ts beforeButAlso ("not only brushed off ⟦the report’s findings⟧ but also
 * …") and beforeConcession ("brushed off ⟦a leaked hospital memo … as "old news,"⟧ even as the NDP said …"), train: 9
 * gained, 0 lost, 2 false positives (objects that run on past "after he won …" and "despite …"), folds
 * 2/1 2/0 3/1 2/0 0/0. Left out: "played|tamped down" (4 / 7 by regex), "walked back" (3 / 2), "ruled out" (4 / 7).
 */
export const MORE_STANCE_VERBS: ReadonlyMap<string, readonly string[]> = new Map([
  ...['bemoaned', 'bemoans', 'bemoaning', 'lambasted', 'lambastes', 'lambasting', 'excoriated', 'excoriating', 'derided', 'derides', 'castigated',
    'lauded', 'lauds', 'extolled', 'extolling', 'rebuked', 'rebukes', 'rebuking', 'chided', 'chiding', 'scolded', 'scolding', 'decrying',
    'decry', 'acknowledged', 'acknowledges'].map((v): [string, readonly string[]] => [v, ['']]),
  ...['railed', 'rails', 'railing'].map((v): [string, readonly string[]] => [v, ['against', 'at', 'about']]),
  ...['vouched', 'vouches', 'vouching'].map((v): [string, readonly string[]] => [v, ['for']]),
  ...['shrug', 'shrugs', 'shrugged', 'shrugging', 'brush', 'brushes', 'brushed', 'brushing', 'laugh', 'laughs', 'laughed', 'laughing',
    'wave', 'waves', 'waved', 'waving'].map((v): [string, readonly string[]] => [v, ['off']]),
  ...['talk', 'talks', 'talked', 'talking', 'play', 'plays', 'played', 'playing'].map((v): [string, readonly string[]] => [v, ['up']]),
]);

/**
 * Nouns of a thought, a fear or a position whose possessor holds it, read with the speech nouns by ./speechNoun.ts
 * before a "that"-clause: "Sanders reiterated his belief that there will be a contested convention", "Ryan's comments
 * could fuel Trump’s nagging concern that he cannot trust the party brass", "FBI Director James Comey's conclusion that
 * her actions were "extremely careless."", "Donald Trump’s proposal that Mexico solve the immigration crisis" (train: 11
 * found, all gold; dev: 2, both gold). "allegations" and "complaints" found one false positive each and no gold; "case"
 * ("bolster his case that …") is the content of the verb before it.
 */
export const THOUGHT_NOUNS: ReadonlySet<string> = new Set(['belief', 'beliefs', 'idea', 'notion', 'hope', 'hopes', 'fear', 'fears', 'concern',
  'concerns', 'assumption', 'view', 'sense', 'conviction', 'assurance', 'assurances', 'conclusion', 'expectation', 'expectations', 'worry',
  'worries', 'impression', 'suspicion', 'suspicions', 'acknowledgment', 'acknowledgement', 'proposal', 'position']);
/** THOUGHT_NOUNS, as a word class (../text/wordClasses.ts). */
export const THOUGHT_NOUN = wordClass(THOUGHT_NOUNS);

/**
 * Nouns of hearsay or a charge that go about with no owner, read by ./hearsayNoun.ts before a "that"-clause whose source
 * no one is named for: "Despite complaints that he is a quixotic crusader", "including allegations that he assaulted
 * Ivana Trump", "stoked speculation that he might offer himself as a consensus candidate".
 */
export const HEARSAY_NOUNS: ReadonlySet<string> = new Set(['complaint', 'complaints', 'allegation', 'allegations', 'speculation',
  'rumor', 'rumors', 'rumour', 'rumours', 'assertion', 'revelations']);

/**
 * Nouns of the writer's comment on a report, set after it by a comma or a dash and taken up by a relative clause or a
 * participle (./clause.ts resumptiveComment): "…, a charge that Colorado Republican leaders strongly denied", "…,
 * remarks that were prominently featured …", "…, a sentiment endorsed by …", "… - moves that he said improved …".
 */
export const COMMENT_NOUNS: ReadonlySet<string> = new Set([...SPEECH_NOUNS, ...THOUGHT_NOUNS, ...HEARSAY_NOUNS, 'sentiment', 'sentiments',
  'stance', 'stances', 'something', 'move', 'moves', 'decision', 'decisions', 'charges', 'positions', 'views', 'ideas', 'proposals', 'warnings',
  'promises', 'pledges', 'vows', 'threat', 'threats', 'criticism', 'praise', 'notions', 'arguments', 'predictions', 'accusations', 'moment',
  'step', 'steps']);

/**
 * Verbs of belief and argument that attribute a content they stand beside, between commas or at the sentence's end,
 * besides the tail cues of ./clause.ts: "Ryan’s endorsement of Trump, many think, is only a matter of time",
 * "There is no chance of that level of violence, officials in both cities insist, because …" (./parenthetical.ts),
 * "…, the recovery might have been far less sluggish, they argue." (./fronted.ts). PolNeAR train.
 */
export const BELIEF_ATTRIBUTION_VERBS: ReadonlySet<string> = new Set(['believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'argue',
  'insist', 'insists', 'note', 'acknowledge', 'acknowledges', 'contend', 'contends', 'predict', 'predicts', 'fear', 'fears', 'hope', 'hopes',
  'suspect', 'suspects', 'estimate', 'estimates', 'worry', 'worries', 'reckon', 'reckons', 'concede', 'concedes', 'explain', 'explains', 'add',
  'recall', 'recalls', 'warn', 'maintain', 'maintains', 'assert', 'asserts', 'agree', 'agrees', 'figure', 'figures', 'expect', 'expects',
  'concluded', 'concludes', 'write']);

/**
 * The words after a number that make it a percentage ("64 percent", "34 %", "12 per cent"); no share words in the sense
 * of ../quotes/lexicon.ts's SHARE_WORDS ("some", "about", "nearly": what opens a share of respondents).
 */
export const PERCENT_WORDS = wordSet('percent|%|per');
/** The nouns of a share of people that every share test knows ("60 percent of voters", "half the party", "a majority of Republicans"). */
const SHARE_NOUNS: readonly string[] = ['percent', 'half', 'majority'];
/** The fractions of a group ("a third of voters", "two-thirds of the delegates", "three-quarters of the voters"). */
const FRACTIONS: readonly string[] = ['quarter', 'quarters', 'third', 'thirds', 'three-quarters', 'two-thirds'];
/**
 * A share of people as a phrase's word ("⟨62 percent⟩ of voters", "⟨most⟩ of the delegates"): the share nouns and
 * "most" (./sourcePhrase.ts).
 */
export const SHARE_HEADS: ReadonlySet<string> = new Set([...SHARE_NOUNS, 'most']);
/**
 * Shares and counts whose "of" phrase names who they count ("half of GOP primary voters", "three-quarters of the
 * voters", "dozens of protesters"): the share heads, the fractions, the quantifiers and the counts (./speaker.ts).
 */
export const SHARE_AND_COUNT_HEADS: ReadonlySet<string> = new Set([...SHARE_HEADS, ...FRACTIONS, 'majorities', 'many', 'some', 'all',
  'none', 'each', 'both', 'dozen', 'dozens', 'hundreds', 'thousands', 'millions']);
/**
 * A vote cast, with the side it takes before the choice ("56 percent would vote for Clinton", "Nearly 10 percent of them
 * voted for Ben Carson", "58.9 percent voting against the SVP initiative", "19 percent of voters of color cast ballots
 * for Mitt Romney": ./pollChoice.ts, a share of people as the subject).
 */
export const VOTE_VERBS = wordSet('vote|votes|voted|voting');
/** Ballots cast ("cast ballots for"), a vote's verb with "cast" before it. */
export const BALLOT_NOUNS = wordSet('ballot|ballots');
/** The side a vote takes, before its choice. */
export const VOTE_SIDES = wordSet('for|against');

/**
 * A share of people in a poll's subject, found in its text: "percent", "%", "half", "a majority", "a plurality",
 * "two-thirds", "three-quarters", "4 in 10" (./pollChoice.ts, ./pollFronted.ts).
 */
export const POLL_SHARE = new RegExp(`(?:\\d\\s*%|\\b(?:${[...SHARE_NOUNS, 'plurality', ...FRACTIONS].join('|')})\\b|\\b\\w+ in (?:10|ten)\\b)`, 'i');

/** Nouns in -ing, and "during", that no rule reads as a verb ("a meeting", "the hearing", "supported housing", "reported nothing"). */
const ING_NOUNS_BASE: readonly string[] = ['meeting', 'hearing', 'morning', 'evening', 'building', 'housing', 'training', 'polling', 'ruling',
  'shooting', 'bombing', 'wedding', 'thing', 'things', 'something', 'nothing', 'anything', 'everything', 'during'];
/** Nouns in -ing that are also gerunds with an object ("the spending", "spending $6 million"; "funding", "funding the wall"). */
const ING_NOUNS_OR_GERUNDS: readonly string[] = ['funding', 'spending', 'spring'];
/** Nouns in -ing that an object or an occasion holds ("a meeting", "the hearing", "a briefing", "funding"): ./adjunct.ts. */
export const ING_NOUNS: ReadonlySet<string> = new Set([...ING_NOUNS_BASE, ...ING_NOUNS_OR_GERUNDS, 'briefing']);
/**
 * Prepositions in -ing ("…, including Walmart", "regarding the deal"): no participle, and no first word of a clause said
 * (./sayClause.ts: "… on a variety of work-related topics, the Times said, including speeches, meetings and …").
 */
export const ING_PREPOSITIONS: ReadonlySet<string> = new Set(['including', 'excluding', 'regarding', 'concerning', 'according']);
/**
 * Words in -ing that are no participle: the nouns, the prepositions ("…, including Walmart", "regarding the deal"),
 * "being" and the short words in -ing ("king", "string"). Each rule adds its own: ./clause.ts, ./objectCue.ts.
 */
export const NOT_A_PARTICIPLE: ReadonlySet<string> = new Set([...ING_NOUNS_BASE, ...ING_PREPOSITIONS, 'being', 'king', 'wing', 'ring', 'string']);
/** Words in "-ing" after a comma that go on a content's noun phrase or list ("…, including Walmart", "…, spending and …"): ./clause.ts. */
export const NOT_A_TAIL_PARTICIPLE: ReadonlySet<string> = new Set([...NOT_A_PARTICIPLE, ...ING_NOUNS_OR_GERUNDS, 'notwithstanding']);
/**
 * Words in -ing that are no gerund with an object: the words of NOT_A_PARTICIPLE, participles as adjectives ("working
 * families", "the governing party", "existing law", "remaining delegates") and more nouns ("ceiling", "clothing"): ./objectCue.ts.
 */
export const NOT_A_GERUND: ReadonlySet<string> = new Set([...NOT_A_PARTICIPLE, 'working', 'governing', 'leading', 'growing', 'rising', 'existing',
  'remaining', 'ceiling', 'clothing', 'offspring']);

/**
 * Nouns of a body that hears evidence, whose "heard" reports it ("Court heard that …", "…, the court heard.", "The inquest
 * heard that …"): ./courtHeard.ts.
 */
export const HEARING_BODIES: ReadonlySet<string> = wordSet('court|inquest|jury|tribunal|hearing|inquiry');

/**
 * Participles of a stance taken on the passive's subject, read with their agent after "by" (./passiveStance.ts):
 * "Trump has been criticized by some of his rivals for failing to spend enough time in the state", "The
 * move was hotly criticized by left-leaning economists", "This proposal was rejected by 64 percent of the electorate",
 * "Trump was supported by 42 percent of the Republicans surveyed" (PolNeAR train). "backed" is left out ("who was backed by
 * liberals", "which is backed by the military": as often no attribution), and so are "questioned" and "challenged" (an
 * interrogation, a rival in a race) and "attacked", "slammed", "blasted" (as often a blow, a storm or a blast: "were
 * both attacked by Islamic terrorists"; train: 1 gold, "Trump was attacked by Democratic presidential front-runner …").
 * A stance of scorn or liking (41st session): "His comments were quickly derided by …", "These policy proposals have been
 * applauded by …", "Trump has been rebuked by opponents for …", "She is well liked by …", "how greatly she is disliked by
 * …". Left out: "echoed" (4 train gold, but one Washington Post text printed on two days is annotated in one copy only, a
 * false positive in a fold with no other gain) and "shared" (a stance only on a view: "Her view is shared by" is gold,
 * "Västerbotten's problems were shared by most of the northern regions", an outlet probe, is none).
 */
export const STANCE_PARTICIPLES: readonly string[] = ['criticized', 'criticised', 'rejected', 'supported', 'endorsed', 'opposed',
  'condemned', 'denounced', 'mocked', 'ridiculed', 'praised', 'lauded', 'hailed', 'faulted', 'blamed',
  'derided', 'disliked', 'liked', 'applauded', 'rebuked'];
/**
 * Participles of a judgement, read in the passive only with "as" after their agent, what the subject is judged to be:
 * "the staffing change … was seen by some as a demotion for Mr. Manafort", "she is seen by other leaders of the party as
 * uniquely credible" (PolNeAR train); and "accused", only with "of" after its agent ("which has been accused by the
 * Turkish government of attempting a coup").
 */
export const JUDGED_PARTICIPLES: ReadonlyMap<string, string> = new Map([
  ...['seen', 'viewed', 'regarded', 'perceived', 'considered', 'dismissed', 'known', 'described', 'characterized', 'portrayed', 'depicted',
    'labeled', 'labelled', 'branded'].map((p): [string, string] => [p, 'as']),
  ['accused', 'of'],
]);

/**
 * Nouns of a gesture or remark aimed at someone, which speak for no one when "to" or "at" follows them ("… call Trump
 * "very flexible," ⟨a nod to the front-runner⟩ acknowledging that he has changed his position", PolNeAR train,
 * Washington Post 2016-03-04: the participle is the remark's meaning, not a report by "a nod").
 */
export const GESTURE_NOUNS = wordSet('nod|jab|swipe|dig|allusion|wink');

/**
 * Verbs that name or refer to someone by a word, a second reporter's after "while" ("Christie refers to the candidate
 * … as “Mr. Trump,” while Trump refers to the governor as “Chris.”", PolNeAR train, Breitbart 2016-03-02: the second
 * quote is Trump's, not the first report's).
 */
export const REFERRING_VERBS: ReadonlySet<string> = new Set([...NAMING_VERBS, 'refers', 'referred']);

/**
 * Nouns of a stance taken against or for someone, kept up by their owner, whose object after "on|of|against|for|to"
 * PolNeAR attributes to that owner ("Donald Trump on Thursday ratcheted up his attacks on ⟦Rubio⟧", "Even Latino
 * Republicans have been unsparing in their criticism of ⟦Mr. Cruz⟧"; ./attackNoun.ts), or owned by the phrase that
 * opens a sentence ("Kaine’s full embrace of ⟦the pro-choice position⟧ is important", "Sen. Graham’s energetic
 * endorsement of ⟦Cruz⟧ – and …": "embrace" and "endorsement", 51st session, 7 of the 19 gained on train; "endorsement"
 * is also one of ./backing.ts BACKING_NOUNS, told from the side of the endorsed).
 */
export const ATTACK_NOUNS: readonly string[] = ['attack', 'attacks', 'criticism', 'criticisms', 'critique', 'critiques', 'assault',
  'denunciation', 'condemnation', 'opposition', 'support', 'embrace', 'endorsement'];
/**
 * Nouns of a standing stance held for or against someone or something, said of their holder with "be" and an article
 * (44th session): "Rhonda Hughes, 43, is a fervent supporter of ⟦Donald J. Trump⟧", "Mr. Kasich … has been a pointed
 * critic of ⟦his political style⟧", "Mr. Ryan is a vocal advocate of ⟦trade deals⟧" (./attackNoun.ts roleNouns).
 * "sponsor" (a funder as often: "The Turquoise Council was a primary sponsor of a congressional trip"), "champion" and
 * "fan" (train: none gold outside a quotation) are left out.
 */
export const ROLE_NOUNS: readonly string[] = ['supporter', 'defender', 'advocate', 'proponent', 'critic', 'opponent', 'booster', 'backer',
  'campaigner', 'surrogate'];
/**
 * Verbs (and their particles) that keep up, raise or lower a stance someone owns: "ratcheted up his attacks on", "continued
 * his assault on", "stiffened their denunciation of", "has toned down his criticism of", "is doubling down on his support
 * for" (./attackNoun.ts). Each form maps to the particles that follow it ('' for none).
 */
export const KEEPING_UP_VERBS: ReadonlyMap<string, readonly string[]> = new Map([
  ...['ratchet', 'ratchets', 'ratcheted', 'ratcheting', 'step', 'steps', 'stepped', 'stepping'].map((v): [string, string[]] => [v, ['up']]),
  ...['tone', 'tones', 'toned', 'toning'].map((v): [string, string[]] => [v, ['down']]),
  ...['double', 'doubles', 'doubled', 'doubling'].map((v): [string, string[]] => [v, ['down on']]),
  ...['escalate', 'escalates', 'escalated', 'escalating', 'continue', 'continues', 'continued', 'continuing', 'reboot', 'reboots',
    'rebooted', 'rebooting', 'stiffen', 'stiffens', 'stiffened', 'stiffening', 'calibrate', 'calibrates', 'calibrated', 'calibrating']
    .map((v): [string, string[]] => [v, ['']]),
]);

/**
 * Light verbs and the phrases after them that make a cue together, by the verb's family in ./reportedVerbs.json (its
 * forms are generated there): "took ⟨a shot at⟩", "taking ⟨swipes at⟩", "had ⟨nothing but praise for⟩", "did not have
 * ⟨kind words for⟩", "spoke ⟨about⟩" (./lightVerb.ts). A phrase is its words after any determiners, adjectives and
 * adverbs; its last word is the particle before the content, or, when it is no preposition, the head of the content
 * itself ("offered ⟦specifics about targets⟧"; not after "no" or "few", ./lightVerb.ts). Each (verb, noun) pair of the
 * 38th session has three gold cases or more on PolNeAR train. The 47th session (s47-qa) added what is offered as a
 * proposal or an account, one or two gold each (train together: 6 gained, 0 lost, 1 false positive removed, 1 added):
 * "None has offered ⟦specific plans⟧", "The GOP candidates in the race also offered ideas for ⟦boosting college
 * affordability⟧", "People involved in the lobbying project offered ⟦contradictory descriptions of how it came about⟧",
 * "John Podesta … offered ⟦a slogan straight out of the 1990s⟧ when I asked him …", "would not offer details of ⟦the
 * attendees or the agenda⟧" (the false positive: "They did not offer ⟦details⟧, but officials …", NYT 2016-09-06, read
 * with a wrong reporter). Left: "advice" (1 gold of 3: "has offered advice to Mrs. Clinton" is none), "rhetoric" (its
 * one gold, "have offered some softer rhetoric toward gays", is not read), "approach", "explanation" (none gold).
 * The 51st session (s51-vn) added an attack launched, unleashed, levelled or mounted and blame or praise heaped ("Trump
 * unleashed a harsh attack on ⟦Ben Carson⟧", "mounting a public attack on ⟦…⟧"; train 3 gained, 0 lost, 0 added).
 */
export const LIGHT_VERB_PHRASES: ReadonlyMap<'lightTake' | 'lightHave' | 'lightSpeak' | 'lightOffer' | 'lightLaunch' | 'lightHeap',
  readonly string[]> = new Map([
  ['lightTake', ['shot at', 'shots at', 'swipe at', 'swipes at', 'jab at', 'jabs at', 'dig at', 'digs at']],
  ['lightHave', ['praise for', 'nothing but praise for', 'words for']],
  ['lightSpeak', ['about', 'out about', 'up about', 'at length about']],
  ['lightOffer', ['specifics', 'details', 'plans', 'ideas', 'descriptions', 'slogan']],
  ['lightLaunch', ['attack on', 'attacks on', 'attack against', 'attacks against', 'counterattack on', 'counterattacks on',
    'criticism at', 'criticism of', 'criticism against']],
  ['lightHeap', ['criticism on', 'praise on', 'scorn on']],
] as const);
