/** Word lists of the attribution engine: cue verbs in all their tenses, pronouns, titles, determiners. */

const CUE_STEMS: readonly [string, ...string[]][] = [
  ['say', 'said', 'says', 'saying'], ['tell', 'told', 'tells', 'telling'], ['add', 'added', 'adds', 'adding'],
  ['warn', 'warned', 'warns', 'warning'], ['insist', 'insisted', 'insists', 'insisting'], ['urge', 'urged', 'urges', 'urging'],
  ['acknowledge', 'acknowledged', 'acknowledges'], ['argue', 'argued', 'argues', 'arguing'], ['write', 'wrote', 'writes', 'written', 'writing'],
  ['claim', 'claimed', 'claims'], ['note', 'noted', 'notes', 'noting'], ['tweet', 'tweeted', 'tweets', 'tweeting'],
  ['explain', 'explained', 'explains'], ['ask', 'asked', 'asks', 'asking'], ['reply', 'replied', 'replies'],
  ['declare', 'declared', 'declares'], ['state', 'stated', 'states'], ['announce', 'announced', 'announces'],
  ['continue', 'continued', 'continues'], ['recall', 'recalled', 'recalls'], ['suggest', 'suggested', 'suggests'],
  ['stress', 'stressed', 'stresses'], ['emphasize', 'emphasized', 'emphasised', 'emphasizes'], ['admit', 'admitted', 'admits'],
  ['complain', 'complained', 'complains'], ['assert', 'asserted', 'asserts'], ['contend', 'contended', 'contends'],
  ['predict', 'predicted', 'predicts'], ['promised', 'promises'], ['concede', 'conceded', 'concedes'],
  ['observe', 'observed', 'observes'], ['remark', 'remarked', 'remarks'], ['respond', 'responded', 'responds'],
  ['testify', 'testified', 'testifies'], ['quip', 'quipped', 'quips'], ['joke', 'joked', 'jokes'], ['boast', 'boasted', 'boasts'],
  ['shout', 'shouted', 'shouts'], ['recount', 'recounted', 'recounts'], ['reiterate', 'reiterated', 'reiterates'],
  ['post', 'posted', 'posts'], ['muse', 'mused'], ['caution', 'cautioned', 'cautions'], ['maintain', 'maintained', 'maintains'],
  ['counter', 'countered', 'counters'], ['charge', 'charged'], ['allege', 'alleged', 'alleges'], ['lament', 'lamented', 'laments'],
  ['cry', 'cried'], ['yell', 'yelled'], ['scream', 'screamed'], ['exclaim', 'exclaimed'], ['whisper', 'whispered'],
  ['announce', 'announced'], ['confirm', 'confirmed', 'confirms'], ['deny', 'denied', 'denies'], ['demand', 'demanded', 'demands'],
  ['declare', 'declared'], ['proclaim', 'proclaimed'], ['vow', 'vowed', 'vows'], ['pledge', 'pledged', 'pledges'],
  ['describe', 'described', 'describes'], ['call', 'called', 'calls'], ['report', 'reported', 'reports'], ['read', 'reads'],
  ['told'], ['chant', 'chanted'], ['sing', 'sang'], ['pray', 'prayed'], ['opine', 'opined'], ['offered'],
  ['conclude', 'concluded', 'concludes'], ['reason', 'reasoned'], ['retort', 'retorted'], ['snap', 'snapped'], ['sigh', 'sighed'],
  ['tout', 'touted', 'touts'], ['thunder', 'thundered'], ['rail', 'railed'], ['blast', 'blasted'], ['slam', 'slammed'],
  ['accuse', 'accused'], ['criticize', 'criticized', 'criticised'], ['praise', 'praised'], ['hint', 'hinted'], ['speculate', 'speculated'],
  ['worry', 'worried'], ['fret', 'fretted'], ['insist'], ['agree', 'agreed'], ['disagree', 'disagreed'], ['object', 'objected'],
  ['interject', 'interjected'], ['begin', 'began'], ['go', 'went'], ['put', 'puts'], ['mention', 'mentioned'], ['point', 'pointed'],
  ['estimate', 'estimated'], ['advise', 'advised'], ['order', 'ordered'], ['plead', 'pleaded', 'pled'], ['beg', 'begged'],
  ['implore', 'implored'], ['propose', 'proposed'], ['recommend', 'recommended'], ['indicate', 'indicated'], ['signal', 'signaled', 'signalled'],
  ['reveal', 'revealed'], ['disclose', 'disclosed'], ['pronounce', 'pronounced'], ['inform', 'informed'], ['assure', 'assured'],
  ['reassure', 'reassured'], ['caution', 'cautioned'], ['instruct', 'instructed'], ['muse', 'mused'], ['wonder', 'wondered'],
  ['joke', 'joked'], ['recall', 'recalled'], ['summarize', 'summarized'], ['counsel', 'counseled'], ['grumble', 'grumbled'],
  // what a poll or a study found ('Pew found that “about twice as many …”'; only next to the quote)
  ['find', 'found', 'finds'],
  // emotive verbs of speech ('“This is fantastic!” beamed Donald Hartley', '“…,” Toomey fumed on Tuesday')
  ['fume', 'fumed', 'fumes'], ['beam', 'beamed'], ['gush', 'gushed'], ['scoff', 'scoffed'], ['marvel', 'marveled', 'marvelled'],
  ['rave', 'raved'], ['chime', 'chimed'], ['rant', 'ranted'], ['brag', 'bragged', 'brags'], ['gripe', 'griped'], ['crow', 'crowed'],
  ['sneer', 'sneered'], ['mock', 'mocked', 'mocks'], ['bark', 'barked'], ['growl', 'growled'], ['bellow', 'bellowed'], ['murmur', 'murmured'],
  ['mutter', 'muttered'], ['stammer', 'stammered'], ['exult', 'exulted'], ['confide', 'confided'], ['confess', 'confessed'],
  ['retaliate', 'retaliated'], ['rejoin', 'rejoined'], ['riff', 'riffed'], ['groan', 'groaned'], ['huff', 'huffed'],
  ['answered'], ['pressed'], ['questioned'], ['wondered'], ['mused'], ['started'], ['commented', 'commenting'],
  ['texted'], ['emailed'], ['messaged'], ['blogged'], ['elaborated'], ['interrupted'], ['sniped'], ['mumbled'], ['laughed'],
  ['chuckled'], ['reflected'], ['clarified'], ['echoed'], ['repeated'], ['affirmed'], ['protested'], ['lectured'], ['recounted'],
  // participles that introduce a quote after a clause ('…, calling the protester “a very obnoxious guy”')
  ['calling', 'describing', 'claiming', 'declaring', 'announcing', 'stating', 'explaining', 'promising', 'vowing', 'predicting',
    'praising', 'accusing', 'suggesting', 'complaining', 'joking', 'quipping', 'dubbing', 'labeling', 'labelling', 'branding',
    'deriding', 'dismissing', 'blasting', 'slamming', 'touting', 'boasting', 'recalling', 'acknowledging', 'admitting', 'conceding',
    'lamenting', 'pointing', 'referring', 'mocking', 'reminding', 'charging', 'pleading', 'demanding', 'stressing', 'cautioning'],
];

/** Cue verbs that introduce speech wherever they stand. */
export const CUES: ReadonlySet<string> = new Set(CUE_STEMS.flat());

/** Cue verbs that only count next to a quote (they have other, common senses). */
export const WEAK_CUES: ReadonlySet<string> = new Set(['started', 'find', 'found', 'finds', 'call', 'called', 'calls', 'describe', 'described', 'describes', 'report', 'reported', 'reports', 'read', 'reads',
  'go', 'went', 'put', 'puts', 'begin', 'began', 'offer', 'offered', 'order', 'ordered', 'point', 'pointed', 'continue', 'continued', 'continues',
  'post', 'posted', 'posts', 'state', 'states', 'note', 'notes', 'charge', 'charged', 'object', 'objected', 'worry', 'worried', 'agree', 'agreed',
  'accuse', 'accused', 'praise', 'praised', 'estimate', 'estimated', 'counter', 'counters', 'signal', 'signaled', 'signalled', 'reveal', 'revealed',
  'add', 'adds', 'adding', 'answers', 'advocate', 'advocates', 'advocated', 'refer', 'referred', 'endorse', 'endorsed', 'fire', 'fired', 'shoot', 'shot', 'push', 'pushed', 'name', 'named', 'express', 'expressed', 'cite', 'cited', 'cites', 'dismiss', 'dismissed', 'react', 'reacted', 'term', 'demand', 'demands', 'demanded', 'promise', 'promises', 'promised', 'pledge', 'pledges', 'pledged', 'vow', 'vows', 'ask', 'asks', 'asking', 'claims', 'remarks', 'sing', 'sang', 'pray', 'prayed', 'inform', 'informed']);

/** Words that may stand between a subject and its cue ("Lavrov also said", "he has repeatedly said"). */
export const CUE_ADVERBS: ReadonlySet<string> = new Set(['also', 'later', 'then', 'further', 'again', 'previously', 'recently', 'simply', 'once', 'repeatedly',
  'has', 'have', 'had', 'was', 'is', 'were', 'would', 'will', 'had', 'did', 'does', 'do', 'just', 'often', 'frequently', 'earlier', 'flatly', 'bluntly',
  'publicly', 'privately', 'quietly', 'angrily', 'firmly', 'reportedly', 'allegedly', 'famously', 'once', 'still', 'even', 'only', 'had', 'told', 'has',
  'separately', 'subsequently', 'finally', 'initially', 'ultimately', 'recently', 'openly', 'emphatically', 'matter-of-factly', 'jokingly', 'tweeted',
  'not', 'never', 'always', 'last', 'and', 'being', 'been', 'could', 'might', 'should', 'may', 'can', 'also', 'then']);

export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'i']);
export const OTHER_PRONOUNS: ReadonlySet<string> = new Set(['they', 'we', 'it', 'you', 'who']);

export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your',
  'one', 'another', 'some', 'several', 'many', 'other', 'each', 'both', 'two', 'three', 'four']);

export const PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'at', 'with', 'in', 'from', 'on', 'to', 'by', 'about', 'within', 'inside', 'near']);

/** Words that are never a subject's head (verbs, conjunctions, function words). */
export const NOT_NOUN: ReadonlySet<string> = new Set(['and', 'or', 'but', 'that', 'which', 'who', 'when', 'where', 'while', 'because', 'as', 'if', 'than', 'so',
  'not', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'do', 'does',
  'did', 'there', 'here', 'what', 'how', 'why', 'also', 'then', 'just', 'now', 'very', 'too', 'still', 'even', 'after', 'before', 'since', 'until',
  'said', 'says', 'told', 'added', 'when', 'whether', 'out', 'up', 'down', 'over', 'into', 'onto', 'all', 'more', 'most', 'such', 'no', 'yes', 'later',
  'today', 'yesterday', 'tomorrow', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'year', 'ago', 'again',
  'interview', 'speech', 'tweet', 'post', 'video', 'release', 'conference', 'call', 'briefing',
  'meeting', 'rally', 'debate', 'hearing', 'show', 'program', 'broadcast', 'appearance', 'remarks', 'comments', 'note', 'op-ed',
  'page', 'account', 'platform', 'event', 'night', 'morning', 'afternoon',
  'evening', 'day', 'month', 'time', 'way', 'thing', 'things', 'something', 'nothing', 'everything', 'anything', 'lot', 'it', 'this', 'that', 'those',
  'these', 'them', 'him', 'her', 'us', 'me', 'himself', 'herself', 'themselves', 'itself', 'let', 'made', 'make', 'got', 'get']);

/** Titles stripped from the front of a name ("Russian Foreign Minister Sergei Lavrov" -> "Sergei Lavrov"). */
export const TITLES: ReadonlySet<string> = new Set(['president', 'vice', 'prime', 'minister', 'foreign', 'secretary', 'general', 'gen', 'gen.', 'sen', 'sen.', 'senator',
  'rep', 'rep.', 'representative', 'gov', 'gov.', 'governor', 'mayor', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.', 'professor',
  'judge', 'justice', 'chief', 'director', 'chairman', 'chairwoman', 'chair', 'speaker', 'leader', 'king', 'queen', 'prince', 'princess', 'pope', 'rev',
  'rev.', 'reverend', 'father', 'sister', 'brother', 'sheikh', 'sheik', 'ayatollah', 'lt', 'lt.', 'col', 'col.', 'colonel', 'capt', 'capt.', 'captain',
  'sgt', 'sgt.', 'sergeant', 'maj', 'maj.', 'major', 'adm', 'adm.', 'admiral', 'officer', 'detective', 'attorney', 'ambassador', 'envoy', 'spokesman',
  'spokeswoman', 'spokesperson', 'commissioner', 'councilman', 'councilwoman', 'candidate', 'nominee', 'gop', 'democratic', 'republican', 'democrat',
  'sens.', 'reps.', 'state', 'defense', 'interior', 'treasury', 'homeland', 'security', 'deputy', 'assistant', 'associate', 'acting', 'former', 'first',
  'lady', 'u.s.', 'us', 'u.n.', 'un', 'house', 'senate', 'majority', 'minority', 'whip', 'coach', 'ceo', 'founder', 'economist', 'analyst', 'activist',
  'presidential', 'congressman', 'congresswoman', 'assemblyman', 'assemblywoman', 'sheriff', 'police', 'pastor', 'rabbi', 'imam', 'bishop', 'cardinal',
  'lord', 'sir', 'dame', 'emir', 'sultan', 'chancellor', 'premier', 'delegate', 'del.', 'atty.', 'supt.', 'superintendent', 'inspector', 'agent',
  'russian', 'syrian', 'american', 'british', 'french', 'german', 'chinese', 'iranian', 'israeli', 'turkish', 'egyptian', 'iraqi', 'saudi', 'arab',
  'russia\'s', 'syria\'s', 'national', 'federal', 'mexican', 'canadian', 'japanese', 'indian', 'pakistani', 'afghan', 'european', 'ukrainian']);

/** Capitalised words that start sentences but are no names. */
export const NOT_NAME: ReadonlySet<string> = new Set(['the', 'a', 'an', 'but', 'and', 'or', 'so', 'in', 'on', 'at', 'for', 'of', 'to', 'it', 'its', 'he', 'she', 'they', 'we',
  'i', 'you', 'this', 'that', 'these', 'those', 'there', 'here', 'when', 'while', 'if', 'as', 'after', 'before', 'since', 'with', 'by', 'from', 'his', 'her',
  'their', 'our', 'my', 'what', 'who', 'how', 'why', 'where', 'yes', 'no', 'not', 'then', 'now', 'still', 'also', 'even', 'meanwhile', 'however', 'although',
  'though', 'instead', 'indeed', 'according', 'asked', 'said', 'says', 'some', 'many', 'most', 'all', 'both', 'one', 'two', 'mr', 'mrs', 'ms', 'dr',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december', 'jan.', 'feb.', 'aug.', 'sept.', 'oct.', 'nov.', 'dec.', 'we\'re', 'it\'s', 'i\'m', 'let', 'our', 'thank',
  'please', 'well', 'oh', 'because', 'until', 'without', 'under', 'over', 'about', 'into', 'during', 'despite', 'do', 'does', 'did', 'is', 'are', 'was',
  'were', 'will', 'would', 'can', 'could', 'should', 'more', 'other', 'such', 'every', 'each', 'any', 'among', 'between', 'like', 'unlike', 'just', 'only']);

/** Nouns that name a person or body, for descriptions ("the envoy", "the newspaper", "a spokesman"). */
export const ROLE_HINT = /(?:man|woman|men|women|person|people|er|or|ist|ent|ant|ary|ian|ee|ive|ess|al|cy|ion|paper|times|post|house|office|agency|group|party|council|committee|board|department|ministry|campaign|team|court|police|army|government|administration|network|station|channel|magazine|journal|daily|watchdog|source|sources|official|officials|expert|experts|envoy|aide|aides|chief|head|leader|spokesman|spokeswoman|spokesperson|secretary|minister|president|governor|senator|mayor|candidate|nominee|lawmaker|lawmakers|judge|lawyer|attorney|doctor|witness|resident|residents|voter|voters|supporter|supporters|critic|critics|analyst|analysts|activist|activists|observatory|opposition|coalition|statement|study|poll|survey|website|site|blog|book|letter|report|article|memo|email|message|editorial|column|ad|transcript|narrator|reader|company|firm|bank|union|association|organization|organisation|foundation|institute|center|centre|agency|service|authority|authorities|regime|kremlin|pentagon|senate|congress|legislature|parliament|cabinet|bureau|commission|network|newspaper|broadcaster)$/i;
