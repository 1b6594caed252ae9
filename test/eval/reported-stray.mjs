#!/usr/bin/env node
// Reported speech (#16), a development aid for precision: the STRAY indirect predictions — those with a speaker whose
// content overlaps no gold indirect Content at all (not the boundary mismatches, which overlap a gold Content:
// ./reported-boundaries.mjs covers those) — grouped by the rule family that made them (./reportedFamilies.ts tags each
// with its finder and the report's rule, "objectCues:object") and by cue word (lower case), with the same family+cue's
// counts on the split: every prediction, the matched ones (gold) and the false positives (non-gold). A stray that
// overlaps a gold DIRECT quote's quotation is marked "q" (mostly "called X “…”", a relation PolNeAR made direct).
//   node test/eval/reported-stray.mjs [--split train|dev] [--family PREFIX] [--cue TEXT] [--min N] [--limit N]
// --family keeps the families whose name starts with PREFIX, --cue one cue; --min keeps groups with at least N strays
// (default 1); --limit prints at most N strays a group (default 1000000), each with its context: ⟦content⟧, «cue».
//
// FINDINGS (42nd session, s42-precision-pp, train, main b26bf960: content P/R/F1 0.8983/0.5135/0.6535, 885 false
// positives, 274 stray; 37 of them over a gold direct quotation). By family (stray / predictions, gold, non-gold):
// objectCues 79 / 1562, 1349, 213; bareClauses 37 / 2215, 2028, 187; thatClauses 34 / 1877, 1745, 132; infinitives 34 /
// 463, 383, 80; accordingTo 17 / 401, 355, 46; frontedContent 10; namings 9; "?" 9; parentheticals 7; headlines 5; the
// rest 1-4 each. By family and cue the largest are "according to" 17 (355 gold / 46 not), bare "said" 9 (1074 / 71),
// "sought" 9 (31 / 12), namings' "called" 8 (85 / 17, 7 of the 8 over a gold direct quotation), headlines' ":" 5 (84 /
// 10); no family+cue has more strays than gold. Read as a reader would, about nine in ten are reports PolNeAR left
// unmarked, not misreadings (left): "Both men said there were no plans for an initial public offering", "Ross said a
// major concern was the oppressive heat", "…, according to public filings|its website|a State Department official",
// "AP-GfK Poll: Voters increasingly see Sanders as electable", "The Florida senator sought to calm his supporters",
// "Sanders also plans to meet with Reid", "Polls show that the race for Wisconsin is tight", "Trump, who has told aides
// he sees the issues as interconnected", "In years past, he has had sharp words for Washington"; the 37 over a gold
// direct quotation are relations PolNeAR made direct ("She called his executive actions “a crucial step forward …”",
// "According to Woodward, “…”"). The same constructions are gold elsewhere as often: a rival challenged in a race
// ("Sanders challenged her when she ran for a second term" not gold, "Ward is challenging McCain for the Arizona seat"
// gold), a thing that threatens or promises ("A pending ballot initiative threatened to raise the wage" not, "the RFS
// mandate … threatens to create a political bind" gold), "poised to" (2 gold of 3), evidence of things ("A walk through
// their campaign offices hints at these differences", "The Great Debate Debate shows the futility", "the statistics
// show part of the income picture": verbs of evidence with a source that is no name are 316 gold of 359), states and
// districts that voted ("The three states last voted for a Republican" not, "While the district had voted for Sen.
// Marco Rubio" gold), financial figures reported ("casinos … reported $2.17 billion in gaming revenue" not, "Mr.
// Kasich reported having $1.3 million in cash on hand" gold), tweets' texts ("Jeff Weaver told me photo circulating …
// pic.twitter.com/…" gold). Misreadings, no report at all, are one or two a construction: "There was no primary state
// where …" (a noun), "It told the story of Florida tomato pickers - a labor issue that Sanders had discovered" (a
// relative "that"), "Thompson started Thursday listening to …", "the Adoptee Citizenship Act, proposed federal
// legislation" and "most have proposed new, deep tax cuts" (adjectives), "Massachusetts and Vermont, states that vote on
// March 1", "FEC reports that track …" ("news reports that question …" is gold), "FAROOD SAYED named #sanbernadino" (a
// hashtag: "Dennis Prager Tells #NeverTrump Conservatives …" is gold), "pointing to one and then the other of his ears".
// Groups measured with ./reported-gates.mjs (its "stray:" groups; predictions dropped, false positives removed, gold
// lost, by fold): a content ending "by VERB-ing" 2, 1, 1; tweet markup or a URL in the content 6, 4, 2 (1/0 0/0 1/1 1/0
// 1/1); a determiner right before the cue 6, 2, 4; a base-form cue after "and|or|does|could …" in a question 10, 5, 5;
// the "?" finds (no family's finder) 78, 14, 64; an aspect verb as the cue 5, 2, 3; a Title Case line not the first 8, 1,
// 7; "defend" + seats|states 4, 2, 2 (before narrowing); a content right after "#|@" 2, 1, 1; "reported" + money 4, 2, 2;
// "voted for" 17, 4, 13; a participle cue after a comma with its object right after 176, 21, 155. None holds three
// removed to one lost in every fold. Made (readings with no gold lost, each in its family's file): the seats or states a
// party defends ("Plus Democrats are defending ⟦a number of red states in 2018⟧", objectCue.ts defendedGround), a
// prepositional phrase with its own "is|was" between a cue and "that" ("What gives establishment candidates reason for
// optimism is ⟦that the contests … will award delegates …⟧", thatClause.ts complementizer; with any "is|was" in the gap
// it also moved other contents, one on train with no gold change and two on dev ("The difference now, he told me on
// Friday, is that …", "What Cruz said, then, was that …"), so it was narrowed to a phrase opened by a preposition, the copula right after a word), an object that ends in "by
// saying" before the words said ("appeared to assert ⟦his leadership plans by saying⟧, “I am trying …”", controlled.ts
// meansOfSaying): train 3 false positives removed, 0 gold lost (folds 0/0 2/0 0/0 0/0 1/0), P 0.8983 → 0.8986, F1
// 0.6535 → 0.6536, ALL 0.7728 → 0.7729; CV mean F1 0.6526 → 0.6527. Dev (checked after): 154 false positives, 41 stray
// (objectCues 12, bareClauses 8, thatClauses 6), byte-identical output, P 0.8484 and ALL 0.7483 unchanged.
//
// FINDINGS (43rd session, s43-precision-uu, train, main 5d53c1e2: content P/R/F1 0.8983/0.5169/0.6562, 891 false
// positives, 275 stray; 37 over a gold direct quotation). Read again as a reader would, family by family: still about
// nine in ten are reports PolNeAR left unmarked ("Ross said a major concern was the oppressive heat", "The Florida
// senator sought to calm his supporters", "Trump so far hasn't attacked all the companies he listed", "In 1977, Donald
// asked Freddy to be the best man", "Mashable announced that …", "Clinton summarily rejected those days"), and each
// reading that looks like no report has its gold twin. Measured with ./reported-gates.mjs (its "stray2:" groups:
// predictions dropped, false positives removed, gold lost): a negated cue 61, 11, 50 ("did not mention Trump by name",
// "do not know how many tunnels there are" — "We do not know how many other Census confidentiality violations …" is
// gold); "know" + a wh-clause 17, 7, 10; a thing as the source of an infinitive (kind unknown) 22, 4, 17, or of any
// cue but evidence 202, 33, 168 ("A pending ballot initiative threatened to …", "looming baby boomer retirements promise
// to …"); threaten|promise|refuse with no person 47, 11, 36; challenge|attack with no person 62, 9, 53; a modal before
// the cue 61, 11, 50 ("Perhaps Russia will oppose …", "Prospective physicians could agree to …"); a question ("…?" after
// the cue, outside quotation marks) 24, 5, 19; a conditional "if|when" before the source 122, 14, 108; "if you|we" 2, 0, 2;
// a generic "you|one" 10, 1, 9; an imperative cue opening the sentence 98, 9, 89; a quote-label line ("Name: …") 50, 4,
// 46; the first line (a headline) for object, infinitive, bare and that-clause finds 52, 3, 49; a Title Case cue 165, 16,
// 149; "sought|seek" 59, 17, 42; "hope" 30, 6, 24; "referring to" 42, 5, 37; "thanked" 10, 2, 8; a share of poll
// respondents as source ("45 percent of registered voters nationwide said …") 112, 20, 92; "those who CUE" 0; the author
// as source ("I think …") 24, 6, 18; a possessor before its noun subject ("Welch's support pushes back on …") 40, 4, 36;
// a that-clause of four words or fewer ("Google found that structured interviews") 24, 6, 18; a tweet's line 14, 9, 5
// (folds 2/0 0/2 1/2 4/0 2/1); a correction line or "an earlier version of this story" 6, 1, 5; the anonymity terms
// anywhere in the content (quotes/lexicon.ts ANONYMITY) 5, 4, 1 ("Neither wanted to share his name with a reporter" is
// gold). Two hold: the anonymity terms after "on (the) condition" 4, 4, 0 (folds 1/0 0/0 1/0 2/0 0/0), made
// (reported/index.ts anonymityTerms: "Bob agreed to talk on the condition that his last name not be used …", "… who
// identified Sullivan but spoke on the condition of anonymity …"; the report is still resolved as its source's speech,
// only not shown — dropped before the people stage, the next "“Not even one,” he said" went to Donald Trump); and a cue
// "state" after "no|a|the" and a modifier, a noun ("There was no primary state where ''very conservative'' voters …") 1,
// 1, 0, left: the quotes stage (quotes/attribution/cue.ts isCue) reads it as the fragment's cue, and a fix there moves a
// direct quote's speaker. Train after: P 0.8988, R 0.5169, F1 0.6563, ALL 0.7743, e2e 0.6483, speaker 0.9527 unchanged;
// CV mean F1 0.6555, ALL 0.7736. PolNeAR dev, outlets and us-probes byte-identical (no dev content holds the terms).
//
// FINDINGS (44th session, s44-precision-xa, train, main de17e25b: content P/R/F1 0.8986/0.5187/0.6577, 892 false
// positives, 277 stray; 37 over a gold direct quotation). Read a third time as a reader would, stray by stray: still
// about nine in ten are reports PolNeAR left unmarked, and the readings that are no report at all come one or two a
// construction. The kinds the 43rd session left on dev, looked for on train (./reported-gates.mjs "stray3:" groups and
// the prediction grouped by hand; predictions, gold, false positives): a feeling "worried|concerned about NP" 12, 11
// gold, 1 ("voters … were worried about ⟦the economy⟧" is gold: PolNeAR marks the topic); a cue right after "by" (a
// means, "by asking …") 45, 38, 7 ("responded by ⟦saying …⟧" is gold), after a comma and "by" (a list of means) 0; a
// report inside an unread "believe|think" clause earlier in its sentence 28, 21, 7. A scan of all pairs of twelve
// features (family, cue, one and two words before the cue, the content's first one and two words and last word, the
// words after it, its length, the source's first word, the side) for groups with no gold and false positives on two
// folds finds only groups of three. Measured with ./reported-gates.mjs (dropped, false positives removed, gold lost,
// folds): a question, "?" right after an unquoted content 17, 5, 12 ("Q: Do you think ⟦Glass-Steagall should be
// reinstated⟧?" and "Did the Clinton Foundation refuse ⟦to turn over relevant documents⟧?" are gold); tweet markup
// ("<tweet", "</tweet") inside the content 5, 4, 1 (1/0 0/0 1/0 1/0 1/1: "Sanders aide Jeff Weaver told me ⟦photo
// circulating … pic.twitter.com/…<tweet⟧" is gold); a thing (source kind unknown or document) that threatens,
// challenges, promises, refuses, opposes, portrays or points to 21, 12, 9 ("The decision … threatens ⟦to create a
// political bind …⟧", "2nd website refuses ⟦to let Zimmerman sell …⟧" gold); "felt|feel like" 3, 2, 1 ("make his
// supporters feel ⟦like they've had a tangible influence …⟧" gold); "responded|replied to" before the content 22, 2, 20.
// Seen once and left (a pool of one): a "that" right after a preposition read as a complementizer ("Trump responded to
// ⟦that tweet⟧ by calling Alwaleed …"), the negative-quantifier source ("Nobody in British Columbia is talking about
// ⟦going that far⟧": "None of the major candidates is pushing for …" is gold), a physical pointing ("Tom Ebeling said,
// pointing to ⟦one and then the other of his ears⟧"). One holds: a question's second verb, a cue right after "and|or"
// with its content after it in a sentence that ends in "?", 3, 3, 0 (folds 0/0 0/0 2/0 1/0 0/0), made
// (reported/questions.ts questionSecondVerb, called in reported/index.ts and reported/aroundQuote.ts, whose report the
// "agree" one was): "… or does that person get tired and say ⟦the wrong thing or make bad decisions⟧?", "… to do its
// bidding and agree ⟦its “provisional” equation to allow Assad to remain in power⟧?", and "And the North American Free
// Trade Agreement, which Trump had called a "disaster" and promised ⟦to "rip up"⟧?" (a presupposed promise in a
// question's relative clause, its source read as the agreement: dropping it loses nothing). Train after: P 0.8989, R
// 0.5187, F1 0.6578, e2e 0.6500, ALL 0.7752, source 0.9623 and speaker 0.9527 unchanged; CV mean F1 0.6570, ALL 0.7744.
// PolNeAR train output changed only in those three reports (and two speakers listed from them alone, "Bernie Sanders"
// for "that person" and "North American Free Trade Agreement"); dev, outlets and us-probes byte-identical, so dev P
// 0.8471 and ALL 0.7498 stay: none of the 157 dev false positives is a question's second verb.
//
// FINDINGS (46th session, s46-precision-ze, train, main e89d01c7: content P/R/F1 0.9008/0.5230/0.6618, 878 false
// positives, 276 stray; 36 over a gold direct quotation). By ./reported-boundaries.mjs's kinds: none 226, long end 190,
// short end 173, late start 159, early start 81, over a direct quote 49. All read side by side with their sentence (the
// none, quote, late and early start kinds whole, 115 of the "said" ones). Why, as a reader would group them: reports
// PolNeAR left unmarked, as before about nine in ten of the strays ("Ross said ⟦a major concern was the oppressive
// heat⟧", "Both men said ⟦there were no plans …⟧", "Mashable announced ⟦that …⟧"); a nested report inside an outer gold
// content the rules miss (nearly all the late starts: "Carson wrote … ⟪that he'd been named the most honest student …
// by telling them ⟦they'd have to retake …⟧⟫"); a content swallowing a direct quote and its own inset attribution ("⟦“She
// is also a mother …,” another friend, Mariam Emara told CNN. “She used …”⟧"); a coordinated second verb of the same
// reporter that PolNeAR joins into one content while the rules split it ("Arnold said ⟦she did not condone violence⟧
// and hoped ⟦that people would …⟧": one of the two matches, the other is a false positive; 64 false positives overlap
// only a gold another prediction matched); the misreadings, no report at all, one or two a construction ("most have
// proposed ⟦new⟧, deep tax cuts", "no Republicans shows ⟦its near-term prospects are no better than⟧, say, …",
// "Trump has won the support of millions by echoing …" read as "millions" backing ⟦Trump⟧). Measured with
// ./reported-gates.mjs ("stray4:" groups; dropped, false positives removed, gold lost, by fold): a content holding its
// own cue 399, 50, 348 (PolNeAR's content runs round an inset: "⟦This campaign, he says, is different⟧" is gold), not
// "according to" 359, 41, 317; holding a direct quote with its cue 235, 31, 203, of another speaker 59, 12, 47 (4/9 2/11
// 5/11 0/13 1/3), of its own cue 1817, 122, 1693; the source's mention inside the content 388, 49, 339; a source after
// its content with an inverse cue, no verb of saying 92, 5, 87; "support|endorsement|backing of" with the source after
// 13, 2, 11 ("Last month, ⟦Mr. Cruz⟧ won the endorsement of Bob Vander Plaats" is gold); a content ending in a function
// word 72, 17, 55 (3/11 5/13 3/11 4/10 2/10), in "than|because|of|the|a" 4, 3, 1 (0/0 2/0 0/1 1/0 0/0: "It does not
// explain ⟦why they have embraced a xenophobic authoritarian instead of⟧" is gold; of the three, "that she was pleased
// Ms. Friedan had said that because" is cut short on purpose by clause.ts insetAfterClauseWord, to keep the quote after
// it Mrs. Schlafly's, and one "a" was the end of a mis-decoded "GarcÃ­a": a pool of one, left); a content of one
// lower-case word 43, 6, 37 ("endorsed ⟦her⟧", "said ⟦yes⟧" are gold); a participle cue right after its noun, a reduced
// relative ("the proportion of GOP primary voters saying ⟦…⟧", "T-shirts portraying ⟦…⟧") 204, 29, 175; the existing
// "double:" groups again: the inner of two reports on one cue 12, 8, 4 (1/1 3/2 2/1 2/0 0/0), inside a report of the same
// speaker 19, 12, 7 (1/1 4/3 3/1 4/1 0/1). The coordinated pairs, a reporter's "CUE ⟦A⟧ and|but CUE2 ⟦B⟧" (171 on train,
// by a scratch script on the saved prediction): PolNeAR joins A and B in 20 (16 of them after a clause), keeps them apart
// in 151; dropping the second removes 18 false positives and loses 153 gold, the first 21 / 150, joining the two into
// one content 39 removed, 67 added, 8 gained, 207 lost. None holds two to one in every fold. Made (no gate, a fix): a
// report found by two families was listed twice when the first kept report of the same content was a series pair of
// it — "And a couple of years later, he echoed ⟦that comment⟧, recalling ⟦an anecdote about watching Mr. Clinton work a
// crowd⟧" (train, New York Times 2015-12-31: the second "recalling" find was compared with "echoed" alone, whose content
// still ran on over it, and kept beside the first); reported/index.ts sameNear now passes over a series pair and finds
// the twin. Train: 1 false positive removed (the second fold of run-eval --cv: 1677/1876 → 1677/1875; the others 0/0),
// 0 gold lost, P 0.9008 → 0.9009, R, F1, source, e2e and ALL unchanged, CV mean F1 0.6611 and ALL 0.7769; the only
// output change on train is that one duplicate; dev, the outlets and us-probes byte-identical (no other duplicate of an
// indirect span on any of them), so dev P 0.8469 stays: none of its 158 false positives is a duplicate.
//
// FINDINGS (48th session, s48-rc, train, main ed88575b: content P/R/F1 0.9018/0.5267/0.6650, 8,901 predictions with a
// speaker, 874 false positives). By all-false-positives.mjs's reasons: 280 overlap no gold (stray: 281 here), 57
// overlap only a gold another prediction matched (double: nested and coordinated reports PolNeAR joins, "the Times
// said, ⟦including speeches …⟧" under an outer one), 537 overlap a missed gold (boundaries, left to the bounds helper).
// No exact duplicate span is left. Measured with ./reported-gates.mjs (its "p48:" groups; dropped, false positives
// removed, gold lost, folds): a NYT "ABSTRACT." paragraph 30, 4, 26; over half the content inside quotation marks 799,
// 59, 740; a naming with a quotation inside 147, 23, 123, ending in one 105, 16, 88 (PolNeAR made "called ⟦X “…”⟧"
// direct in 7 of the 8 namings strays, but it is mixed gold 88 times); "referring to" after a quotation 32, 5, 27,
// right after a say tag 20, 3, 17; the same content text as an earlier report 21, 1, 20; over a direct quote of the
// same speaker 1910, 128, 1780; a content opening with a quotation mark 94, 9, 85; intentions
// (plan|aim|seek|try|want|hope + infinitive) 185, 38, 147, "sought|tried|attempted" 43, 12, 31, a cue after
// "tried|sought to" 12, 4, 8, a modal before hope|want|plan 5, 3, 2; a content or a source mention inside parentheses
// 22, 2, 20 and 13, 2, 11; a first-person "I|we" source 107, 29, 78; a list-item line 6, 0, 6; "those who CUE" 9, 5, 4
// (1/0 1/3 1/0 0/0 2/1); "who declined to" 6, 4, 2 (0/0 2/0 2/0 0/1 0/1); a yes|no answer 7, 1, 6; cues read in another
// sense, "show|showed" with a person as source 22, 4, 18 ("He shows ⟦little personal interest in …⟧", "Fiorina showed
// ⟦subtle hints that …⟧" are gold), "voiced" 5, 2, 3. A pair scan of fourteen features (family, cue, one and two words
// before the cue, the content's first one and two words and last word, the word after it, the source's kind and first
// word, side, length, the character after the content, first line, the cue's tense: a scratch script, the 44th
// session's scan with new features) finds only groups of 3-5 with two or more folds. Four groups pass the bar by their
// size alone; three not made: "supported|backed|voted for X in YEAR|over NAME" 4, 3, 1 (narrowed to a capitalised rival
// 3, 3, 0) reads a past vote, but PolNeAR marks it ("voted for ⟦the Republican nominees⟧ in 2008 and 2012", "backed
// ⟦Ron Paul for the presidency⟧ in 2012", and "he supported ⟦Barack Obama over Clinton⟧", whose false positive is a
// content cut before "over Clinton", a boundary); "supported" after "he|she|they" 5, 4, 1 (an artefact of the pronoun);
// an "I|we" source inside tweet markup 2, 2, 0 (no train gold has a first-person source in a tweet, but only these two
// tweets offer one). Made, narrowed from "will|did hope to" 2, 2, 0 (the emphatic "Cruz did hope ⟦to have finished …⟧"
// is a report of his hope): a hope right after a modal, the writer's conjecture as a modal's want already is
// (reported/infinitive.ts conjecturedHope, any family): "Democrats will hope ⟦to capitalize on …⟧"; of the six
// "will|would|can|should hope" in train none is gold. Train: 1 false positive removed, 0 gold lost (folds 0/0 1/0 0/0
// 0/0 0/0), P 0.9018 → 0.9019, F1 0.6650 → 0.6651, CV mean F1 0.6642 → 0.6643; the only train output change. Dev,
// checked after: 1 false positive removed ("many Mexicans would hope ⟦their northern neighbor were farther away⟧", a
// bare clause), P 0.8469 → 0.8477 (157 false positives), ALL 0.7507 → 0.7509; outlets and us-probes byte-identical. So,
// as the 41st-46th sessions found, the false positives that are no report at all come one or two a construction, and
// each construction has gold twins.
//
// FINDINGS (49th session, s49-sc, train, main 6925db74: content P/R/F1 0.9024/0.5288/0.6668, 8,920 predictions with a
// speaker, 871 false positives: 280 over no gold, 57 double, 534 boundaries). Measured with ./reported-gates.mjs (its
// "p49:" groups; dropped, false positives removed, gold lost, folds): endorse|back|support with a person alone as the
// content ("who endorsed ⟦him⟧", "Christie endorsed ⟦Trump⟧" gold) 73, 14, 59, "endorse" alone 51, 9, 42; "who" + one of
// those verbs or praised|accused|attacked 31, 9, 22, after has|have|had 11, 5, 6 (1/2 1/1 0/1 2/2 1/0); a pronoun alone
// as the content 17, 4, 13; a content ending in tweet markup 5, 4, 1 (the lost one, fold 5, "Jeff Weaver told me ⟦photo
// … pic.twitter.com/…<tweet⟧", is gold), or in a URL 7, 5, 2; a negated "mention" 14, 3, 11, "made no mention of" 5, 1,
// 4; a span of time as the source 4, 1, 3; one lower-case word before a comma 9, 2, 7 ("said ⟦yes⟧", "endorsed ⟦her⟧");
// around a quoted fragment, a verb of beginning as the cue 2, 1, 1 ("Purple PAC … began ⟦a $1 million ad buy … an
// "honorable choice" …⟧" is gold), a content opening in capitals 20, 5, 15; a modal before agree|refuse|promise 1, 1, 0
// (not made: modals before a cue are mostly gold, 110 / 88 / 22 in ./all-false-positives.mjs's features). Read as a
// reader would, the false positives over no gold are again mostly reports the annotators left out; made, each a
// misreading with no gold twin on train (unit tests with the train sentences): a plural noun set off by a comma after a
// name ("Massachusetts and Vermont, states ⟦that vote on March 1⟧", thatClause.ts); a verb of beginning whose gerund is no
// verb of saying ("Thompson started ⟦Thursday listening to … a "unity" lunch⟧", aroundQuote.ts aspectOfActivity); one
// adjective before a comma ("most have proposed ⟦new⟧, deep tax cuts", index.ts loneListAdjective, compromise's
// adjectives); a relative word opening the words around a quoted fragment, the cue no verb that takes a question ("There
// was no primary state ⟦where ''very conservative'' voters …⟧", aroundQuote.ts relativeAfterNoun: the 35th session's
// "asked where" objection answered by WH_VERBS); the writer's guess at a source's belief ("It doesn't sound like Rubio
// knows ⟦what he'll do next⟧", index.ts conjecturedBelief). Train: 5 false positives removed, 0 gold lost (folds 3/0 0/0
// 0/0 2/0 0/0), P 0.9024 → 0.9029, F1 0.6668 → 0.6670, ALL 0.7798 → 0.7799. Tried and dropped: a "that" after a noun
// phrase a dash opens ("told the story of Florida tomato pickers - a labor issue ⟦that Sanders had discovered …⟧") — the
// story family then reads "told the story of ⟦Florida tomato pickers - …⟧", no gold either: 1 removed, 1 added. Dev,
// outlets and us-probes byte-identical: dev P 0.8477, 157 false positives (the goal, 154, not reached by misreadings of
// one case each).
//
// FINDINGS (50th session, s50-ub, train, main a5368a08: content P/R/F1 0.9031/0.5302/0.6681, 8,927 predictions with a
// speaker, 865 false positives: 276 over no gold (36 over a gold direct quotation); ALL's view: none 275, double 57,
// boundary 533, wrong-source 268). Read a fifth time, the strays are still reports PolNeAR left unmarked with gold twins
// ("The Florida senator sought ⟦to calm his supporters⟧" beside gold "sought to ease …"; "Her campaign quickly blasted
// ⟦out an email to supporters …⟧" is not gold, "he blasted ⟦out a new robocall …⟧" and two more "blasted out" are).
// Measured with ./reported-gates.mjs (its "p50:" groups; dropped, false positives removed, gold lost, folds): a content
// opening with including|such as|like 9, 3, 6 (0/2 2/2 1/0 0/2 0/0); "described" with no "as" 26, 4, 22; an object with
// an -ly adverb after its head ("attacked ⟦her harshly⟧") 29, 5, 24, ending in one 7, 2, 5; a headline's "Poll:" 7, 3, 4;
// "advocate|proponent for" 8, 1, 7; "that" and a verb opening the content (a relative) 22, 4, 18; the inner of two
// contents on one cue, six words or fewer 7, 4, 3 (0/1 2/1 1/1 1/0 0/0), three words or fewer inside a content of the
// same cue or speaker 6, 4, 2 (0/0 2/1 0/1 2/0 0/0); "show" and a name with with|at|in (a poll's table) 19, 2, 17;
// "sought to" and a verb of deed 16, 9, 7 (0/1 2/3 4/1 1/1 2/1); a thing that threatens|promises|refuses 12, 2, 10; a
// content inside tweet markup 10, 7, 3 (2/0 0/2 1/0 3/0 1/1), running into markup or a URL 7, 5, 2; a Q&A answer line
// ("A: I felt ⟦like I had no voice⟧", two articles) 45, 11, 34, its "I|we" 31, 8, 23; "who" after has|have|had 53, 14,
// 39, a deed's verb after "who have" 10, 5, 5; a cue after "to" (an infinitive cue) 125, 14, 111; a noun and "to" before
// the cue ("the campaign's decision to tell …") 3, 2, 1; a capitalised common word at a line's start as the source 137,
// 10, 127; a particle after the cue ("blasted out") 12, 2, 10. None holds 2:1 in every fold. Singletons left (one article
// each, no rule a second article backs): "Google found ⟦that structured interviews⟧, in which …" (a determiner "that"),
// "recently pointed to ⟦a black man in the crowd⟧" (a gesture). Made (a misreading, no gold twin on train): a
// preposition in -ing opens no say-clause content ("… on a variety of work-related topics, the Times said, ⟦including
// speeches, meetings and news media appearances⟧": sayClause.ts, reported/lexicon.ts ING_PREPOSITIONS, which
// NOT_A_PARTICIPLE now spreads): train 1 false positive removed, 0 gold lost (folds 0/0 0/0 1/0 0/0 0/0), P 0.9031 →
// 0.9032, F1 0.6681 → 0.6682; the CLI output on train changed in that one report only. Dev, outlets and us-probes
// byte-identical: dev P 0.8477, 157 false positives (goal 154) unchanged.
import fs from 'node:fs';
import path from 'node:path';

import { opt } from '../harness/paths.mjs';
import { familiesAnalyzer, loadGold, scoreAgainst, splitDirs } from './reportedEval.mjs';
import { oneLine as one } from './spans.mjs';

const split = opt('--split', 'train');
const familyOnly = opt('--family', null);
const cueOnly = opt('--cue', null);
const min = Number(opt('--min', '1'));
const limit = Number(opt('--limit', '1000000'));
/** Characters of context shown on each side. */
const CONTEXT = 70;

const analyzeWithFamilies = familiesAnalyzer('reported-stray');

const { textDir } = splitDirs(split);
const gold = loadGold(split);
const documents = [], familyOf = new Map();
for (const g of gold.docs) {
  const { quotes, families } = analyzeWithFamilies(fs.readFileSync(path.join(textDir, g.file), 'utf8'));
  documents.push({ file: g.file, quotes });
  for (const [k, f] of Object.entries(families)) familyOf.set(`${g.file}#${k}`, f);
}
const { res, docs } = scoreAgainst(gold, { version: 1, documents });
const falsePositive = new Set(res.falsePositives.map(x => `${x.file}#${x.p.start}-${x.p.end}`));
const over = (s, e, a, b) => Math.min(e, b) > Math.max(s, a);

/** The prediction in its context, ⟦content⟧ and «cue». */
function show(text, p) {
  const marks = [[p.start, '⟦'], [p.end, '⟧']];
  if (p.cue) marks.push([p.cue.start, '«'], [p.cue.end, '»']);
  marks.sort((x, y) => x[0] - y[0] || (x[1] === '⟧' || x[1] === '»' ? -1 : 1));
  const lo = Math.max(0, marks[0][0] - CONTEXT), hi = Math.min(text.length, marks[marks.length - 1][0] + CONTEXT / 2);
  let out = '', at = lo;
  for (const [o, m] of marks) { out += text.slice(at, o) + m; at = o; }
  return '…' + one(out + text.slice(at, hi)) + '…';
}

const groups = new Map();
let strays = 0, quoted = 0;
for (const doc of documents) {
  const d = docs.get(doc.file);
  for (const p of doc.quotes) {
    if (p.kind !== 'indirect' || !p.speaker) continue;
    const key = `${doc.file}#${p.start}-${p.end}`, fam = familyOf.get(key) ?? '?';
    if (familyOnly && !fam.startsWith(familyOnly)) continue;
    const cue = (p.cue?.text ?? '-').toLowerCase();
    if (cueOnly && cue !== cueOnly.toLowerCase()) continue;
    const k = `${fam} «${cue}»`;
    const row = groups.get(k) ?? { n: 0, fp: 0, stray: [] };
    groups.set(k, row);
    row.n++;
    if (!falsePositive.has(key)) continue;
    row.fp++;
    if (d.indirect.some(g => g.content.some(([a, b]) => over(p.start, p.end, a, b)))) continue;
    const q = (d.quotes ?? []).some(x => over(p.start, p.end, x.innerStart, x.innerEnd));
    strays++;
    if (q) quoted++;
    row.stray.push(`${q ? 'q ' : '  '}${doc.file.slice(0, 34)} [${p.speaker.name}] ${show(d.text, p)}`);
  }
}
const s = res.summary.indirect;
console.log(`${split}: content P ${s.contentPrecision} R ${s.contentRecall} F1 ${s.contentF1}; ${res.falsePositives.length} false positives, ${strays} stray (over no gold Content; ${quoted} of them over a gold direct quotation)`);
const rows = [...groups].filter(([, r]) => r.stray.length >= min).sort((a, b) => b[1].stray.length - a[1].stray.length || b[1].fp - a[1].fp);
const byFamily = new Map();
for (const [k, r] of groups) {
  const f = k.split(' «')[0], t = byFamily.get(f) ?? { n: 0, fp: 0, stray: 0 };
  byFamily.set(f, { n: t.n + r.n, fp: t.fp + r.fp, stray: t.stray + r.stray.length });
}
console.log(`\n${'family'.padEnd(44)} ${'stray'.padStart(5)} ${'n'.padStart(5)} ${'gold'.padStart(5)} ${'non-gold'.padStart(8)}`);
for (const [f, t] of [...byFamily].filter(([, t]) => t.stray).sort((a, b) => b[1].stray - a[1].stray)) {
  console.log(`${f.padEnd(44)} ${String(t.stray).padStart(5)} ${String(t.n).padStart(5)} ${String(t.n - t.fp).padStart(5)} ${String(t.fp).padStart(8)}`);
}
console.log(`\n${'family «cue»'.padEnd(60)} ${'stray'.padStart(5)} ${'n'.padStart(5)} ${'gold'.padStart(5)} ${'non-gold'.padStart(8)}`);
for (const [k, r] of rows) console.log(`${k.padEnd(60)} ${String(r.stray.length).padStart(5)} ${String(r.n).padStart(5)} ${String(r.n - r.fp).padStart(5)} ${String(r.fp).padStart(8)}`);
for (const [k, r] of rows) {
  console.log(`\n## ${k}  stray ${r.stray.length}, gold ${r.n - r.fp} / non-gold ${r.fp}`);
  for (const l of r.stray.slice(0, limit)) console.log('  ' + l);
}
