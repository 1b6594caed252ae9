#!/usr/bin/env node
// Reported speech (#16), a development aid for precision: every indirect prediction with a speaker on a PolNeAR split,
// by the rule family that made it (./reportedFamilies.ts tags each with its finder in src/core/reported/index.ts's
// RULES), as a table: predictions, matched, precision, and the false positives that overlap no gold Content ('none')
// or overlap one without matching it ('boundary'); with --family, the same by cue text inside that family, and with
// --cue its predictions, each with its context (ok / NONE / BND). Matching is the scorer's own
// (../shared/eval/polnear-attributions-score.mjs).
//   node test/eval/reported-families.mjs [--split train|dev] [--family NAME] [--cue TEXT] [--min N] [--write PRED.json]
// NAME is the finder's function as the source names it (bareClauses, objectCues, reportedBy, …: ./reportedFamilies.ts),
// and for the families cueFamilies runs (src/core/reported/cueFamilies.ts) "cueFamilies/" and the family's function
// ("cueFamilies/findingAt", "cueFamilies/questionAt"; --family cueFamilies takes them all); "?" is a find that no
// wrapped finder returned as it stands (made outside RULES, or rebuilt after its finder); --min keeps rows with at
// least N false positives (default 1 for families, 3 for cues); --write also saves the prediction (for ./reported-diff.mjs).
//
// FINDINGS (December 2026, train, main 948e020 + s13-boundaries): content P 0.8715. By family (predictions, P):
// bareClauses 2135 0.878, thatClauses 1838 0.907, objectCues 1199 0.843, infinitives 419 0.811, accordingTo 394
// 0.863, frontedContent 384 0.901, cueFamilies 310 0.858, parentheticals 180 0.844, namings 151 0.808, speechNouns 47
// 0.702; no family is low enough to drop (dropping predictions of precision p raises F1 only when p < F1 / 2, about
// 0.29). Of the 976 false positives, 707 overlap a gold Content (boundary) and 269 none. The low-precision cues are
// a spread of annotators' choices, not a construction: "sought to" 44 0.68 (10 none: "sought to calm his supporters"
// unannotated beside "sought to ease his concerns" annotated), "thought" (bare clause) 21 0.48, "believe" 27 0.63;
// a reporter in a relative clause on a preposition's object ("support from those who said …") 43 0.60. Cutting
// contents before a word of time, a preposition or a subordinator loses more matches than it gains on every family
// (objectCues: 14 gained / 157 lost before "in/on/at/from/during/…"; bareClauses: 22 / 175 before "after/because/as/…").
//
// FINDINGS (17th session, train, from content P 0.8788, 933 false positives: 267 none, 226 long end, 182 short end,
// 147 late start, 111 early start). A boundary move that a word or mark after the content decides is a coin toss on
// every family: ending before ", VERB-ing" 18 fixed / 95 broken; going on past ", but" 12 / 49, ", which" 12 / 36,
// ", who" 6 / 20, ", while" 4 / 12; objects ending before "while/after/when/as/…" 13 / 106, before a dash 6 / 7, before
// ", the/a" 6 / 9; "according to" contents starting after ", with" 4 / 4 or ", and" 4 / 6, ending before ", according
// to" 3 / 23; a that- or bare clause going on into the quotation after its sentence (as continued.ts does for contents
// before their cue) 13 / 13; among two reports of one cue, keeping the longer 4 right / 3 wrong. What did help are
// constructions: a poll's "In a … poll, 79 percent said …" as the poll's whole finding, no content before a cue whose
// own clause follows it, one content per cue, "said it best", and reports inside a restrictive relative clause on the
// sentence's subject ("Those who said …"). Low-precision cues stay a spread of annotators' choices ("sought to" 0.70,
// bare "thought" 0.50, "felt" 0.50, "endorsed" 0.76, "referring to" 0.85: the same frames annotated and not).
//
// FINDINGS (18th session, train, from content P 0.8813, 922 false positives: 264 none, 227 long end, 178 short end,
// 147 late start, 106 early start). Poll answers ("47 percent said …") are gold 97 times of 123: no group to drop. What
// helped were readings a rule gets wrong, not word lists: a content running into its reporter's next report ("she
// criticized Singer and challenged him …": 9 / 2), a closing aside in parentheses (3 / 0), a sentence that ends inside
// brackets ("….) But …": 3 / 1). Coin tosses again: cutting before ", even though|although" 7 / 18, ", however" 2 / 5,
// a dash 43 / 108, " as|after|when|because he …" 8 / 13, 7 / 37, 4 / 38; trailing times, places and channels ("on
// Wednesday at a rally") move no match (the scorer's 50% overlap); an inset's opening of time or circumstance left out
// ("Six months ago, he said, …") 3 / 2; of two readings of one cue from the same start, keeping the longer 5 / 1 on
// train but 0 / 1 on dev (not kept).
//
// FINDINGS (19th session, s19-precision, train, from content P 0.8843, 919 false positives): 267 match no gold ('none'),
// 56 overlap only golds another prediction already matched ('redundant': a sibling report of the same reporter 15, of
// another 17, an inner cue inside a matched content 13, two readings of one cue 6), 592 overlap a missed gold (boundary).
// Dev: 40 / 9 / 100 of 149. The 'none' ones are mostly PolNeAR's annotators' choices, not readings a rule gets wrong:
// they attribute the writer's own "I" (48 of 75 such predictions gold), negated cues ("did not mention", 44 / 54),
// reports in a restrictive "who" clause (68 / 103), wh-clauses after "know"/"decide" (16 / 24), "blasted out" (2 / 3),
// "declined to be named" (1 / 2), "questions about" (6 / 8), mixed contents with three words or fewer outside the
// quotation marks (324 / 360). What was cut were misreadings (10 false positives, no gold lost): a bare clause read
// over the reporter's second verb or an adjective participle, a headline's adjective or verbless question, a lone
// subordinate clause as fronted content, "plans" in a range "from … to …", an inset whose tail has its own verb, the
// source's participle after "According to X,". Tried and not kept: a hearer's relative clause ("told the mayors who
// gathered …": 4 removed, but the outer report lost its place in the duplicate check: 1 gold lost, 2 added); things
// that promise or threaten ("The debate promised to be …": 4 removed, 4 gold lost — "the RFS mandate … threatens to
// create a political bind" is gold); keeping the longer of two overlapping readings of one cue (6 removed, 3 lost).
//
// FINDINGS (19th session, s19-bounds, train, from content P 0.8843, 919 false positives: 271 none, 225 long end, 181
// short end, 146 late start, 96 early start). Boundaries again: every cut or extension a word or mark decides is a coin
// toss or worse (simulated on the whole train prediction, gold gained / lost): ending before ", VERB-ing" 24 / 105
// (13 / 37 on bare and that clauses alone, 12 of the losses before ", including"), ", even though|despite|whether"
// 15 / 58, ", after|because|while|when|as|though" 12 / 65, ", which|who|where" 2 / 34, ", and" 19 / 96, ", but"
// 1 / 35, a dash 16 / 35, a colon 6 / 48 (before a quotation 3 / 17), " after|before|while|as …" 73 / 569; a
// sourceless content ("X seems …", "is expected to …") run on to its sentence's end 24 / 98 (past a participle, a
// dash or "including" only: 8 / 8). Of two reports joined by "and", ", and", "but" or a comma with one reporter the
// gold is two contents 254 times to 24 one. What helped is a reading: a share's gapped next share ends its content
// (pollChoice.ts shareGapEnd, 3 / 0), and a fronted content whose sentence goes on after a mid-sentence tail ("The
// argument would be aided, Devine said, by the upcoming primary calendar") was 2 / 0 (not made: fronted.ts). Sources
// were the larger gain: 391 wrong, 89 of them inside the gold Source but off its head (the first conjunct, "One of …",
// the document before "by", a title or "The"); the whole phrase shown (Report.phrase) set 18 right on train, 5 on dev.
//
// FINDINGS (20th session, s20-precision, train, from content P 0.8857, 913 false positives: 261 none, the rest
// overlapping a gold). The 'none' ones are again a spread: by cue, by family, by speaker ("who" 195 predictions 0.76,
// the writer's "I" 80 0.65), by outlet, by line (headline 0.92), by the share inside quotation marks (mixed contents
// are the more precise, 0.91-0.92) no group is mostly not gold. Coin tosses measured on train: a relative "who" after
// ", said X," (14 gold / 7 none), a hypothetical "would/could/might" before the cue (19 / 2), a passive cue (12 / 1),
// "ADJUNCT, he said, “QUOTE”" with a capital in the quotation (5 / 3), "that" + a plural noun's verb ("news reports that
// question …" is gold, "reports that track …" not), "X's biggest/pledge" nouns, pronoun objects of stance verbs
// (95 / 13), a verbless that- or bare clause (gold about two times in three: "echoed that promise", "doubt that Trump
// moment"). A participle in the sentence's subject ("The proportion of GOP primary voters saying they want a ban … is
// as high as …") read as no report lost 11 gold for 6 false positives removed: the content's end is the error there,
// not the report. What was cut were misreadings (12 false positives, 0 gold lost): a cue followed by its object after
// a fronted content ("…, Mr. Trump officially claimed the nomination"), a relative clause or "not VERB-ing" after a
// say-verb's comma, a cue's form that is a noun ("Mr. Ackman's biggest bet", "have claims", "message that emerges"),
// "it this way:", "was first noted when", "an awkward but promising transition", a gap's "that" with its verb and
// object ("enterprises that provide crucial services"); and "it's worth noting that …" is the writer's aside with no
// source, as PolNeAR marks it (1 more). Train 0.8857 → 0.8872 (13 fewer, 1 gold more); dev 0.8430 → 0.8466 (4 fewer, 1 more).
//
// FINDINGS (21st session, s21-precision, train, from content P 0.8873, 902 false positives: 249 none). Lowest families:
// relativeClauses 0.803, infinitives 0.812, namings 0.816, controlledCues 0.808, shortAnswers 0.800 — their false
// positives are boundaries inside a longer gold or annotators' choices ("sought to" again, things that threaten or
// promise). Groups measured on train (false positives / matches): a content holding its own cue with a quotation after
// it ("After she blurted it out, she said, “…”") 8 / 22; an inset "according to" inside the content 9 / 31, and ending
// such a content before ", according to" 7 removed, 9 gold lost, 3 gained; mixed contents with three words or fewer
// outside the quotation marks 35 / 326; a participle in the sentence's subject whose content is cut before the main
// verb ("Progressive groups encouraging Clinton to run … are hailing …") 0 gained, 13 lost; two readings of one cue,
// one inside the other, keeping the longer 5 removed / 2 lost (dev 0 / 1, as the 18th session found); any report
// nested in another of the same reporter dropped 15 removed / 9 lost; a content that ends before a negated second
// verb of speech ("…, though she did not discuss their terms", "and his campaign did not respond to …") 2-3 gained,
// 1 lost depending on the verb list (too few to enter). A false positive covering two or more golds (the content ran
// over a second report) is 114 of about 900. What was cut (5 false positives, 1 added, 0 gold lost): "that" before a
// time as its determiner ("CNN reported that night Ex-CIA chief …"), a preposition after a particle or a controlled
// verb ("referred to on social media as …", "want to defend in a general election"), a modal after a cue's form ("the
// billionaire lists can grow contentious"). Not kept: "as" right after a particle ("which her campaign refers to as a
// firewall", 1 removed on train) — dev's "which RT pointed to as an example of its openness" is gold.
//
// FINDINGS (22nd session, s22-precision, train, from content P 0.8878, 900 false positives: 249 none, 58 'redundant'
// (every gold they overlap is matched by another prediction), 593 overlapping a missed gold). Cut: a report inside the
// content of its own reporter's report, left there by secondReport.ts (a mental-state verb after "and", "to tell him",
// "asking …" inside an object): index.ts sameReporterInside, 6 removed, 0 gold lost (dev 1 / 0). Measured and not
// kept, train (false positives / matched): inanimate sources outside the people lexicon ("a comparison … show", "the New
// Hampshire primary threatens") 111 / 733 — polls, reports, websites, campaigns are gold; poll shares ("60 percent said")
// 27 / 147; requests with an object and "to" ("asked Freddy to be …", "called on Kurds not to …") 20 / 133; headlines
// "NAME: …" 11 / 96 and title-case contents running past " As|Amid|After …" 4 / 16; one-word contents 8 / 61; the
// writer's "I" 8 / 13; a content starting with "when|as|after …" after its cue 4 / 20; inner reports inside an outer
// content behind a dash 5 / 6, of another reporter whose subject precedes the outer content 1 / 0; a content cut before
// a tweet's markup or a URL 0 gained (no match moves), before " by saying|calling …" 0 / 2 lost, before " to claim|say …"
// 0 / 10 lost, before " when asked|pressed" 1 / 0.
//
// FINDINGS (23rd session, s23-precision, train, from content P 0.8886, 893 false positives: 249 none, 52 redundant, 592
// overlapping a missed gold). Cut: a report in a sentence's opening phrase ("Asked if she believed …, Clinton said …",
// "In her statement condemning …, Hillary Clinton defended …") ends at the phrase's comma when the main clause holds
// another reporter's report (subordinate.ts endBeforeMainReport: 3 gold gained, 0 lost, 2 false positives removed, 1
// added; cutting before any other reporter's clause after a comma, whatever opens the sentence: 5 gained, 3 lost, 3
// removed, 11 added); a restrictive "those who …" subject after an opening subordinate clause (index.ts subjectRelative:
// 1 removed, 0 lost); a reporter's relative clause inside an opening phrase ("For someone who had aggressively defended
// …, the shift …") ends at the phrase's comma, a quotation's closing comma included (subordinate.ts endOfOpeningClause:
// 3 gained, 1 lost by chance, 3 removed, 1 added). Measured and not kept (gold lost / false positives removed, or matched / false positives): a
// content holding a sentence-long quotation opened after ", " or ": " 44 / 17 (the direct quote beside it) — PolNeAR
// annotates "ADJUNCT, he said, “…”" and "said that …: “…”" whole; an inner report whose cue lies in another report's
// content, any reporter 11 / 8, the same reporter 6 / 5; a relative clause closed by a comma inside a closing quotation
// ("who estimates that his legal costs were "in the seven figures," described …") 1 gained, 1 removed, 1 added (the
// freed "described" report). By feature (predictions, P): a cue within two words after "who/which/that" 302 0.77
// ("who" as subject 183 0.74, half of its false positives contents that run into the main clause, each differently);
// "will" before the cue 13 0.69; a question's sentence 39 0.72; the writer's "I"/"the author" 34 0.62; contents of
// 41-60 words 121 0.83; "declined to comment for this story|article" 2 gold / 2 not; "pointing to" a thing in hand 2
// of 8; two readings of one cue, one matched 7 (the longer right 4 times); quoted contents' ", " + lower-case word
// after a closing quotation mark 138 0.83. None is a construction the rules misread more often than PolNeAR annotates.
//
// FINDINGS (25th session, s25-precision, train, main 0278891, content P 0.8920, 873 false positives: 631 overlapping a
// gold Content, 45 'quote' (./reported-boundaries.mjs: no gold Content, but a direct quote — 42 the engine's own, 33 of
// them a relation PolNeAR made DIRECT, "called X “…”" with the quotation alone as its Content), 197 none). Lowest
// families: shortAnswers 0.808 (26), relativeClauses 0.813 (64), infinitives 0.816 (414), namings 0.818 (165). Read by
// hand, about two thirds of the 'none' ones are reports PolNeAR left unmarked ("the New York Times reported it obtained
// 72 … emails", "Polls show that the race … is tight"); the misreadings are one-offs ("states that vote on March 1",
// "the Adoptee Citizenship Act, proposed federal legislation", "a plan announced earlier this year", "most have
// proposed new, deep tax cuts", "Sanders challenged her when she ran", "pointing to one and then the other of his
// ears"). Measured and not kept (matched / false positives): "called|calling X “…”" with three words or fewer outside
// the quotation marks 67 / 15 (the 'quote' kind's largest group); any content ending in a quotation with two words or
// fewer outside it 169 / 20; a content of quoted pieces around its own "X said|told Y" inset 1 / 2 ("“…,” another
// friend, Mariam Emara told CNN. “…”"; Ramos's "“…” “Your facts are wrong,” Ramos wrote. “…”" is gold); a hearer's
// tail before a direct quote ("told Breitbart News Daily SiriusXM host Matt Boyle, “…”", "told the mayors who
// gathered in …, “…”") 0 / 2; a plural noun read as the cue before "that" + a bare verb ("Federal Election Commission
// reports that track …", "Massachusetts and Vermont, states that vote …") 1 / 2 ("news reports that question …" is
// gold); a naming "NOUN called X" ("an inflation formula called the “chained CPI”") 2 / 1; a content running into a
// tweet's markup 1 / 3 (cutting it there moves no match); a report nested inside another report's content 11 / 8; two
// readings of one cue, one inside the other, keeping the longer 6 removed / 2 lost (as the 18th and 22nd sessions
// found, dev 0 / 1); reporters whose head noun is no person, group, body, document or evidence 613 / 106 (the tail of
// abstract heads is as often gold: "bloodshed", "hostility", "the idea"). A scan of every pair of features (cue, first
// word, length, side, the words before the cue and after the content, the speaker's kind, quotation marks, the
// speaker's distance) finds no pair with at least 4 false positives and twice as many false positives as matches but
// "who declined to" (2 / 4: "who declined to be identified" gold, "to be named" not). Of the three misreadings seen in
// the editor, two are gold ("millions watching at home who could easily guess the ''anyone'' he had in mind" — its
// source, "House", is wrong; "law-abiding folks wanting to protect themselves") and the third ("North Carolina will
// also be considered a key battleground") has no speaker, so it only adds recall. Dev: 146 false positives, 31 none,
// 7 quote.
//
// FINDINGS (27th session, s27-precision, train, main 43af3d9, content P 0.8936, 872 false positives: 203 none, 45
// quote, about 55 redundant, the rest overlapping a missed gold: 215 long end, 172 short end, 145 late start, 92 early
// start by ./reported-boundaries.mjs). Made: a naming in a free relative is its noun phrase from "what" to the quoted
// name, as PolNeAR marks it ("Trump University is ⟦what former employees have called a “fraudulent scheme”⟧ took …",
// "Cruz has railed against ⟦what he calls the “Washington cartel”⟧ and cast himself …"; naming.ts freeRelativeEnd and
// freeRelativeObjectEnd): 5 gold gained, 1 lost, 6 false positives removed, 2 added; CV F1 up on 3 folds, none lower;
// dev 1 gained, 1 removed. And "In a … poll, 79 percent said … and 60 percent said …" is the poll's one finding
// (pollFronted.ts nextSharesEnd: 1 false positive removed). Content P 0.8936 → 0.8942, F1 0.6253 → 0.6257. Measured and not kept (false positives removed / gold lost, or gained / lost): of two
// contents of one cue, one inside the other, dropping the inner 6 / 2 on train, 0 / 2 on dev, F1 −0.0001 on two folds
// (the fourth session to find it a coin toss: "showing that 80,000 … caucused, about 10,000 more …" gold short, "showing
// that Hillary Clinton was backed by a majority of women, college educated voters, …" gold long); a content after its
// cue going on over "and|but" + a past verb with no report of its own ("discussed conspiracy theories and lambasted
// …", "said yes and took the opportunity …") 4 gained / 12 lost; over a quotation that closes the paragraph after the
// content's sentence, with no attribution of its own and the same speaker, 5 / 21 (every fold lower); infinitive
// contents ("sought to", "refused to" …) ending before ", and|but", ", VERB-ing", a subordinator or a dash 0-6 gained,
// 4-28 lost each; two reports of one reporter joined by "and|but" whose first content opens with a subject pronoun
// ("says he spoke to Trump and asked him to …") are two golds 32 times to 5 one. The 'none' ones read as before: the
// annotators' choices ("sought to" 12 of 43, "endorsed her|him" 3 of 10, "the author"'s "I" 8 of 24), one-off
// misreadings ("…, predicted Madeleine Kunin, the former governor" read as an object; "Obama’s highly criticized press
// conference"), reports inside a tweet's text (6 of 9 not gold, some with a hashtag for reporter).
//
// FINDINGS (27th session, s27-precision2, train, main 6dc2d30, content P 0.8941, 874 false positives: 208 none, 45
// quote, 53 redundant). Made: a paragraph's opening skips the bidirectional controls (U+202A-202E, U+2066-2069) as it
// skips zero-width ones, so a ” after them opens the quotation (quotes/marks.ts paragraphsOf): Facebook comments pasted
// as "\u202A”Sorry Sarah, … because I know you can handle a gun very well!!” posted Sharon Powers Geyer." were no
// quotes, and the words inside them were read as reports (3 false positives removed, 0 added; direct quotes found
// 8412 → 8415 of 8415). Content P 0.8941 → 0.8944. Measured by dropping a group from the prediction and not kept
// (predictions, false positives of them, matched): reports inside a tweet's text 9, 6, 3 (the three matched are
// Western Journal's "tweet-author" tweets, "Sanders aide Jeff Weaver told me …"; two of the six too); contents holding
// tweet markup or a URL 6, 4, 2; "sought|seek|seeks|seeking to" 48, 13, 35; the writer's "I", "we" or "the author"
// 107, 32, 75 (8 none: "when I asked him how she’d mount a defense", readers' letters and posts); a negation within
// two words before the cue 58, 11, 47 ("never mentioned the name Donald Trump" not gold, "Cruz never mentioned Trump
// by name" gold); a cue after "who|which|that has|have|had" 30, 9, 21; a cue after a modal 60, 11, 49; a cue in an
// infinitive after "tried|wanted|began|continued|refused to" 36, 5, 31; "hope|hopes|hoped|hoping to" 28, 7, 21; the
// session's new families, "point to", "repeat", "compare", "believe in", 102, 16, 86 (three physical pointings, "pointing
// to one and then the other of his ears", "to bottles of Coca-Cola", "to a black man in the crowd", share no word; "the
// extremes of failure and success point to a nationwide upheaval" is gold in the NYT's second print of the article, not
// in its first); "acknowledged" with its object 18, 4, 14; headlines "NAME: …" 107, 11, 96; one-word contents before
// ", word" 8, 1, 7; a content opening after "#" 2, 1, 1 ("named #sanbernadino #California" not gold, "Dennis Prager
// Tells #NeverTrump Conservatives …" gold). The 'none' ones read as before: mostly reports PolNeAR left out ("Ross said
// a major concern was the oppressive heat", "Amadou estimated he sold 40 bottles", "The New York Times reported it
// obtained 72 … emails"), and one-off misreadings with no shared form ("most have proposed ⟦new⟧, deep tax cuts", "the
// Adoptee Citizenship Act, proposed federal legislation", "a foreign power wrote ⟦its constitution did not go over
// well⟧", "What gives establishment candidates reason for optimism is that …", "LeBron James announced ⟦his return to
// the Cavaliers, Cleveland felt it had its mojo back⟧").
//
// FINDINGS (28th session, s28-precision3, train, main b0f3710, content P 0.8946, 870 false positives: 250 none, 620
// overlapping a gold). Groups measured by dropping them from the prediction (predictions dropped, gold lost, false
// positives removed): a content ending in "?" 26, 19, 7; any content in a line with a question mark 52, 38, 14; a cue
// after "if|unless|whether" 25, 24, 1; after a modal 62, 51, 11; after a negation 60, 49, 11; generic reporters
// ("people", "some", "many", "critics", "others", "those" …) 87, 80, 7; the article's first line 202, 185, 17; a line with
// no closing mark 53, 45, 8; a line of tweet markup 9, 3, 6; Q/A interview lines 43, 31, 12 (all 12 in one article,
// USA Today 2016-05-06, whose annotators took each whole "A:" answer as one content; the Q/A articles of Politico and
// USA Today 2016-03-18 have the inner "I think …" reports as gold); a cue inside a quotation mark's span 9, 7, 2. A scan
// of every pair of 20 features (family, cue, first and last word, the words around, length, side, the reporter's kind,
// quotation marks, a question, the first person, the line's length, numbers, brackets, dashes) finds no pair with at
// least 4 false positives and twice as many as its matches but contents ending in "the same thing" (6: 4 false, 2
// matched). Boundaries (gold gained / lost): an object or infinitive ending before ", PAST-VERB" (the reporter's next
// predicate, "joked about …, cited his appearance in …") 8 / 10; an object of praise or blame ending before " for " 3 /
// 67, " as " 0 / 11; a content after its cue ending before a subordinator whose clause holds another prediction's cue
// 1 / 2; a that-clause with no verb run on to its sentence's end 2-5 / 13-24. Made, readings of a clause that has not
// reached its verb (clause.ts relativeInSubject, asideInSubject): a relative clause in the subject is tried before the
// attribution-tail reading (", which claimed responsibility for the attacks, are slipping …"), after the last
// "that|whether" of the content ("has found that the special entities, which include …, are still …"); an aside
// between dashes in a clause's subject before "of" or its verb ("only a bit more than half — 55 percent — of Sanders
// supporters said …"); an object's relative clause before its complement ("accused the audience, which is …, of
// consisting of …", "recalled Leonard Hill's widow, Anita, who he helped, as …"): 5 gold gained, 1 lost, 7 false
// positives removed, 1 added; P 0.8946 → 0.8953, CV mean 0.8942 → 0.8948 (three folds up, none lower); dev 1 gained,
// 1 removed, P 0.8494 → 0.8504.
//
// FINDINGS (28th session, s28-precision4, train, main 2afb67f, content P 0.8955, 866 false positives: 209 none, 42
// quote, 217 long end, 166 short end, 143 late start, 89 early start). Boundary mismatches by why, not by the word at
// the break: the spaced hyphen " - " of the Washington Post and the Times is no token, so contentEnd's dash rules never
// saw it and contents ran on over the writer's " - though|although|which|but …" (gap dashes in 184 contents, P 0.83).
// Made (clause.ts gapDashBreak): such a hyphen ends the content before a break word, a participle of saying or
// "according to" when no other dash follows in the sentence and none before it is open — every " - " + break word was
// 7 gained / 8 lost (the 8 all asides closed by a second hyphen), no dash after 7 / 2, neither 6 / 0; the dash token's
// " — a …" rule ported to " - a …" was 0 / 6 (not made). Made (clause.ts quoteWithOwnTail): a quotation after a
// content's colon or dash that closes on a comma with its own "…,” she said" is no part of the content: 2 / 0 (dev
// 1 / 0); after a comma 4 / 9 (not made). Made: a "that" followed by a comma inside a content waits for its clause's
// verb ("it is only fitting that, having overcome …, she now faces …") 1 / 0. Train P 0.8955 → 0.8966, R 0.4876 →
// 0.4881 (9 gold gained, 0 lost, 10 false positives removed, 1 added); CV F1 up on all five folds; dev 833 → 834 of
// 980 (P 0.8500 → 0.8510). Looked at and left (too few or one-offs): a content cut at an inset of its own reporter
// after a word that needs more ("the ''good old days'' when, he said, protesters …", "pleased … because, she said, …":
// 2 false positives, and 4 matched contents end the same way); "that" + an adjunct opener ending at its comma (2
// false positives of 11); relative-clause reports with their cue inside ("which he said has increased …") 10 false positives of 53, each the
// outer report's gold.
//
// FINDINGS (29th session, s29-precision5, train, main 9359dde, content P 0.8964, 860 false positives: 252 none, 608
// overlapping a gold). By the finder and the report's rule (objectCues 1430 0.862, infinitives 461 0.826, cueFamilies'
// objects 312 0.888, controlledCues 32 0.813) and by cue inside them ("endorsed" 40 0.78, "praised" 30 0.73, "attacked"
// 24 0.71, "challenged" 9 0.44, "threatened" 9 0.44, "sought" 43 0.72) the false positives are the same spread as
// before. Groups measured on train (matched / false positives): by a content's first word, none with 3 or more false
// positives is below P 0.6 ("who" 9 / 6, "you" 7 / 4); a content ending in a function word ("than", "of", "by saying", "$") 46 / 10;
// an "-ing" cue after a common noun ("ads calling", "polls showing", "T-shirts portraying", "a more sober chapter
// reflecting on") 94 / 17; anonymity boilerplate inside the content ("on (the) condition of anonymity|that", "to be
// named|identified") 1 / 5, each a different reading; a content opening with "who|which|whom" 45 / 12; a content holding
// ", NAME said|says|told" outside parentheticals, "according to" and fronted contents 0 / 1. Of pairs of predictions
// one inside the other, 22 have one false positive and 3 none — but which one is wrong is a coin toss (the same cue:
// the inner wrong 6 times, the outer 1, neither 1; the same reporter: the outer wrong 6, the inner 3), as four sessions found. Made
// (readings, 0 gold lost): a tail's cue followed by a clause of time ends the content at the tail's comma (clause.ts
// attributionTail: '…, calling Trump “an orange buffoon,” Susan said as she turned around …', '…, as Sanders’ campaign
// manager suggested after she swept …': 2 gained, 2 removed); "that" before "way" is its determiner unless "way" is an
// adverb (thatClause.ts: "urged people to seek shelter that way, and …", "may now feel that way himself": 2 removed); a
// closing bracket the content did not open ends it (clause.ts contentEnd: "(… no one bothered to tell me which one) when
// I saw …": 1 gained, 1 removed, 1 added — "(like … David Plouffe, who called Trump “a psychopath” over the weekend)",
// a true naming PolNeAR left out). Train P 0.8964 → 0.8969, R 0.4891 → 0.4893; dev unchanged (0.8512). Tried and not
// kept: ending a content before ", NAME|PRONOUN + verb of saying or belief" (clause.ts secondReporter after a comma,
// after a verb with tense and no comma before): 4 gained, 0 lost, but 2 removed and 4 added (P 0.8967 → 0.8965: the
// main clause's own report, "Cleveland felt it had its mojo back", unannotated). Seen and left (one case each, or no
// train evidence): "predicted" as an inverted tail cue ("…, predicted Madeleine Kunin, the former Vermont Democratic
// governor …": the object reading wins, and a long apposition with a participle stops the fronted reading even after
// "said"); a hearer's relative clause before the "that" ("tells voters who wonder why … that he …", "told the mayors
// who gathered …, “…”" — "tell the “bigots” who oppose amnesty … to “shut up”" is gold); an elided clause ("just as she
// said she would, and the market did …").
//
// FINDINGS (33rd session, s33-precision-t, train, main 6def679, content P/R/F1 0.8970/0.5008/0.6428, 875 false
// positives). By family (predictions, P, false positives): objectCues 1519 0.860 212, bareClauses 2205 0.915 187,
// thatClauses 1879 0.929 133, infinitives 464 0.828 80, cueFamilies 407 0.862 56, accordingTo 401 0.880 48,
// parentheticals 251 0.880 30, frontedContent 432 0.942 25, namings 169 0.858 24, relativeClauses 77 0.831 13,
// headlines 94 0.894 10; by family and rule the lowest is controlledCues:object 0.813 (32) — none near F1 / 2 (0.32),
// so no family is dropped. Read by hand (40 each of objectCues and infinitives, and every 'none'), the false
// positives are again reports PolNeAR left out (acts and plans it marks elsewhere: "sought to calm his supporters",
// "plans to meet with Reid", "pointed to the polls", "supported Bush"), boundaries (recall-s's), and one-off
// misreadings. Made (readings, 3 false positives removed, 0 gold lost): a wh-word right after a form of "ask" and its
// hearer opens the question, not a relative clause on the hearer ("we ask 30 smart political types ⟦who they think is
// the strongest candidate⟧", "Glenn Beck asked the conservative ⟦who he thought would win⟧": questions.ts
// askedAfterHearer, 2 removed); "plus", "minus", "except" join noun phrases and are no present verb of a bare clause
// ("When I figure ⟦my legal fees plus the court-imposed fine plus …⟧": bareClause.ts MORE_PREPOSITIONS, 1 removed).
// Train P 0.8970 → 0.8973 (872 false positives), R 0.5008, F1 0.6428 → 0.6429, ALL 0.7668; CV P 0.8967 → 0.8970
// (folds 2, 4 and 5 up, none lower), F1 0.6419 → 0.6420, ALL 0.7660 → 0.7661; dev, the outlet fixtures and us-probes
// byte-identical (dev P 0.8491). Measured by dropping a group from the train prediction and not kept (predictions,
// false positives removed, gold lost): object readings of three words or fewer without quotation marks 195, 29, 166;
// "support(s|ed|ing)" 45, 11, 34; pronoun objects ("endorsed her") 11, 3, 8; objects of one to four capitalised words
// (endorsements of a name) 74, 10, 64; "plan(s|ned)" 43, 9, 34; "referring to" 55, 8, 47; "thought|know|felt|claim"
// 73, 27, 46; the whole relativeClauses family 77, 13, 64; reporters with a lower-case -ing word at either end or
// "by VERB-ing" ("a long line of caucus-goers and answering", "letting voters") 36, 8, 28; reporters whose head is a
// period ("recent years", "the six months") 48, 5, 43; reporters that are a preposition's object 148, 27, 121, or sit in
// an opening prepositional phrase closed by a comma before the cue 5, 2, 3; sources "that|which" 30, 6, 24; verbs of
// evidence (show, suggest, indicate, point to, reveal, find, prove) with a source that is no pronoun or name 359, 43,
// 316 (by the source's head no group: "polls" 4 false, 22 matched); "according to" documents, figures, data or records
// 164, 20, 144; NYT ABSTRACT paragraphs 30, 4, 26; contents holding "said|says|told" outside quotation marks 68, 9, 59;
// object contents over 30 words 78, 17, 61; contents opening 25 characters or more after their cue 158, 15, 143; a
// question's wh-content after "ask|wonder" in any family 64, 8, 56 (PolNeAR gives the asker the question); contents
// holding tweet markup 4, 3, 1 (fold 5: 1 removed, 1 lost); contents opening with "my" 4, 3, 1, with "including|such
// as|like" 8, 3, 5, with a particle ("blasted ⟦out an email⟧") 8, 2, 6; a content after its cue followed by a finite
// verb or auxiliary 10, 3, 7. A scan of pairs of 30 features (family and rule, cue, source's first and last word and
// kind, first and last word of the content, the words around, side, length, quotation marks, nesting, outlet) that
// keeps only pairs holding 2:1 on every fold finds groups of 3-4 only: a content followed by "has" 4 / 0 (asides
// between dashes: "Sanders - who … discussed ⟦a path ahead …⟧ - has vowed"), a cueFamilies object before "to" 3 / 0
// (boundaries, left to recall-s: "endorsed ⟦Obama’s nomination of David Nye⟧ to the U.S. District Court", "Lawmakers
// have endorsed ⟦making it harder for people⟧ to enter …" — objectCues reads on over "to", cueFamilies does not).
// Readings tried and reverted: no "-ing" form as a bare clause's present verb (presentVerb: 1 removed, 2 lost; in
// clauseStart only: 1 removed, 1 lost — "felt compelled last July to issue a memo instructing …"); "outside|though|
// off|away|together|half|any|much" as prepositions (0 removed, 1 lost: "feel compelled to come off the sidelines");
// an object cut to a lone adjective ("most have proposed ⟦new⟧, deep tax cuts": subordinate.ts cutAtMainClause cuts
// at the comma between two adjectives, but the uncut report is no gold either, so a mended cut removes nothing).
//
// FINDINGS (34th session, s34-precision-y, train, main efdaf7f, content P/R/F1 0.8983/0.5032/0.6451, ALL 0.7683, 867 false
// positives: 554 overlapping a missed gold, 263 none, 50 redundant; CV P 0.8980, F1 0.6442, ALL 0.7676). Groups by three
// new angles, each dropped from the prediction and scored per fold with ./reported-gates.mjs (predictions dropped, false
// positives removed, gold lost; the bar: twice as many removed as lost on train and on every fold). No group passes, so
// no gate was made. Double reads: no report lies inside a direct quote (PolNeAR marks 17 of 15,947 train golds inside
// quotation marks; the engine finds none of them and predicts none there); of the 50 redundant false positives 35 sit
// beside the prediction that matched their gold (one gold over "said ⟦A⟧ and said ⟦B⟧" of one reporter), 6 are the
// inner of two readings of one cue. The shorter of two readings of one cue 11, 7, 4 (folds 1/1 2/1 2/1 2/1 0/0), the
// inner one 9, 7, 2 (1/1 2/0 2/1 2/0 0/0: "the Times said, ⟦including speeches …⟧", "Sanders said ⟦yes⟧ and took …"
// dropped; "estimates are showing that ⟦80,000 Democrats caucused on Saturday⟧" and "Gwen Graham slams ⟦Trump⟧, praises
// …" lost — the fifth session to find it short of the bar), the longer 11, 3, 8; a report inside another of the same
// speaker 16, 9, 7, of another 9, 3, 6; holding another 25, 10, 15; its cue inside another content 19, 7, 12; over a
// direct quote of another speaker 59, 13, 46; the later of two reports of one speaker within 12 characters 445, 34, 411.
// Content shape: two words or fewer 318, 40, 278; one word 107, 12, 95; a pronoun ("endorsed ⟦her⟧", "said ⟦so⟧") 20, 3,
// 17; opening with a number 34, 5, 29; "whether|if" 83, 5, 78; a wh-word 211, 26, 184; ending in "?" 14, 2, 12; an
// imperative opening 3, 1, 2; in the first line 205, 17, 188; the whole line 88, 6, 82; a short line with no closing mark
// 62, 7, 55; a byline, photo or credit line 18, 4, 14; a dateline's line 39, 7, 32; the headline's words again further
// down 23, 1, 22. Source: kind document 339, 37, 302; organization 933, 90, 842; group 1223, 134, 1089; unknown 252, 42,
// 209 (no pronoun 214, 35, 178); one lower-case word 331, 41, 290; a generic plural ("people", "many", "critics") 114, 12,
// 102; over 100 characters from the cue 222, 33, 189; a content before its cue whose source comes over 20 characters
// after it 38, 2, 36, or in a paragraph over 600 characters 15, 1, 14; an evidence cue ("shows", "points to") with a source of kind
// unknown 26, 5, 21 ("the extremes of failure and success point to" is gold in one print of the article, not the
// other); a state or "N states" that voted or supported 3, 3, 0 ("The three states last voted for ⟦a Republican …⟧",
// "Indiana, Michigan, Ohio and Pennsylvania all supported ⟦Bush⟧"), not made: three cases in two folds, and the same
// electoral reading with a district is gold ("While the district had voted for ⟦Sen. Marco Rubio⟧, …"). A scan of single features and pairs of 60 (family and rule, cue, the source's kind, first and last word and
// length, the content's first and last word and length, quotation marks, side, distance, the line, the words around,
// negation, modals, and the double-read and direct-quote relations above) finds no pair with a false positive on every
// fold and twice as many as its matches; allowing empty folds, only one reporter's name (3-4 false positives in one
// article) or 3-case shapes. Cutting (as ./reported-cut.mjs --side after --end-at does) a content after its cue before "and|but" + an auxiliary (", and has championed …",
// "but would not offer …") removes 10 false positives and adds 37; before "and|but" + a past form 8 / 33: PolNeAR takes
// the reporter's second predicate into the content as often as not. Train, CV and dev unchanged (dev P 0.8494).
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

import { opt, root } from '../harness/paths.mjs';
import { loadGold, scoreAgainst, splitDirs } from './reportedEval.mjs';
import { oneLine as one } from './spans.mjs';

const split = opt('--split', 'train');
const family = opt('--family', null);
const cue = opt('--cue', null);
const min = Number(opt('--min', family ? '3' : '1'));
const write = opt('--write', null);
/** The width of the table's first column (the longest family name, "cueFamilies/quotedDepictionAt", and a space). */
const NAME_WIDTH = 30;

const work = path.join(root, '.eval');
fs.mkdirSync(work, { recursive: true });
const bundle = path.join(work, 'reported-families.cjs');
execFileSync(path.join(root, 'node_modules', '.bin', 'esbuild'), [path.join(root, 'test', 'eval', 'reportedFamilies.ts'), '--bundle', '--platform=node', '--format=cjs', '--supported:regexp-unicode-property-escapes=true', '--keep-names', `--outfile=${bundle}`, '--log-level=warning']);
const { analyzeWithFamilies } = createRequire(import.meta.url)(bundle);

const { textDir } = splitDirs(split);
const documents = [], familyOf = new Map();
for (const file of fs.readdirSync(textDir).sort()) {
  const { quotes, families } = analyzeWithFamilies(fs.readFileSync(path.join(textDir, file), 'utf8'));
  documents.push({ file, quotes });
  for (const [k, f] of Object.entries(families)) familyOf.set(`${file}#${k}`, f.split(':')[0]);
}
const pred = { version: 1, documents };
if (write) fs.writeFileSync(write, JSON.stringify(pred));
const { res, docs } = scoreAgainst(loadGold(split), pred);
const falsePositive = new Set(res.falsePositives.map(x => `${x.file}#${x.p.start}-${x.p.end}`));

const rows = new Map();
for (const doc of documents) {
  const d = docs.get(doc.file);
  if (!d) continue;
  for (const p of doc.quotes) {
    if (p.kind !== 'indirect' || !p.speaker) continue;
    const key = `${doc.file}#${p.start}-${p.end}`, fam = familyOf.get(key) ?? '?';
    if (family && fam !== family && !fam.startsWith(`${family}/`)) continue;
    const by = family ? (p.cue?.text ?? '-').toLowerCase() : fam;
    if (cue && by !== cue.toLowerCase()) continue;
    const row = rows.get(by) ?? { n: 0, fp: 0, none: 0 };
    rows.set(by, row);
    row.n++;
    const fp = falsePositive.has(key), none = fp && !d.indirect.some(g => Math.min(p.end, g.end) > Math.max(p.start, g.start));
    if (fp) row.fp++;
    if (none) row.none++;
    if (cue) console.log(`${fp ? (none ? 'NONE' : 'BND ') : 'ok  '} …${one(d.text.slice(Math.max(0, p.speaker.start - 60), p.start))}⟦${one(d.text.slice(p.start, p.end))}⟧${one(d.text.slice(p.end, p.end + 30))}…`);
  }
}
const s = res.summary.indirect;
console.log(`${split}: content P ${s.contentPrecision} R ${s.contentRecall} F1 ${s.contentF1}; ${res.falsePositives.length} false positives`);
console.log(`${(family ? 'cue' : 'family').padEnd(NAME_WIDTH)} ${'n'.padStart(5)} ${'matched'.padStart(8)} ${'P'.padStart(6)} ${'none'.padStart(5)} ${'boundary'.padStart(9)}`);
for (const [k, r] of [...rows].filter(([, r]) => r.fp >= min).sort((a, b) => b[1].fp - a[1].fp)) {
  console.log(`${k.padEnd(NAME_WIDTH)} ${String(r.n).padStart(5)} ${String(r.n - r.fp).padStart(8)} ${(1 - r.fp / r.n).toFixed(3).padStart(6)} ${String(r.none).padStart(5)} ${String(r.fp - r.none).padStart(9)}`);
}
