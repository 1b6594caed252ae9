#!/usr/bin/env node
// Reported speech (#16), a development aid for recall: the gold indirect attributions WITH a Source (the ones ALL
// attributions counts) that a prediction misses, sorted into three groups, each by frame:
//   a  a prediction with a speaker overlaps the gold but fails the scorer's 50%/50% match — a boundary ('long', 'short',
//      'early', 'late' and their pairs: where the prediction parts from the gold); a fix there turns a false positive
//      and a miss into one hit;
//   b  no prediction overlaps it, and its cue's head word (past auxiliaries and adverbs) is one the CLI already reads as
//      a cue at least --known times on the split — the cue is in the lexicon but its frame is not read;
//   c  no prediction overlaps it and its cue's head is one the rules (nearly) never read.
// b and c by the frame of the gold: 'cue after content' (a fronted content and its tail), 'cue inside content' (an
// inset or a relative clause around its cue), 'source after cue' (inverted), 'relative' (a relative pronoun between
// source and cue), 'passive', 'source, … cue' (a comma between), 'source + words + cue' (two words or more between),
// 'cue + gap + content' (words between cue and content), 'source cue content' (nothing between); '(mixed)' marks a
// gold PolNeAR calls mixed.
//   node test/eval/reported-frames.mjs [--split train|dev] [--pred PRED.json] [--known N] [--group TEXT] [--examples N] [--mixed]
// Without --pred it runs dist/cli.js (npm run build:cli first) on the split. --group prints every miss of the groups
// whose name holds TEXT ("a boundary long", "b known cue after").
// --mixed lists instead the missed mixed golds with a Source whose quoted fragment the prediction quotes, by frame:
// 'scare' (every direct quote on the fragment has speaker:null), 'cue after content', 'cue inside (discontinuous)', 'own
// cue before' (the fragment's direct quote has the gold's cue), 'another cue before'; '+ind' when an indirect prediction
// overlaps the gold.
//
// FINDINGS (31st session, s31-recall-p, train, main f34bfbf: content P/R 0.8969/0.4981, ALL 0.7648; 6,991 sourced
// misses, 6,978 after the rules below). a (boundaries) 768: long 267, early 153, short 124, early+long 93, late 75,
// late+short 31; b (a cue head read >= 5 times elsewhere) 1,624: 'source cue content' 763 (heads "supported" 23,
// "support" 21, "endorsed" 20, "made" 20, "supporting" 19, "spoke" 19, ":" 17 …, no head above 25), cue after content
// 228 (a poll's "in" 37: "Trump has a decisive lead in the polls" is gold, "Donald Trump has a slight lead in the
// polls" not; of 112 "CLAUSE in … poll(s)" after a word of standing on train 28 are gold), cue inside content 221,
// 'source, … cue' 94, source after cue 62; c (new heads) 4,599, 3,003 of them 'source cue content' spread over
// ~1,400 cue heads ("to" 74, "want(s)" 50, "voted" 26, "cast" 15, "focused" 15 …). So the misses are still a long
// tail; the largest single frame with our own cues is the boundary group, and its breaks go both ways (see
// reported-cut.mjs's FINDINGS).
// Kept (train gold gained / lost / false positives removed / added):
//  - the writer's comment on a content after its comma or dash, a noun of speech, thought or action taken up by "that|
//    which" or a participle ("…, a sentiment endorsed by …", "…, remarks that were prominently featured …", "…,
//    stances that he has since disavowed", "…, a charge that Colorado Republican leaders strongly denied, noting …",
//    "… - moves that he said improved …", "…, something that could further endear her to women"): the content ends
//    before it (../../src/core/reported/clause.ts resumptiveComment, lexicon.ts COMMENT_NOUNS): 7 / 0 / 8 / 1; a
//    possessive opener ("…, his statement that many … are rapists, and his refusal …" is a list's item in train gold)
//    and a comment between two dashes (an aside, "— something that’s thrown the GOP into chaos all week —") are left
//    out; with any noun and no relative or participle 6 / 5 / 6 / 5;
//  - a verb of hope, fear, feeling, expectation or prediction in a relative or contact clause before its own verb
//    ("⟦that Clinton hopes can help block any challenge …⟧", "⟦a tactic Democrats hope will dampen …⟧", "⟦which he hoped
//    would spark a revival⟧", "⟦a trend that the foundation predicts will continue …⟧"; relativeClause.ts
//    RELATIVE_CUES; regex first: 9 hope/fear/feel/expect phrases on train, 7 gold, 1 found): 6 / 0 / 0 / 1 (the one
//    inside a longer gold content); "know|knew|warned|suggested|noted|considered …" there found no more gold;
//  - a relative clause after an inverted inset source ("⟦…⟧, say some Democrats, who cringe as they recall …",
//    parenthetical.ts): 1 / 0 / 0 / 0 (without "no verb between the cue and the comma" 1 / 1: "…, said he would deport
//    refugees, who he speculates …" is the cue's content).
// All three (14 gained, 0 lost, 8 false positives removed, 2 added): train content P/R/F1 0.8969/0.4981/0.6405 →
// 0.8977/0.4990/0.6414, end-to-end F1 0.6318 → 0.6328, ALL 0.7648 → 0.7653; CV (mean of 5 folds) P/R/F1
// 0.8965/0.4973/0.6396 → 0.8973/0.4981/0.6405, ALL 0.7640 → 0.7645 (every fold up); speaker accuracy 0.9517 (CV
// 0.951) unchanged; dev scores unchanged (two contents shorter, "likened ⟦the rules to "burning the Constitution"⟧ - a
// charge that might have stung …", "… tribalism - a conviction that …", neither matching gold before or after);
// the outlet fixtures' and us-probes' output unchanged.
// Measured and not made (gained / lost / false positives removed / added): ending an object at "after|following|
// when|because" 19 / 91 / 30 / 102; ending at " and" before a capitalised subject and its verb 2 / 38 / 5 / 41 (two
// names joined by "and": "that both Trump and Sanders are …"), before a determiner's subject and verb 3 / 21 / 5 / 23,
// before a number and "have|said" 1 / 0 / 1 / 0 (one case); an "according to" content starting after ", with" 5 / 5
// and after ", and" 4 / 6 (the gold starts there when the clause before has its own report: "Polls show that …, with
// 56 percent …, according to a CNN/ORC poll"; whole when it opens the sentence); ending before ", even as" 2 / 3,
// before " despite" 4 / 16, ", despite" 2 / 3, " - which" 1 / 3, ", meaning" 1 / 0 / 2 / 1. Counted and left (one or
// two on train each): fronted contents whose tail goes on past ";" ("…, political analysts say; in 2012, …"), a dash
// ("…, Clinton allies believe — backers she will need …") or ", and" and a new clause ("…, records show, and aviation
// experts say …"), a tail source with an apposition ("…, a spokeswoman, Anna Richardson White, said on Saturday, and
// …"), "disclosures filed on Sunday night revealed"; insets the parenthetical rule does not read: a coordinated source
// ("…, union members and leaders say, is manifold"), an inverted bare plural ("…, say experts, is …"), evidence cues
// ("…, the new poll indicates, with …", "…, the publicly available evidence indicates, …"), "…, he promised, …", "…, in
// Professor Knittel's view, …"; "assured HEARER + bare clause" 3 on train (the quote lexicon left "assured" out for its
// false positives); contact relatives whose verb is a bare plural present ("which they argue spur demand …", "who many
// feel need a strong showing …").
//
// FINDINGS (32nd session, s32-recall-r, train, main 43a9a98: content P/R 0.8977/0.4990, ALL 0.7661; group b, a cue head
// the CLI reads elsewhere, 1,624: 'source cue content' 763, 'cue after content' 204 + 26 mixed, 'cue inside content' 106 +
// 110 mixed, 'source, … cue' 74, 'source after cue' 54). Read as a reader would, b is the same long tail as c: no gate
// holds more than ~15 misses, and most heads are split between frames the annotators take and leave ("supporting" after
// a noun 13 gold of 24: "super PACs supporting Jeb Bush" yes, "donated to a super PAC supporting Clinton" no; "see",
// "made", "spoke about", the Q/A lines of one USA Today article behind most of ':'). Three gates were worth it (train gold
// gained / lost / false positives added; every CV fold's F1 and ALL up):
//  - a stance or a judgement in the passive with its agent after "by" — no rule read it, though PolNeAR attributes the
//    subject (and what it is blamed for or taken as) to the agent: "⟦The move⟧ was hotly criticized by left-leaning
//    economists", "⟦This proposal⟧ was rejected by 64 percent of the electorate" (a share after "by" had been read as a
//    deadline), "⟦Trump has been criticized by some of his rivals for failing to …⟧", "⟦the staffing change … was seen by
//    some as a demotion …⟧", "⟦which has been accused by the Turkish government of attempting a coup …⟧"
//    (../../src/core/reported/reportedBy.ts passiveStances, lexicon.ts STANCE_PARTICIPLES, JUDGED_PARTICIPLES): 10 / 0 / 1;
//    "backed" 0 / 0 / 1 and "attacked" (a blow as often) left out; judgements only with "as", a relative subject only
//    with its complement ("which is widely supported by Republicans", "who was backed by liberals": no gold);
//  - "supported" with the endorsement's gates (endorsement.ts: a verb with tense, no relative, no passive, not before a
//    gerund, which objectCue.ts reads, nor across a spaced hyphen): "In Nevada's Republican caucuses, 34,000 people
//    supported ⟦Trump⟧", "Mr. Mitchell supported ⟦the idea⟧": 14 / 0 / 7 (5 an object the endorsement's end cuts short,
//    "supported ⟦Medicare⟧ and Social Security cuts", "⟦Barack Obama⟧ over Clinton"; the 26th session's "supported|backed"
//    was 21 / 20);
//  - "reported|reports" and a figure within six words (objectCue.ts FIGURE_REPORTS), ending before ", well above|about
//    …": "The company reported ⟦earnings of $8.42 a share⟧, well above …", "German police reported ⟦906 attacks against
//    asylum seeker homes, ranging from …⟧": 5 / 0 / 2 (to the first comma 4 / 3, to the clause's end 4 / 3).
// All three: 29 gained, 0 lost, 10 false positives added: train content P/R/F1 0.8977/0.4990/0.6414 → 0.8970/0.5008/
// 0.6427, end-to-end F1 0.6330 → 0.6343, ALL 0.7661 → 0.7667; CV (mean of 5 folds) 0.8973/0.4981/0.6405 → 0.8966/
// 0.4999/0.6418, ALL 0.7654 → 0.7660; speaker accuracy 0.9518 (CV 0.9511) unchanged. Dev (checked only): P/R/F1
// 0.8519/0.4909/0.6229 → 0.8491/0.4932/0.6239, ALL 0.7437 → 0.7444 (4 gained, 4 false positives: "endorsed by dozens of
// papers ranging from such expected backers as …" read "as" as the complement; "Mr. Obama scrutinized reports like the
// 2014 National Climate Assessment" read the noun "reports" as the cue — no train case of either, so left). Outlets: 6
// more items outside the judged snippets (ceiling 472, see outletReported.test.ts), us-probes unchanged. Sourced misses
// 6,977 → 6,948; b 'source cue content' 763 → 741, 'cue after content' 204 → 200.
// Measured and not made: a bare plural as a bare clause's subject before a plural present ("saying conservatives need
// to …"): no train change (the lexicon's verb-only test fails "need", "target", "help", "spur", nouns too); the same verbs
// after a relative cue ("that some say target Muslims", "which he argued help ease …", "who many feel need …"; "many" as
// the reporter): 4 gold and 2 not on train by regex, not written; reduced passives ("a practice criticized by Miller",
// "The immigration bill, opposed by House Republicans,") 9 gold of 16; tails the fronted rule misses with a party label
// ("…, Sen. Chuck Grassley (R-Iowa) told POLITICO") or an apposition before the name ("…, his top aide, Tad Devine,
// told …"): one train case each; ", referring to|alluding to" is found already (33 of 41, 31 gold).
//
// FINDINGS (33rd session, s33-recall-s, train, main 6def679: content P/R 0.8970/0.5008, ALL 0.7668; group a, boundaries,
// 758: long 260, early 152, short 130, early+long 85, late 76, late+short 31, late+long 14, early+short 10). Group a takes
// the first prediction with a speaker overlapping the gold, so it is less than it looks: 135 of the 758 overlap a
// prediction that already matches another gold (an outer report holding an inner one, or the reverse), 210 a false
// positive of another cue; 413 overlap a false positive of the gold's own cue, the pairs a boundary fix could turn into
// a hit. Those 413, read and sorted by where the prediction parts (448 partings):
//  - long 223: a place, occasion or channel after the object ("… in an interview published Saturday", "… for this
//    story") 36, a circumstance ("after|when|because|as|despite …") 33, " and|but" with no comma 31, a dash and the
//    writer's clause 26, ", and" and a clause 16, ", VBG" 10, the subject's own verb after a relative clause holding the
//    cue 8, an apposition 7, an attribution tail kept inside 7, ", who|which" 6, a time 5, ";" 2, one-offs 36;
//  - short 141: the gold runs on over the next sentence(s) or their quotation 34, ", and" and a clause 20, ", who|which"
//    17, " and" 16, a list after ";" or ":" 11, ", VBG" 9, an inset or tail the gold keeps inside 9, a place 8, a
//    circumstance 6, a dash 5, others 6;
//  - early 49: the hearer or the object before the gold's "to …" or "for …" ("telling Christie ⟪to get on a plane⟫",
//    "praised Trump ⟪for speaking out …⟫"), "according to" reading the clause before "with …" or before a relative ("…,
//    with ⟪$1.6 billion in operating profit⟫, according to …") and one-offs 35, a phrase before a comma 7, a clause
//    before ", and" 5, others 2;
//  - late 35: the gold starts at the sentence with a fronted phrase or clause before an inset source ("⟪Now, he says, at
//    least seven … have signed on⟫", "⟪Even in her hometown of Miami, …, Ferre said Trump …⟫"), a contact relative's head
//    in the gold ("⟪exactly the kind of liberal jurist many Republicans fear Mrs. Clinton would choose⟫") and one-offs.
// Every large reason goes both ways in PolNeAR's gold, as the 20th, 30th and 31st sessions found. Measured here and not
// made (train gold gained / lost / false positives removed / added): ending an object before " in|at|during|on …
// interview|speech|statement|news conference|rally" 10 / 7 / 14 / 10 (folds +2 0 +4 -2 -1; with "op-ed|tweet|remarks|
// column|debate" 9 / 10 / 16 / 16); before " for|on|about this|the story|article|report" 2 / 4 / 2 / 4; ending at a spaced
// dash 35 / 108 / 42 / 115, only before "and|but|even|as|except|despite|with|though|while" 15 / 22 / 16 / 23; running on
// over ", but" to the clause's end 17 / 54 / 19 / 56 (with a pronoun subject 1 / 16 / 1 / 16); starting a tell|urge|ask|
// call on|press … content after its hearer, before "to VERB" 1 / 3 / 14 / 16; starting an inset's content at a fronted
// adverb ("Now, he says, …", "If anything, Ash argued in his email, …") 1 / 2 / 2 / 3; ending a content whose cue is in
// a sentence-opening subordinate clause before the main clause 0 / 2 / 0 / 2 ("As The Washington Post reported, ⟦even
// if Sanders managed …⟧, he would …": PolNeAR's gold is the whole). The two open dev cases have no train case this way:
// no train prediction reads "such … as" as a complement, and the noun "reports" after a noun ("four domestic-abuse
// police reports ⟦Lolita Grayson filed …⟧", "amid news reports ⟦that question …⟧", "“independent expenditure” reports
// ⟦that super PACs … are required to file …⟧") is gold in 3 of 4 on train: dropping it 0 / 3 / 1 / 0.
// Kept (../../src/core/reported/clause.ts contentEnd):
//  - insetAfterClauseWord: an inset tail right after a word that leaves its clause to what follows (CLAUSE_BEFORE_INSET
//    in ../../src/core/quotes/lexicon.ts: the subordinators, "that", "where" and the relatives) does not end the content
//    ("Mr. Trump lamented ⟦the ''good old days'' when, he said, protesters would have been treated more harshly⟧"): 1 / 0 /
//    1 / 0. Not after an inverted tail (", said David Wasserman"), in a bracket the content opened, or with a quotation
//    after the inset: there the report would end after the quote, and the inset's "she" would be resolved to the speaker
//    before it ("… because, she said, the comment had made it plain … ''intemperate, agitating proponents of the
//    E.R.A.'' were", Mrs. Schlafly's quote, went to Ms. Friedan: 2 / 0 / 2 / 0 with it, but CV speaker accuracy 0.9512 →
//    0.9511);
//  - cueInSubjectRelative + mainPredicate: a content whose cue stands in ", who …" on the subject ends at the comma before
//    the subject's own verb ("Sanders, who endorsed Canova in late May and said ⟦he would probably campaign with him⟧,
//    ultimately did not show up …", "Donald Trump, who has made favorable comments about ⟦single-payer health care in
//    the past⟧, defended …"): 2 / 0 / 3 / 1 (the one added is a false positive shortened, "that comprise the GOP base");
//    with the subject's verb a cue too 3 / 0 / 5 / 5 (new reports of the relative clause alone, "Humphrey, who calls
//    ⟦Trump a “sociopath,”⟧ said …", and the noun "Democratic calls for ⟦her to bow out⟧"), with ", which" too 3 / 2 / 4 / 3.
// Both (3 gained, 0 lost, 4 false positives removed, 1 added): train content P/R/F1 0.8970/0.5008/0.6428 → 0.8974/0.5010/
// 0.6430, ALL 0.7668 → 0.7669; CV (mean of 5 folds) 0.8967/0.5000/0.6419 → 0.8970/0.5002/0.6421, ALL 0.7660 → 0.7662
// (folds 1, 3, 5 up, 2 and 4 level); speaker accuracy 0.9519 (CV 0.9512) unchanged; dev, the outlet fixtures and
// us-probes: output byte-identical (dev P/R/F1 0.8491/0.4932/0.6239, ALL 0.7444). Boundary group a 758 → 755.
//
// FINDINGS (33rd session, s33-recall-t, train, main 6def679: content P/R 0.8970/0.5008, ALL 0.7668; groups b and c, no
// prediction overlapping the gold). Angle 1, near-misses with a new gate (regex over train first, then the engine; train
// gold gained / lost / false positives added; CV mean of 5 folds). Kept:
//  - a reduced passive of stance or judgement (../../src/core/reported/passiveStance.ts reducedSubject): the gate is the
//    mark before the phrase — an article's phrase after a comma or dash, the writer's comment ("…, ⟦a sentiment⟧ endorsed
//    by the 10,000 people in the arena", "…, ⟦a practice⟧ criticized by Miller", "- ⟦an allegation⟧ rejected by a series
//    of congressional inquiries", "…, ⟦an option seen by organizers as a “lifeboat” …⟧": 5 of 5 gold by regex), or, for a
//    stance, the phrase before the participle's comma after a verb or at the sentence's start ("⟦The immigration bill⟧,
//    opposed by House Republicans,", "blocked ⟦the GOP-sponsored law⟧, opposed by Democrats,"), no preposition's object
//    ("through the Senate, supported by …"); a verb's object with no mark between is never gold (0 of 9: "sought a
//    compromise plan endorsed by", "rejecting a treaty favored by", "a dinner sponsored by"): 7 / 0 / 0;
//  - a poll share's vote (pollChoice.ts, lexicon.ts VOTE_VERBS): "56 percent would vote for ⟦Clinton⟧ for president",
//    "Nearly 10 percent of them voted for ⟦Ben Carson⟧, a neurosurgeon …", "19 percent of voters of color cast ballots for
//    ⟦Mitt Romney⟧ in 2012" (the choice ends before a preposition; not a vote inside a share's own answer, "47 percent said
//    ⟨they would vote for …⟩"; "The third vote against came from …" in an outlet probe is a noun): 8 / 0 / 0;
//  - "voted for|against" and its object (objectCue.ts VOTED): "One member voted against ⟦the resolution⟧", "While the
//    district had voted for ⟦Sen. Marco Rubio⟧", "the Republican electorate who has voted for ⟦Donald Trump⟧"; "voted|
//    votes for|against" with any subject outside other predictions was 10 gold / 5 by regex, and the gate is the relative
//    clause: a "who" after a name or a mark describes a named voter (Parker Eaton, Sen. Chris Murphy, Sen. Ted Cruz, J. J.
//    Price: none gold), a group's restrictive "who" is gold; "votes for" is a noun as often ("the required votes for");
//    a negated vote states no choice: 12 / 0 / 4 (dev, checked only: 2 gained, 0 added; outlets: 6 council votes the
//    judging left out, ceiling 487 → 493).
// All three: 27 gained, 0 lost, 4 false positives added (all "voted for": "More people voted for ⟦Trump than for
// Clinton⟧", "The three states last voted for …", "40 states have voted for ⟦the same party in every race since 2000⟧",
// a subject misread): train content P/R/F1 0.8970/0.5008/0.6428 → 0.8969/0.5025/0.6442, end-to-end F1 0.6344 → 0.6359,
// ALL 0.7668 → 0.7675; CV P/R/F1 0.8967/0.5000/0.6419 → 0.8965/0.5017/0.6432, ALL 0.7660 → 0.7668 (folds 2-5 up in F1
// and ALL, fold 1 up with the first two and level with the votes); speaker accuracy 0.9519 (CV 0.9512) unchanged. Dev
// (check only): P/R/F1 0.8491/0.4932/0.6239 → 0.8494/0.4943/0.6249, ALL 0.7444 → 0.7450; us-probes unchanged.
// Measured and dropped (train gained / lost / false positives added, or regex gold / not):
//  - "focus|focuses|focusing|focused on" as a topic verb (objectCue.ts ON): 12 / 0 / 22 — the subject's kind does not
//    split it ("Clinton also focused on ⟦…⟧" gold, "The speaker specifically focused on …", "Instead, they focus on the
//    tactics" not; "a firm|magazine|policy institute focused on" both ways) and the objects run past their gold end;
//  - "raised|raising|raises (new|fresh) questions about": 3 / 0 / 4 (long contents, a thing's subject "It" read as a
//    person);
//  - angle 2, the whole document: a subject the article already attributes to (a predicted speaker's last name) does not
//    lift the cue-like verbs. "Subj VERB" with no prediction on VERB, by verb (gold / not; subject a predicted speaker,
//    a pronoun, other): "wants" 10/8, 6/6, 4/2; "issued" 6/5, 4/0, 5/1; "offered" 8/2, 4/2, 2/3; "released" 10/9, 1/2,
//    4/11; "decided" 6/1, 1/3, 2/2; "responded" (speaker) 10/21, "shared" (speaker) 5/0 — a speaker subject is no more often gold than
//    another. "NAME|PRONOUN want(s|ed)" by the paragraph holding a prediction of the same source: name 3/6 (none 22/41),
//    pronoun 20/234 (none 13/19). "issued|offered|shared + object" read by hand: 36 gold / 31 not, and the gold content
//    is the object ("shared ⟦the news⟧"), the statement's clause ("issued a statement saying ⟦…⟧") or its hearer, a
//    different end each time;
//  - "NOUN supporting|backing NAME" (13 of 24 by the 24th session): "super PAC(s) supporting" is gold 4 times in one
//    Politico article and 0 in four others — an annotator's choice, no gate;
//  - "NAME|POSS supporter|opponent|backer|critic" with the name as content: 14 gold of 255;
//  - the appositive reduced passive with more participles: ", a call echoed by Japan" 1 gold, ", a remark made by" 0;
//    bare ", signed|approved|introduced|written by" 1 of 8;
//  - "cast (a|their) vote(s)|ballot(s) for|against" outside shares: 6 gold / 6 (finite past 5 / 2: "721 delegates cast
//    their votes for …"; "will cast 42 votes for", "to cast her ballot for", "Indiana hasn't cast" not) — not written;
//  - "NAME, who (has) endorsed|backed X" that no rule reads: 3 gold of 14 (a voter's description again).
//
// FINDINGS (34th session, s34-recall-y, train, main efdaf7f: content P/R/F1 0.8983/0.5032/0.6451, ALL 0.7683; CV F1 0.6442,
// ALL 0.7676). Three angles no session had measured; span choices were tried on the CLI's train prediction itself (each
// content rewritten, then scored: train gold gained / lost / false positives removed / added), rules in the engine.
// Angle 1, gold the rules read but score as misses: of the sourced misses an unmatched prediction overlaps, 251 run
// past the gold with the gold's own cue, 150 stop short of it, 125 run past it from another cue (mostly a first verb's
// object running into the reporter's next verb: "proposed ⟦that more forces be left in Iraq, and pushed to funnel arms
// …⟧", the gold is the second verb's), 83 stop short from another cue; 133 more are overlapped only by predictions that
// match another gold. Systematic span choices, measured and dropped: dropping a leading "that" 2 / 17 (the gold keeps
// it); taking in a "that" before the content 0 / 0; ending at ";" 0 / 3, splitting there 0 / 0 / 0 / 6; ending at ": "
// 4 / 49; ending an outer content before another reporter's report nested in it (at the clause mark before its
// source) 1 / 3 / 2 / 4; ending a content at an inset tail source that ", while|although|but|and|because|… or a
// participle" follows ("…, KING-TV reported, while in Chicago …", "…, he said, because …") 4 / 19 / 9 / 24 — PolNeAR
// keeps what follows; running past a party label (", R-Texas,", "(R-Wis.)") 1 / 1 (3 contents end before one).
// Angle 2, a cue the rules read whose content another attribution takes: PolNeAR gives no two relations one cue span
// (0 such misses), so "X said A and added that B" is two cues and "said A and that B" one relation; 406 misses whose
// cue we read overlap an unmatched prediction of that cue (the boundaries above), 64 a prediction matched to another
// gold — "X V1 A, V2 B" whose one content A+B matched B's gold ("defended ⟦Bernie Sanders as a mainstream candidate,
// mocked the Republican Party …⟧"). Rewriting every content at ", (and|but)? W" or " and|but W", W a cue head the CLI
// reads 5 times or more: splitting into two reports of the same reporter 30 / 26 / 32 / 234; cutting only 19 / 100 / 32
// / 112; adding the second as a duplicate 11 / 0 / 0 / 196; say-verbs only 1 / 0 / 1 / 10 (the rules split those
// already). Only one frame holds: a finite past verb after the comma that closes a first past verb's object, with no
// mark or quotation in that object — split 8 / 0 / 2 / 1 on the rewritten prediction (after the comma alone 6 / 0 / 1 /
// 1; "…, and pushed ⟦to funnel arms …⟧" and ", declined at first to criticize ⟦…⟧" are verbs no rule reads there).
// Kept, in the engine:
//  - a series of past verbs: the verb after the comma takes the subject of the leftmost past verb before it when no
//    other reading finds one, that first verb a cue (CUES or OBJECT_VERBS) right after no mark or ", and", and no relative
//    pronoun or subordinator between ("Donald Trump joked about ⟦Jewish stereotypes⟧, declined ⟦to affirm his support
//    for a united Jerusalem⟧", "The candidate has mocked ⟦a disabled newspaper reporter⟧, referred to ⟦undocumented
//    immigrants from Mexico as "rapists"⟧"; ../../src/core/reported/speaker.ts seriesSubject, seriesFirstVerb), and the
//    two reports are no twins of each other (index.ts seriesPair), so endBeforeSecondReport ends the first at the comma
//    ("Biden … defended ⟦Bernie Sanders as a mainstream candidate⟧, mocked ⟦the Republican Party …⟧"): 5 / 0 / 1 / 0.
//    Any first verb 5 / 0 / 1 / 2 ("Mr. Obama spoke Hebrew, quoted ⟦the Talmud⟧", "thought I couldn't, thought ⟦that
//    …⟧"); with a participle set off after its noun as the first verb 6 / 0 / 1 / 3 and two sources wrong ("An article
//    about Tashfeen Malik, …, based on accounts …, reported" gave Malik); at the first place in the engine instead of
//    as a fallback 11 / 13 / 1 / 10 (", who was elected to the House in 2012, argued …" took the relative's verb);
//  - a participle after a first object of 4 words or fewer is the series' next verb too ("Ryan has previously called out
//    ⟦Trump⟧, slamming ⟦his proposed ban on Muslims …⟧", "Rubio has railed against ⟦Christie⟧, taking aim at …"): 3 / 0
//    / 0 / 1 ("echoed ⟦that comment⟧, recalling ⟨an anecdote …⟩"); any participle 3 / 0 / 0 / 5 (after a that-clause
//    the participle's content is the first's: "warned ⟦that the incident could foreshadow …, remarking that …⟧").
//  - "most" before an adverb in -ly is no subject of a coordinated verb ("…, and most recently defended ⟦the use of an
//    image …⟧" had the source "most"; speaker.ts superlativeAdverb): 1 source set right.
// All three: 8 gained, 0 lost, 1 false positive removed, 1 added: train content P/R/F1 0.8983/0.5032/0.6451 → 0.8984/
// 0.5037/0.6455, end-to-end F1 0.6368 → 0.6373, ALL 0.7683 → 0.7686; CV (mean of 5 folds) P/R/F1 0.8980/0.5024/0.6442 →
// 0.8981/0.5029/0.6446, ALL 0.7676 → 0.7679 (F1 up on folds 1, 2, 3, 5 and level on 4, ALL up on all five); speaker
// accuracy 0.9526 (CV 0.9518)
// unchanged. Dev (check only) and us-probes byte-identical (dev P/R/F1 0.8494/0.4943/0.6249, ALL 0.7450); outlets +1
// unjudged item ("Andrii Sybiha dismissed ⟦the remarks⟧, writing on X that …", ceiling 506 → 507).
// Angle 3, nominal cues, counted with a regex over train (occurrences / gold cue / of them no prediction near, gold):
// POSS + "pledge|promise|vow|threat|refusal|decision|plan|proposal|effort|attempt|bid|push|desire|intention|
// determination|willingness|reluctance|commitment|offer|demand|call(s)" + "to|for" 257 / 47 / 160, 35 (0.22): by noun
// "call(s)" 18 new, 8 gold (no word before the possessive splits them: "renew his call to", "joined Pence's call for"
// gold, "heed his call for", "cites his call for", "denounced Trump's call for" not), "decision" 15 / 6, "proposal" 12 /
// 6, "refusal" 8 / 3, "plan(s)" 33 / 3, "effort(s)|attempt(s)" 24 / 2, "reluctance|willingness|determination|desire|
// intention" 16 / 5, "pledge|promise|vow" 3 / 1, "insistence on|that" 2 / 0; the bare noun "call(s) for" 65 / 31 / 37,
// 18 (14 with a source; the verb's forms are read already); DET|POSS "statement|belief|assumption|admission|suggestion
// that" 44 / 23 / 30, 17, but "said in a statement that" is read already (the new ones are direct relations, a quotation
// right after "that") and the ownerless "the assumption|belief that" have no source to name; the subject-less second
// conjunct ", and|but (also|then) VERBed|VERBs that" 64 / 34 / 27, 3 — found already. None written.
//
// FINDINGS (35th session, s35-all-z, train, main 5ef0a03: content P/R/F1 0.8984/0.5039/0.6456, ALL P/R/F1 0.9066/0.6672/
// 0.7687, 15,203 of 22,786; CV F1 0.6447, ALL 0.768). The ALL line as a whole, by gold kind (polnear-attributions-score.mjs:
// ALL sums polnear-score.mjs's end-to-end on the predictions without kind "indirect" and the indirect end-to-end; a
// direct prediction matches a gold quote when it covers half its inner text, so a mixed relation's quoted fragment is a
// direct gold of its own and the relation one more indirect gold, which only an indirect prediction can match):
//  direct relations' quotes 5,459: 5,341 found with the right speaker, 79 a wrong one, 38 speaker:null, 1 not found;
//  quotes inside mixed relations 2,826: 2,549 right, 140 wrong, 136 speaker:null, 1 not found;
//  mixed indirect relations 2,401: 1,700 right, 46 wrong source, 130 a boundary, 524 no indirect prediction though a
//    direct quote inside is found, 1 nothing;
//  pure indirect relations 12,100: 5,613 right, 242 wrong source, 609 a boundary, 5,636 nothing (the recall helpers').
//  False positives: direct 427 (217 no gold quote, 219 a wrong speaker; 61 more match only Source-less gold), indirect 867
//  and 288 wrong sources. So the largest loss that is not indirect recall is the 524 mixed golds whose fragment we quote
//  but whose content we do not report: by frame, the fragment's own cue before the content 175 ("NBC News will accuse ⟦you
//  of engaging in a “freak out.”⟧"), another cue before it 105, a scare quote with no speaker 85 ("the Daily News focuses
//  on ⟦how many people … “assault weapons” …⟧"), the cue inside a discontinuous content 115 ('⟦“It’s fine,”⟧ Trump said
//  of ⟦waterboarding⟧. ⟦“And much tougher …”⟧', "⟦which⟧ he declared ⟦“a total disaster” for his party⟧"), after it 38.
// Measured on the CLI's train prediction (each direct quote's content added as an indirect prediction of its speaker, then
// scored: gold gained / lost / false positives added; no gold was lost in any): every quote with a speaker whose cue stands
// before it in its sentence with words between, content from after the cue to the quote's end 145 / 0 / 358; the quote's
// inner text opening in lower case 111 / 160; and the words between not ending on "that", ":" or "," 103 / 123; and the
// attribution the quote's own cue ('cue before the quote', 'participle'; 'sentence subject' alone was 50 / 83) 47 / 32,
// to the sentence's end instead 41 / 23, to the clause's end (a comma, colon, semicolon, dash, "and|but" after the quote,
// the quote's end when it closes on a mark) 51 / 23; and no word of time or place first ("in|on|after|recently …") 43 / 18
// (left: it cost gold); and no bracket, no "and|or|but" opening the words 53 / 20 → 53 / 18 (folds 15/3 11/4 12/6 9/3 6/2).
// Also measured and dropped: a speaker:null quote inside an indirect prediction with a speaker taking that speaker (18
// quotes; ALL TP +13 for 5 false positives, fold 3 1 / 3; quote precision 0.9741 → 0.9736); any relative pronoun between
// the mention and the cue 0 / 2 / 1 removed (the narrow gate below kept instead); starting the content at a "that" in the
// words between ("told state media on Monday ⟦that …⟧") no count changed.
// Kept (../../src/core/reported/aroundQuote.ts, unit test reportedAroundQuote.test.ts): the gates above, and in the
// engine an inverted cue ('“…,” said ⟦Ramos, whose new book …⟧') and an inset cue after a quotation that opens the
// sentence ('Those who spend … ''certain fringes of the internet,'' he said, ⟦wind up …⟧'; not a participle after the
// inset's comma, '"Savage," she said, meaning ⟦that he's "radical enough …"⟧') make no content (4 false positives fewer,
// 0 gold), a dash between the cue and the quote is an aside ('which — as columnist Jonathan Chait noted recently in New
// York magazine — promises …': 2 false positives fewer, 2 gold matched by accident fewer), a cue right after a relative
// pronoun that is not the mention makes none (0 on train; "a controversial comment that egregiously described …" went to
// "The Crime Bill" in a unit test), and a quote the clause's end falls in is taken whole (the fuzz test). Engine, train: 51
// gained, 0 lost, 14 false positives added (folds 14/2, 11/3, 12/5, 9/3, 5/1): content P/R/F1 0.8984/0.5039/0.6456 →
// 0.8976/0.5071/0.6480, end-to-end F1 0.6374 → 0.6398, ALL P/R/F1 0.9066/0.6672/0.7687 → 0.9060/0.6693/0.7699 (TP 15,203
// → 15,251); CV (mean of 5 folds) F1 0.6447 → 0.6472, ALL 0.768 → 0.7691 (every fold up); direct quote P/R/F1 0.9741/
// 0.9998/0.9868 and speaker accuracy 0.9526 (CV 0.9518) unchanged. Dev (check only): 10 gained, 1 false positive added,
// P/R/F1 0.8494/0.4943/0.6249 → 0.8500/0.5000/0.6296, ALL 0.7450 → 0.7463. Outlets +7 items (3 outside the judged
// snippets, ceiling 515 → 518), us-probes +1 ('called ⟦a state legislator "a clown,"⟧'), all right. Left: the 105 mixed
// golds whose fragment has another cue, the 85 scare quotes with no speaker, and the discontinuous '“…,” X said of TOPIC.
// “…”' contents (the 24th session's 11 of ~60).
// FINDINGS (35th session, s35-precision-aa, train, main fa4512e: content P/R/F1 0.8976/0.5071/0.6481, ALL 0.7699; CV P 0.8973,
// F1 0.6472, ALL 0.7692). aroundQuote's predictions on train, by ./reported-gates.mjs --group around (a report no family
// tagged, holding a direct quote of its cue): 65, 51 matched, 14 false positives. Of the 14, 7 have no gold at all where
// they stand, reports the annotators left out ('is labeling ⟦Obama’s actions “a blatant, belligerent abuse of power.”⟧',
// 'called ⟦Ford’s plans … “an absolute disgrace,”⟧', 'agree ⟦its “provisional” equation …⟧', 'describe ⟦it in the
// broadest terms, as ''a media company'' …⟧', 'boasting ⟦about "winning"⟧', 'called ⟦for "boots on the ground."⟧',
// 'writes ⟦in the column that the “movie is …”⟧'); 3 are near-misses of one case each (gold 'called Clinton, his Democratic
// presidential challenger, ⟦an ISIS “co-founder.”⟧'; gold going on past "and" to '… in the United States and specifically
// mentioned …'; gold adding the next paragraph's bare quotation '… to bring us together.” ⏎ “I think he can do that …”',
// and of the 7 predictions a quotation paragraph follows, only this one's gold takes it in: no rule); 1 a direct quote given to a
// noun ('There was no primary state ⟦where ''very conservative'' voters …⟧', speaker "primary"; a relative word opening the
// content 1 / 0, left: "asked where “…”" is an indirect question); 1 a subject line ('wrote ⟦to Clinton in a … message
// bearing the subject line "bravo!"⟧'); 2 pseudo-clefts ("what Mr. Obama said ⟦in Springfield was a ''poisonous political
// climate …''⟧", "But what we should ask ⟦is “who has God anointed?”⟧"). Measured groups (FP removed / gold lost): "what"
// right before the mention and a copula in the words between 2 / 0 (folds 0/0 1/0 1/0 0/0 0/0); "what" alone 2 / 1 ('In
// what he acknowledged ⟦as a news conference-ending "rant,"⟧' is gold); a copula opening the content 1 / 0; the mention one
// lower-case word 2 / 11; "to|for|about" opening the content 3 / 4. Kept (aroundQuote.ts pseudoCleft, unit test): the
// pseudo-cleft gate. Train content P 0.8976 → 0.8978 (R, F1 unchanged), end-to-end F1 0.6399 → 0.6400, ALL 0.7699 → 0.7700;
// CV mean P 0.8973 → 0.8975, F1 0.6472 and ALL 0.7692 unchanged (folds 2 and 3 up); speaker accuracy unchanged. Dev, the
// outlets and us-probes byte-identical (dev P/R/F1 0.8499/0.4994/0.6292, ALL 0.7464). No other gate on aroundQuote alone
// passes: its remaining false positives are mostly gold that the annotators left out.
//
// FINDINGS (36th session, s36-all-aa, train, main a27793c: content P/R/F1 0.8978/0.5071/0.6481, ALL 0.7700; CV F1 0.6472,
// ALL 0.7692). The mixed golds s35-all-z left (--mixed: a Source, the fragment quoted, the relation missed): own cue before
// 136 (+65 an indirect prediction overlapping), cue inside a discontinuous content 113 (+21), another cue before 99 (+30),
// scare quotes 99 (+3), cue after content 26 (+12). Span choices measured on the CLI's train prediction (each content
// added or rewritten, then scored: gold gained / lost / false positives added, folds as gained/added), all dropped:
//  - '“…,” X said|says of|about TOPIC.': the quote to the topic's end 9 / 0 / 45, and over the next sentence's quotation
//    14 / 0 / 40 — PolNeAR keeps most ('“His behavior was deplorable,” Sanders said of Bill Clinton.') the direct quote's;
//  - "which|what|who(m) X called|dubbed|declared “…”" from the relative word to the quotation 11 / 0 / 8, to the clause's
//    end 12 / 0 / 7 (fold 3 0 / 1: "what he called ''sophisticated adversaries''", 'what Gilbert called "a perception
//    problem"' are no relation of their own); "which|who(m)" with a naming verb only (called, dubbed, declared, labeled …:
//    "…, which he declared ⟦“a total disaster” for his party⟧", "Marco Rubio, who he dubbed “the little senator.”") 5 / 0 /
//    1, but fold 3 0 / 1 ("Vote for Clinton, whom he called “the most divisive political figure …,”"), and "what" with one
//    6 / 0 / 4 — not written;
//  - another cue: the last word the CLI reads as a cue 5 times or more (not the quote's own) between the speaker and a
//    lower-case quotation, content from after it to the clause's end, 14 / 0 / 17 (heads read 20 times or more 4 / 0 / 8);
//  - a quotation closing on a comma before its cue, then the next sentence holding the writer's words and a quotation of
//    the same cue ('“It's an enormous moment,” Steve Schmidt said. Unless further rivals …, “it's very difficult …”'): both
//    pieces 14 / 0 / 75, the second sentence alone 9 / 0 / 83;
//  - a content running past a quotation that closes on a comma, cut there ('called ⟦him a "moderate,"⟧ a subtle dig at
//    …'): 10 gained / 71 lost / 22 false positives removed / 83 added;
//  - a quotation opening in capitals taken as a fragment when short (4 words or fewer) 8 / 0 / 12, in Title Case 7 / 0 /
//    8, 2 words or fewer 6 / 0 / 6.
// Scare quotes (item 2): with every quotation mark of the train texts blanked (same offsets) and the CLI run again, 0 of
// the 102 scare-quote golds are found with the right source (2 with a wrong one): no cue the engine reads is kept from
// them by the quotation; their cues ("focuses on", "denounced", "portraying", "premiered", "waves off") are the recall
// tail. That blanked run's contents holding a quotation where no prediction stands, added: 77 gained / 2,966 false
// positives (with the quote's own speaker 40 / 2,009, an inset cue 13 / 167): the quotation gates are right.
// Kept (../../src/core/reported/aroundQuote.ts sentenceBreakBetween, unit test reportedAroundQuote.test.ts): the cue and
// the quotation in one sentence by nextSentenceEnd, so an abbreviation or an initial between them ends none ("called
// ⟦Donald J. Trump's remarks about a Latino judge ''racist,''⟧", "who has called ⟦Mr. Trump's comments ''racially
// toxic,''⟧", "contended in its letter, written by Kenneth P. Cohen, …"): 5 gained, 0 lost, 1 false positive added
// (folds 4/0, 1/0, 0/0, 0/1, 0/0: "Thompson started Thursday listening to …, Indiana Gov. Mike Pence, speak … for a
// "unity" lunch", the quote's own cue "started"); the inset check reads sentences the same way (output identical).
// Train content P/R/F1 0.8978/0.5071/0.6481 → 0.8977/0.5074/0.6484, end-to-end F1 0.6400 → 0.6402, ALL 0.7700 → 0.7701
// (TP 15,253 → 15,258); CV mean F1 0.6472 → 0.6475, ALL 0.7692 → 0.7694 (folds 1, 2 up, 3 and 5 level, 4 down 0.0001);
// direct quote P/R/F1 0.9741/0.9998/0.9868 and speaker accuracy 0.9527 unchanged. Dev (check only): 2 gained, 0 added,
// P/R/F1 0.8499/0.4994/0.6292 → 0.8502/0.5006/0.6301, end-to-end F1 0.6178 → 0.6189, ALL 0.7464 → 0.7470. Outlets and
// us-probes byte-identical.
// FINDINGS (36th session, s36-recall-bb, train, main a27793c; content P/R/F1 0.8978/0.5071/0.6481, e2e F1 0.64, ALL 0.7700;
// CV F1 0.6472, ALL 0.7692). Of the three angles the brief named, a first count on the CLI's train prediction (5,599
// pure sourced golds that no prediction overlaps; 290 matched contents with a wrong source, 242 of them pure):
//  (a) wrong sources, by what we chose against the gold: another phrase near it 106 (60 gold nominal, 46 gold name), our
//      mention inside the gold Source but off its head 43 (a list's last conjunct, a document's agent, "Turkish" of
//      "Turkish media"), a relative pronoun against its antecedent or the reverse 27, pronouns 46 (15 ours a pronoun and
//      the gold a description, 17 the reverse, 8 two pronouns, 6 ours a pronoun, gold a name), no speaker 20 — the long
//      tail the 29th and 30th sessions found, no group of 5 that one reading would set right;
//  (c) contents over two sentences or a colon's list: 21 of the 5,599 run past a sentence's end (23 more overlap a
//      prediction, the boundary group), 31 (+6) hold a colon after the cue, most of them one USA Today Q/A and one
//      HuffPost transcript — too few for a rule;
//  (b) noun cues: compromise tags the cue a noun in 617 of the 5,599 (support 12, backing 9, decision 9, criticism 8,
//      "attacks on" 8, view 7, supporter 6, plan 6 …), the largest pool. Counted by regex over train (occurrences /
//      gold cue / gold missed with no prediction near): an owned "NOUN on|of|for|to" (attacks on, criticism of, support
//      for, opposition to, stance on, views on, position on, comments about, endorsement of …) 237 / 67 / 62 ("support
//      for" 51 / 7, "attacks on" 32 / 15, "criticism of" 13 / 7); an owned "NOUN that" 87 / 36 / 6 (found already);
//      "in POSS view|opinion|eyes|mind|estimation …" 39 / 11 / 10 ("in my opinion" 0 of 6); "is|was|been a (ADJ)
//      supporter|critic|opponent|fan … of" 27 / 14 / 14; "VERB POSS decision|plan|refusal|call|proposal|effort … to|
//      for" read by hand: no verb splits them ("renew his call to", "abandon his deep reluctance to" gold; "defended his
//      call to", "defend her decision to", "supported his call for", "ended his bid for" not). The one frame that splits
//      is what holds an owned attack noun: a verb that keeps it up, raises or lowers it ("ratcheted up|stepped up|
//      escalated|continued|reboots|stiffened|toned down|calibrate|doubling down on his|her|their …") or an adjective's
//      "in" ("unsparing|vocal|unapologetic|persistent|merciless|unanimous in their criticism of"): 23 phrases, 21 gold;
//      the noun owned but another's topic ("cheered Clinton’s attacks on Trump", "defend his criticism of", "announced his
//      endorsement of", "discuss his criticisms of") is not.
// Measured on the CLI's train prediction first (each phrase's object added as a report of its owner, scored; gold gained
// / lost / false positives added): the object to the clause's end or a period 16 / 0 / 10; ending it at a comma too 21 /
// 0 / 5 (folds 4/2 4/0 0/2 9/1 4/0); and before "with" and without "its" ("continue its attacks on Syrian government
// troops") 21 / 0 / 2 (folds 4/1 4/0 1/0 8/1 4/0).
// Kept (../../src/core/reported/attackNoun.ts, lexicon.ts ATTACK_NOUNS and KEEPING_UP_VERBS, unit test in
// reportedStances.test.ts): the gate above, no day after "on" ("escalated her criticism on Tuesday"); the source is the
// keeping-up verb's subject ("⟨Both parents⟩ stiffened their denunciation of", the gold's choice; the possessive there
// left "their" unresolved), after an adjective's "in" the possessive ("persistent in ⟨her⟩ criticism of"): wrong
// sources among the 21, the possessive everywhere 6, the subject everywhere 5, this split 4.
// Engine, train: 21 gained, 0 lost, 1 false positive added ("relatively mild in his critiques of ⟦Mr. Sanders⟧"); 4 of
// the 21 with a source the scorer takes as wrong ("calibrate ⟨her⟩ attacks on" gold "her", "The politicians … were
// unanimous in ⟨their⟩ condemnation", "not mincing words in their opposition", "differ by degree in their support for"):
// content P/R/F1 0.8978/0.5071/0.6481 → 0.8979/0.5084/0.6492, e2e TP 7362 → 7379, F1 0.6400 → 0.6408, ALL 0.7700 →
// 0.7704; CV (mean of 5 folds) P/R/F1 0.8975/0.5063/0.6472 → 0.8976/0.5075/0.6483, ALL 0.7692 → 0.7697 (F1 and ALL up
// on every fold); speaker accuracy 0.9527 (CV 0.9519) unchanged. Dev (check only): P/R/F1 0.8499/0.4994/0.6292 →
// 0.8500/0.5000/0.6296, e2e F1 0.6178 → 0.6184, ALL 0.7464 → 0.7467. The outlet fixtures and us-probes: output
// byte-identical.
// Measured in the engine and dropped: a launching verb before an attack noun ("Trump launched a pre-emptive attack
// against ⟦Obama⟧", "unleashed a harsh attack on", "delivered his tirade against", "mounting a public attack on": 11
// phrases by regex, 7 gold; not "decide to launch attacks against"): 2 gained / 0 lost / 4 false positives added, the
// objects running past the gold ("⟦Harry Potter⟧ in a convoluted speech", "⟦Ben Carson⟧ last night") — no end that
// the other gains share.
//
// FINDINGS (37th session, s37-recall-cc, train, main 97b02d0: content P/R/F1 0.8979/0.5087/0.6495, ALL 0.7706; CV F1 0.6485,
// ALL 0.7699; 6,822 sourced misses). Group b, a cue head the CLI reads >= 5 times elsewhere: 'source cue content' 770,
// 'cue after content' 199 (+26 mixed), 'cue inside content' 102 (+106), 'source, … cue' 74, 'source + words + cue' 64,
// 'cue + gap + content' 58, 'source after cue' 57. Each b miss's paragraph run alone through the CLI: 4 of ~1,400 found, 24
// overlapped — no competing quote or document-level filter loses them; the frame is read nowhere. By why (read by hand,
// then counted by the cue's shape):
//  - 'source cue content' 770: the head read, its phrase not — a light verb and its phrase ("took a shot at", "made the
//    case", "spoke about", "offered his congratulations to", "appeared to imply") 106; a relative pronoun as the source
//    ("who|which|that" + verb; "endorsed|supported" 17 of them, which endorsement.ts refused) 89; a perfect in a frame no
//    rule takes 47; a participle after its noun ("super PACs supporting", "those seeking", the 24th/33rd sessions' annotator
//    choice) 36; "be" + a phrase 32; a modal or do-support 27 and a negation 22 (the 30th session's "would|did support"
//    measure); an owned noun ("his support for", "Pence's call for") 20; Q/A colons 17; 374 one-offs (an object or a bare
//    clause of a known head after a subject no rule takes: "rivals see …", "Investors see …", "I learned how …");
//  - 'cue after content' 199: a poll's "in" 42 (the 31st session's 28 of 112), the head noun of a contact or relative
//    clause as the content ("controversial columns Bradley wrote", "⟦an offer⟧ the leadership rebuffed") 40, a fronted
//    content and its tail 36, a passive and "by" 20, an object relative pronoun as the content ("…, ⟦which⟧ he has denied")
//    20, other 41; 'cue inside content' holds the same relative clauses when the verb has a complement after it ("⟦which
//    Beijing has vowed to ignore⟧", "⟦something many Republicans had urged him to do⟧");
//  - 'source, … cue' 74: a participle after a long main clause (", saying|noting|seeking|predicting …") ~20, each its own
//    subject miss, coordinated verbs ~10; 'cue + gap + content' 58 and 'source + words + cue' 64: singletons.
// Measured on the CLI's train prediction (candidates added, scored; gold gained / lost / false positives removed / added):
// an object relative pronoun as the content of its clause's verb (a known cue verb, then no object after it) 9 / 0 / 0 / 25;
// no preposition or conjunction before the pronoun, no "as|to" after the verb, no passive 9 / 0 / 0 / 8; a verb of stance
// 9 / 0 / 0 / 1; "that" after a noun alone 3 gold / 3 not ("the kinds of programs that Bernie Sanders supports"). Written
// in the engine (branch s37-recall-cc, commits 616590a3 and d59d3a57) and NOT merged: neither passes 2:1 in every fold
// (fold 5 1/1, fold 3 0/1), and dev's one addition (a check) names the wrong Obama:
//  - ../../src/core/reported/objectRelative.ts (lexicon.ts OBJECT_RELATIVE_VERBS, relativeClause.ts relativeReporter shared
//    with relativeClauses): "which|whom" the object of a stance verb that ends its clause or meets an adjunct ("…, ⟦which⟧
//    he has denied and …", "- ⟦which⟧ he once supported -", "(⟦which⟧ Clinton also supports)", "⟦which⟧ Clinton conceded
//    when polls closed", "another president ⟦whom⟧ Obama mentioned later"); "for" only before a duration ("blamed for the
//    attacks" opens the whole clause's gold): 7 / 0 / 0 / 1 (folds 0/0 2/0 4/0 0/0 1/1; the one added, "the subsequent
//    Mexican War, ⟨which⟩ most Whigs opposed", has its gold on the antecedent);
//  - endorsement.ts: a body's "which|that" before "endorsed|supported" is its endorsement ("The union, which endorsed
//    ⟦Hillary Clinton⟧ in November", "progressive organizations that have endorsed ⟦him⟧ say …"): 4 / 0 / 0 / 1 (folds 1/0
//    2/0 0/1 1/0 0/0); a person's "who" stays refused (11 / 0 / 0 / 11: "Reid, who endorsed Clinton", "Lindsey Graham, who
//    has endorsed Cruz" are descriptions the annotators leave).
// Both together: 11 gained, 0 lost, 2 false positives added; train content P/R/F1 0.8979/0.5087/0.6495 → 0.8978/0.5094/0.6500,
// end-to-end F1 0.6412 → 0.6418 (TP 7385 → 7396), ALL 0.7706 → 0.7709; CV (mean of 5 folds) P/R/F1 0.8975/0.5085/0.6491,
// ALL 0.7701 (F1 0.6485 before; every fold's F1 up: gained/added 1/0, 4/0, 4/1, 1/0, 1/1); speaker accuracy 0.9527 (CV
// 0.9519) and quote F1 0.9868 unchanged. Dev (check only): 0 gained, 1 false positive added ("such as an overhaul of the
// criminal justice system, ⟨which⟩ Mr. Obama championed", not annotated): P/R/F1 0.8503/0.5011/0.6306 → 0.8495/0.5011/
// 0.6304, ALL 0.7473 → 0.7471 — dev P falls under its 0.85 goal by that one report (the endorsement change alone leaves
// dev unchanged). Outlets and us-probes byte-identical.
// Measured and dropped: the head noun of a contact clause after a comma or dash as the content ("…, ⟦an offer⟧ the
// leadership rebuffed", "- ⟦a deal⟧ she once supported -", "⟦a word⟧ Trump then repeated") with a verb of stance 3 / 0 / 0 /
// 1, with any known cue verb 4 / 0 / 0 / 3 ("a familiar voice celebrated", "the appearance hinted at"); the relative clause
// with a complement after its verb (vowed|threatened|promised|urged|asked|hoped|blamed|accused|called|pushed …), content
// from the relative word to the clause's end ("⟦which Beijing has vowed to ignore⟧", "⟦that Donald Trump asked Russia to
// find⟧") 7 / 0 / 0 / 9 ("whom he called a “con artist”", "a moment that I hoped would reflect badly on him": the
// 36th session's "which|who X called" again).
//
// FINDINGS (38th session, s38-recall-dd, train, main 55fae340: content P/R/F1 0.8979/0.5088/0.6495, ALL 0.7706; CV F1 0.6486,
// ALL 0.7699). The 37th session's 106 light-verb misses, listed on train by light verb + noun from gold-indirect.json (the
// cue's light verb, past determiners and adjectives, and the next word), then each pair's phrase counted by regex over
// the train text (gold missed / gold found already / phrases no gold marks): "speak|spoke|spoken|speaking (ADV) about" 24 /
// 2 / 3, "take|took … shot(s)|swipe(s)|jab(s)|dig(s) at" 8 / 0 / 4, "had (nothing but) praise|ADJ words for" 3 / 1 / 1,
// "offer(ing) (no|few) specifics" 4 / 0 / 1, "made the case (that|for|to)" 8 / 4 / 15 ("make their case", "made a good
// case for his wife", "make a case for who is the strongest"), "laid out" 11 / 2 / 16, "paid tribute to" 3 / 0 / 5, "raised
// (new) questions about" 4 / 1 / 12, "offered his congratulations|thoughts|praise to|for" 3 / 1 / 4; "took aim at", "took
// issue with", "voiced|expressed concern" are read already (objectCue.ts AIM_AT, ISSUE_WITH; expression.ts), "cast doubt
// on", "placed the blame on", "made a pitch for", "gave an account of", "raised the possibility" one train gold or none.
// Kept (../../src/core/reported/lightVerb.ts, lexicon.ts LIGHT_VERB_PHRASES, the verbs' forms from reportedVerbs.json's
// lightTake|lightHave|lightSpeak|lightOffer; unit test reportedStances.test.ts): the four pairs with 3 train gold or more
// and 2:1 on regex — "took a shot|swipe|jab|dig at", "had … praise|words for", "spoke (out|up|at length) about",
// "offering specifics" (the noun the content) —; a wh-clause after the particle read to its own end ("Camil spoke about
// ⟦how during his crossover …, he’s noticed …⟧"), a source's terms of anonymity no report ("Senior officials spoke about
// issues … only on the condition of anonymity"), and the family opens a sentence by its nouns, not by "has|had|have" (which
// made the families that open none of their own read every sentence with "has": one gold gained by accident, "encouraging
// him to run"). Engine, train: 24 gained, 0 lost, 5 false positives added (folds gained/added 5/0, 8/1, 3/1, 4/2, 4/1):
// content P/R/F1 0.8979/0.5088/0.6495 → 0.8976/0.5103/0.6507, end-to-end F1 0.6412 → 0.6422, ALL 0.7706 → 0.7711; CV (mean
// of 5 folds) P/R/F1 0.8976/0.5079/0.6486 → 0.8973/0.5094/0.6497, ALL 0.7699 → 0.7703 (F1 and ALL up on every fold);
// speaker accuracy 0.9527 (CV 0.9519) unchanged. Dev (check only): 2 gained ("She spoke about ⟦her deep ties to black
// churches⟧", "she has spoken about ⟦the need for conversation and reforms⟧"), 1 false positive ("Obama said he was not
// speaking only about ⟦Trump⟧", a negation, source Jake Tapper): P/R/F1 0.8503/0.5011/0.6306 → 0.8498/0.5023/0.6314, ALL
// 0.7473 → 0.7477 — dev P under its 0.85 goal by that one report. Outlets and us-probes byte-identical.
// Measured and dropped: "no", "few" and the quantifiers as modifiers ("offering few specifics beyond an op-ed in May, in
// which she called for …") 0 gained / 1 lost / 1 added (the object ran over a relative clause holding another report).
//
// FINDINGS (38th session, s38-recall-ee, train, main 2fa16ce9: content P/R/F1 0.8977/0.5104/0.6508, ALL 0.7712; CV F1
// 0.6499, ALL 0.7704). The 37th session's "perfect in a frame no rule takes" (47) and "modal or do-support" (27), listed
// from the train misses no prediction overlaps by their gold cue ("has|have|had|'ve (ADV…) WORD": 588 with a source, 112
// of them a participle the CLI reads as a cue >= 5 times elsewhere; "will|would|can|could|does|did|do|should|must|might|
// may (not) (ADV) WORD": 327, 98 with a known head). Each miss's sentence run alone through the CLI twice, as written and
// with the auxiliary taken out (the perfect's participle kept, the modal's verb put in the simple past by compromise):
//  - perfect: the simple past is read and the perfect not in 3 of the 112 — so the auxiliary is not what stops them. The
//    rest is not read in either tense: a relative pronoun as the source ("who|which|that has endorsed|supported|opposed|
//    praised|pledged …", 28; endorsement.ts refuses them, the 37th session's 11 / 11), a participle after the object that
//    takes the sentence ("The New York businessman has praised ⟦Putin⟧, saying he was …", "Cruz had effusively praised
//    ⟦Trump⟧, stating …"), an object relative before the cue ("an arrangement the Sanders campaign has criticized"), and
//    heads whose object frame no family reads in any tense: "seen" 11 ("have seen ⟦their wages eroded …⟧", "has seen ⟦a
//    rise in his standing⟧"), "sought" 5 ("have sought ⟦bankruptcy protection⟧"), "offered" 5 ("has offered ⟦few
//    ideas …⟧", "⟦no specifics …⟧": the quantifiers s38-recall-dd dropped), "called attention to", "pushed", "voted",
//    "emphasized|denounced|proposed|cited ⟦NP⟧" one or two each;
//  - the three the auxiliary stops: a finding's tail ("…, a new statewide poll has found."), "has publicly signaled ⟦he
//    might back Trump⟧" (a bare clause after an auxiliary and an adverb), "that would have revealed ⟦…⟧" (a modal perfect
//    after a relative "that"); only the first is a family's own frame;
//  - modal or do-support: the simple past read and the modal not in 9 of the 98 ("will|can|does support" 4, "did|would
//    call for" 2, "does not endorse", "must promise", "must acknowledge"). Regex over the train text, gold / not gold (the
//    cue's gold with a source): "(will|would|can|could|does|did|do) (not) (ADV) support" 13 / 49 (folds 3/18 2/10 4/5 3/10
//    1/6: a plan, a promise or a stance, and "would support" inside another's reported content); the same auxiliaries
//    before "call for|call on|urge|promise|acknowledge|endorse|propose|oppose|praise|criticize|deny|announce|warn" 10 / 22
//    (folds 1/3 3/6 2/6 3/4 1/3). Neither near 2:1: not written.
//  - negation, the same way ("not|never|n't (ADV) WORD" in the gold cue: 148 misses with a source, 25 with a known head): the
//    sentence with the negation taken out is read no better in any of the 25 — "did not mention ⟦Cruz⟧" 2, "did not see
//    ⟦it⟧ that way" 2, "has not yet responded to", "has not endorsed ⟦anyone⟧" (NO_CHOICE), "will not support" are frames
//    no family reads in the affirmative either.
// Kept (../../src/core/reported/fronted.ts findingTail; unit test reported.test.ts): a verb of FINDING_TAIL_CUES after
// a perfect's auxiliary, the auxiliary left out of the source's tokens ("Hillary Clinton and Bernie Sanders are locked in
// a tight race in California, …, ⟨a new statewide poll⟩ has found."): regex ", (1-6 words) has|have|had (ADV) found|shown|
// concluded|… [.,;]" on train 3 gold / 0 not (2 found already through "has said|reported"). Engine, train: 1 gained, 0
// lost, 0 false positives added (folds 0/0 0/0 0/0 0/0 1/0): content P/R/F1 0.8977/0.5104/0.6508 → 0.8977/0.5105/0.6509,
// ALL 0.7712 unchanged; CV (mean of 5 folds) P/R/F1 0.8974/0.5095/0.6499 → 0.8974/0.5096/0.6499, ALL 0.7704 (fold 5 F1
// 0.6334 → 0.6337); speaker accuracy 0.9527 (CV 0.9519) unchanged. Dev (check only): output byte-identical, P/R/F1
// 0.8498/0.5023/0.6314, ALL 0.7477. Outlets and us-probes byte-identical.
//
// FINDINGS (39th session, s39-recall-ff, train, main 54e21f27: content P/R/F1 0.8977/0.5105/0.6509, ALL 0.7712; CV F1 0.6499,
// ALL 0.7704; 6,795 sourced misses). A word-by-word scan of the train text (each word's occurrences, how many are a gold
// cue's head, how many of those no prediction overlaps) for heads the annotators nearly always mark and the CLI misses,
// then each candidate counted by regex (gold missed / no gold; folds as missed/none): "seeks" 12 / 8 (fold 2 2/5: "The
// SVP's initiative seeks to outlaw …", "as Mrs. Clinton seeks the White House"), "angered" 7 / 4, "echoed" 10 / 7 (fold 1
// 2/2), "expecting" 7 / 8, "self-described" 6 / 19, "(did not|never) respond(ed) to" 14 / 17, "POSS comments|remarks|
// statements on|about" 5 / 30 — none near 2:1. What splits is a frame: a participle of open stance after the comma that
// closes a main clause, its object reported by that clause's subject (", (ADV) criticizing|attacking|praising|blasting|
// mocking|questioning|denouncing|…": 15 gold missed, 11 found already through verbs the lexicon reads anywhere —
// "slamming", "decrying", "touting" —, 6 no gold; objectCue.ts PROGRESSIVE_ONLY read these verbs only after "be", as "an
// ad criticizing …", "groups backing Mr. Cruz" open a noun's participle phrase). Kept (../../src/core/reported/objectCue.ts
// commaStance, beforeSecondParticiple; unit test reportedMoreCues.test.ts): seven of PROGRESSIVE_ONLY's verbs after a comma
// (past adverbs) when a verb with tense stands before it, the nearest not in a relative clause ("who worked the crowd,
// praising …") and no document the clause puts out after the first ("releasing a new online ad Monday aimed at John
// Kasich, questioning …", ../../src/core/quotes/lexicon.ts ISSUED_DOCUMENTS); the object ends before "and" and a second
// participle ("attacking ⟦Mr. Trump⟧ and visiting …"). Engine, train: 7 gained, 0 lost, 0 false positives added (folds
// gained/added 0/0, 2/0, 1/0, 1/0, 3/0): content P/R/F1 0.8977/0.5105/0.6509 → 0.8977/0.5109/0.6512, e2e F1 0.6424 →
// 0.6429, ALL 0.7712 → 0.7714; CV (mean of 5 folds) P/R/F1 0.8974/0.5096/0.6499 → 0.8975/0.5100/0.6503, ALL 0.7704 →
// 0.7707 (folds 2-5 up, fold 1 level); speaker accuracy 0.9527 (CV 0.9519) unchanged. Dev (check only), the outlet fixtures
// and us-probes: output byte-identical (dev P/R/F1 0.8498/0.5023/0.6314). Measured in the engine and dropped: "applauding"
// too (1 gained, 1 false positive: "Cruz seemed lost, applauding ⟦along with the audience⟧"); before the end rule, the object
// ran over "and pointedly saying …" and "and visiting …" (2 lost, 2 false positives).
//
// FINDINGS (39th session, s39-recall-gg, train, main ffe54ec3: content P/R/F1 0.8977/0.5109/0.6512, e2e F1 0.6429, ALL
// 0.7714; CV F1 0.6503). The frames this session's probes found missed, counted on train by regex over the text (gold with
// the cue / found by the CLI) and then measured in the engine (gold gained / lost / false positives removed / added; folds
// 1-5 as gained/added):
//  - a relative or contact clause whose own verb is a plural's bare present ("which they argue spur demand …"): regex
//    "which|that|who(m) + reporter + say|argue|believe|think|… + a bare verb" 44 occurrences, 14 gold, 10 found; the 4
//    missed were "spur", "help ease", "target" (gold) and "which many voters believe hurt American workers", "who they
//    believe speak Spanish" (no gold). Kept (../../src/core/reported/relativeClause.ts barePresent; people/lexicon.ts
//    isVerbBase, a verb the lexicon knows by a form of it, "cover" ← covered; INVARIANT_PAST moved from speaker.ts to
//    reported/lexicon.ts and shared; not "like" after "felt", one added on train before that gate): 3 / 0 / 0 / 0. "use" is
//    known by no form to the lexicon, so "hotels and restaurants, which the municipality said use about a quarter of the
//    city's water" (gt-revue probe) stays missed;
//  - the reporter a name or a possessive after its article ("which the Intendencia said …", "a proposal the governor's
//    office said could cover …"): subjectBefore starts such a reporter after "the", so the relative pronoun was looked for
//    on the article. Regex "the NAME's NOUN said|says … VERB" after a noun: 0 on train; in the engine 1 / 0 / 0 / 1 ("which
//    the Organization for Economic Cooperation and Development says had …" gained, "what the American Society of Civil
//    Engineers estimates will be needed" no gold, fold 2 0/1); kept without "what" before the article: 1 / 0 / 0 / 0. Both
//    relative changes: 4 / 0 / 0 / 0 (folds 1/0 0/0 0/0 2/0 1/0);
//  - "According to X, A, and B": of the sentence-opening according-to contents that end right before ", and" or " and", 3
//    on train: 2 gold whole ("According to ProPublica, ⟦Clinton praised …, and she asked the bankers …⟧", "⟦Mr. Manafort and
//    his colleagues Phil Griffin and Catherine Barnes frequently pressed …⟧", the second cut at a name's "and"), 1 matched
//    either way. Going on past "and" to the next end: 1 / 0 / 3 / 0, but it swallowed a report of its own ("…, and Mills
//    and Clinton told investigators ⟦they were unaware …⟧", train; "…, and the agency has said ⟦it needs US$570 million …⟧",
//    the af-tolonews probe); stopping before any cue kept neither train gold (0 / 0 / 0 / 0: "asked", "pressed" are cues);
//    stopping before a finite "say|tell" only (FINITE_SAY_TELL_FORM): 1 / 0 / 2 / 0 (folds 0/0 0/0 1/0 0/0 0/0; false
//    positives removed in folds 1 and 3). Kept (../../src/core/reported/accordingTo.ts, MAX_AND_STEPS). Outlets: 3 judged
//    items more (ki-kiribatiindependent "its wells are no longer safe", bo-boliviaexpress "some micro owners …", ec-
//    cuencahighlife "some 1,400 small businesses bought generators") and 7 contents longer over the same judged snippet;
//    "because of checkpoints and demands for unofficial fees" (ss-eyeradio) no longer cut at a noun phrase's "and";
//  - a fronted content whose verb is a present in -s with no object after it ("The new rate takes effect on January 1,
//    2027, the municipality said"): fronted.ts wants a finite verb, a form of be/have or a present before a determiner or
//    an object pronoun. Adding bareClause.ts presentTense there: 2 / 0 / 0 / 2 ("⟦But he operates on a different
//    principle⟧, he said", "⟦This includes a special force …⟧, Defense Secretary Ash Carter …" gained; "⟦This makes it
//    increasingly difficult to dislodge misinformation⟧, he said." twice, one Washington Post text printed on two days, its
//    gold running on over the next sentence): fold 4 2/1, fold 1 0/1 — not kept, as the earlier -s rule's 2:2; narrowing it
//    (no object pronoun after the verb) would be shaped on that one text;
//  - "according to the rainfall" (= depending on) named as a source: the CLI's train according-to predictions that match
//    no gold (48 of 401) all name a person, body, outlet or document; "according to the way …", "according to their instinctive
//    …" occur once each and are not read. No train evidence for a gate; the ec-cuencahighlife probe's "CENACE said ⟦it
//    would review the schedule every Friday⟧, according to the rainfall in the Paute basin" stays one according-to report
//    of "rainfall in the Paute basin" (the said-report under it lost), left for a lexicon of measure nouns.
// All kept: train 5 gained, 0 lost, 2 false positives removed, 0 added: content P/R/F1 0.8977/0.5109/0.6512 → 0.8980/
// 0.5113/0.6516, e2e F1 0.6429 → 0.6432, ALL 0.7714 → 0.7716; CV (mean of 5 folds) P/R/F1 0.8977/0.5104/0.6506 (F1 0.6503
// before), ALL 0.7709; speaker accuracy CV 0.9519 unchanged. Dev (check only): scores unchanged (P/R/F1 0.8498/0.5023/
// 0.6314, ALL 0.7477); one content longer ("According to police, ⟦officers saw Scott get out of a car …, and they ordered
// him to get out and drop the weapon⟧", matching no gold before or after). Us-probes byte-identical.
//
// FINDINGS (39th session, s39-recall-hh, train, main ab9cd4d3: content P/R/F1 0.8977/0.5109/0.6512, ALL 0.7714; CV F1 0.6503,
// ALL 0.7707). Probes found clause.ts attributionTail (the content before "…, X said.") refusing five shapes; each measured
// on train first, as gold Contents that end right before ", <up to 160 characters with no that> <tail cue> <short tail>."
// (350 on train, 278 found): a comma inside the trailing clause 28 (12 found; of the 16 missed 2 are a name set off by
// commas, "…, his top aide, Tad Devine, told The Huffington Post.", "…, their children’s school, Leaders’ College,
// confirmed on Facebook Friday.", the rest clauses of the writer's, ", and when asked …", ", while …"); a long subject, the
// cue past the tail's reach of 8 tokens, no comma: 2 missed ("…, Algerian foreign affairs ministry spokesman Benali Cherif
// Abdelaziz said Thursday.", "…, Justice Department senior trial counsel Caroline Lewis Wolverton wrote in a court
// filing.", which stays missed); brackets inside the tail: none on train (the party tag "(R-Iowa)" is read already); a clock's colon before a
// tail: none on train. Kept (../../src/core/reported/clause.ts apposedNameBeforeCue, apposedNameClosing, MAX_NAMED_TAIL;
// fronted.ts; unit tests reportedRecall.test.ts): a name of up to six capitalised words (name particles inside, "da")
// between commas right before the tail's cue is read through, and is the source; the cue may stand up to 12 tokens past
// the comma when a name of two capitalised words or more stands right before it; in fronted.ts a colon with no space after
// it (a clock's, "from 8:00 to 15:00") no longer counts as a content's own colon. Engine, train: 3 gained (Devine, Leaders’
// College, Abdelaziz), 0 lost, 0 false positives added (folds gained/added 0/0, 3/0, 0/0, 0/0, 0/0: the three are fold 2's;
// no fold loses): content P/R/F1 0.8977/0.5109/0.6512 → 0.8978/0.5111/0.6514, e2e F1 0.6429 → 0.6430, ALL 0.7714 → 0.7715;
// CV (mean) P/R/F1 0.8975/0.5100/0.6503 → 0.8975/0.5102/0.6505, ALL 0.7707 → 0.7708; two more train contents end earlier,
// scoring the same ("…, as one of them, The Associated Press's Lisa Lerer, wrote", "…,” while Maine Sen. Susan Collins and
// Texas Rep. Louis Gohmert suggested …"). Dev (check only) byte-identical; us-probes byte-identical; outlets: 4 judged
// reports gained, each named right (tl-tatoli ×2, the lede "…, the Minister of Commerce and Industry, Filomeno Ximenes da
// Costa Belo, announced" and the "from 8:00 to 15:00" one; vg-bvibeacon "…, Communications and Works Minister Hon. Delroy
// De Castro announced …"; cv-inforpress "…, an increase of 18%, the inter-island maritime transport concessionaire Mar
// d'Ilhas Transportes announced on Thursday", whose content still opens on the dateline "Praia, 05 Dec (Inforpress) –").
// Left: brackets in the tail ("the Barqi Tojik (Tajik Electricity) Open Joint Stock Holding Company announced",
// tj-asiaplus): no train case to earn it, and its naming ("Open Joint Stock Holding Company") is the people stage's; "About
// 2,800 of its 9,400 customers already use prepaid meters, the corporation said" (fm-kaselehliepress) is no tail problem:
// a plural present verb after an adverb ("already use", or "already used") is not read as the content's verb
// (bareClause.ts presentVerb wants a determiner after it; "Many customers already use prepaid meters, …" is missed too).
//
// FINDINGS (40th session, s40-recall-jj, train, main da428f41: content P/R/F1 0.8981/0.5114/0.6517, ALL 0.7717; CV (mean of 5
// folds) F1 0.6508, ALL 0.7710; 6,002 sourced golds no indirect prediction overlaps). The brief's frames, each counted on
// train first (regex over the text: gold missed / found / no gold, or the misses read by hand):
//  - a tail after the content with no "said": of the 676 sourced misses whose cue stands after their content, the fronted
//    ones whose tail the rules refuse are a handful, and the refusal is the verb: TAIL_CUES (clause.ts) holds say-verbs
//    only. ", (1-8 words) VERB[.,]" by verb, misses / no gold: "revealed" 3 / 0 (two are "disclosures filed on Sunday night
//    revealed", the 31st session's), "indicates" 3 / 0 (a poll's, two of them insets or a tail past a name's comma),
//    "vowed" 2, "promised", "estimated", "speculated", "surmised", "alleges" 1 each; "posted", "commented", "remarked"
//    by the engine. Measured in the engine (gold gained / lost / false positives removed / added): 36 verbs of comment,
//    complaint, promise and surmise 11 / 4 / 1 / 11 ("estimated" and "revealed" read as participles and adjectives, "at an
//    estimated $1 billion", "once the report was revealed", "later revealed to be"; "charged", "countered", "admitted",
//    "testified" the same); the nine that earned it 9 / 0 / 1 / 1 — but the outlet fixtures then lost four items to
//    participles ("half of what was promised.", "…, promised by the Department in 2023,", "…, as promised", "has not
//    commented on the price rise, but his ministry said …": an inset), so the nine read only after a word that can end their
//    subject (no auxiliary, negation, "as", "what", "to") and never as an inverted tail. Kept (clause.ts COMMENT_TAIL_CUES,
//    commentTail, ALL_TAIL_CUES read by fronted.ts, parenthetical.ts and asClause.ts; unit test reportedRecall.test.ts):
//    "…, Manzano surmised.", "…, one user commented.", "…, the church posted on Facebook.", "…, the lawsuit alleges.", "…,
//    he remarked.", "…, as some have speculated.", "…, as he's often alleged.", "Freeing her husband, he promised, was one
//    of his top priorities", "A Clinton presidency, she vowed, would bring …": train 9 gained, 0 lost, 0 false positives
//    added (folds gained 1/2/1/2/3); content P/R/F1 0.8981/0.5114/0.6517 → 0.8982/0.5120/0.6522, e2e F1 0.6434 → 0.6439,
//    ALL 0.7717 → 0.7720; CV mean P/R/F1 0.8978/0.5105/0.6508 → 0.8979/0.5111/0.6513, ALL 0.7710 → 0.7712 (F1 and ALL up on
//    every fold); two train contents end earlier, scoring the same ("Rattling off promises ⟦to lower student debt, …⟧,
//    Clinton promised a country …", a dash after a quotation dropped before "and promised"). Dev (check only), the outlet
//    fixtures and us-probes byte-identical. "revealed|reveals" with the same gate and none before "to|by" ("later revealed
//    to be unsecured", "was revealed by"): 1 gained ("…, frontman Anthony Kiedis recently revealed."), 0 lost, 0 added;
//    "disclosures filed on Sunday night revealed" stays missed (a participle in the source) — not kept for one case.
//  - contents joined by "while|whereas" and "said that A and that B": 0 sourced misses open after ", while", "whereas" or
//    "and that" with their cue before them (14 open after ", and" or "while", none the second content of a cue before:
//    "Clinton locked in support …" after "…’ camp, while"). Nothing to read.
//  - a fronted present with no object and a bare present with no determiner: gold contents opening "NOUNs (ADV) VERB" with
//    no prediction near, read by hand: "The NFL legend said ⟦people misunderstand Trump⟧" is the one bare plural before a
//    bare present (the CLI reads no clause there: bareClause.ts pluralPresent wants a determiner, a possessive or a number
//    before the noun); 'Many fear ⟦Trump will feed …⟧' the one quantifier subject of a belief present missed (30 found).
//    Too few to write.
//  - the largest heads no rule reads: "want(s|ed)" 110 gold of 652 on train ("NAME wants" 13 / 45, "NAME wants to" 7 / 30:
//    no gate near 2:1, as the 33rd session found); a poll's "in" with a named poll ("Cruz had 38 percent support in a Fox
//    poll", "Trump leads by 57 percent to 33 percent in the 50-state poll") 12 missed / 2 found / 19 no gold by regex, with a
//    word of standing before it about 10 / 8 ("Cruz rose three points in the CBS survey to 29 points", "averaging 5
//    percent across all states in the new poll" no gold, in the same articles as gold ones); evidence verbs ("show|
//    suggest|indicate") after nouns the evidence list (evidence.ts EVIDENCE) lacks, "simple math shows", "The outcome
//    showed", "a preliminary field test indicated", "Their experience shows", "the publicly available evidence indicates":
//    5 missed / 0 no gold. Kept (evidence.ts EVIDENCE: "math", "outcome", "experience"; unit test reported.test.ts): 3 gained,
//    0 lost, 0 false positives added (folds 0/1/1/0/1); "evidence", "test(s)", "arithmetic" changed nothing (the test's
//    "indicated" and the evidence's inset are other frames) and are left out. Train content P/R/F1 0.8982/0.5120/0.6522 →
//    0.8982/0.5122/0.6524, ALL 0.7720 → 0.7721; dev, outlets and us-probes byte-identical. After a modifier and "data" with
//    no determiner ("Sure, official data suggest that …", "But early ratings data suggests that …" ×2) the quote rules'
//    descriptionBefore reads a bare description only when its head ends in -s or is a role; reading an irregular plural
//    there too (figures/units.ts looksPlural) 1 gained / 0 lost / 2 false positives added (the "ratings data" content runs
//    past its gold end over ", less than half of …", one Washington Post text printed on two days) — dropped.
//  - reports nested in another's content ("He said the report found that …"): 207 sourced misses have their cue inside an
//    unmatched or matched prediction; index.ts nestedIn leaves such inner reports out on purpose (107 of 115 in no gold).
// Both kept (the verbs of comment with their gate, and the evidence nouns): train 12 gained, 0 lost, 0 false positives
// added (matched gold 8156 → 8168 of 15947; folds gained 1/3/2/2/4); content P/R/F1 0.8981/0.5114/0.6517 → 0.8982/0.5122/
// 0.6524, e2e F1 0.6434 → 0.6441, ALL 0.7717 → 0.7721; CV (mean of 5 folds) P/R/F1 0.8978/0.5105/0.6508 → 0.8979/0.5113/
// 0.6515, ALL 0.7710 → 0.7713 (F1 and ALL up on every fold: 0.6686 → 0.6688, 0.6558 → 0.6565, 0.6273 → 0.6279, 0.6674 →
// 0.6679, 0.6349 → 0.6362); speaker accuracy 0.9519 (CV) unchanged. Dev (check only) byte-identical: P/R/F1 0.8498/0.5023/
// 0.6314, ALL 0.7477 — none of dev's misses has these frames. The recall that is left is the long tail the 31st-39th
// sessions describe: no frame of the brief holds 10 train gold that a gate keeps at 2:1.
//
// FINDINGS (41st session, s41-recall-kk, train, main 8503fb73: content P/R/F1 0.8982/0.5122/0.6524, ALL 0.7722; 6,768 sourced
// misses). The brief's four frames, each counted on train first (regex over the text: gold missed / found / no gold, folds
// as missed/found/none), none reaching the 10 train gold the brief asks for — not written:
//  - a tail after a long content with a date, place or channel after its cue: of the 741 sourced misses whose cue stands
//    after their content, the say-verb tails no prediction overlaps are ~20 and nearly all mixed (the gold content holds a
//    quotation: '“We’re extremely happy” about the decision, said RoseAnn DeMoro, …'); the plain ones are one-offs, each a
//    different gate of clause.ts attributionTail: a subject pronoun within the tail's reach ("This is not about me, President
//    Obama told his closest advisers as he labored over …"; found without the "as" clause), an auxiliary there ("…, Wilkin
//    said during his campaign speech to be a national delegate": "be"), a present in -s as the content's verb ("This
//    includes a special force …, Defense Secretary Ash Carter told a Senate panel Wednesday", the 38th session's). A date
//    after a comma inside the tail ("…, the company announced at a press conference on Monday, November 30.") has no train
//    case at all (US outlets write "on Monday."); it is why the hn-bayislandsvoice lede ("customers will pay L 9.42 …") is
//    missed in the outlet fixtures — left for a rule a train case can earn;
//  - a phrase between the cue and "that" ("X said in a statement published by Y that …", "said in an interview with Y
//    that", "wrote in a memo to staff that"): read already — "(said|wrote|told|… ) (in|at|on|during|to|with|…) … that"
//    7 / 101 / 41, the 7 one-offs ("reported to the IRS that", "stated on live TV, was that", "said on CNN, where he is now a
//    paid contributor, that");
//  - an estimate as the content ("X estimated the cost at $Y", "Forbes put his net worth at $45 billion"):
//    "(estimated|put|pegged|placed|valued|projected|…) DET … at NUMBER" 2 / 0 / 1 ("a man who puts his net worth at $11
//    billion");
//  - a fronted holder with no verb: "For NAME," opening a sentence 3 / 0 / 27 (folds 0/0/6 1/0/9 0/0/6 1/0/2 1/0/4: "For
//    Mr. Rubio, assimilation meant …", "For Trump, 38% of likely voters would be scared …" are the writer's); "To NAME," 3 /
//    2 / 1 ("To Sexton, …", "To Ms. Gil, …", "To Sanders, his aides and those in attendance, …"); "in POSS|NAME's view|
//    opinion|eyes|mind|estimation|assessment|…" 9 / 1 / 26, of them "In NAME's|POSS view," opening the sentence 2 / 1 / 1
//    ("In his view, Mr. Trump would drastically worsen …" after "the president often says:" is no gold) and inset or tail
//    ("…, in Bolton's view.", "The only other necessary action, in Professor Knittel's view, would be …") 2 / 0 / 2; "in the
//    eyes|view|minds of X" 1 / 0 / 3. All together about 8 gold for as many gates.
// Found instead, in 'c new cue after content' (470: the subject before a cue of stance in the passive): the participles
// passiveStance.ts did not read. "(be) (ADV) PARTICIPLE by|among|with" by regex, gold missed / no gold: echoed 4 / 1,
// shared 3 / 2, backed 2 / 4 (the 2 gold a poll share, "He is backed by 34% of GOP voters", "He also was backed by nearly
// 6 in 10 …"; "Clinton was backed by a majority of women", "Clinton is backed by 520 superdelegates" none, all in fold 1),
// derided, disliked, liked, applauded, rebuked, distrusted 1 / 0 each, attacked 1 / 2, targeted 0 / 2, welcomed, contested,
// challenged, shunned, reprimanded 0 / 1 each, "revered among", "reviled by" (a relative "who") 1 / 0. Measured in the engine
// (gold gained / lost / false positives added; folds as gained/added): all of echoed, shared, derided, distrusted, disliked,
// applauded, rebuked 8 / 0 / 3 (folds 0/1 1/1 4/0 3/1 0/0: "echoed" in one Washington Post text printed on two days,
// annotated in one copy only, a false positive in fold 1 where nothing else is gained; "the fear … is that the lingering
// far-left resentment may be shared by …", a subject run back over "is that"; "what is even more stunning is how greatly she
// is disliked by …", the subject run back over "how"); without "echoed", with "liked" and "well" before it, the subject
// opening after a wh-word and no stance under a modal 6 / 0 / 0 — but in the outlet fixtures "Västerbotten's problems were
// shared by most of the northern regions" (se-radiosweden) took the sentence from its "said that" report (the subject ran
// back over "said that"), and "shared" is a stance only on a view ("Her view is shared by"): "shared" left out, and the
// modal gate with it (no train case left to earn it; on dev it removed one false positive, "What Mr. Trump considers
// ''smart'' might be seen by others as evasive", which is no reason to keep it). "distrusted" gains nothing in the engine
// ("Mr. Trump is also distrusted by a large number of voters - 62 percent - but …": the dash after the agent) and is left
// out.
// Kept (../../src/core/reported/passiveStance.ts afterWhWord, PASSIVE_ADVERB "well"; lexicon.ts STANCE_PARTICIPLES
// "derided|disliked|liked|applauded|rebuked"; unit test reportedConstructions.test.ts): "⟦These policy proposals⟧ have been
// applauded by Wall Street critics", "⟦Trump has been rebuked by opponents for his proposal to temporarily ban Muslims …⟧",
// "⟦His comments⟧ were quickly derided by Armin Laschet", "⟦She⟧ is well liked by Mr. Trump's daughter Ivanka", "what is
// even more stunning is how greatly ⟦she⟧ is disliked by supporters of her opponent". Engine, train: 5 gained, 0 lost, 0
// false positives added (folds 1/0 0/0 2/0 2/0 0/0): content P/R/F1 0.8982/0.5122/0.6524 → 0.8983/0.5125/0.6526, e2e F1
// 0.6444 → 0.6446, ALL 0.7722 → 0.7724; CV (mean of 5 folds) P/R/F1 0.8979/0.5113/0.6515 → 0.898/0.5116/0.6517, ALL
// 0.7715 → 0.7716 (F1 0.6688 → 0.6691, 0.6565, 0.6279 → 0.6285, 0.6679 → 0.6684, 0.6362; folds 2 and 5 level); speaker
// accuracy 0.9519 (CV) unchanged.
// Dev (check only): scores unchanged (P/R/F1 0.8498/0.5023/0.6314, ALL 0.7481); one content shorter, matching no gold before
// or after ("…, in contrast with Cuba and Iran, where ⟦Obama's outreach⟧ has been fiercely opposed by most Republicans", was
// "where Obama's outreach"). Outlets and us-probes byte-identical.
// FINDINGS (41st session, s41-recall-ll, train, main 8503fb73: content P/R/F1 0.8982/0.5122/0.6524, ALL 0.7722; CV (mean of 5
// folds) F1 0.6515, ALL 0.7715; 6,052 sourced golds no indirect prediction overlaps). The brief's four frames, counted on
// train first (regex over the text outside quotation marks: gold missed / found / no gold), then tried in the engine (gold
// gained / lost / false positives removed / added):
//  - data and document subjects with a verb of finding: 269 sourced golds, 225 overlapped already; the 44 misses are spread
//    over tails ("…, records show, and aviation experts say …", the content running over "…, records show" when it holds a
//    cue of its own: the cue-after-content helper's), subordinate clauses ("though public records indicate …"), headlines
//    and "show|indicate" + a bare clause. Title-case headlines whose source names evidence and whose verb is one of
//    finding ("New Polls Show …", "New Poll Shows …"): 2 gold / 0 not on train — kept (titleHeadline.ts, FINDING_VERBS as
//    title cues after an evidence source): 2 / 0 / 0 / 0. "indicate(s|d)" + a bare clause (BARE_VERBS): 2 / 0 / 0 / 2
//    ("Clinton's aggressive attack on Trump indicates she is pivoting …", no gold; "Coca-Cola indicated it would give
//    $75,000 …, down sharply …", past its gold end) — dropped; "Report Reveals …" inside a headline and "… poll finds;"
//    one each, left.
//  - belief, plan and want verbs: most forms are read already ("plans|intends|hopes to" 36 gold found / 13 missed / 20
//    false found / 97 not gold unread); "want(s|ed)" 107 missed / 541 not gold (the 33rd and 40th sessions' finding);
//    "expect" 31 missed / 189 not (most "is expected to", read by sourceless.ts). What was missed was forms, not frames: the
//    base form of a bare-clause verb after a plural subject ("foreign observers worry it will …", "media outlets estimate
//    Trump needs …", "Legal observers note the White House wouldn't …", "Presidential candidates promise they will …",
//    "Other voices counter it's time …": "Republicans fear Trump will lose" was read, "… worry it will …" not, BARE_VERBS
//    held "worried|worries" but not "worry"). Kept (../../src/core/quotes/lexicon.ts BARE_VERBS "worry|estimate|note|
//    promise|counter"): 7 / 0 / 0 / 1 (the one added a typo, "up to 20 percent may note ⟦vote at all …⟧"); "admit|concede|
//    explain|complain|recall|stress|emphasize|confirm|agree|vow|pledge|announce|signal|declare|allege|testify|imply|realize|
//    learn" too 2 / 1 / 0 / 4 ("34% strongly agree they should …" a share's, "the power to confirm whomever …", "to
//    announce the guests when …") — dropped. And "worr(y|ied) about" with its topic (../../src/core/reported/objectCue.ts
//    WORRY; regex 13 missed / 12 not, most of the 12 nouns, "to worry about" or inside another's report): the topic cut
//    before an adjunct as other topics are 5 / 0 / 0 / 2, with its adjuncts 6 / 0 / 0 / 1 (one of the 6 an accident of
//    overlap, "nations worried about ⟦China's growing power, …⟧" inside the gold "Many fear ⟦Trump will feed insecurity in
//    nations worried about …⟧"; the one added "… were unhappy with the federal government and worried about ⟦the U.S.
//    economy by overwhelming margins⟧"). Checked on dev, it added 2 false positives and no gold, both "worried" right
//    after a noun ("Americans worried about illegal immigration … might stop …", "With Democratic leaders increasingly
//    worried about …, President Obama is rolling out …"); "worried" after a noun or a conjunction read as an adjective
//    (worriedAfterNoun) is 0 / 2 / 1 / 0 on train (the accident above and "Democrats weren't the only ones worried about
//    ⟦…⟧", gold) and takes both dev false positives — the helper kept it, the lead dropped it at the merge: it was shaped
//    on dev and does not earn its place on train (1:1), so the worry rule stays 6 / 0 / 0 / 1 on train and adds the two
//    dev false positives. "be worried about" is not read (the reporter rules take no copula before
//    a participle: "Democratic leaders are worried about …", 3 gold, left). Measured and dropped: "hope(s|d|ing) for" 2 / 0
//    / 0 / 4 (3 of the 4 the gold keeping or dropping "for": "hopes ⟦for a miracle at the GOP convention⟧" and "hoped for
//    ⟦a second-place finish⟧" both gold); "plan to" as a verb of intention (infinitive.ts) 7 / 0 / 0 / 5 (4 of the 7 the
//    noun after an adjective, "a detailed plan ⟦to expand gun background checks …⟧", "whose plan ⟦to announce …⟧"; the
//    5 a noun's content running into its clause's verb, "His long shot plan ⟦to catch Clinton would require …⟧", a
//    relative "the kind of campaigns they plan to run", "had better plan to"); "expect(s|ed|ing) NP to VERB" with the
//    hearer and infinitive as content (requests.ts): 5 / 0 / 0 / 4 ("Officials expect ⟦it to raise rates …⟧", "allies
//    expect ⟦the president to leverage …⟧" gained; "Audiences can expect him to …", "how much they expected Compaq's stock
//    to rise" no gold, "Anyone expecting ⟦Trump to … pivot …⟧ should remember …" and "most don't expect ⟦him to back Clinton⟧
//    when he speaks …" past their gold end) — not near 2:1, not kept.
//  - two contents after one cue ("said that A and that B", "…, while B", "whereas"): as the 40th session found, no sourced
//    miss opens there.
//  - a group's bare present with no determiner: of the 151 sourced misses whose source is a bare plural before a present
//    verb, the ones a rule could read were the base forms above (7 kept); "Democrats already argue that …" and "Many
//    Democrats hope Clinton will win" are read already; the rest are headlines' nouns ("Factory workers feel sting of …"),
//    participles after a noun ("super PACs supporting …", the 24th/33rd sessions' annotator choice) and NP contents
//    ("Clinton allies fear ⟦the toll all this is taking⟧", "Economists predict ⟦between two and four more rate rises⟧").
// All kept: train 13 gained, 0 lost, 0 false positives removed, 1 added (folds gained/added 2/0, 2/0, 1/1, 3/0, 5/0):
// content P/R/F1 0.8982/0.5122/0.6524 → 0.8982/0.5130/0.6530, e2e F1 0.6444 → 0.6451, ALL 0.7722 → 0.7726; CV (mean of 5
// folds) P/R/F1 0.8979/0.5113/0.6515 → 0.898/0.5122/0.6522, ALL 0.7715 → 0.7719 (F1 and ALL up on every fold: F1 0.6688 →
// 0.6694, 0.6565 → 0.657, 0.6279 → 0.628, 0.6679 → 0.6686, 0.6362 → 0.6378); speaker accuracy (CV 0.9519) unchanged. Dev
// (check only): 2 gained, 0 false positives added ("New Poll Shows ⟦Minor Post-Debate Bump For Clinton⟧", "Popular Website
// Shows ⟦Bias When It Comes To ‘Fact-Checking’ Republicans⟧"): P/R/F1 0.8498/0.5023/0.6314 → 0.8501/0.5034/0.6324, e2e F1
// 0.6202 → 0.6213, ALL 0.7481 → 0.7487. The outlet fixtures showed two readings train has none of, both closed with no
// train change: a briefing's "note" after a word in -ing ("An internal briefing note obtained by …", bareClause.ts
// nounAfterGerund) and a worry asked about in a question ("Do you worry about the ones you don't find?"); outlets then 1
// judged item gained ("City staff estimate ⟦it could add about 11,000 homes …⟧") and 1 right report outside the judged
// snippets ("Jobs advocates worry ⟦the controversy will hurt …⟧"); us-probes byte-identical.
//
// FINDINGS (42nd session, s42-mixed-qq, train, main b26bf960: content P/R/F1 0.8983/0.5135/0.6535, ALL 0.7728). --mixed on
// train: own cue before 131 (+66 an indirect prediction overlapping), cue inside a discontinuous content 111 (+21), another
// cue before 97 (+31), scare quotes 97 (+3), cue after content 24 (+12). Of the 131 own-cue misses, read one by one with
// the quote's attribution rule (a script over core.analyzeText, which keeps `why`): 'sentence subject' is the largest
// (~75: the quotes stage gave the quotation to the subject of a verb it does not read as a cue, so aroundQuote.ts never
// looked at it), 'cue before the quote' ~35 (a capital opening "the basic premise of the "Ferguson Effect."", the
// complement after ":" or "," — the gates the 35th/36th sessions kept), speech noun owners 5, 'as clause' 3.
// Measured on the CLI's train prediction (each candidate's content added as aroundQuote.ts would make it, scored; gold
// gained / false positives added; folds gained/added):
//  - 'sentence subject' quotes under aroundQuote's gates 56 / 70 (folds 20/6 7/16 8/15 16/15 5/18; the 35th session's
//    50 / 83): "Sanders has consistently pushed his promise of “free college”", "He seized on the issue of ''religious
//    liberty''", "Pew looked at nine “nonprobability” internet samples" — the verb is no verb of speech;
//  - and the verb one the CLI knows anywhere (the quote cues and every reportedVerbs.json family) 12 / 6 (fold 2 3/3:
//    "took to wearing a “spouse’s pin”", "showed up in the "brown beret" gear", "have all used the term");
//  - and the verb a quote cue (quotes/lexicon.ts CUES) or one of depiction, blame, citing (objectCue.ts PREDICATIVE) or
//    charge (charge.ts) 11 / 1, and no object relative before the speaker ("whom Michelle Obama referred to in her
//    prime-time address, were ''well fed''") 11 / 0; 'as clause' quotes ("As The Post's Ruth Marcus puts it, Obama is
//    trying to make Republicans "an offer …"") with the same verbs 3 / 0; speech noun owners 2 / 1 ("Sanders's clarion
//    call for a "revolution"" no gold) — left; the same without the lower-case opening 16 / 2 — left (the gate stays).
//  - depiction.ts quotedDepictionAt skipped "a|an|the" after "as" even when the quotation opens on it ("introduced him as
//    ''a fighter for families''", its own header's example, found by no rule): the quotation marks are no tokens, so the
//    quotation then seemed to open after the word. Fixed: 1 gained, 0 added (praise verbs already read by objectCue.ts
//    hid it elsewhere).
// Kept (../../src/core/reported/aroundQuote.ts ownCueBefore and OWN_CUE_IF_SAYING, depiction.ts quotedDepictionAt; unit
// tests in reportedAroundQuote.test.ts and reportedFamilies.test.ts): the gates above, the content after an "as" clause
// opening past its comma, and the clause's end also at "and|but" before a comma ('did post ⟦on Twitter Friday that his
// claims were “sarcasm”⟧ but, boy, …'; no other train output moved). Engine, train: 14 gained, 0 lost, 0 false positives
// added or removed (folds 4/0 4/0 3/0 1/0 2/0); content P/R/F1 0.8983/0.5135/0.6535 → 0.8985/0.5144/0.6542, e2e F1 0.6455
// → 0.6463, ALL 0.7728 → 0.7732; per fold content F1 0.6697 → 0.6708, 0.657 → 0.6581, 0.629 → 0.6299, 0.6691 → 0.6694,
// 0.6381 → 0.6387 and ALL up on every fold; direct quotes byte-identical on train (quote F1, speaker accuracy unchanged);
// --mixed own cue before 131 → 117; CV (run-eval --cv, mean of 5 folds) F1 0.6526 → 0.6534, ALL 0.7721 → 0.7725, speaker
// accuracy 0.9519 unchanged. Dev (check only): 1 gained, 1 false positive added ('Japan branded ⟦North Korea an "outlaw
// nation in the neighborhood."⟧', a right reading with no gold there), P/R/F1 0.8484/0.5034/0.6319 → 0.8477/0.504/0.6322,
// ALL 0.7483 → 0.7484. The outlet fixtures and us-probes byte-identical. Left: the 'cue before the quote' misses with a capital or a complement opening, the
// discontinuous and another-cue frames the 36th session measured, and the scare quotes.
// FINDINGS (42nd session, s42-recall-mm, train, main b26bf960: content P/R/F1 0.8983/0.5135/0.6535, e2e F1 0.6455, ALL
// 0.7728). "want(s|ed)" outside quotation marks (curly, straight and the NYT's doubled '') by regex: 310, 113 gold with the
// word as their cue (5 read, 3 of them a poll share's, pollChoice.ts), 197 not gold — but 149 of those stand inside another
// gold content ("… said they wanted to …"), 109 of them inside a prediction already (index.ts nestedIn drops such inner
// reports), so the pool a rule can add false positives from is ~90, not 541. Read side by side, what separates the gold
// is the subject and the clause, not the content: a named person, a body or a group, or "they"/"it", in a main clause or
// after a clause opener ("Hillary Clinton wants ⟦to bring back the 1990s⟧", "Democrats, who want ⟦to keep the White House
// …⟧", "and they want ⟦to keep them⟧", "The Fed does not want ⟦to stall growth …⟧" — a negation is no gate, 6 gold to 3);
// not gold are the modal ("may|might want to"), the first and second person ("I wanted to speak out", "If you want to
// understand …"), a single person's "he"/"she" before an infinitive of their own (3 gold / 5 not: the writer's account of a
// motive, "she wanted to be realistic"; before a hearer it is gold, "She merely wanted ⟦men to sign up …⟧"), a restrictive
// "who" (3 / 5: "many women who want to do that"; ", who" 3 / 0 once anonymity is out), a relative whose object stands
// before the subject ("Those are topics Clinton actually wants to talk about", "The things he wants to accomplish appeal
// …": gap.ts nounHead does not take "thing(s)"; the gate asks instead that the subject open its clause — a mark, "and|but|
// or|so|yet|nor|that", a subordinator, a verb in -ed or a cue before it), "because" (a purpose: 1 / 1), a country (the
// writer's reading of its interest: "Iran, like Turkey, wants …", "And Russia wants Turkey to …", 0 / 2), "to see NP VERB"
// (0 / 2), anonymity ("did not want to be named|quoted"), a cue between the subject and the want (its report's second
// predicate: "said the province had made a fair offer and wanted to keep negotiating", a CTV-style outlet fixture) and a
// question. Measured in the engine (gold gained / lost / false positives removed / added; folds as gained/added):
//  - the infinitive, ungated (infinitive.ts, the verbs of intention): 45 / 0 / 2 / 36, folds 13/4 6/15 7/4 9/8 10/5 — as the
//    INTENTION_VERBS comment found, "a false positive for every one or two attributions";
//  - the infinitive with the gates above: 25 / 0 / 1 / 10, then with "because", the country and "to see": folds 6/1 5/2 2/0
//    7/1 8/2;
//  - a hearer and its infinitive ("The United States and others … want ⟦Germany to do even more …⟧", afterHearer as for the
//    verbs of request, no single-person gate, no indefinite article opening the hearer: "who wants a commission to examine
//    party rules" is a noun and its infinitive): 4 / 0 / 0 / 0 on top (a fifth, "about a third of Democratic voters or less
//    want ⟦a switch to more liberal policies⟧", read as a hearer before "to", went with the indefinite-article gate);
//  - an object, a noun phrase after a determiner, a possessive, a name or "more|no|all|fewer|less" ("Palestinians want ⟦East
//    Jerusalem, captured by Israel …, for their future state⟧", "Rep. Patrick Murphy wants ⟦more funding for teacher pay
//    …⟧", "Sanders wants ⟦a vast expansion of the federal government, …⟧", "He wants ⟦a revolution⟧"), ended before a
//    clause joined by "and|or|but" ("Trump wants ⟦the votes⟧ and Peña Nieto wants to be a hero") or ", when|where|…"
//    ("Party leaders want ⟦no repeat of the 1980 Democratic convention⟧, when …"), not "her" before "as" or a preposition
//    ("voters do not want her as president"): 12 / 0 / 0 / 2 (folds 3/0 0/0 3/0 3/1 3/1; the 2 "Team Trump reportedly
//    wants ⟦Mike Tyson at GOP convention https://t.co/…⟧" in a tweet and "Teck wants ⟦the gap narrowed⟧", whose shape
//    "Philippine lawmaker wants ⟦Trump banned from country⟧" is gold).
// Kept (../../src/core/reported/infinitive.ts WANT_FORMS, wantUnread, beforeNextClause; unit test reported.test.ts "a want
// and its infinitive …"): train 40 gained, 0 lost, 0 false positives removed, 8 added (folds 9/1 5/2 5/0 10/2 11/3): content
// P/R/F1 0.8983/0.5135/0.6535 → 0.8980/0.5160/0.6554, e2e F1 0.6455 → 0.6474, ALL 0.7728 → 0.7738; per fold (content F1 /
// ALL, --only quotes) 0.6697/0.7851 → 0.6719/0.7862, 0.657/0.7604 → 0.6581/0.761, 0.629/0.7648 → 0.6304/0.7655,
// 0.6691/0.7879 → 0.6714/0.7892, 0.6381/0.7622 → 0.6411/0.7633 (up on every fold); CV (run-eval --cv, mean of 5 folds)
// P/R/F1 0.8977/0.5152/0.6546 (F1 was 0.6526), ALL 0.7730 (was 0.7721), speaker accuracy 0.9519 unchanged. Dev (check only): 6 gained, 0 false
// positives added ("Clinton wants ⟦to sign up 5 million people⟧", "Republicans wanted to know ⟦who else …⟧", "Clinton did not
// want ⟦to remain in the hospital⟧", …; one source wrong, "unless it wants ⟦to release all its investigations⟧" named
// "FACEBOOK", the pronoun's resolution): P/R/F1 0.8484/0.5034/0.6319 → 0.8493/0.5068/0.6348, e2e 0.6208 → 0.6234, ALL
// 0.7483 → 0.7497. Outlet fixtures: 11 new items, 2 judged found more (7197 → 7199 of 7362, named 7035 → 7037), 9 outside the
// judged snippets (7 right as English, 2 conditionals in a Q&A transcript, "If Quebec wants …": "if" is no gate on train,
// where "if a 21-year-old wanted ⟦to join her lawfully present parent …⟧" is gold — the ceiling 657 → 666); us-probes
// byte-identical.
// The brief's other verbs, counted the same way (regex gold / read; not gold outside any gold content): "vow|promise|
// threaten(s|ed) to" 84 / 67, the 17 misses mostly the noun "promise(s) to" (7 gold: "with promises ⟦to tackle immigration
// reform …⟧", "Trump's promises ⟦to deport …⟧"; 7 not: "his oft-stated promise to build a border wall", "their promises to
// fight global warming", "his constant vow to get Mexico to pay") — 1:1, not written; "hope|intend(s|ed) to" 28 / 20 (one-
// offs); "refuse(s|d) to" 47 / 32 (headlines in capitals, "whom Trump refused to endorse", an endorsed name as content);
// "plan(s) to" 48 / 22 and "expect NP to" 4 / 0 with 5 not gold — the 41st session's measurements, not repeated; "is|are|
// was|were worried about" 3 gold / 1 not, unread because no reporter is found across the copula (speaker.ts reporterOf;
// "Democratic leaders worried about …" is read, "Democratic leaders are worried about …" not) — left, the fix is the
// reporter rules'.
//
// FINDINGS (43rd session, s43-recall-tt, train, main 5d53c1e2: content P/R/F1 0.8983/0.5169/0.6562, e2e F1 0.6482, ALL
// 0.7742; 6,694 sourced misses, 'b known source cue content' 788, 'c new source cue content' 2,674). The brief's pools,
// counted on train first by regex over the text (the cue word: gold missed / gold found / no gold / no gold but inside
// another gold content, where index.ts nestedIn usually drops an inner report):
//  - "call(s|ed|ing) for": 35 / 61 / 17 / 32. The verb is read; the misses are its other frames: an infinitive after no
//    verb of control ("used his acceptance speech to call for", "allow him to call for", "to call for amendments"), a
//    gerund after a preposition ("joining … in calling for", "by calling for a no-fly zone", "stopped short of calling
//    for"), and the noun. An owned noun ("Pence's call for", "its calls for", "his calls for", "his call to", "Trump's
//    promises to", "The group's appeals for") by regex 10 / 1 / 7 / 28: the 28 are the writer's naming of a known stance
//    inside another report ("condemning Trump's call for a ban", "supported his call for", "because of his calls for",
//    "heed his call for radical change", "reiterating and expanding her calls for"), and no verb or owner before the
//    noun splits them ("renew|expand upon his call(s)" 3 gold, "expanding her calls" not) — not written;
//  - "according to": 33 / 286 / 24 / 5; the misses are boundaries (a prediction stands over or beside 28 of the 33: the inset's
//    clause cut at its comma, a list's figure, a fronted date), each a different cut — left;
//  - "accus(e|es|ed|ing)": 17 / 69 / 11 / 20 (passives with no agent, "who he accused of", a relative "that accuses",
//    "counter-accused"); "urg(e|es|ed|ing)": 13 / 44 / 14 / 11 (a participle after a noun, "a letter … urging Congress
//    to", "urged him to do" with a pro-form content); "den(y|ies|ied|ying)": 15 / 17 / 17 / 23 (relatives "which he has
//    denied" whose content is the relative pronoun, "denied class-action status", "denied the change": a refusal, no
//    report); "insist(s|ed|ing)": 8 / 52 / 8 / 7; "made the case": 1 / 2 / 0 / 0 — none a pool one gate holds at 2:1.
//  - a gerund of speech or stance after a preposition of means or time ("by|in|after|before|while|of + VERB-ing" for
//    the verbs of accusing, calling, urging, criticizing, praising, attacking, blaming, questioning, endorsing, denying,
//    demanding, condemning, denouncing, rejecting, dismissing, mocking, defending, supporting, backing, touting,
//    promising, pledging, vowing, warning, threatening, asking, pushing, pressing, advocating, arguing, insisting,
//    predicting, claiming, suggesting, promoting, highlighting, citing, describing, comparing, labeling, branding): 50 /
//    15 / 34 / 39. After "by" the gold side is the larger (~24 missed to ~11 no gold outside a prediction): "Obama won his
//    party's nomination by promising ⟦its furious revenge⟧", "Trump responded to that tweet by calling ⟦Alwaleed
//    "dopey"⟧", "WikiLeaks … hit Snowden back by accusing ⟦him of pandering …⟧"; speaker.ts verbAt read no verb after
//    any preposition but "to", and cueSubject gave a gerund after "by" its clause's subject only for the participles of
//    saying (TAIL_PARTICIPLES). Measured in the engine (gold gained / lost / false positives added / removed; folds as
//    gained/lost/removed/added):
//     - a gerund after "by" a verb, its reporter the clause's subject (every family reads it, the verb lists unchanged):
//       20 / 1 / 9 / 1 (the loss "included ⟦an unsubtle effort to maintain that margin by hailing Obama's achievements⟧",
//       cut before the gerund's report by secondReport.ts);
//     - not inside an infinitive ("to" and a verb form within 12 tokens before "by", no mark between), and the object
//       ended before "and" and a second gerund as a comma's participle's is (objectCue.ts beforeSecondParticiple: "by
//       touting ⟦her Senate record upstate⟧ and pounding him …"): 21 / 0 / 6 / 1 (folds 5/0/0/1 3/0/0/0 4/0/0/2 5/0/1/2
//       4/0/0/1); the 6 added: "careful not to anger Mr. Sanders by urging ⟦him to quit the race⟧" (the people lexicon
//       knows "anger" only as a noun), "assesses … by comparing ⟦prediction markets to …⟧", "the professor hoaxed the class
//       by telling them ⟦…⟧" (given to Ben Carson), "by telling Clinton ⟦she had been an able⟧ and determined opponent" (a
//       content cut at "and"), "by campaigning against ⟦Merkel's welcome …⟧" (the reporter a party named before it), and
//       "Trump responded to ⟦that tweet⟧", the object of the verb before "by", which replaced the false positive "that
//       tweet by calling Alwaleed "dopey"";
//     - the outlet fixtures then cut one judged report ('Thousands of wheat growers …, saying ⟦the provincial government
//       had left them at the mercy of middlemen by refusing …⟧', pk-tribune-wheat-sit-in: the inner gerund took the
//       growers as reporter and secondReport.ts ended their content before it): not inside a cue's reported clause, a cue
//       of the quote lexicon and a verb with tense after it before "by" with no mark between (not across a comma: "After
//       Bill Clinton declared that the era of big government was over, Obama won … by promising …" stays); train
//       unchanged, outlets byte-identical;
//     - "in" too: 4 / 1 / 2 / 0 on top (fold 4 0/1/0/2: "Mike Pence is joining his running mate Donald Trump in calling for
//       ⟦a special prosecutor …⟧" ran past its gold end, "an early voice in urging …" no gold) — dropped; "after|before|
//       while" too: 2 / 1 / 4 / 0 ("could remain composed while talking about her son", "think twice before agreeing to",
//       "after slamming into the crowd") — dropped.
// Kept (../../src/core/reported/speaker.ts meansGerund, read by verbAt and cueSubject; objectCue.ts ends a means gerund's
// object before a second gerund; unit tests in reportedReporters.test.ts): train 21 gained, 0 lost, 6 false positives
// added, 1 removed (matched gold 8243 → 8264 of 15947); content P/R/F1 0.8983/0.5169/0.6562 → 0.8981/0.5182/0.6572, e2e F1
// 0.6482 → 0.6493, ALL 0.7742 → 0.7748; CV (run-eval --cv, mean of 5 folds) P/R/F1 0.8978/0.5174/0.6564
// (F1 was 0.6554), ALL 0.7740 (was 0.7735), speaker accuracy 0.9519 unchanged; direct quotes' speakers unchanged on train
// (two quoted fragments inside a gained content take the new cue: "do" → "proposing", "couched" → "repeating").
// Dev (check only): 0 gained, 1 false positive added ("Congress has three ways to seek enforcement of a subpoena: by filing
// a civil lawsuit, by asking ⟦federal prosecutors to charge someone …⟧": the infinitive stands before the colon, where the
// infinitive gate does not look; no train case has a list of means after a colon, so no gate is written for it): P/R/F1
// 0.8486/0.5074/0.6351 → 0.8478/0.5074/0.6348, e2e F1 0.6237 → 0.6234, ALL 0.7498 → 0.7497. The outlet fixtures and
// us-probes byte-identical.
//
// FINDINGS (44th session, s44-recall-xb, train, main de17e25b: content P/R/F1 0.8986/0.5187/0.6577, e2e F1 0.6499, ALL
// 0.7751; 7,675 gold missed, 892 false positives). reported-misses.mjs by the cue's head word on train: "said" 207, "to"
// 207, "a" 113, "the" 101, "in" 76, "called" 63, "asked" 46, "support" 45, "according" 40, "made" 39 … Read one by one,
// "the", "called", "support", "now", "known" are long tails (sourceless nouns "the question of", "the idea that"; "now
// known as", a name given; "called" with a quotation or a name, mostly read already or boundaries). Two pools held one
// gate each; counted on train by regex over the text (the cue word: gold missed / gold found / no gold but inside another
// gold content / no gold):
//  - a stance held as a role, "be" with tense, an article, at most two modifiers and "supporter|defender|advocate|
//    proponent|critic|opponent|booster|backer|campaigner|surrogate|sponsor|champion|fan of|for" (the 36th session's "is|
//    was|been a (ADJ) supporter|critic … of" 27 / 14 / 14, not written then): 15 / 0 / 9 / 10. Of the 10 with no gold, 7
//    stand inside a direct quotation ("I've been a supporter of Donald Trump since the beginning", "Ted is a supporter of
//    legalizing …"), 2 are sponsors ("The Turquoise Council was a primary sponsor of a congressional trip", a funder's) and 1
//    an infinitive ("Hillary's claim to be an advocate for women"); "champion" and "fan" have no gold outside a quotation —
//    "sponsor", "champion", "fan" left out, and "be" with no tense ("will be", "to be") read as no role. The same nouns set
//    off by commas after a name (", a fierce supporter of …,") 4 / 0 / 0 / 6 ("Ashley Yago, 33, a supporter of Republican
//    Donald Trump who lives …", "Nina Turner, a prominent surrogate for Mr. Sanders, said …": the writer's description) —
//    not read; the plural without an article ("were supporters of Clinton", a poll's share) 2 / 1 / 0 / 1 — not read.
//  - "make" with a noun of argument or undertaking and an infinitive right after it (madeStatement.ts read only a
//    "that"-clause after these nouns): "made (DET) (ADJ) case|promise(s)|pledge(s)|commitment(s) to VERB" 4 / 0 / 0 / 0 once
//    "to" before a hearer is set apart ("make their case to voters|delegation|superdelegates", "made the case to 23
//    progressive group leaders that …", 0 gold and 1 found through the "that"); "decision|choice|plan" too 1 / 1 / 3 / 2
//    ("made the decision to separate from my husband", "made a conscious decision to focus on medium cities") — left out.
// Kept (../../src/core/reported/attackNoun.ts roleNouns, lexicon.ts ROLE_NOUNS; madeStatement.ts INFINITIVE_ARGUMENT,
// infinitiveVerb; unit tests in reportedStances.test.ts): "⟨Rhonda Hughes, 43,⟩ is a fervent supporter of ⟦Donald J.
// Trump⟧", "⟨Mrs. Clinton⟩ has been a dogged defender of ⟦the Affordable Care Act⟧, while …", "⟨He⟩'s a more dedicated
// proponent of ⟦gun control⟧ than many Democrats" (the object ends at a comma, "with" or "than"; the pronoun that carries
// "'s" is the holder), "The prominent actress is a high-profile campaigner for ⟦leftist Senator Bernie Sanders⟧, who …";
// "Rubio and Bush both repeatedly made the case ⟦to grant amnesty to illegal aliens⟧", "I have made a commitment ⟦to hold
// regular news conferences …⟧", "Trump has repeatedly made other public promises ⟦to give the proceeds …⟧". Engine, train
// (gold gained / lost / false positives added; folds as gained/added): the role 14 / 0 / 1 (folds 4/0 3/0 0/0 4/1 3/0; the
// one added "Kaine now says, however, that … he is a strong advocate for ⟦abortion rights⟧", a report inside another's
// that-clause whose outer report no rule reads), the infinitive 4 / 0 / 0 (folds 0/0 2/0 2/0 0/0 0/0; one of the 4 has no
// gold source, "who … made good on a promise ⟦to give $1 million to a veterans charity⟧"); together 18 / 0 / 1 (matched
// gold 8272 → 8290 of 15947): content P/R/F1 0.8986/0.5187/0.6577 → 0.8987/0.5198/0.6587, source 0.9623 → 0.9624, e2e F1
// 0.6499 → 0.6508, ALL 0.7751 → 0.7756; per fold content F1 / ALL 0.6747/0.7878 → 0.6757/0.7884, 0.6601/0.7623 →
// 0.6614/0.7631, 0.6329/0.7672 → 0.6335/0.7673, 0.6735/0.7904 → 0.6744/0.7908, 0.6433/0.7642 → 0.6442/0.7648 (up on every
// fold); CV (run-eval --cv, mean of 5 folds) P/R/F1 0.8984/0.519/0.6578 (F1 was 0.6569), ALL 0.7749 (was 0.7744), speaker
// accuracy 0.9519 unchanged; direct quotes byte-identical on train (the people and figures output too: only the indirect
// quotes and the speakers' mention lists of the 18 new reports differ).
// Dev (check only): 1 gained, 1 false positive added, both a role in a relative clause after a description ("a former civil
// rights lawyer who is a staunch opponent of ⟦the death penalty⟧" gold; "a former Mexican foreign minister who is a harsh
// critic of ⟦Mr. Peña Nieto⟧" not — no train case splits them, so no gate): P/R/F1 0.8471/0.508/0.6351 → 0.8465/0.5085/
// 0.6354, e2e F1 0.6237 → 0.624, ALL 0.7498 → 0.7499. The outlet fixtures and us-probes byte-identical.
// Counted and not written (the brief's other candidates, same columns): an owned "promise|pledge|vow|threat(s) to VERB"
// 1 / 7 / 3 / 5 (read already where it is gold); "the|a claim|warning|assertion|allegation|suggestion|argument|notion|
// promise that" 4 / 8 / 5 / 22; "POSS view|position|argument|contention|belief|stance|message|point|case|complaint|fear|
// hope|concern is|was (that)" 3 / 0 / 5 / 6; a sourceless "the (ADJ) question is|was whether|how|what …" 4 / 1 / 1 / 9
// (the writer's question as often as a source's: "The question is whether Mr. Effron and Mr. Pruzan have created a firm
// …"). "accus-", "urg-", "den(y|ied)", "insist", "call(s|ed) for" were counted by the 43rd session and not repeated.
//
// FINDINGS (45th session, s45-stance-yc, train, main 14fbe513: content P/R/F1 0.8995/0.5204/0.6594, e2e F1 0.6518, ALL
// 0.7762; 8299 of 15947 gold matched, 886 false positives). The brief's pools past the say-verbs, read in
// reported-misses.mjs --cue and counted by regex over the train text (the cue word: gold missed / gold found / no gold but
// inside another gold content / no gold):
//  - "cast X as Y", a depiction with no quotation ("cast" stood in reportedVerbs.json "depictingQuoted", read only before
//    a quotation): 16 / 1 / 4 / 6. The 6 with no gold: a part given to an actor ("Marvel … cast actor Michael B. Jordan as
//    the Human Torch"), an inset participle ("Clinton, casting herself as a champion of working people, appeared …"), a
//    participle after its noun ("an insurgent message that cast Clinton as", inside: "cable spots casting Johnson as …",
//    "an attack ad campaign … this week casting him as a flip-flopper") and depictions the annotators left ("Hillary
//    Clinton cast herself as a champion of working people during a speech …", "…, casting them as evidence of media
//    bias"). Engine: "cast" moved to "depicting" 11 gained / 0 lost / 6 added (the quote of "cable spots casting Johnson
//    as an "honorable choice"" went from Purple PAC to "cable spots", as the 24th session found); with votes and ballots
//    cast, "casting" after a noun or as an inset and an "as" phrase opening on a name left out (depiction.ts
//    castNoDepiction) 10 / 0 / 5; with the "as" phrase ended before ", despite|during …|VERB" and "and VERB-s" (asPhraseEnd:
//    "cast ⟦himself as a Washington outsider⟧, despite pursuing support …", "cast ⟦the Clintons as part of the Democratic
//    establishment during the primaries⟧ and holds a solid lead …") 12 / 0 / 2. asPhraseEnd applied to every depiction
//    moved one other prediction, a false positive ("The offensive views ⟦include … as one solution …⟧"), so it is kept to
//    "cast".
//  - a participle of stance after a document its clause's subject puts out: "ISSUING_VERB (out) DET … DOCUMENT (time)
//    VERB-ing" (../quotes/lexicon.ts ISSUING_VERBS, ISSUED_DOCUMENTS): 14 / 14 / 0 / 4 for all participles; "saying",
//    "calling", "urging" are read there already (found 14; no gold 3 are "saying," before a direct quotation, 1 "put out a
//    new video ad ripping Hillary Clinton …"), the misses the participles objectCue.ts PROGRESSIVE_ONLY reads only after
//    "be" ("released a statement highlighting", "sent out a fundraising email stressing", "released a statement Tuesday
//    questioning") and "detailing", "documenting" (no list read them); the rest are other causes ("sent a fundraising
//    email Wednesday saying", "sent a letter this week urging": the subject is lost when a phrase of time follows the
//    object of "sent" — "released" keeps it; "bankrolled|running ads attacking|praising" 3 gold, 4 inside or none — not
//    written; an ad or a video is left out of the documents, STATED_DOCUMENTS, since PolNeAR takes it whole as the content
//    of the verb that runs it, "running ⟦ads praising Sen. Patrick J. Toomey …⟧" — no change on train). In a relative clause ("the ACLU of Oregon, which released a statement Tuesday questioning …") the reporter
//    rules gave the sentence's subject ("The ruling"), as they do for "saying" there (no report): left out.
//  - the other verbs reportedVerbs.json read only before a quotation ("depictingQuoted"), "VERB OBJECT as" with no
//    quotation, same columns: frame 4 / 0 / 2 / 0, position 2 / 1 / 0 / 0, pitch 2 / 0 / 0 / 0, denounce 4 / 1 / 0 / 0,
//    dismiss 3 / 3 / 0 / 1, label 1 / 0 / 1 / 0, tout 1 / 0 / 1 / 0 — together 17 / 5 / 4 / 1; paint 4 / 0 / 3 / 3 and
//    present 3 / 0 / 0 / 3 ("presented … as" a role) left where they were; praise, hail, introduce, mock, brand, dub,
//    deride none or one either way. Engine, the seven moved to "depicting": 9 gained / 1 lost / 1 added (the drumbeat of
//    names "… denouncing Republican presidential nominee Donald Trump grew louder Wednesday as Patti Davis … attacked …",
//    a participle after its noun, cut a gold report); with "casting"'s gates for their participles (after a noun, an inset)
//    8 / 0 / 0, and a gerund between the object and "as" left to the gerund ("Both women framed their remarks on Monday by
//    portraying ⟦Mr. Trump as …⟧" had moved the portrayal to "framed", the same gold). The participle gate for every
//    depiction lost a gold ("Clinton spent much of the run-up to the Nevada caucuses portraying ⟦Sanders as …⟧"), so it is
//    kept to the moved verbs (depiction.ts NEWLY_UNQUOTED), as asPhraseEnd is (no change on train from it for the seven).
//  - "announced" + object: 15 / 44 / 6 / 5, the misses each a different context ("after Mr. Trump announced his
//    candidacy to ask …", "When Fiorina a month later announced", "who have not yet announced their preference"; the same
//    clauses alone are read); "is|are (not|widely) expected to": 16 / 56 / 3 / 9, the misses a content split differently
//    (the infinitive alone, "It is expected ⟦to rise to 2.9 percent⟧", or the whole clause); "known as": 26 / 0 / 10 / 15
//    (the same phrase gold and not in one article, "the string of contests known as Super Tuesday"; the 21st session's
//    "known as" again); "asked", "wrote", "offered", "described", "passed", "voted", "see|seen": long tails of one frame
//    each (questions as objects, documents written, legislative acts, a share's vote) — none measured in the engine.
// Kept (../../src/core/reported/depiction.ts castNoDepiction, NEWLY_UNQUOTED, asPhraseEnd, reportedVerbs.json; objectCue.ts
// issuedDocumentStance, DOCUMENTING; speaker.ts subjectUpTo reads past an opening subordinator, "After ⟨the State
// Department’s inspector general⟩ released a scathing report Wednesday documenting …" was "After the …"; unit tests in
// reportedMoreCues.test.ts). Engine, train (gold gained / lost / false positives added): the document's participle 4 / 0 /
// 0 (folds 0/0 0/0 1/0 1/0 2/0), "cast" 12 / 0 / 2 (folds 3/0 2/1 3/1 3/0 1/0), the seven other depictions 8 / 0 / 0
// (folds 1/0 2/0 2/0 1/0 2/0); together 24 / 0 / 2 (folds 4/0 4/1 6/1 5/0 5/0; matched gold 8299 → 8323 of 15947): content
// P/R/F1 0.8995/0.5204/0.6594 → 0.8996/0.5219/0.6606, source 0.9629 → 0.9627 (the gained "his campaign sent out a
// fundraising email stressing …" has the email as its gold source), e2e F1 0.6518 → 0.653, ALL 0.7762 → 0.7768. One
// direct quote's cue changed, not its speaker ('… casts Trump as a former liberal who would “unravel” …': cue "elected" →
// "casts"); "blamed ⟦Clinton directly for … in the Middle East⟧ and cast …" now ends before "and cast" (same gold). One
// gain is a lucky overlap: "while Sanders frames ⟦his tax plan purely as an attack on Wall Street speculators, it would
// fall on smaller investors as well⟧" runs over the comma into the main clause and matches the panel's "note ⟦that while
// …⟧", which no rule read. Dev (check only), the outlet fixtures and us-probes: byte-identical (dev P/R/F1
// 0.8468/0.5097/0.6363, ALL 0.7504).

//
// FINDINGS (46th session, s46-stance-zd, train, main e89d01c7: content P/R/F1 0.9008/0.5230/0.6618, e2e F1 0.6544, ALL
// 0.7776; 8341 of 15947 gold matched, 878 false positives). The brief's stance and calling pools, counted on train by
// regex over the text first (the cue word: gold missed / gold found / no gold but inside another gold
// content / no gold), then measured in the engine (gold gained / lost / false positives added; folds as gained/added):
//  - a relative clause's endorsement, "who|which|that (has|had …) endorsed X" (endorsement.ts refused every relative:
//    "the annotators mostly leave X, who endorsed Y, to the sentence's main clause"): 17 / 1 / 0 / 13 by regex. The 13
//    with no gold read side by side: the description of a quotation's speaker, after a say-verb before the antecedent
//    ("said Representative Peter T. King of New York, who endorsed Mr. Rubio on Tuesday", "said Tom Rath, a veteran New
//    Hampshire GOP leader who had endorsed Kasich", 3) or in the subject of a verb of speech after the clause ("Sen.
//    Claire McCaskill (D-Mo.), who has endorsed Clinton, said …", "Reid, who endorsed Clinton in February, reiterated
//    those feelings", 3), and "not endorsed a candidate" (2, already refused as no choice); the gold side has neither.
//    Engine: every relative 14 / 0 / 5; with both gates 14 / 0 / 4 (folds 3/1 2/1 4/0 2/1 3/1); the 4 left are the same
//    shapes as the gold ("Bernie Sanders, who has endorsed Canova, was able to raise …" none, "Sanders, who endorsed
//    Canova in late May and said …" gold; "House members who have endorsed Trump" none, "a popular governor who had
//    endorsed him" gold).
//  - "supported" reads the same way (it is an endorsing verb here since the 32nd session): 3 of the 14 above. "supports",
//    "backs", "endorses" in a relative: 4 gold / 4 no gold outside a quotation ("The influential delegate and
//    conservative activist, who backs Cruz, warned …", "Title I, which supports schools …") — not read.
//  - "backed" in a relative clause only (a main clause's "backed" stays out, the 26th session's 21 gained / 20 false):
//    6 / 0 / 2 / 7 by regex, 5 of the 6 in one NYT article (2016-03-22, donors "who had previously backed Jeb Bush").
//    Engine 5 / 0 / 2 (fold 2 then 5/3: "Peter Thiel, …, who backed Ron Paul's presidential bid in 2008 with millions of
//    dollars", "than a business entrepreneur who backed stop-and-frisk police tactics"); with a name in the object (a
//    candidate backed, not a tactic: every gold object holds one, Ron Paul, Jeb Bush, Gov. Scott Walker, Mike Huckabee,
//    Mr. Trump) 5 / 0 / 1.
//  - "a|an|and self-described|self-professed|self-proclaimed X": 8 / 0 / 10 / 8 by regex over every "self-" participle;
//    "the self-described democratic socialist has vowed …" is the writer's name for the man (5 of 5 with no gold, 0 gold
//    after "the"), a quoted name ("A self-described ''geeky kid,'' Mr. Cruz …", "self-described "Berners"") and
//    "self-styled|self-identified" (a role or a share's answer) have no gold. Engine 6 / 0 / 0 (folds 1/0 3/0 1/0 1/0
//    0/0; "self-described ''very conservative'' voters" after "from" and "a self-described housewife" after a long
//    description stay missed). PolNeAR's Source is the word "self" (a nominal, no resolved name), so the holder named
//    (the person described, as a reader would) is scored a wrong source: source accuracy 0.9630 → 0.9625, ALL -0.0001
//    from these 6 alone — the content is right and the person is the one who describes himself.
//  - a naming in a free relative with the quoted name right after the verb, "what|which|who|whom X called “…”" (the
//    36th session's 12 / 0 / 7, not written: fold 3 0/1): 12 / 0 / 8 / 4 by regex; engine 8 / 0 / 10 (folds 3/3 0/2 0/1
//    3/3 2/1). The 10: the name inside another's report whose speaker is the pronoun ("Obama said “there is love” in
//    Orlando after the massacre, which he called “an evil, hateful act.”", "to congratulate him on what she called "an
//    extraordinary campaign.""), and names PolNeAR leaves ("what Gilbert called "a perception problem."", "what they
//    called ''financial supermarkets,''"); a name as the subject (not a pronoun) 6 / 0 / 1 but one fold 1/1 (Hedge gold,
//    Gilbert not, both in the fourth fold) — dropped again.
//  - counted and not written: "asked" (45 missed: questions as objects, "Asked about X," with no subject, each a
//    different boundary), "called" beyond the free relative (a name given, "a group called …", passives), "NOUN
//    supporting X" after a noun ("super PACs supporting Jeb Bush" 31 missed / 2 found / 41 inside / 33 no gold: the same
//    article, politico 2016-01-29, has "PAC supporting" gold five times and not once), "want" (a long tail of
//    infinitives and hypotheticals, "you would want …").
// Kept (../../src/core/reported/endorsement.ts relativeEndorsement, RELATIVE_ENDORSING_VERBS; naming.ts selfNaming,
// describedPerson; unit tests in reportedFamilies.test.ts): train 25 gained, 0 lost, 5 false positives added (folds
// 4/1 8/2 6/0 4/1 3/1; matched gold 8341 → 8366 of 15947): content P/R/F1 0.9008/0.5230/0.6618 → 0.9006/0.5246/0.6630,
// source 0.9629 → 0.9625, e2e F1 0.6544 → 0.6553, ALL 0.7776 → 0.7780; per fold content F1 / ALL 0.6782/0.7898 →
// 0.6790/0.7901, 0.6632/0.7645 → 0.6650/0.7650, 0.6375/0.7698 → 0.6392/0.7705, 0.6773/0.7930 → 0.6781/0.7932, 0.6490/
// 0.7675 → 0.6497/0.7679 (up on every fold); CV (run-eval --cv, mean of 5 folds) P/R/F1 0.9004/0.5238/0.6622 (F1 was
// 0.661), ALL 0.7773 (was 0.7769), speaker accuracy 0.952 unchanged. Direct quotes unchanged on train (only the 30 new
// indirect quotes and the speakers they bring differ). Dev (check only), the outlet fixtures and us-probes
// byte-identical (dev P/R/F1 0.8469/0.5102/0.6368, ALL 0.7507).

import path from 'node:path';

import { args, opt } from '../harness/paths.mjs';
import { loadGold, readPrediction, scoreAgainst } from './reportedEval.mjs';
import { oneLine as one } from './spans.mjs';

const split = opt('--split', 'train');
const known = Number(opt('--known', '5'));
const group = opt('--group', null);
const examples = Number(opt('--examples', '0'));
const pred = readPrediction(split, opt('--pred', null), 'reported-frames');
const { res, docs } = scoreAgainst(loadGold(split), pred);
const predsOf = new Map(pred.documents.map(d => [path.basename(d.file), d.quotes.filter(q => q.kind === 'indirect' && q.speaker)]));

/** Auxiliaries and adverbs before a cue's head word. */
const AUX = /^(?:has|have|had|is|was|are|were|be|been|will|would|could|should|may|might|must|can|did|does|do|also|not|never|just|still|repeatedly|previously|recently|reportedly|then|later|often|n't|’s|'s|already|even|publicly|privately|long|always|once|now)$/;
/** The head word of a text: its first word that is no auxiliary or adverb, lower case. */
function headOf(text) {
  const words = text.toLowerCase().match(/[\p{L}’'-]+|:/gu) ?? [];
  return words.find(w => !AUX.test(w)) ?? words[0] ?? '-';
}
const cueText = (text, g) => g.cue.map(([s, e]) => text.slice(s, e)).join(' ');
const heads = new Map();
for (const d of pred.documents) for (const q of d.quotes) if (q.kind === 'indirect' && q.cue) { const h = headOf(q.cue.text); heads.set(h, (heads.get(h) ?? 0) + 1); }

/** Where the prediction p parts from the gold span [gs, ge). */
function parting(p, gs, ge) {
  return [p.start < gs - 2 ? 'early' : p.start > gs + 2 ? 'late' : '', p.end > ge + 2 ? 'long' : p.end < ge - 2 ? 'short' : ''].filter(Boolean).join('+') || 'same';
}

/** The frame of a gold attribution no prediction overlaps: where its cue, source and content stand. */
function frame(text, g, gs, ge) {
  const cs = g.cue[0][0], ce = g.cue[g.cue.length - 1][1];
  if (cs >= ge) return 'cue after content';
  if (ce > gs) return 'cue inside content';
  const between = text.slice(g.source.end, cs);
  if (g.source.start > ce) return 'source after cue';
  if (/\b(?:who|which|that)\b/i.test(between)) return 'relative';
  if (/\b(?:was|were|been|is|are|be)\s+\w+ed\b/i.test(text.slice(cs, ce))) return 'passive';
  if (between.includes(',')) return 'source, … cue';
  if (between.trim().split(/\s+/).filter(Boolean).length >= 2) return 'source + words + cue';
  return text.slice(ce, gs).trim() ? 'cue + gap + content' : 'source cue content';
}

if (args.includes('--mixed')) { mixedFrames(); process.exit(0); }

/** The missed mixed golds with a Source whose fragment a direct prediction quotes, by frame (see the header). */
function mixedFrames() {
  const byFile = new Map(pred.documents.map(d => [path.basename(d.file), d.quotes]));
  const frames = new Map();
  for (const { file, g } of res.misses) {
    if (!g.mixed || !g.source) continue;
    const d = docs.get(file), text = d.text, quotes = byFile.get(file) ?? [];
    const gs = g.content[0][0], ge = g.content[g.content.length - 1][1];
    const cs = g.cue.length ? g.cue[0][0] : -1, ce = g.cue.length ? g.cue[g.cue.length - 1][1] : -1;
    const frags = d.quotes.filter(q => q.relation === g.id);
    const direct = quotes.filter(q => q.kind !== 'indirect' && frags.some(f => q.start < f.markEnd && q.end > f.markStart));
    if (!direct.length) continue;
    const own = direct.some(q => q.cue && q.cue.start < ce && q.cue.end > cs);
    const name = (!direct.some(q => q.speaker) ? 'scare' : cs >= ge ? 'cue after content' : ce > gs ? `cue inside${g.content.length > 1 ? ' (discontinuous)' : ''}` : own ? 'own cue before' : 'another cue before')
      + (quotes.some(q => q.kind === 'indirect' && q.start < ge && q.end > gs) ? ' +ind' : '');
    const line = `${file.slice(0, 36)} [${one(g.source.text).slice(0, 25)} | ${cueText(text, g)}] ⟪${g.content.map(([a, b]) => one(text.slice(a, b))).join(' ⟫…⟪').slice(0, 200)}⟫  quoted by: ${direct.map(q => `${q.speaker?.name ?? 'null'}/${q.cue?.text ?? '-'}`).join(', ')}`;
    if (!frames.has(name)) frames.set(name, []);
    frames.get(name).push(line);
  }
  for (const [name, lines] of [...frames].sort((x, y) => y[1].length - x[1].length)) {
    console.log(`${String(lines.length).padStart(6)}  ${name}`);
    for (const l of lines.slice(0, group && name.includes(group) ? lines.length : examples)) console.log(`        ${l}`);
  }
}

const groups = new Map();
for (const { file, g } of res.misses) {
  if (!g.source || !g.cue.length) continue;
  const text = docs.get(file).text;
  const gs = g.content[0][0], ge = g.content[g.content.length - 1][1];
  const p = (predsOf.get(file) ?? []).find(x => x.start < ge && x.end > gs);
  const name = p ? `a boundary ${parting(p, gs, ge)}` : `${(heads.get(headOf(cueText(text, g))) ?? 0) >= known ? 'b known' : 'c new'} ${frame(text, g, gs, ge)}${g.mixed ? ' (mixed)' : ''}`;
  const from = Math.min(gs, g.source.start, g.cue[0][0]);
  const line = `${file.slice(0, 36)} [${one(g.source.text).slice(0, 30)} | ${cueText(text, g)}] …${one(text.slice(Math.max(0, from - 40), gs))}⟪${one(text.slice(gs, ge)).slice(0, 160)}⟫${one(text.slice(ge, ge + 30))}${p ? `  ours: ⟦${one(text.slice(p.start, p.end)).slice(0, 160)}⟧` : ''}`;
  if (!groups.has(name)) groups.set(name, []);
  groups.get(name).push(line);
}
const sourced = [...groups.values()].reduce((n, v) => n + v.length, 0);
console.log(`${split}: ${res.misses.length} gold indirect attributions missed, ${sourced} of them with a Source and a cue; by group and frame:`);
for (const [name, lines] of [...groups].sort((x, y) => y[1].length - x[1].length)) {
  console.log(`${String(lines.length).padStart(6)}  ${name}`);
  const all = group && name.includes(group);
  for (const l of lines.slice(0, all ? lines.length : examples)) console.log(`        ${l}`);
}
