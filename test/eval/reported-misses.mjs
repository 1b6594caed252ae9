#!/usr/bin/env node
// Reported speech (#16), a development aid: the gold indirect attributions of a PolNeAR split that the CLI misses,
// grouped by the head word of their cue, largest group first, with a few examples each; then the false positives
// grouped by their cue. A miss that a prediction overlaps without matching is marked '~' (a boundary problem, not a
// construction the rules lack).
//   node test/eval/reported-misses.mjs [--split train|dev] [--pred PRED.json] [--groups N] [--examples N] [--cue WORD]
// Without --pred it runs dist/cli.js (npm run build:cli first) on the split.
//
// FINDINGS (21st session, train, main 586d6ec: 8,508 misses, recall 0.4665). The misses are a long tail: the largest
// cue heads with no prediction near them are "to" 202, "said" 158, "a" 111, "the" 107, "in" 74, "called" 59; say-verb
// cues ("said", "says", "told" …) miss 469, of them 296 overlapped (boundaries) and 173 a spread of subjects the rules
// do not read. Measured before writing a rule (phrase in train / attributed / of the new ones no rule finds, attributed):
// "DET claim|idea|notion|… that" 178 / 97 / 82, 39 (0.48); the same as a stance verb's object ("dismissing the notion
// that", "backed away from a suggestion that") 48 / 36 / 15, 11 — kept (speechNoun.ts stanceObject); "X's response|fear|
// contention was that" 9 / 5 / 7, 4 and 3 boundaries — kept for owners opening their clause (copulaThat); ", and|but that
// …" 166 / 48 / 46, 4; "is said|expected|thought to" 67 / 39 / 9, 7 (the rest already found); "VERB: content" without
// quotation marks 29 / 5 / 27, 3; "believes|thinks|feels|fears|hopes (that)" 1,404 / 836 / 452, 183 (0.40); ", saying|
// arguing|noting …" 270 / 142 / 44, 13; "voted for|against" 35 / 15 / 25, 12; "refused|declined to" 133 / 91 / 48, 28;
// "cast a ballot|vote" 22 / 8 / 18, 6; "known as" 47 / 15 / 38, 11; "criticism of" 34 / 13 / 26, 11; "POSS NOUN that"
// for nouns outside the lists 203 / 103 / 76, 24. Tried in the engine and dropped: a present verb in the lexicon's
// verb forms as a bare clause's tense ("said people misunderstand Trump"): 8 gained, 1 lost, 4 false positives added;
// its -s forms alone: nothing; a sentence adverb and comma skipped before a content ("Indeed, …"): nothing; a subject
// after "that" ("remember that social scientists say …"): 6 gained, 10 false positives (relative "that"s); an outer
// say-report taking an inner one's place when both name one reporter: no score change (the inner one already matched
// the outer gold); a content cut before ", and NAME … said": 1 lost, 2 false positives.
//
// FINDINGS (22nd session, train, main 21ad0cb: 8,495 misses, recall 0.4673). Of the misses, 7,555 have no indirect
// prediction overlapping them, 586 have one with the same cue and other bounds (346 running past the gold's end, 163
// stopping short, 77 starting elsewhere), 354 one with another cue. Asked of the misses' own cue words: a phrase is a
// gold cue in >= 80% of its train occurrences for few of them, and those few are mostly found already ("declined to",
// "polls show", "is expected to", "did not mention", "and said …" after a first verb: 67 of 86 gold, 58 found; a cue in
// a subordinate clause, "when he said …": 70 of 110 gold, 62 found). "SUBJ V1 A and V2 B": the gold splits it as two
// attributions (71 "and said" cues) far more often than one (11), as secondReport.ts does. Kept: an expectation's or
// impression's subject past an appositive, a phrase of circumstance, "not" or a participle ("Hillary Clinton, the likely
// Democratic nominee …, is not expected to …"), a relative "that" before "is expected to", a record's "show" set between
// commas, "fearing that …": 12 gained, 0 lost, no false positive with a speaker (12 speaker-null predictions added, 10
// matching gold). Tried and dropped (gold gained / false positives added on train): "spoke|speaks about", "wrote|writes
// about", "assailed" as verbs of stance, 11 / 8 (objects that run past a comma or an adjunct, "who writes about" a
// habit); a one-word capitalised object of a verb of stance ("has praised ⟦Putin⟧, saying …"), 16 / 9 (dev 3 / 0; "who
// has been critical of ⟦Trump⟧" in an apposition is not attributed, and no verb or follower tells them apart);
// "distanced himself from", "shrugged off", 3 / 2; a lead-in before a lower-case quotation and its cue ("Petraeus "was
// handled so lightly …," said …") as one mixed content, 21 / 18; a name ending in a possessive opening a longer object of
// "called" (naming.ts), 0 / 2 and 1 lost; ending "declined to comment" at a comma, 2 / 0 and 1 lost; any "-ing" cue's
// content ending at ", VERB", 1 / 7 and 5 lost; a bare plural opening a subject after a sentence adverb ("Indeed,
// proponents of … say"), 1 / 0. Measured and not written (phrase in train / gold cue): "refused to" 48 / 36 (its content
// is the infinitive or the object, half and half); "X Just VERBed …" headlines 43 / 18; "which|what|who X called|dubbed|
// described as" 34 / 19; "complaints that" 6 / 6 (no owner to name); a document's "show" ("records show", "polls that
// show") 131 / 105, 90 found, the rest about half gold; "SUBJ seemed ADJ." 4 / 3.
//
// FINDINGS (24th session, s24-recall-b, train, main 4bdb930: 7,515 misses with no indirect prediction overlapping them).
// Their cue strings: "said" 99 (most of them mixed with a quotation), "in" 45, "called" 35, "wants" 26, "want" 24,
// "supporting" 24, "says" 23, ":" 22, "support" 22. Shapes of the brief counted with a regex on train (occurrences
// outside direct quotes / of them no rule's prediction overlaps / of those a gold content that the phrase after the cue
// matches): ", adding (that)" 39 / 9 / 0; "POSS statement|warning|argument|claim|… that" 38 / 2 / 0; "said PRONOUN
// believed|thought|hoped|…" 32 / 0; a cue in a subordinate clause ("when|after|because|… he|NAME said|claimed|… (that)")
// 56 / 5 / 1; "NAME|PRONOUN wants|wanted to" 52 / 23 / 14 (0.61); a sentence-opening "He|She|They|I|We believe|think|
// hope|fear|feel" 26 / 8 / 5; "NAME believes|thinks|fears|feels" 27 / 7 / 3; "that|which|what SUBJECT said|claimed|…"
// before a verb 48 / 5 / 4 (the reporter a bare plural, "that prosecutors said was", "that government officials said
// would": relativeClause.ts reads no such subject; "officials", "courts", "advocates" are not plural people nouns in
// the lexicon). Objects and topics (no prediction / gold content / a gold content starting there with another end):
// "question(s) about" 46 / 18 / 11, "attack(s) on" 73 / 19 / 9, "talk(ed|ing) about" 55 / 26 / 15, "support for"
// 53 / 11 / 9, "focus(ed) on" 103 / 30 / 13, "vote(d) for" 87 / 29 / 13, "opposition to" 27 / 8 / 3, "respond(ed) to"
// 64 / 27 / 0, "to support" 29 / 8 / 0, "to back" 17 / 6 / 2, "to defend" 20 / 7 / 2, "to attack" 11 / 3 / 1; "to
// endorse" 20 / 11 / 5, kept after a verb or an adjective of its subject (endorsement.ts: 5 gained, 0 false positives;
// its ordinal phrases, "the first member of Congress to endorse him", matched 4 more but with the wrong reporter, the
// subject of "was" or "became", and 1 false positive). Fronted contents found alone but not in their article: "…,
// said a handful of Democrats who point to …", "…, Wilkin said during his campaign speech to be a national delegate",
// "…, said lobbyist and GOP strategist …" (a tail after the source; fronted.ts's tailEndsSentence and the source's
// length), each its own reason. Kept later: one-word topics after "about" (2 / 0), "to talk about" after any verb or
// adjective (6 / 0 on train, 1 false positive on dev: a passive's subject), "POSS (ADJ) SPEECH_NOUN: clause" (3 / 0).
// Tried in the engine and dropped (train gained / false positives added): "want|wants|wanted" as verbs of intention 43 /
// 39, no split holding (third-person pronoun subject 7 / 4, a name 8 / 9, "who want" 4 / 6, a modal before it 0 / 4);
// the finite "talk|talks about" 3 / 3; one word after any particle 6 / 3; an "-ing" cue after "by|after|while" 0 / 1.
// Measured and not written (new phrases / gold): "in (the|a …) poll(s)|survey(s)" as a cue 166 / 33; an opening "For
// X," view 89 / 10; "super PAC|group(s)|those supporting|backing X" 32 / 22 with other ends, 10 in articles where the
// same phrase is not attributed; "to discuss" 23 / 14 ("spoke on the condition of anonymity to discuss …" both ways);
// "to support" 29 / 8; "call(s|ed|ing) for" 46 / 30 (its noun "Trump's call for a ban" mostly not).
//
// FINDINGS (24th session, s24-mixed, train, main 1fce0c2: mixed quotes, #16). Of the gold indirect attributions no
// indirect prediction overlaps, 636 overlap a direct quote the CLI finds (617 flagged mixed). Their cue stands before
// the content 439 times (26 a say verb), inside it 157 (76 a say verb: discontinuous contents around '“…,” X said of
// TOPIC. “…”', "Instead, X said, “…”"), after it 39. With the quote filters of index.ts logged: 546 had no rule's
// candidate at all, 90 a candidate the filters dropped (directOnly 29, of which 18 would match; a start inside a quote
// 56, 13; the reporter inside a quote 2, 1; no source 3, 3). The quoted fragment is rarely what stops a rule: the same
// sentences without quotation marks fail as well ("promised Sunday at a Las Vegas rally to end …", "groused to a crowd
// in Georgia that …", "her assertion during the debate that …", "He added, though, that …"). Dropping directOnly
// altogether: 32 gained for 1,444 false positives. Kept: "the" before a quoted name after "call" (naming.ts, 2 / 0);
// verbs of praise, blame and naming whose "as" phrase opens a quotation (depiction.ts quotedDepictionAt,
// reportedVerbs.json "depictingQuoted": 6 / 0, dev 0 / 1 "blasted Clinton as a “disgrace”", not annotated; a
// participle right after a noun left out, "cable spots casting Johnson as …" gave its quote the wrong speaker). Measured
// and not written (new predictions: gold / not): "what|which|who X called|calls|dubbed “…”" 12 / 12 (the rest inside a
// longer gold attribution, or none); "ADVERB, X said, “…”" with the opener as content 5 / 3; '“…,” X said of|about
// TOPIC' 11 matched of ~60 not yet predicted; "declared|deemed|labeled|branded OBJ “…”" in naming.ts 1 / 1 and a direct
// quote's speaker changed; "said|added, though|however, that" 1 missing of 4.
//
// FINDINGS (25th session, s25-recall-b, train, main 0278891: 7,486 misses with no indirect prediction overlapping them).
// By the cue's head word and the word after it, counted over all of train (occurrences outside direct quotes that no
// rule reads / of them a gold cue): the shapes at >= 0.85 are few and small — "refused to" 32 / 28, "would like to" 10 / 9,
// "spoke about" 11 / 11, "known for" after "be" 12 / 10, "eager to" after "be" 6 / 6, "said|says PRONOUN …" 26 / 20 (each
// a reporter the rules miss: "X … and said", "at least 21,000 said", "that investigators said"); the rest are below 0.75
// ("urged" 21 / 15, "suggest(s)" 36 / 26, "denied" 39 / 21, "acknowledged" 31 / 19, "argued" 34 / 23, "asked" 112 / 51,
// "told" 283 / 36, "want(s) DET" 29 / 17, "supported|backing|endorsed NAME" ~0.6, "point(s) to" 9 / 7, "filed|issued|
// released a statement|lawsuit|ad …" 48 / 31; "the report|poll|statement|lawsuit + verb" is found already). Written and
// measured in the engine (new predictions on train: gold / not): kept "would like|love|prefer to" (infinitive.ts, 10 /
// 0), "X is (best) known for" with no source (sourceless.ts, 8 / 1), "deny|denied … a charge|role|link" ending at a mark
// or the denier's next words (objectCue.ts DENIAL, 9 / 0); dropped "refused" as a verb of intention 19 / 11 (contents
// that run on: ", though it cost him …", "as she left …", "on multiple occasions"; the acts refused, "let them",
// "extend it", "intervene"), "spoke|speaks about" 5 / 3 (long topics), "eager|keen" as intentions 3 / 6, "known for"
// with any judgement's end 8 / 1 and 1 gold lost ("The kingdom is viewed as … and has been a partner …").
// FINDINGS (25th session, s25-reporters, train, main ef753e4: "said (that) he/she/they …" whose reporter the rules miss).
// Counted with a regex over train ("said|says|say|told (that) he|she|they|we|I|it VERB", no prediction near, outside
// quotes): 28, 22 of them at a gold content start — but the scorer's overlap already matched most (an inner infinitive
// or "that" report inside the content: "The Ebelings said they were ⟨hoping⟩ to spend …"); the true misses are
// singletons, each its own reporter shape. Kept (train gold gained / false positives added): an inner report given the
// outer say-report's reporter is held by it (index.ts sameReporterHeld: 0 / 0, 4 cues set right), "at least N" and
// "none (has)" as quantity subjects (2 / 0), a number after its clause's "that" (source set right), the middle verb of
// a series "they reversed …, rushed … and said" (1 / 0), ", then says" (say verbs only: 1 / 0; any verb 2 / 1), "but in
// a later interview said" (1 / 0), "about two-thirds, 67 percent, say" (2 / 0), "NAME, a ROLE who …, said" (1 / 0).
// Dropped: "all but two said" 0 / 1 (content runs past ", despite …", which the gold ends at 18 times and includes 9).
// Measured and not written: "which|that|what SUBJ say(s)|said VERB" 51 occurrences / 29 gold / 23 found, the rest a
// long subject or an adverb ("which even critics say was"); ", including NAME, said" 2 / 2 found; "… to say PRONOUN"
// after a verb of motion 6 / 4 / 1 found (singletons: "stood at a Bush event here to say", "calling friends … to say").
// FINDINGS (26th session, s26-recall-b, train, main f39ea29: 7,433 misses with no indirect prediction overlapping them).
// By cue lemma and shape (the word before the cue past auxiliaries: name, pronoun, other; the word after it), then the
// same shape over all of train (occurrences outside direct quotes / gold cue; of those no rule reads, gold cue): the
// largest shapes are function words ("to" + DET 1,993 / 321, "a", "the", "in": under 0.10); of the content verbs only
// "refused NAME to" (20 new / 17) passes 0.85, and it was dropped twice for its contents' ends. "show" after evidence
// 17 new / 14: the subject rules read no subject when a phrase, a time or a relative "that" stands between the document
// and the verb ("A video of the episode shows", "polls in the state he calls a second home show", "A … poll out this
// week shows") or read "the episode shows" as a noun — kept (findings.ts evidenceSubject, "has shown": 21 gained, 3
// false positives, 1 removed). Measured and dropped (new predictions on train: gold / not): "supported|backed" as
// endorsing verbs 21 / 20 (their object's end: "Medicare and Social Security cuts", "Ron Paul for the presidency",
// "backed away|off|down"; finite with a name or pronoun subject, no relative, still ~0.7); a bare evidence noun after an
// opener as a subject ("Indeed, statistics indicate", "Sure, official data suggest") 3 / 3 (contents past an
// apposition or a colon). Counted and not written (regex, no prediction near / gold): "the lawsuit|suit|ad alleges|
// claims" 3 / 2; "X's answer|point was that" 2 / 2; "made (it) clear|the case" 8 / 4; "cast(ing) doubt" 2 / 1; "raised
// the possibility|prospect" 6 / 1; "in an interview|a statement" is a circumstance (310 / 32); "called NAME, APPOSITION,
// PREDICATE" 3 / 3; bare clauses after "stated|indicated|hinted" 4 / 3; ", which showed" 1; "is seeking|seeks|sought"
// 20 / 11 (0.55).
// FINDINGS (27th session, s27-recall-e, train, main 43af3d9): misses whose cue we fire on elsewhere but that get no
// content. Run through every rule on their sentence, 7,257 with no prediction near have no rule reading their cue at
// all; 145 are read by a rule and dropped in index.ts (nestedIn 31, directOnly 28, endAroundQuotes 22, personShows 15,
// noSource 13, another rule's twin 29, other 7). By the
// frame before a say-verb with its content right after it (train gold missed / gold): modal or "to" 22/53, relative
// 21/113, perfect 19/192, coordinated 17/139, negated 8/18, "be" 7/17 — each a spread of singletons; long hearers
// ("told X … that") 25 of 28 found already, "and|but (then) said …" 108 of 122. Kept: a relative clause's present -s
// verb and "still" (relativeClause.ts, 3 gained, 0 false positives), "acknowledged" and its object (6 / 1), a contact
// clause after an article and a noun the lexicon lacks (2 / 0). Measured and dropped (gained / lost / false positives
// added): an inner report kept when a subordinator opens its clause inside another's content ("when he claimed Obama
// was …") 9 / 0 / 36; "show" with a common-noun subject that names no person ("The post showed …") 9 / 0 / 8;
// "reported" and its object 7 / 3 / 12; "reiterated" and its object 2 / 0 / 3; '"QUOTE," X said of TOPIC' as one
// mixed content: 14 gold of ~45 occurrences. Lower-case plural subjects after an opening phrase and a comma ("Indeed,
// proponents … say", "If it doesn't slow down, forecasters say") are not read when the noun is missing from the people
// lexicon (forecasters, proponents, advocates, opponents, candidates, members, rivals, backers …): the subject reader
// is the quote rules' (../../src/core/quotes/attribution/subjectBefore.ts), left alone here.
// FINDINGS (27th session, s27-subjects, train, main 6dc2d30). compromise knows none of forecaster, proponent, opponent,
// candidate, member, backer, advocate, rival (no Actor tag, no Actor suffix rule; "advocate" is Noun|Verb, "rival"
// Adjective): the people lexicon now takes the plural of a noun for a person by its ending that compromise lists as
// nothing else (people/lexicon.ts personNounByEnding: gold +3, false positives −1, 0 lost; speakers 1 wrong→right),
// with "here" between a subject and its verb (+1 gained, 1 source fixed) and "more" opening a preposition's object
// ("proponents of more controls on hate speech here say", +1). Dropped: "advocate" and "rival" as news roles (+1 on
// train, but "Citizens for Tax Justice advocates a litany of rules" made "advocates" a people noun after a name, dev).
// Left: bare plurals whose cue is no say-verb ("candidates were able to", "voters are craving") and "insiders said:",
// "friends say:" (content after a colon or around a parenthesis), not subjects.
// FINDINGS (27th session, s27-recall-d, train, main 43af3d9: 8,277 misses). Cue words no rule reads, counted over
// train with the CLI's predictions (occurrences outside direct quotes / gold cue / of them no prediction near, gold):
// "compared|likened OBJ to|with" 102 / 21 / 78, 21 (the rest the writer's "compared with 31 percent"); kept
// (comparison.ts: 15 gained, 0 false positives). "point to" after a plural subject or a modal (the other forms were
// OBJECT_VERBS's): 7 / 2, kept (pointing.ts). "believe(s|d) in OBJECT" 10 / 6: 6 / 0, kept (faith.ts). "repeated|
// repeating OBJECT" 6 / 2, kept (repetition.ts, with "repeated" after a preposition or gerund an adjective); with
// "reiterated" 2 / 3, "referenced|referencing" 8 / 4, "recounted" 3 / 2 left out; "echoed|echoing" 2 gold of 8.
// Written and dropped: "questioning OBJECT|whether …" 5 / 4 (three gold contents run past their end: "…, with
// Senator Bernie Sanders pressing …", "Anyone questioning her lead … can find solace"). Counted and not written:
// "decided (not) to|against" 45 / 22 / 34, 21 (0.62); "did not (immediately) respond|reply to" 34 / 15 / 31, 14 (a
// request for comment half gold); "blamed|chided|rebuked …" 49 / 42, 34 found already, the rest singletons;
// "acknowledged|admitted|conceded" 132 / 92 / 53, 23 (passives, "admitted refugees"); "opposes" 17 / 5 / 10, 5;
// "downplayed|played down" 15 / 8 / 12, 7, of those a rule would read about 6 gold for 3 not ("with top aides …
// playing down any fighting role", "Idrissov plays down concerns"); "underscored|emphasized" 52 / 30 / 40, 21 (things
// underscore: "The new paper underscores …").
// FINDINGS (28th session, s28-recall-i, train, main b0f3710: 8,222 misses). Misses whose cue head we fire on at least 5
// times elsewhere: 2,443 (1,822 with no prediction near, 477 a prediction of the same cue with other bounds, 131 one of
// another cue). With reporterOf (../../src/core/reported/speaker.ts) logged, 380 of the misses had a rule reach their cue
// and read no reporter: a phrase of time, an auxiliary or an adverb between subject and verb (61 after a form of "be"),
// relatives (46), coordinated verbs (48), participles after a comma (22), the rest singletons. Kept (train gold gained /
// false positives added): a progressive's "be" after a modal or its adverb ("would be asking", "are increasingly
// admitting", 6 / 1), a phrase of time as a fallback ("voters late last week indicated", "this past week announced",
// 5 / 2, 1 removed), a gerund after "started|began|kept|continue(d)" ("has lately started asking", 8 / 1). Dropped: the
// relative "which|that" as every rule's reporter (relativeReporter, as the clause rules have it) 7 / 16 and 2 lost
// (contents run past the relative clause's comma: "Norton, which declined ⟦to comment, returned …⟧"); a contracted
// subject pronoun ("they’ve suggested", "I’d love to") 2 / 1 (23 gold cues after "I|we|they’ve|’d" on train, most of
// them not cues: "we’ve seen", "we've enjoyed"). Counted and not written: a content cut before ", and VERBed" with no
// subject (the reporter's second verb?) — gold ends there 5 times of 55; "said …, …, that" after an adverbial with
// commas 11 gold, 6 found; "asked whether|why|how" 35 gold, 31 found; "and warned|argued|said …" 110 gold, 100 found;
// "said that …, and that …" 33 gold, 32 found; "promised|vowed|pledged|threatened to" 135 gold, 102 found (the rest
// subjects and ends, singletons).
// FINDINGS (28th session, s28-recall-h, train, main b0f3710: 7,333 misses with no indirect prediction overlapping them).
// By frame (the gold cue against its content): cue then the content with no word between 4,785 (objects and bare
// clauses), cue after the content 879 (PolNeAR's poll leads with the cue "in" 43, say-verbs around quotations 26), cue
// inside 579, "cue to …" 367, "cue … that" 327 with words between, "cue that" 307 — the last mostly a noun's clause
// with no owner ("the idea that", "complaints that") and adjectives of feeling, each word a handful. Kept (train gained
// / lost / false positives added): a noun of hearsay with no owner and its clause, reported with no speaker
// (hearsayNoun.ts: complaint(s), allegation(s), speculation, rumor(s), assertion, revelations: 14 / 0 / 0 with a
// speaker; of the 15 speaker-null predictions 12 source-less gold, 2 gold with a source, 1 none); adjectives of feeling
// after a linking verb (unaware, surprised, shocked, upset, frustrated, mystified, aghast, nervous) and an adjective of
// conviction after a comma or dash (", confident that …"): 6 / 1 / 0, 2 removed; "in (the) hope(s) that" with the main
// clause's subject (3 / 0 / 0); a phrasal cue as an infinitive with
// "quick" a controlling adjective ("are quick to point out that"): 5 / 0 / 1. Measured and not kept (regex over train,
// occurrences with no prediction near: gold / not): ownerless "accusations|reports|criticism|suggestion(s) that" gold
// but with a source a speaker-null prediction gets wrong (2, 2, 1, 4 with a source; suggestion 2 not gold); "claim(s)|
// charge(s) that" are verbs too (2 / 5); "idea that" 4 / 11; "evidence that" 3 / 7; "it is (un)clear|certain|obvious
// that" 8 / 16; "there is no|broad|some doubt|agreement|evidence|sign that" 6 / 7; "who|that|which (has) endorsed X"
// 15 / 10; "took a shot|swipe|aim at" 10 / 6; "in (the) hopes of" 5 / 6; "expected to" 14 / 2 but each gold with
// other bounds (the subject in or out of the content) and no one frame.
// FINDINGS (28th session, s28-recall-j, train, main 2afb67f). With reporterOf logged on train (1,321 cues read with no
// subject), 165 of them are gold misses with no prediction near: relatives ~12, participles after a comma ~20,
// coordinated "and VERB" ~20, the rest singletons. Kept (train gold gained / lost / false positives added): the
// relative "which|that" as any rule's reporter when no subject is read (speaker.ts activeRelative), its content ending
// at the relative clause's closing comma unless "and|or" follows before a verb (subordinate.ts cutAtOwnRelative):
// 10 / 0 / 3, dev 2 / 0 / 0 (CV: folds 1, 2, 4 up, 3 and 5 level in F1); without its guards 8 / 2 / 14 — the cut lost
// lists ("concerns over ⟦Trump's views on Israel, his support for torture and …⟧"), and passives ("which is
// intended to"), linking verbs ("counties that are poised to") and simple presents ("al-Qaeda, which aims to",
// "the class, which sees itself as") are no reports; left: "issues that have challenged", "a case that had
// threatened to" (antecedents that are no agents; no test tells them apart). A participle after an inverted cue whose
// source's description has a relative clause (INVERTED_CUE_REACH 28): 3 / 0 / 0. A sentence opening with a time and
// no comma before its subject ("On Sunday morning Mr. Trump made …, writing", "And even Obama tried …, noting"): 3 /
// 0 / 0. Dropped: "which" in cutAtRelativeClose's wider search (object relatives, "which friends described as
// miserable"): 0 / 1 / 1. Left (singletons, each its own failure): "X … and VERB" with a subject the coordinated reader
// misses ("Kyle Hupfer and C. Rick Martin are also on their local delegate slates and declined to rule out …", "the GOP
// nominee feuds with … and dismisses …"), a participle after an opening quote's inverted cue beyond 10 tokens ("…,”
// Cruz said at a Buffalo, New York town hall event Thursday, hinting at …").
// FINDINGS (29th session, s29-recall-l, train, main 9359dde: 8,147 misses; 2,375 whose cue head we fire on at least 5
// times elsewhere). Those 2,375 by why (the gold cue against its content, the words before the cue; "+mixed" counted
// in): a prediction with the same cue and other bounds 476 (long end 249, short end 118, early start 66, late start
// 42), with another cue 134; no prediction near, cue then its content with no word between 588 (objects and bare
// clauses of ~300 cue heads, none above 23: "support" 23, "made" 20, "called" 19, "supported" 17, "offered" 17), cue
// inside the content 332 (all of them around a quotation: '“…,” X said, …', "Instead, X said, “…”"), content before
// the cue 267 (20 over two sentences; passives "X was rejected|named|supported by" 66, poll leads "… in the poll" 32,
// ", X said|confirmed|told" with a long or possessive source and "as X noted" the rest), coordinated "… and|but VERB"
// 134, a relative's verb 90, no source 87, cue … gap … content 97, a reporter past an apposition or a long subject
// 63, participles after a comma 51, "that"-less complements of a say verb 56 (mostly pronouns and one-word contents,
// "he said ⟦Ryan⟧", or mixed). Boundaries by the word where ours parts from the gold: long end at "and" 28, "in" 16,
// ", and" 16, "but" 12, "after" 11, "as" 9 (each both ways, as the 27th session found); short end at ", but" 13, "and"
// 12, "." 9. Coordinated and participle misses, tried one by one: the rule reads the subject, then another family or
// filter drops the report, or the verb is one no rule reads ("defended Cruz", "refused to", "declined to follow suit",
// "said little about") — a spread of causes, none above a handful. Made (train gained / lost / false positives added):
// a trailing "as" clause, its content the clause before it ("…also carries risks, as Clinton supporters point out.",
// asClause.ts trailingAsClause: 3 / 0 / 0, dev 1 / 0 / 0; with any tail 3 / 0 / 2: "as Mr. McDonough suggested at the
// meeting with analysts", "as Breitbart reported a few days later" not gold); "it was revealed (in March) that …",
// "it has been known for some time that …" (sourceless.ts impersonalThat, speaker-null: 3 / 0 / 0). Measured and not
// made: "confirmed|revealed" as tail cues of a fronted content (clause.ts TAIL_CUES) 2 / 1 / 2 (a later "revealed" and
// "As reported by …, ⟦…⟧" cut short); ", his top aide, Tad Devine, told …" 4 occurrences, 1 missed; "said|arguing
// such|both|those …" as a bare clause's subject 31 occurrences, 21 gold, 17 found already; "NP was|is|has been
// criticized|rejected|supported|backed|named … by AGENT" with the subject as content 44 occurrences, 23 gold (20
// missed), but a subject-only content would match about 10 and miss or add about 7 ("Trump has been criticized by some
// of his rivals for failing …" is gold whole, "Mr. Bush, the former governor of Florida," with its apposition;
// "Clinton is backed by 520 superdelegates", "Trump was strongly supported by early deciders" are not gold).
// FINDINGS (29th session, s29-recall-k, train, main 9359dde: 7,263 misses with no indirect prediction overlapping them).
// Cue words and frames no rule reads, counted over train (occurrences outside direct quotes that no prediction is near /
// of them gold). Written: an owned noun of stance and its "of" object ("their criticism of Mr. Cruz", "Kaine's full embrace
// of the pro-choice position", "Session's endorsement of Trump": criticism 7/9, embrace 3/3, endorsement 4/5, critique
// 2/4, assessment 2/3, view 3/4; ../../src/core/reported/ownedStance.ts: 22 gained, 0 lost, 7 false positives, CV F1 up
// on all five folds; dev 0 gained, 3 false positives, none annotated — the lead held it back when merging: 22 vs 10 over
// train and dev is under 3:1, dev P fell under the 0.85 goal, and "his previous criticism of the New York mogul" named the
// wrong owner for a reader, politico_2016-04-09); "sounded off on|against" and "sounded a … note
// about|for|of" (sounding.ts: 6 / 0 / 0); "hoping" with a bare clause (1 / 0 / 0). Measured and dropped (gained / lost /
// false positives): "expect(s|ing) to" as intention 3 / 0 / 1 (a boundary), but test/fixtures/outlets gets one more
// unjudged item ("Fraser Health expects to make a decision in January"); "expect(s|ed) HEARER to" as a request 2 / 0
// / 4; "plead(ed) (not) guilty (to …)" 6 / 0 / 0 with the finite forms outside a relative clause, but seven court pleas
// in test/fixtures/outlets are unjudged (a plea is no report there); "predict|forecast|foresee|envision + object" 4 /
// 0 / 4 (three ends: "polls did predict the Democratic caucus - HuffPollster: …", "predict between two and four more
// rate rises⟧ next year, depending on …", "predicting a closer-than-expected primary despite …"); "criticizing|
// denouncing + object" 4 / 1 / 5 (ends again, as objectCue.ts STANCE notes). Counted and not written: POSS
// "decision|plan|refusal|proposal|effort … to VERB" 41 / 151 new (0.27; "decision" 7/15, "proposal" 4/9); POSS
// "attack(s) on" 14/27; "support for" 7/26; "opposition to" 6/16; "X's position|view … is that" 5/6 (mostly found by
// copulaThat); "has long|always maintained|insisted" 3/4; "would|could argue|say" 3/12; "told reporters" + bare clause
// 2/16; "a survey|poll|study found|shows" 5/6 (87 of 94 found); "is|are hoping" + a present verb or after "she's"
// (the clause's tense and the contraction: "Clinton is hoping voters see her as …"), "suggest such a …" (no clause
// start after "such"), "requested anonymity to" 4/6 — each a few singletons.
// FINDINGS (30th session, s30-recall-m, train, main 9a90a89: content P/R 0.8970/0.4901, 8,131 misses; cues other than
// the verbs of saying). Phrases counted with a regex over train first (occurrences outside direct quotes / of them a gold
// cue / of those no prediction near, gold cue). Kept (train gold gained / lost / false positives added; all eight 96 / 0
// / 23, content P/R 0.8958/0.4961, 8,035 misses, CV F1 up on all five folds): a verb of stance in -ing after a form of
// "be", not in a relative clause ("McConnell is criticizing Obama", "Dayton is backing Clinton", "Some Germans are
// questioning whether …": "be + stance -ing" 92 / 57 / 56, 38, the non-gold almost all "who is challenging|supporting|
// backing"; objectCue.ts PROGRESSIVE_ONLY: 17 / 0 / 8, all eight boundaries of gold attributions), then in a relative
// clause too but for a role (ROLE_PROGRESSIVES "who is challenging|supporting|backing|seeking": 5 / 0 / 0, "his own
// supporters, who are offering increasingly candid assessments …"); the same for aims, "is looking for|to|forward
// to", "is seeking (to)" (PROGRESSIVE_AIMS: 17 / 0 / 4) and "releasing|considering|offering", "counting on", "hoping for"
// (11 / 0 / 3); support held or won, the subject the content and the "of" phrase the source ("Clinton has the support
// of women …", "Mr. Cruz won the endorsement of …": 30 / 20 / 25, 19; backing.ts: 11 / 0 / 2); support, praise or blame
// given ("threw her support behind", "heaps praise on", "signaled support for", "has praise for": 67 / 48 / 54, 41 over
// light verbs and stance nouns; viewOffered.ts supportGivenAt: 11 / 0 / 4, a participle between barred — "has faced|
// fielded criticism for" is criticism taken); a talk with a hearer and its topic after "about" ("talking to voters
// about", "spoke to CNN about": 29 / 9 / 24, 9; talkedTo.ts: 7 / 0 / 0); a reported cue after "are" or "am" (speaker.ts
// ARE_AM: 17 / 0 / 3, 1 removed). By source, "they" was missed most (171 of 268 gold, 0.64; "he" 0.39, "she" 0.43): the
// quote rules' subject reader passes "is" and "were" but not "are" ("They are hoping to …" read no subject). "are" in
// quotes/lexicon.ts BEFORE_CUE_WORDS instead gained 18 but changed three direct-quote attributions in the unit tests
// ("As terrorists are revealed, Obama and Clinton call them …" → terrorists), so the fix stays in the reported reader.
// Dev (check only): 4 gained, 2 false positives added, 1 removed (P/R 0.8513/0.4886 → 0.8511/0.4909, ALL 0.7416 → 0.7426).
// Written and dropped: "thanking", "reminding" as progressives 1 / 0 / 3 ("John Kasich is thanking ⟦supporters at a Super
// Tuesday rally …⟧": the gold ends at the object); "expecting (to)" 1 / 0 / 1; "is pushing (to)" 2 / 0 / 2 ("has been
// pushing ⟦basically the same legislative agenda⟧ since …", the gold ends before "since" in one of two copies). Measured and not written: a stance verb's
// base form after do-support or a modal ("did not directly criticize", "would endorse") 137 / 50 / 44, 22 (do-support
// alone ~8 gold for ~5 not); any stance infinitive after a noun, adjective or verb of motion ("used his acceptance speech
// to call for", "went before reporters to denounce") 311 / 122 / 175, 82 (by the word before "to" no group above a
// handful); "called for" 136 / 96 / 41, 27 (its noun, "his call for a Muslim ban", 3 gold of 9); "spent|devoted … VERBing"
// with a stance verb ~8 gold / 3 not ("spent much of his speech defending", "had spent much of the week panning
// Colorado" not gold); "will|would|can|may support|back" 7 / 5; "is relying on" 3 / 3, "is banking on" 0 / 2; "accused|
// urged|pressed X of|to" 169 / 122 / 44, 20, singletons (a name read as a modal, "Will urged the Republican electorate
// to"; "by urging", "an op-ed urging Congress to" not gold beside "a letter urging Congress to" gold); "vowed|promised|
// pledged to" 199 / 137 / 52, 22 (a HuffPost editor's note repeated in 16 articles, annotated in 2); criticism or praise
// taken, "drew|faced|won … criticism|praise|fire from X", the subject the content, 16 / 9 / 15, 8 ("Mr. Putin drew
// applause from the crowd", "He drew widespread criticism from Democrats" not gold); the "they" misses left
// are PolNeAR's broad stances, "they want", "they see", "they favor", "they hate", one verb each.
// FINDINGS (30th session, s30-recall-o, train, main 7a68c66: content P/R 0.8970/0.4976, ALL 0.7640). Kept (train gold
// gained / lost / false positives added): a capitalised "Will" (AUXILIARY_SURNAMES, not the month "May") standing alone
// before a verb with tense is the surname, no modal, which no modal takes ("Instead, Will called for Republicans to …",
// "Will believes …", "which Will claims affirmed …", "While Will acknowledges …": the columnist George Will, Western
// Journal 2015-11-21; ../../src/core/quotes/attribution/subjectBefore.ts loneSurname): 5 / 0 / 2 (both boundaries in
// the same article: "Will described ⟦Trump as …⟧", "had nothing but praise for ⟦Christie's Nov. 14 speech⟧"); two
// direct quotes there got George Will for no speaker. "saying" after a dash takes the subject a comma would give it
// ("Marco Rubio flipped his choice on the spot – saying he was rooting for …", "… with the DNC — saying the Sanders
// campaign chose …"; dash + participle of saying 4 in train, 3 gold, none found; "- adding" a gerund's subject;
// ../../src/core/reported/speaker.ts cueSubject): 2 / 0 / 0. Both: train content P/R 0.8970/0.4976 → 0.8969/0.4981,
// ALL 0.7640 → 0.7642, CV (mean of folds) F1 0.6393 → 0.6396, ALL 0.7632 → 0.7635 (folds 1, 3, 5 up, 2 and 4
// level); dev, outlet fixtures and us-probes byte-identical. A dash case with a relative clause before it ("a rebuttal
// to the vision that emerged last week - saying …") read "a rebuttal" in a made-up sentence, and nothing on train.
// Measured and not written (regex over train, occurrences outside direct quotes / gold cue / of those no prediction
// near, gold): "they|voters|Republicans|Democrats|supporters" + a broad stance verb 116 / 41 / 102, 27 — "they want"
// 30 / 5, "they support" 9 / 0, "they prefer" 8 / 1, "they like" 5 / 0, "they see" 9 / 6 (new 6, 3); no verb or subject
// kind holds 2:1 past two or three cases. A stance verb's base form after do-support or a modal (support, oppose,
// endorse, back, criticize, condemn, praise, attack, reject, denounce, embrace, challenge, question, defend, blame,
// favor, want, like, accept, approve …) 180 / 56 / 166, 45: by verb "want" 37 new / 17, "support" 52 / 12, "like" 17 /
// 5, "back" 11 / 0, "endorse" 11 / 2; by auxiliary "would" 44 / 5, "will" 18 / 5, "did not" 21 / 7, do-support in all
// ~51 / 22; none at 2:1 but "blame" (3 / 3). "call(s|ed|ing) for": the verb is found already (53 / 45, 9 new, 3 gold);
// "to call for" after a noun or verb 3 gold of 6 new; "X's call(s) for" ~4 gold of 12. A content cut before ", VERBing"
// (a participle after the object): of 127 indirect predictions with a speaker holding one, 14 matched gold whose end
// is the comma (they match already), 94 matched gold that keeps the participle, 19 false positives of which 4 end there
// — the gold keeps the participle far more often; left. Short ends ("and" 18, ", but" 12, ", VERBing" 10, ", who|which"
// 14) go both ways, as earlier sessions found. Also counted: "what|which|who|whom|that X called|dubbed|considered|
// described as …" 107 / 47 / 79, 30 (which 9 new / 7, what ~half, "that" 28 / 9; the NYT's ''…'' objects mostly not);
// a contracted "’re|’s|’m" before the progressives of stance and aim 42 / 14 / 38, 11 ("they’re supporting" 1 of 3,
// "he’s looking" 1 of 3); "said|saying X need(ed) to" 2, the lexicon knows no verb "need" (1 gold, "saying
// conservatives need to band together"); "it set" (an invariant past) after "saying" 1.
// FINDINGS (45th session, s45-said-ya, train, main 14fbe513: content P/R/F1 0.8995/0.5204/0.6594, ALL 0.7762). The misses
// whose cue is the plainest verb of saying ("said" 207, "says" 39, "say" 28, "told" 26) with no indirect prediction
// overlapping them: 171. By what the gold holds: a quotation inside the content with a direct quote over it 92 (the cue
// inside the content 68 — '“…,” X said (of TOPIC). “…”', "Instead, X said, “…”", a discontinuous content around an
// inset; a writer's lead-in before a quotation and a tail 15, "Petraeus "was handled so lightly …," said …"; the cue
// before 9) — the mixed frames the 24th and 36th sessions measured and dropped; pure 79 (cue before 38, after 24, inside
// 16, 1 other). The pure ones read side by side, by why (each group by regex over train, then in the engine):
//  - a fronted content whose tail runs on (", he said, on condition of anonymity to …", "Wilkin said during his campaign
//    speech to be a national delegate", "President Obama told his closest advisers as he labored over …", "said this
//    week at an event in Wyoming — an apparent reversal …", "said a handful of Democrats who point to …") ~8; a present
//    -s verb as the fronted content's only verb ("But he operates on a different principle, he said.", "This includes a
//    special force …, Ash Carter told", "Her fate … hinges on …, analyst says") 3 (bareClause.ts presentTense: tried on
//    fronted contents before, 2 / 2); one-word contents and annotation oddities ("Sorry, Sanders said.", "⟦That⟧ said,",
//    "⟦All⟧ told,", "⟦Jokes⟧ are told") 4. With fronted.ts's tailEndsSentence bypassed for say and tell cues: 9 gained, 2
//    lost, 8 false positives added (the gains mostly insets and mixed contents, "…, he said, wind up in …", "…, Anthony
//    says, and she felt free …"; the losses a quote's "…,” Susan said as she turned around") — the tail gates are near
//    their best; dropped;
//  - a say-verb's object, no clause ("said ⟦that⟧", "say ⟦it⟧", "would say ⟦so⟧", "says ⟦racist things⟧", "said ⟦Ryan⟧",
//    "Says ⟦A LOT⟧", "said little about ⟦how⟧", "what it says about ⟦America⟧") 12, and what one has to say: "said|says
//    little|something|nothing|much about|of" 6 / 4 gold / 2 found; "have … to say about" 4 gold / 5 not ("had nothing bad
//    to say about Sanders" yes, "has not always had good things to say about China" no); "things X has|had said about
//    Y" 3 gold / 0 not, all in one HuffPost list (its "9 outrageous things Donald Trump said about Latinos below" is not
//    gold) — not written;
//  - relative and contact frames 9: "which even critics say was" and "that investigators said they found" (a bare
//    plural reporter in a relative: "that|which (even|many|some …) PLURAL say|said …" 11 / 7 gold / 5 found, 2 gold of the
//    6 unread); "everything Trump says", "which he favors but says would never win";
//  - a reporter the subject rules do not read, each one by regex: "The state officials whose laws have been invalidated
//    say" (a "whose" clause before a say-verb: 2 / 2 gold / 1 found), "numerous military veterans interviewed …, including
//    Mr. Jebens, said" (", including X, said" 3 / 3 / 2), "in which a majority of Americans say", "although history
//    says", "remember that social scientists say", "…, said on CNN, where he is now a paid contributor, that …";
//  - a content opening with a phrase before its clause ("Pence said ⟦in politics it takes time …⟧", "GOP analysts say ⟦for
//    the party's nominee to win they …⟧"): "said|says|say + preposition or subordinator … + pronoun + verb" 26 / 22 gold /
//    19 found, 3 gold of the 7 unread ("said in August after Nabisco announced …" is the cue's);
//  - insets the parenthetical rule does not read ("After being informed …, police said, Lewandowski …", "…, say experts
//    like Paul Bauman, a Canadian geophysicist, is …", "…, the under-35 generation says by an overwhelming margin, and
//    require …") 5, colons 3, headlines and decks 4 ("Says Clinton would stack …", "Al Sharpton Just Said Something …").
// Kept (train gold gained / lost / false positives added; folds 1-5 gained/added 1/0, 0/0, 1/0, 0/0, 2/0):
//  - a say-verb's relative clause with a clause of its own, a pronoun subject and a past verb that ends the clause or
//    meets a preposition, the relative its object ("classified information ⟦that investigators said they found on her
//    system⟧", "about double ⟦what Bradley said she anticipated⟧"; ../../src/core/reported/relativeClause.ts objectGap):
//    2 / 0 / 0 (regex first: "that|which|what SUBJ said|says|thinks … PRONOUN VERB" 17 / 8 gold / 6 found, the 11 unread 2
//    gold and 9 a "that" after a verb, no relative; believe, think, claim … as the cue added nothing);
//  - a passive "told" and its that-clause with no teller ("we are now being told that ⟦…⟧", "Sanders had been told just
//    before Tuesday's vote that ⟦he probably would lose narrowly⟧"; ../../src/core/reported/sourceless.ts toldThat, no
//    source; "by …" before the "that" is a teller, left out): 2 / 0 / 0 (regex first: "BE told" 10 / 5 gold / 0 found,
//    with "that" 4 / 3; "I was told that ⟦the executive team … did not want to be seated …⟧" is dropped by findUnsourced as
//    the same span as the inner "want" report, "was told that …, according to a new report" stays with its according-to).
// Both: train content P/R/F1 0.8995/0.5204/0.6594 → 0.8995/0.5207/0.6596, source accuracy 0.9629 → 0.9627 (the Breitbart
// gold names "the Washington Post fact check", the rule no one), end-to-end F1 0.6518 → 0.6519, ALL 0.7762 → 0.7763; CV
// (mean of 5 folds) F1 0.6585 → 0.6587, ALL 0.7755 → 0.7756, speaker accuracy 0.952 unchanged. Dev (check only)
// byte-identical: P/R/F1 0.8468/0.5097/0.6363, ALL 0.7504. Outlets: found 7806 → 7808 (two "MPs|MSPs were told that …",
// no source), 1 new item outside the judged snippets (FALSE_POSITIVE_CEILING 723); us-probes byte-identical.
//
// FINDINGS (46th session, s46-recall-zc, train, main e89d01c7: content P/R/F1 0.9008/0.5230/0.6618, ALL 0.7776; 7,606
// misses, 878 false positives). The brief's pools by cue head (n, ~ = a prediction over it), read side by side with the
// same surface frame where it is no gold (regex over train: gold missed / gold found / no gold):
//  - "according" 40 (30 ~). Past what the 43rd and 44th sessions measured (", with NP, according to", ", and CLAUSE,
//    according to", the dash inset): a sentence-opening "According to X, A. B." whose gold runs past the sentence's end
//    5 (a poll's list, "seven times since World War II. Each time, …", AZCentral's two signs, Jack Kelly's colon,
//    Thiel's schedule; the 36th session's group (c), not written); a quotation with its own cue inside the content
//    ("… O'Malley said …", "One message … said: “…”", "Clinton asked …") 3; a source the phrase does not read ("some on
//    Twitter", E. J. Fleming's ''The Fixers …'' and other sources) 2; "⟦34⟧, to be exact", a list's figure, a fronted
//    date 5 … and two the engine misread, both written (below). Regex: a sentence opening with a subordinator or a
//    preposition and then ", according to X, " 14 (13 unchanged by the rule below); "according to" with no comma before
//    it 6 / 1 / 5 (the no-gold ones "But according to …", "according to the way …").
//  - ":" 35 (15 ~): 18 are one USA Today Q&A whose every turn is gold whole with "Q"/"A" as the source (transcript.ts
//    keeps the reports inside "Q:"/"A:" turns because another article's gold does, "A: I think it's in our interests");
//    5 a cable-news panel with mixed-case labels whose turns are read but end at their first sentence; headlines
//    "Report: …", "Poll: …", "Tuesday's Morning Email: …" 4 gold against 7 "X: headline" false positives of the same
//    shape ("AP-GfK Poll:", "HUFFPOLLSTER:", "Obama:", "Brooks:"); "The result: …", "I believe the message was: …", "More
//    from the report: …" one each. Not written.
//  - "reported" 28 (15 ~): "reported|reveal(s|ed) (a phrase) that" 16 / 38 / 26 (the 26 mostly the noun, "reports
//    that …", and contents inside another's); the weak cue's time gap took no month, quarter or hearer — written (below);
//    "X reported ⟦NP⟧" ("authorities reported ⟦at least 20 victims …⟧", "Police reported ⟦no arrests⟧", "Twitter
//    reported ⟦disappointingly flat user growth …⟧") stands as the 27th and 32nd sessions left it (about 1:1 past
//    FIGURE_REPORTS); ", as X reported" and "⟦…⟧, X reported" boundaries 5; "reported about ⟦NP⟧" 2.
//  - "wrote" 31 (4 ~): objects ("wrote ⟦an op-ed urging …⟧", "⟦a $500,000 check …⟧", "⟦legislation that …⟧", "⟦a
//    lashing dissent⟧") 10 — the 44th session's "wrote OBJECT" about 1:1; "wrote about|of|to X about" 6 — the 22nd
//    session's "wrote|writes about" 11 / 8, dropped; insets the parenthetical rule does not read for their reporter,
//    "In particular, Will wrote, Christie can challenge …" ("Will" reads as the modal; with "Smith" the same sentence is
//    read), "…personality," public defender Shannon S. Quill wrote, Lazar is …" (after a quotation) 2; mixed quotes 4.
//  - "released" 22 (2 ~): "⟦the report⟧ was released" and other passives with no source 5; "released ⟦NP⟧" 10 (the 33rd
//    session's "released" 10 / 9 stands); a relative after a document put out, "released data Monday morning that
//    suggest ⟦…⟧", "a Web video that accuses ⟦Cruz of …⟧": a document's noun + "that|which" + a verb of saying, 5 / 3 /
//    6 (the 6 "an email chain that showed …", "internal documents that showed …"). Not written.
//  - "now" 39 (6 ~): no frame of its own — "now" is the first word after the auxiliaries of cues of every kind: "is now
//    assured of ⟦winning …⟧" 2 (one article), "now known as|called" 4 (the 45th session's "known as" 26 / 0 / 10 / 15),
//    "now deemed ⟦classified⟧" 3 (one Politico article), "now seeks|wants|regard|smears|must now confront" one each.
//  - "it" 21: the writer's impersonal "it is|was|remains|became (not) clear|unclear|certain|likely|possible|obvious …
//    (that|whether|how …)" 13 / 1 / 108 — the gold keeps a few articles' and leaves most; not written. The rest one each
//    ("It dawned on Murphy that …", "It doesn't take a mathematician to see why …").
// Kept (train gold gained / lost / false positives removed / added; folds gained/lost 1/0 1/0 1/0 1/0 1/0):
//  - after "reported" (a cue with other senses, wideGap.ts timeGapThat) a month, "in" and "quarter" join the words of a
//    time gap, and a hearer after "to" (a form of "report" or "reveal", up to three words, no "that" with a verb and its
//    object after it: toHearerEnd): "The Wall Street Journal reported in October ⟦that Fiorina's speaking firm …⟧",
//    "Facebook reported last quarter ⟦that its users were spending …⟧", "the foundation reported to the IRS ⟦that his
//    full-time salary was $31,592⟧": 3 / 0 / 0 / 0 (the regex's "had reported in June that", "estimated in 2005 that" lie
//    inside another gold content and stay unread). Outlets: one judged report found, ca-np-column-accelerator "the
//    Parliamentary Budget Officer reported in September ⟦that it could not verify …⟧".
//  - accordingTo.ts subordinateSkipped: the subordinate clause that opens the sentence may end at the comma right before
//    "according to" when it holds a verb with tense (its own doc example, "While most of those were elevated …, according
//    to a State Department official, ⟦two in the most recent batch were upgraded …⟧", was missed: the loop stopped three
//    tokens short of that comma): 1 / 0 / 1 / 0 ("Since last November, according to Human Rights Watch, …" has no verb
//    and stays whole).
//  - accordingTo.ts hasCue: a cue word blocks a comma-less "… according to X" only when it stands as a verb
//    (speaker.ts verbAt): "Clinton leads Sanders by 271 ⟨pledged⟩ delegates according to a count by The Associated
//    Press" — 1 / 0 / 0 / 0.
// All three: content P/R/F1 0.9008/0.5230/0.6618 → 0.9009/0.5234/0.6621, source accuracy 0.9629 unchanged, e2e F1 0.6544 →
// 0.6547, ALL 0.7776 → 0.7778. Dev (check only) byte-identical: P/R/F1 0.8469/0.5102/0.6368, ALL 0.7507. Outlets: found
// +1 inside a judged snippet, no new item outside them (FALSE_POSITIVE_CEILING as it was); us-probes byte-identical.
// FINDINGS (47th session, s47-qa, train, main 048cf31a: content P/R/F1 0.9011/0.5251/0.6636, 7,573 misses). The cue pools
// the 46th session listed and never started, by head (misses, ~ = a prediction over it), then the phrase counted over
// train (regex, occurrences / gold cue / of those found):
//  - "known" 37 (4 ~): "known as" 49 / 25 / 0. The gold is PolNeAR's naming with no source, half of the phrases (the
//    Islamic State "also known as ISIS or ISIL" 3 of 8, "the string of contests known as Super Tuesday" 4 of 9 in one
//    article), its content now the name alone, now the named noun phrase with it, now the subject of "is known as".
//    A name is no report for a reader; not written.
//  - "made" 36 (4 ~): "make|made … NOUN that|about|against|for|to" 59 / 35 / 12 — written (madeStatement.ts, below).
//  - "expected" 27 (8 ~): "BE expected to" 83 / 72 / 56; the 16 left split on whether the subject is in the content.
//  - "seen|viewed|regarded (by X) as" 72 / 36 / 18: the misses are a participle after a comma, "which is seen as", "can be
//    seen as" — one each; "see X as" 41 / 21 / 20.
//  - "offered" 75 / 41 / 15 — written for what is offered as a proposal or an account (lexicon.ts lightOffer, below).
//  - "voted|votes|voting for|against" 101 / 27 / 15: the 33rd session's rule holds; left "cast their votes for" (3 gold, one
//    NYT article), "are not voting for", "trick Americans into voting for" one each.
//  - "went on to" 30 / 13 / 8: "went" as a control verb past "on" (controlled.ts) gains "went on to attack Donald Trump",
//    "went on to criticize the Democratic National Convention …" and adds "went on to promote “Celebrity Apprentice”",
//    "went on to discuss his strong opposition …" (none gold): 2 / 2, not written. "went so far as to" 2 / 0.
//  - "passed" 66 / 22 / 0: a legislature's bill ("the Senate unanimously passed ⟦a bill making it easier …⟧"), about 8
//    gold within reach for 3 of the same frame not gold ("the European Parliament passed a resolution calling on Turkey
//    …", "14 states passed at least 30 laws …", one NYT sentence gold in one copy and not the other), the gold content
//    now the object, now its participle or relative ("passed laws ⟦barring almost all abortions …⟧"); not written.
//  - "announced + DET" 51 / 39 / 27: "announced his candidacy" is read; the 12 left are reporters in a subordinate clause
//    ("After Donald Trump announced …", "before announcing her run", "since announcing her decision") and passives
//    ("was announced the winner", no source), each its own.
// Kept (train gold gained / lost / false positives removed / added; folds gained+removed : lost+added 1:0, 5:0, 3:1,
// 4:0, 3:0):
//  - madeStatement.ts: the plurals of the nouns of argument before "that" ("made similarly bigoted charges ⟦that …⟧"),
//    "cases against", "argument(s) about", a "that" up to 10 tokens after the noun (a hearer with a description, "the
//    case to Democrats gathered in Philadelphia for their national convention ⟦that …⟧"), and the progressive "is|been
//    making" no longer taken for a passive: 6 / 0 / 0 / 0. Dropped: "allegations against", "points about" (1 gold, 1
//    false positive each: the object runs on past "in February", "via Twitter"); the object cut before its adjunct for
//    the nouns with a particle (objectBeforeAdjunct): 1 gained, 1 lost, 1 false positive added.
//  - lexicon.ts lightOffer: "offered specific plans|ideas|contradictory descriptions|a slogan|details": 6 / 0 / 1 / 1 (the
//    false positive "They did not offer ⟦details⟧" with a wrong reporter). Left: "advice" 1 gold of 3, "rhetoric" (its gold
//    not read), "explanation", "approach" (none gold).
//  - sourceless.ts itExpected: "It is|was (not) expected ⟦to …⟧", the pronoun left out of the content, no speaker: 3 / 0 / 0 /
//    0 (no other prediction). Not written: the same after "and|but" with the subject in the clause before ("… but is not
//    expected ⟦to meet Pope Francis⟧"): 4 gained and 1 speaker-null prediction over no gold on train, but 2 items outside
//    the judged snippets of the outlet fixtures (right as English; FALSE_POSITIVE_CEILING admits none). "cast their|his|
//    her ballot(s)|votes for" 11 / 3 gold (one NYT article) / 0: not written.
// All: train content P/R/F1 0.9011/0.5251/0.6636 → 0.9013/0.5261/0.6643, source accuracy 0.9624 → 0.9625, e2e F1 0.6558
// → 0.6564, ALL 0.7783 → 0.7787. Dev, outlets, us-probes byte-identical.
//
// FINDINGS (47th session, s47-qb, train, main 048cf31a: 7,573 misses, 6,241 with no prediction near, 509 under a direct
// quote, 823 overlapped). By the gold cue's string with no prediction near, the largest are "in" 42, "supporting" 24,
// "said" 23, "support" 22, "for" 20, ":" 16 — a long tail. Measured (regex over train: occurrences / gold cue / of those
// no prediction near):
//  - a poll standing, "X leads|trails|is ahead … in (the) poll(s)|survey(s)" with "in" as the cue, the clause before it
//    the content: 75 / 22 / 22, and the same frame left unannotated 47 times ("who leads in opinion polls", "Clinton
//    enjoys a strong lead in the polls") — not written (the 24th session's "in … poll" 166 / 33 stands);
//  - a share of people before a verb of choice ("support|favor|oppose|want …"): 127 / 37 / 17; the unread gold were
//    long subjects reporterOf does not read ("About two-thirds of Republican primary voters in all five states voting
//    Tuesday support", "Fewer than half of the voters surveyed in a new poll released Monday support") and "support ⟨at
//    least lowering …⟩" (pollChoice.ts's own doc example, dropped by "at" as no object). Kept (below);
//  - evidence before "suggest|indicate" (polls, data, records, statistics, evidence …): 29 / 24 / 10; the subject rules
//    read no bare evidence after an opener ("But early ratings data suggests that", "Indeed, statistics indicate that",
//    "Sure, official data suggest that"). Written as reporterOf's last fallback (findings.ts evidenceSubject for the
//    forms of suggest and indicate): 3 gained, 0 lost, 2 false positives added (one Washington Post sentence in two
//    copies whose gold ends before ", less than half of the 18 million viewers …"), 3:2 — dropped. Fronted finding
//    tails followed by more (", the new poll indicates, with each receiving …", ", records show, and aviation experts
//    say …") and "disclosures filed on Sunday night revealed" (a participle in the source) stay unread.
// Kept (train gold gained / lost / false positives removed / added; folds 1-5 gained 1, 1, 2, 0, 0, nothing lost or
// added): pollChoice.ts longShareSubject — a share in the first four words of a subject running back from the verb of
// choice to the sentence's start, a comma or a clause opener, with no verb with tense but a respondent's or a poll's
// participle ("surveyed", "released") between — and atLeast ("at least|most" opens an object): 4 / 0 / 0 / 0. Content
// P/R/F1 0.9011/0.5251/0.6636 → 0.9012/0.5254/0.6638, ALL 0.7783 → 0.7784; CV mean F1 0.6628 → 0.6630. Dev, outlet
// fixtures and us-probes byte-identical. Then naming.ts predicateAt: after "it" or "this" as the object, "the" or a
// possessive opens the name with no quotation marks ("Others call ⟨it the nerd prom⟩", "Critics call ⟨it the enforcement
// of political correctness⟩"; regex "call(s|ed|ing) it|this the|POSS" 8 / 8 gold / 2 unread): 3 / 0 / 0 / 0 (folds
// gained 1, 0, 1, 1, 0); dev, outlets and us-probes byte-identical.
// Measured and not written (regex over train: gold / not gold, outside quotations, no prediction near): "agree(d)|
// side(d) with X" 16 / ~9 ("A district judge agreed with the Democrats" not gold beside "a U.S. District Court judge
// sided with the Democrats" gold, "large majorities of Americans agreed with Trump", "chided him for siding with
// Republicans"; contents "with X that …", "X on the issue" vary); "is|are telling HEARER (at PLACE) that|how" 4 / 2 (AP
// "The Latest" items, "Hillary Clinton is telling customers at a … breakfast spot that …" not gold); "in NAME's|his|their
// view|mind" ~4 / 2 ("In his view, Mr. Trump would drastically worsen …", "for, in his view, dropping a slam-dunk case"
// not gold, contents around the phrase); "The idea|hope|conclusion is|has been that" 3 / 1; "call(s|ed) NAME the|POSS"
// 3 / 0, but "Lynch calls North Carolina ⟦her home state⟧" keeps only the name, 1 gain; "X tell(s) pollsters (that)" 1;
// a bare-clause say verb before an invariant past ("said former Secretary Clinton put speed over security") 1.
//
// FINDINGS (48th session, s48-rb, train, main ed88575b: 7,547 misses, 874 false positives). Grouped not by cue head but
// by the first word of the gold content when the cue stands before it (no prediction near): "the" 777, "a" 328, "to" 303,
// "that" 287, "his" 193, "whether" 67, "how" 53 — objects, infinitives, that-clauses and questions across every cue.
// Measured (regex over train: occurrences / gold / found):
//  - "PREP whether" after a noun or verb of debate ("split on", "questions about", "debate over", "decision on"): 98 / 40
//    / 5, with 58 not gold ("a question about whether …", "an FBI investigation into whether …", "hedged on whether") —
//    about 1:1 by noun, not written;
//  - "VERB HEARER that" (convince, persuade, assure, remind, warn, tell …, hearer up to 8 words): 280 / 161 / 143, the 18
//    unread each its own (the hearer rules hold);
//  - ", a|the latest … sign|reminder|signal that": 9 / 1 / 0, not written;
//  - a copula's "that" after a speech or thought noun (SPEECH_NOUNS, THOUGHT_NOUNS, HEARSAY_NOUNS) with no owner, the phrase
//    opening the sentence past "But|And|Yet|So": 9 / 9 / 1; the same phrase inside a sentence 7 / 1 ("the sense of the
//    campaign is that", "the fear for Clinton is that", "what makes Sanders' statement so disappointing is that") — kept
//    for the sentence's opening only (../../src/core/reported/hearsayNoun.ts openingCopula, no speaker): 7 / 0 / 0 / 0;
//  - an owned noun's copula past two modifiers ("Podliska’s most explosive claim is that") or a short phrase ("Sanders's
//    argument on Sunday was that", "His message long has been that"): owned "POSS (w){0,2} NOUN (w){0,5} is|was that"
//    11 / 9 / 2 (the 2 not gold a "his biggest worry about Trump is that" inside a report and "What makes …") — kept
//    (../../src/core/reported/speechNoun.ts copulaAfter): 3 / 0 / 0 / 0. Left: a lowercase possessive owner ("The Florida
//    senator’s answer was that"), "Perhaps X's …", an aside between commas ("His assumption, confidently stated on live
//    TV, was that").
// Both: content P/R/F1 0.9018/0.5267/0.6650 → 0.9018/0.5274/0.6655, source accuracy 0.9623 → 0.9622 (the speaker-null
// contents matched to gold with a Source), e2e F1 0.6570 → 0.6572, ALL 0.7790 → 0.7791; folds gained 2, 2, 2, 1, 3,
// nothing lost or added; CV mean F1 0.6642 → 0.6647. Dev, outlet fixtures and us-probes byte-identical.
// Then, by the words before a missed content that opens with a question word or "to":
//  - "split|divided|at odds|disagree(d) on|over|about" before "whether|how|what|which|who": 9 / 9 / 0 (before a noun
//    phrase 6 / 4) — kept (../../src/core/reported/disagreement.ts): 8 / 0 / 0 / 0 with "when" left out ("But they
//    disagree on when and how to move forward", NYT 2016-02-03, no gold); 3 outlet items judged;
//  - the half-tried expectation after "and|but" (sourceless.ts itExpected): 4 / 0 / 0 / 0, the 2 outlet items judged with
//    no source;
//  - an owned "call|desire|push" before "to" and a verb: 14 / 10 / 1 — kept for "call" and "desire" (speechNoun.ts
//    INFINITIVE_ONLY_NOUNS): 8 / 0 / 1 removed / 0 after two gates (an infinitive a verb with tense cuts when the phrase is
//    no subject, "had ignored her call to admit his stance on the lawsuit is wrong"; a noun's "of" before the owner, "the
//    true depth of Americans' desire to …"); "push" one train article. Owned "proposal|decision|refusal|plan(s) to":
//    15 / 4, 30 / 11, 21 / 4, 35 / 11 — not written;
//  - measured and left: "wonder(ing) whether|if|what …" 26 / 12 / 5 (the 7 unread have reporters the subject rules miss,
//    "are left wondering", "caused many to wonder", "It's hard not to wonder"); "the|one … question is|was whether|what"
//    16 / 6 / 1; "about|on|over how" 106 / 43 / 11 with 63 not gold; "(wrote|written|writing) about" in the engine (objectCue.ts
//    ABOUT2) 1 gained, 2 false positives (objects that run past a dash or a relative: "the event–organized by …") — dropped;
//    "shrugged off" 6 / 4 (lexicon.ts already lists it as tried, boundaries).
// All four: train content P/R/F1 0.9018/0.5267/0.6650 → 0.9021/0.5286/0.6666 (30 gold gained, 0 lost, 1 false positive
// removed, 0 added), dev, us-probes byte-identical.
//
// FINDINGS (50th session, s50-uk, train, main 15feda9d: 7,452 misses, 865 false positives). Pools with no prediction
// near, by construction (regex over train: gold unread / not gold unread), then in the engine (gained / lost / false
// positives removed / added). Kept: a speaker who uses an occasion or a medium to make a report controls the infinitive
// ("Ramos used his acceptance speech to call for ⟦…⟧", "has used it to advocate for ⟦…⟧"; ../../src/core/reported/
// controlled.ts usedFor): 3 / 0 / 0 / 0 — the words themselves ("using an expletive to describe ⟦the Bush
// administration⟧" gold, "used a socially unacceptable word to describe ⟦rival Ted Cruz, a word …⟧" past the gold's end)
// and a second verb after "and" (its subject misread) left out; "spoke out for|in favor of" (objectCue.ts TOPIC_VERBS):
// 2 / 0 / 0 / 0; "Since" before a fronted participle (frontedParticiple.ts): 2 / 0 / 0 / 0 ("By" 0); ", seeking (to)"
// after a main clause's comma (objectCue.ts COMMA_STANCE, with insideThatOrWhile): 5 / 0 / 1 / 0. Measured and left:
// "a group|super PAC|those supporting|backing X" 20 / 10 (PolNeAR marks half the super PACs); "signed a bill|order|
// treaty …" 10 / 11; "raise questions|doubts about whether|how" 6 / 2 on train, but the one dev phrase is no gold;
// "went after X" 7 / 16; "took to Twitter to" 1 / 6; "speech|op-ed VERBing" with a possessive owner 2 / 0 / 0 / 2 ("his
// stump speeches attacking ⟦free trade⟧" is gold with another cue, "Clinton’s Tuesday speech denouncing ⟦his economic
// policies with a speech of his own …⟧" runs on); "claim(s|ed)|purport(s) to" as intentions (infinitive.ts) 6 / 1 by
// regex, but the engine read none of them ("who claim to find …"), gained 2 elsewhere and added 1 false positive; ", offering" 4 / 5, ", supporting" 2 / 4; "Pressed|Challenged by X on"
// 1 / 1; a fronted feeling ("Worried the nation might miss …, the German government proposed") 2 / 3.
//
// FINDINGS (51st session, s51-vb, train, main a4b25ac9: 7,428 misses, 5,672 with no prediction within 20 characters). By
// the gold's construction, not headed by a cue verb (regex over train: gold / not gold, of them with no prediction near).
// Kept (gained / lost / false positives removed / added):
//  - an owned stance noun whose phrase opens the sentence, as its subject (../../src/core/reported/attackNoun.ts
//    openingOwner; ATTACK_NOUNS + "embrace", "endorsement"): "Trump's strikingly personal attacks on ⟦Curiel⟧ are …",
//    "But Trump's opposition to ⟦trade liberalization⟧ — …", "Kaine’s full embrace of ⟦the pro-choice position⟧ is …";
//    regex 21 / 1; engine 19 / 0 / 0 / 3 (folds 3:1, 3:1, 2:1, 2:0, 9:0). The same nouns inside a sentence with no
//    keeping-up verb are mixed (after a subordinator 12 / 3, most of the gold the whole phrase with another cue);
//  - the same opening with no owner, a content with no source (attackNoun.ts openingUnowned, via sourceless.ts):
//    "Opposition to ⟦trade deals⟧ has also galvanized …", "Support for ⟦Sanders⟧ has also been …": 7 / 0 / 0 / 0 (dev one
//    speaker-null prediction over no gold).
// Tried in the engine and dropped: the opening owned noun of intention before "to" ("Her plan ⟦to increase …⟧", "Mr.
// Trump's decision ⟦to seize on immigration …⟧"): 7 / 0 / 0 / 7, folds failing ("Mr. Johnson's attempts to turn around
// J.C. Penney failed", "California's plan to raise its minimum wage"); adjectives of stance after a copula added to
// objectCue.ts OF ("supportive|appreciative|fond|enamored|distrustful|leery|dismissive of"): regex 14 / 3 with no
// prediction near, engine 3 / 0 / 0 / 4 (objects that run on: "aren't enamored of ⟦Clinton but don't want …⟧", "fully
// supportive of ⟦Clinton and his millions of fervent followers …⟧"); "the (ADJ) question of whether|what|how|who|why" as a
// content with no source (hearsayNoun.ts): 6 / 0 gained, but 4 of the 6 are gold of the verb before it with a source
// ("tried at first to skirt", "has also not answered", "were divided over"), source accuracy 0.9636 → 0.9631, and only the
// two "begged the question of" are the construction's own. Measured and not written: "questions about|on ⟦X⟧" 73 / 32
// (36 / 29 with no prediction near; "raise questions about" gold and not alike); "(voted|argued|spoken out) in favor of"
// 26 / 5 (11 / 5 unread; "the odds in favor of" twice); "X's call|push|demand|request for" 31 / 15 (18 / 13 unread);
// opening owned "turn against|enthusiasm for|commitment to|rhetoric on|stance on|positions on|policy toward" about 9 / 4;
// tweets in <tweet> tags 21 gold of 131 (PolNeAR marks few); "Under X law|agreement, CLAUSE" 5 / 13; "By X's tally|
// count|measure, CLAUSE" 7 / 11; "did not respond to (a) request(s) for ⟦comment⟧" 29 / 12 (a verb's object: left to
// the verb-headed helpers). The lexicon's isVerbForm knows no "stand" (a plural's present after a name, "Trump's attacks
// on ⟦Curiel⟧ stand out", one of the three false positives kept).
// FINDINGS (51st session, s51-vm, train, main 25ad1494: 7,422 misses, 862 false positives). Verb-headed pools with no
// prediction near, measured by regex over train (gold content at the phrase and no prediction there / no gold and none
// predicted). Kept: phrasal verbs of dismissal and promotion, "shrugged|brushed|laughed|waved off", "talked|played up"
// (12 / 5 by regex; in the engine 9 gained, 0 lost, 2 false positives, ../../src/core/reported/lexicon.ts
// MORE_STANCE_VERBS). Left: "played|tamped down" 4 / 7, "walked back" 3 / 2, "ruled out" 4 / 7; "did not|didn't|has not … (immediately) respond|return|reply
// (to) …" ("Sullivan’s lawyer Beth Wilkinson did not respond to ⟦a request for comment⟧") 22 / 20 — PolNeAR marks half
// of these identical sentences; "posted|released|issued|published|shared|tweeted DET X" with the object as content
// ("before the F.B.I. released ⟦its findings⟧") 26 / 88 (11 of the 88 "issued a statement saying", whose gold is the
// participle's); "seeks|sought|seek to" 10 / 25 (", seeking to" is kept); "defend(s|ed|ing) X" 22 / 60;
// "requested|asking for anonymity" 4 / 2, too few for every fold and the two unmarked the same construction ("A White
// House official, who requested anonymity to discuss a private conversation, said"); "put|estimate DET … at NUMBER"
// ("Forbes put ⟦his net worth at $45 billion⟧") 3 in all of train.
import path from 'node:path';

import { opt } from '../harness/paths.mjs';
import { loadGold, readPrediction, scoreAgainst } from './reportedEval.mjs';
import { oneLine as one } from './spans.mjs';

const split = opt('--split', 'train');
const groups = Number(opt('--groups', '40'));
const examples = Number(opt('--examples', '3'));
const only = opt('--cue', null);
const pred = readPrediction(split, opt('--pred', null), 'reported');
const { res, docs } = scoreAgainst(loadGold(split), pred);
const texts = new Map([...docs].map(([file, d]) => [file, d.text]));
const predsOf = new Map(pred.documents.map(d => [path.basename(d.file), d.quotes.filter(q => q.kind === 'indirect')]));

const AUX = /^(?:has|have|had|is|was|are|were|be|been|will|would|could|should|may|might|must|can|did|does|do|also|not|never|just|still|repeatedly|previously|recently|reportedly|then|later|often|n't|has|’s|'s)$/;
/** The cue's head: its first word that is not an auxiliary or adverb, lower case. */
function head(text, spans) {
  const words = spans.map(([s, e]) => text.slice(s, e)).join(' ').toLowerCase().match(/[\p{L}’'-]+|:/gu) ?? [];
  return words.find(w => !AUX.test(w)) ?? words[0] ?? '-';
}
function context(text, s, e, w = 70) {
  let mid = text.slice(s, e); if (mid.length > 220) mid = mid.slice(0, 120) + ' … ' + mid.slice(-80);
  return `…${one(text.slice(Math.max(0, s - w), s))}⟦${one(mid)}⟧${one(text.slice(e, e + 40))}…`;
}

const byCue = new Map();
for (const { file, g } of res.misses) {
  const text = texts.get(file);
  const h = head(text, g.cue);
  if (only && h !== only) continue;
  const near = (predsOf.get(file) ?? []).some(p => p.start < g.end && p.end > g.start);
  const src = g.source ? g.source.text.replace(/\s+/g, ' ') : '(no source)';
  const line = `${near ? '~' : ' '} ${file.slice(0, 40)} [${src.slice(0, 40)} | ${g.cue.map(([s, e]) => text.slice(s, e)).join(' ')}] ${context(text, g.start, g.end)}`;
  if (!byCue.has(h)) byCue.set(h, { n: 0, near: 0, lines: [] });
  const grp = byCue.get(h); grp.n++; if (near) grp.near++; grp.lines.push(line);
}
const sorted = [...byCue.entries()].sort((x, y) => y[1].n - x[1].n);
console.log(`${split}: ${res.misses.length} gold indirect attributions missed, ${res.falsePositives.length} false positives; by cue head (n, ~ = overlapped by a prediction):`);
for (const [h, grp] of sorted.slice(0, only ? 1 : groups)) {
  console.log(`\n## ${h}  ${grp.n} (${grp.near} ~)`);
  for (const l of grp.lines.slice(0, only ? 1e9 : examples)) console.log('  ' + l);
}
const fp = new Map();
for (const { file, p } of res.falsePositives) {
  const h = (p.cue?.text ?? '-').toLowerCase();
  if (only && h !== only) continue;
  if (!fp.has(h)) fp.set(h, []);
  fp.get(h).push(`${file.slice(0, 40)} [${p.speaker?.name ?? 'null'}] ${context(texts.get(file), p.start, p.end)}`);
}
console.log(`\nFALSE POSITIVES by cue:`);
for (const [h, ls] of [...fp.entries()].sort((x, y) => y[1].length - x[1].length).slice(0, only ? 1 : groups)) {
  console.log(`\n## ${h}  ${ls.length}`);
  for (const l of ls.slice(0, only ? 1e9 : examples)) console.log('  ' + l);
}
