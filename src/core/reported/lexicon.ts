/**
 * Words of reported speech that the quote lexicon (../quotes/lexicon.ts) lacks: verbs of belief, intention and
 * finding that PolNeAR attributes ("believes", "hopes", "a poll shows"), and the small closed classes the clause
 * rules need. Cue verbs of speech come from ../quotes/lexicon.ts (CUES); the verb lists here should merge into it.
 */

/** Verbs of belief, knowledge, intention and evidence that take a content clause ("Trump believes he will win"). */
export const BELIEF_VERBS: ReadonlySet<string> = new Set([
  'believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'hope', 'hopes', 'hoped', 'fear', 'fears', 'feared',
  'expect', 'expects', 'expected', 'know', 'knows', 'knew', 'feel', 'feels', 'felt', 'doubt', 'doubts', 'doubted',
  'show', 'shows', 'showed', 'shown', 'showing', 'suggest', 'suggests', 'suggested', 'indicate', 'indicates', 'indicated',
  'conclude', 'concludes', 'concluded', 'contend', 'contends', 'contended', 'realize', 'realizes', 'realized', 'recognize',
  'recognizes', 'recognized', 'understand', 'understands', 'understood', 'assume', 'assumes', 'assumed', 'worry', 'worries',
  'worried', 'bet', 'bets', 'reckon', 'reckons', 'figure', 'figured', 'guess', 'guessed', 'imagine', 'imagines', 'learned',
  'determined', 'decided', 'acknowledge', 'acknowledges', 'acknowledged', 'insist', 'insists', 'insisted', 'argue', 'argues',
  'argued', 'maintain', 'maintains', 'maintained', 'find', 'finds', 'found', 'agree', 'agrees', 'agreed', 'predict', 'predicts',
  'predicted', 'warn', 'warns', 'warned', 'hinted', 'signaled', 'signalled', 'reveals', 'revealed', 'confirmed', 'confirms',
  'denied', 'denies', 'estimates', 'estimated', 'allege', 'alleges', 'alleged', 'stipulates', 'mandates', 'requires', 'demands',
]);

/** Verbs whose content may follow with no "that" ("Lavrov said Assad would not step down"). */
export const BARE_VERBS: ReadonlySet<string> = new Set([
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'think', 'thinks', 'thought', 'believe', 'believes',
  'believed', 'hope', 'hopes', 'hoped', 'fear', 'fears', 'feared', 'expect', 'expects', 'know', 'knows', 'knew', 'feel', 'feels',
  'felt', 'insist', 'insists', 'insisted', 'argue', 'argues', 'argued', 'claim', 'claims', 'claimed', 'warn', 'warns', 'warned',
  'predict', 'predicts', 'predicted', 'suggest', 'suggests', 'suggested', 'acknowledge', 'acknowledges', 'acknowledged', 'admit',
  'admits', 'admitted', 'concede', 'concedes', 'conceded', 'add', 'adds', 'added', 'wrote', 'writes', 'tweeted', 'announced',
  'announces', 'estimated', 'estimates', 'contend', 'contends', 'contended', 'maintain', 'maintains', 'maintained', 'assert',
  'asserts', 'asserted', 'noted', 'notes', 'explained', 'explains', 'complained', 'complains', 'recalled', 'recalls', 'stressed',
  'emphasized', 'bet', 'reckon', 'guess', 'figure', 'worried', 'worries', 'agreed', 'agrees', 'vowed', 'vows', 'pledged',
  'promised', 'promises', 'swore', 'declared', 'declares', 'reported', 'reports', 'found', 'finds', 'show', 'shows', 'showed',
  'adding', 'arguing', 'claiming', 'insisting', 'suggesting', 'noting', 'warning', 'explaining', 'acknowledging', 'predicting',
]);

/** Verbs that take what is said as an infinitive ("Clinton has vowed to repeal the Hyde Amendment"). */
export const INFINITIVE_VERBS: ReadonlySet<string> = new Set([
  'vow', 'vows', 'vowed', 'vowing', 'pledge', 'pledges', 'pledged', 'pledging', 'promise', 'promises', 'promised', 'promising',
  'threaten', 'threatens', 'threatened', 'threatening', 'swore', 'swears',
]);

/**
 * Verbs of stance whose object is what PolNeAR attributes, with the particle they need ('' for none). Only the
 * verbs whose object PolNeAR's annotators took as content at least three times in four on train ("endorsed",
 * "supported", "praised" and "announced" name a stance more often than they report one).
 */
export const OBJECT_VERBS: ReadonlyMap<string, string> = new Map([
  ...['accused', 'accuses', 'accusing', 'described', 'describes', 'describing', 'criticized', 'criticizes', 'criticised', 'cited',
    'cites', 'citing', 'urged', 'urges', 'urging', 'defended', 'rejected', 'mocked', 'dismissed', 'dismisses', 'dismissing',
    'questioned', 'slammed', 'slams', 'slamming', 'condemned', 'touted', 'blamed', 'blames', 'blaming', 'demands', 'vowed',
    'promising'].map(v => [v, ''] as [string, string]),
  ...['called', 'calls', 'calling'].map(v => [v, 'for'] as [string, string]),
  ...['pointed', 'points', 'pointing'].map(v => [v, 'to'] as [string, string]),
  ...['talks', 'commented'].map(v => [v, v === 'talks' ? 'about' : 'on'] as [string, string]),
]);

/** Verbs that take a wh-clause as their content ("asked whether he would fundraise"). */
export const WH_VERBS: ReadonlySet<string> = new Set([
  'ask', 'asks', 'asked', 'asking', 'wonder', 'wonders', 'wondered', 'wondering', 'question', 'questions', 'questioned',
  'explain', 'explains', 'explained', 'explaining', 'know', 'knows', 'knew', 'reveal', 'reveals', 'revealed', 'describe',
  'describes', 'described', 'describing', 'recalled', 'recalls', 'say', 'says', 'said', 'told', 'tell', 'tells', 'show', 'shows',
  'showed', 'decide', 'decides', 'decided', 'discussed', 'detailed', 'outlined',
]);

export const WH_WORDS: ReadonlySet<string> = new Set(['whether', 'if', 'how', 'why', 'what', 'who', 'when', 'where', 'which']);

/** Cues whose object names the hearer before the content ("told reporters he would", "warned voters that"). */
export const HEARER_VERBS: ReadonlySet<string> = new Set(['tell', 'tells', 'told', 'telling', 'warn', 'warns', 'warned', 'warning',
  'assure', 'assures', 'assured', 'remind', 'reminds', 'reminded', 'reminding', 'inform', 'informs', 'informed', 'convince',
  'convinced', 'persuaded', 'promised', 'promises', 'asked', 'asks', 'ask', 'urged', 'urges', 'urge', 'advised', 'reassured']);

/** Subject pronouns that open a clause. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'there', 'this', 'nobody', 'everyone', 'someone', 'no']);

/** Auxiliaries and modals: the finite verb of a clause ("the plan would fail"). */
export const AUXILIARIES: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'will', 'would', 'could', 'can', 'should',
  'may', 'might', 'must', 'has', 'have', 'had', 'does', 'did', 'do', "won't", 'won’t', "can't", 'can’t', "isn't", 'isn’t',
  "wasn't", 'wasn’t', "doesn't", 'doesn’t', "didn't", 'didn’t', "wouldn't", 'wouldn’t', "couldn't", 'couldn’t', "hasn't",
  'hasn’t', "haven't", 'haven’t', "aren't", 'aren’t', "weren't", 'weren’t', 'needs', 'needed', 'remains', 'remained', 'wants', 'wanted']);

/** Irregular past forms, finite verbs of a clause ("it found no evidence"). */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set(['found', 'made', 'said', 'told', 'took', 'gave', 'went', 'came', 'saw',
  'knew', 'thought', 'got', 'felt', 'left', 'kept', 'lost', 'won', 'ran', 'paid', 'sent', 'spent', 'built', 'brought', 'bought',
  'held', 'led', 'met', 'meant', 'became', 'began', 'wrote', 'spoke', 'chose', 'broke', 'fell', 'grew', 'drew', 'rose', 'sold',
  'stood', 'understood', 'taught', 'caught', 'fought', 'sought', 'heard', 'hid', 'shot', 'struck', 'swore', 'threw', 'wore', 'forgot']);

/** Words of time that may stand between a cue and its bare content ("said Tuesday he would"). */
export const TIME_WORDS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'today', 'yesterday', 'tonight', 'earlier', 'later', 'recently', 'repeatedly', 'again', 'also', 'previously', 'publicly',
  'privately', 'frequently', 'often', 'once', 'now', 'then', 'last', 'this', 'week', 'month', 'year', 'night', 'morning',
  'afternoon', 'evening', 'on', 'in', 'at', 'during']);

/** Participles after a comma that open a new attribution, not more content (", saying …", ", adding that …"). */
export const TAIL_PARTICIPLES = /^(?:saying|adding|noting|arguing|citing|claiming|insisting|suggesting|warning|explaining|calling|describing|stating|declaring|telling|asking|according|acknowledging|referring|pointing|praising|accusing|urging|promising|vowing|predicting)$/;
