#!/usr/bin/env node
// Reported speech (#16), a development aid for precision: every indirect prediction with a speaker that matches no
// gold attribution, sorted by why. A false positive that overlaps a gold Content is a BOUNDARY mismatch, told by where
// the two spans part: 'long end' (ours runs past the gold's end), 'short end', 'early start', 'late start'; one that
// overlaps no gold Content but a direct quote (the prediction's own direct quote, or a gold one: mostly a relation
// PolNeAR made DIRECT, 'called X “…”' with the quotation alone as its Content) is 'quote'; one that overlaps neither is
// a plain false positive ('none'). Each line shows the prediction ⟦…⟧ and, for a boundary mismatch, the gold span ⟪…⟫
// in the same context.
//   node test/eval/reported-boundaries.mjs [--split train|dev] [--pred PRED.json] [--kind long-end|short-end|early-start|late-start|quote|none] [--cue TEXT] [--limit N] [--unmatched]
// Without --pred it runs dist/cli.js (npm run build:cli first) on the split. --cue filters by the cue's text (lower case).
// --unmatched: only the false positives that overlap a gold Content no prediction matched (a fixed span gains twice: a
// false positive fewer and a gold more), sorted by cause: 'joined' (one prediction over two gold Contents or more),
// 'discontinuous' (a gold Content of two spans or more), else where the spans part — 'early-start', 'late-start',
// 'long-end:WORD' (the word or mark after the gold's end, a spaced hyphen " - " shown as "-"), 'short-end:MARK' (what
// follows the prediction's end) — and 'split(…)' when two predictions overlap the same gold; --unmatched prints the
// count of each cause first.
//
// FINDINGS (40th session, s40-recall-ii, train, main da428f41: content P 0.8981 R 0.5114 F1 0.6517; 884 false
// positives). 555 of them overlap a gold Content that no prediction matched. By cause: long end 115 (after ", " 29,
// "in" 15, "as" 10, a dash 11, ", and" 7, "to" 7, "and|but" 8, "after|when|while|…" 8; the rest one word each),
// joined 97 (the prediction takes in a second clause that PolNeAR made an attribution of its own: "and|but" and a
// verb ~25, a subordinator and another reporter ~15, a participle ~8, a dash ~6; 91 of the 97 with both golds missed),
// a discontinuous gold 93 (19 of them split), short end 73 + 13 split (at ", " 56 — ", which|who …", ", but" and a
// clause, a participle —; at "." 18, the gold running on into the next sentence or its quotation; before "and" 15, ";"
// 9), late start 55 + 18 split + 21 with a short or long end (nearly all a nested report inside an outer gold the rules
// miss), early start 33 + 24 with another parting (49 a subject or fronted clause, 9 the cue or "that"; "according to"
// contents whose gold is only the ", with …" part). The 30th session's reading holds: each cause parts at many words,
// and PolNeAR's annotators keep the same construction in or out as often.
// Tried with reported-cut.mjs on the saved prediction (gold gained / lost on train): ending before " but AUX (not) VERB"
// 6 / 9, ",? but AUX not" 1 / 3, " and has|have|had VERBed" 1 / 3, ",? and AUX not" 1 / 5; running on over ", but …" 17 /
// 56, ", but SUBJECT …" 9 / 29, ", and PRONOUN …" 2 / 10, ", which|who …" 16 / 64, "(and|but) VERBed|VERBs …" 17 / 93;
// "according to" contents starting after ", with " 5 / 7, ", with|including " 5 / 11, ", and " 4 / 13; ending before a
// subordinator and a subject, any content: 27 / 210 (after 9 / 38, when 8 / 57, because 4 / 68); before "in|during an
// interview|speech|…" 5 / 5, "at|during … rally|debate|…" 3 / 10, "by citing|saying|…" 2 / 1; before ", the|a" after an
// object 3 / 18; over "; …; and …" 1 / 1; before ", when" after a time word 3 / 9.
// In the engine (clause.ts contentEnd): a subordinate clause of another reporter ("after|when|while|whereas|before|
// until|once", a subject, a cue) ending every content 20 / 30 with any word as its subject, 13 / 12 with a subject's
// opener (the clause after a say-verb is the speaker's account as often: "Analysts said ESPN was left with little choice
// after …"); ending a content with no subject of its own (an object, an infinitive) 12 / 3, and with a pronoun's cue
// right after it 12 / 2 — NOT MERGED (branch s40-recall-ii, 98aa650e: fold 2 ties 1 / 1 and fold 3 is 0 / 0
// against the bar of two to one in every fold, and dev gains nothing for a false positive): train P 0.8981 → 0.8985, R 0.5114 → 0.5121, F1 0.6517 →
// 0.6524, ALL 0.7717 → 0.7721; by fold (gained/lost) 3/0, 1/1, 0/0, 4/0, 4/1 — fold 1's loss is a gold that the
// longer, wrong content had matched by overlap ("asking Rubio ⟪why he decided to attack Trump personally when he had
// stated …⟫": "attack"'s object is "Trump personally"). Adding "as" with a pronoun 0 / 0, "because|since" 0 / 1; any
// subordinate clause with a subject and a verb, not only a report, 6 / 13 more. Dev (checked after): P 0.8498 → 0.8490,
// R 0.5023, F1 0.6314 → 0.6311, ALL 0.7477 → 0.7475 — one false positive added, "the South Carolina senator called on
// ⟦fellow Republicans to unendorse Trump⟧ after the billionaire estate mogul claimed …", a report the longer content had
// hidden, with no gold of its own.
//
// FINDINGS (41st session, s41-bounds-kk, train, main 8503fb73: content P 0.8982 R 0.5122 F1 0.6524; 884 false
// positives, 555 over a gold Content no prediction matched, as in the 40th's list). Read by the words where the spans part
// (each prediction against each missed gold it overlaps): ours runs on past the gold's end at a dash 32 (" - " 18, "—" 12),
// "in" 19, ", and" 18, "as" 11, "to" 10, "after" 9, "but" 9, ", the|a" 7, ", even" 5, ", including|when|according" 3
// each; it stops short at "." or ";" with the gold going on (most into the next sentence's quotation) 62, ", who|which"
// 15, ", but" 12, ", and" 10, "and" 17, ", while" 4. Tried, train gold gained / lost (by fold where it came near):
//  - in the engine: a subjectless content (an object, an infinitive) ending before "but" and the reporter's second verb
//    as it does before "and" (clause.ts, coordinatedVerb): 3 / 3 (0/1 1/1 1/0 1/0 0/1; "praised ⟦Fields for pursuing
//    charges⟧ but stopped short …" gained, "planned ⟦to give me prison time⟧ but was largely swayed …" lost); the object
//    of a progressive or comma-stance participle ending before an occasion too (objectCue.ts objectCueEnd, every cue but a
//    gerund's through objectBeforeAdjunct): 3 / 2 (2/1 0/1 0/0 1/0 0/0); a subjectless content with no verb with tense and
//    no comma before it ending at ", and": 7 / 6 (3/3 2/0 1/1 1/0 0/2; lost at ", and especially …", ", and in a more
//    focused way", ", and $47,000 to …", ", and then a visual vote"), and narrowed to a clause after "and" fold 4 has no
//    gain left.
//  - on the saved prediction: running on over ", " to the sentence's end for contents of six words or fewer 29 / 262,
//    over ", who|which …" 6 / 21; ending before ",? and|but VERBed" 5 / 42, ",? and|but AUX (not) VERB" 10 / 36, ",?
//    and|but AUX n't" 3 / 8, ",? and when|as|while|after|… " 4 / 7; a content that opens with no clause word, pronoun or
//    "to", its cue no say-verb, ending before " in DET" 12 / 103, " as DET|PRONOUN" 8 / 96, " after|following|amid|over|
//    during|despite" 11 / 60, " with|for|on DET" 14 / 134 — and with compromise finding no verb before the cut, ", and|
//    but" 25 / 196, ", " 30 / 142, a dash 10 / 18, ", the|a|an" 2 / 15, ", including|even|just|like|…" 5 / 11; " as
//    he|she|it|they VERB" 6 / 10; ", even as|though|after|…" 4 / 5, ", even if" 1 / 3, ", including|particularly|
//    especially" 4 / 49, ", when|where" 4 / 17, ", whose" 2 / 3, ", VERB-ing" 14 / 93; a content set around its cue ("A,
//    officials said, B") ending at the first ", " or dash after the cue 4 / 40 (before ", whether|since|because|…" 3 / 8,
//    a dash 2 / 8, ", which|who|where" 0 / 3); a dash before an aside with its own "he said" 1 / 0, before a quotation 2 /
//    5; a Title Case headline's content ending before a capitalised preposition ("Says ⟦No To Fox News⟧ As Sanders Turns
//    Up The Heat") 2 / 21; a fronted content starting after a leading adjunct ("If …, ", "With …, ") 2 / 6, set around its
//    cue 0 / 3; two contents of one speaker joined by "and" and a second cue made one ("says ⟦he feels he did “great” …⟧
//    and is optimistic ⟦that …⟧", 8 golds PolNeAR made one) 10 / 166. None is two to one in every fold; the 30th and 40th
//    sessions' reading holds: each construction is kept in and left out by PolNeAR's annotators about as often.
// Kept (not a rule, a span's slip): a content ending on a figure takes the percent sign after it, which the tokenizer
// makes no token of ("… who prefer Dr. Carson to Mr. Trump 33% to 18" → "… 18%", clause.ts contentSpan): 8 train contents
// a character longer, gold gained 0 / lost 0. Seen and left: endorsement.ts objectEnd stops at the bracket of a party tag
// ("endorsed the re-election of House Speaker Paul Ryan (R-Wis.), Sen. John McCain (R-Ariz.), and Sen. Kelly Ayotte",
// HuffPost 2016-08-05, one gold).
//
// FINDINGS (44th session, s44-bounds-xc, train, main de17e25b: content P 0.8986 R 0.5187 F1 0.6577; 892 false
// positives, 557 over a gold Content no prediction matched). By cause (--unmatched): joined 96, discontinuous 75 (+19
// split), late start 58 (+18 split), short end at ", " 41, early start 32, long end at "in" 12, "as" 8, a spaced hyphen
// 8 (shown as "?": the cause regex knows no " - "), "—" 6, ", and" 6, "to" 5; short end at "." 9, ";" 5, "and" 5 (+8
// split). Read side by side: the discontinuous golds are mostly a content PolNeAR ran on into the next paragraph's
// quotation (or a fronted piece "X, officials said, Y" whose gold leaves out a long tail ours keeps); the late starts a
// nested report inside an outer gold the rules miss; the short ends at ", " the ", but|which|who …" golds the 30th, 40th
// and 41st sessions refused. Of the 892, 58 overlap only golds another prediction matched (nested reports in an outer
// content: "Officials have said ⟦…⟧" inside a two-sentence gold) and 277 no gold.
// Kept (clause.ts; train 3 gold gained, 0 lost, 3 false positives removed; by fold 0/0 0/0 1/0 0/0 2/0):
//  - a content ends before a quotation set off by a spaced hyphen when that quotation has a tail of its own, and the
//    tail may close the aside at a second hyphen: quoteWithOwnTail looked for the quotation right after the token before
//    the gap (" - "" is no blank), and its attributionTail ran on past the closing " - and argued for … who can win"
//    (an auxiliary there made it no tail); now the quotation is looked for past the gap's dash and the tail stops at a
//    dash within 6 tokens of the quotation's comma. "Mr. Bush also praised ⟦his younger brother's ''deep and genuine
//    faith''⟧ - ''faith that …,'' he said - and argued …" (NYT 2016-02-17), "Clinton suggested ⟦that Sanders's latest
//    plan was unserious⟧ - "Again, …," she said - and charged …" (Washington Post 2016-01-18): 2 gained; "Mr. Biden
//    suggested ⟦Mr. Trump had demonstrated a fondness for brutal leaders like Saddam Hussein⟧ - ''He would have loved
//    Stalin,'' Mr. Biden said twice - and …" shorter too, no gold either way.
//  - the reporter's second participle after "and|but" (cueParticiple) may be one of THAT_GERUNDS with its "that":
//    "warning followers … ⟦that the Islamic State could easily penetrate the country⟧ and implying that …" (Politico
//    2015-11-19): 1 gained. Without the "that" it also cut two lists of gerunds inside a content ("then addressing the
//    undocumented population and determining who should …", "explaining … and clarifying whether lawmakers wanted …"),
//    no score either way but wrong as English.
// Dev, test/fixtures/outlets and us-probes: byte-identical output.
// Tried, not kept: ending a content before a spaced hyphen or dash, on the saved prediction: any " - |—|– " 33 / 92 (every
// fold −10 or worse), a dash pair "— … —" 7 / 57, " - " 17 / 54, a dash and "and|but|except|with|or" 10 / 22, a dash and
// "the|a|an|one|something|known|including|requiring" 8 / 18 — PolNeAR keeps the dash's comment in the content as often as
// not, as the 20th and 41st sessions found. In the engine: secondCue past an "-ly" adverb ("and specifically mentioned")
// 0 / 0 (no output moved). Seen and left: the "and|but AUX not VERB" second predicates in the joined group ("confirmed
// ⟦…⟧ but would not offer details of …", "said ⟦…⟧ and would not identify …") — the 40th and 41st sessions' 6 / 9 and
// 10 / 36; mixed quotes whose tail follows the content ("…, "…," he said" after a content) 39 matched / 3 false, no rule.
//
// FINDINGS (44th session, s44-apposend-xj, train, main 99ce2c4e: content P 0.8992 R 0.5192 F1 0.6583; 887 false
// positives, 555 over a gold Content no prediction matched; 5 of them 'long-end:, the'). A name's apposition inside a
// content (", the|a|an …" after a capitalised word; every one of the 102 contents with a speaker read): the gold stops at
// the name 16 (5 false positives), takes the apposition in 70 (4) — most of these a subject's apposition closed by a
// comma before its verb ("Cruz, a graduate of Harvard Law School who …, will do an excellent job …") —, another gold 9,
// none 7. Of those, an apposition that runs on to the content's end with no comma, dash or semicolon after it (the
// writer's gloss at the end of an object): 38 — gold stops at the name 13 (4 false positives: "railed against ⟦the
// Trans-Pacific Partnership⟧, the 12-country trade deal …"), takes it in 16 ("locked in a tight race in ⟦California, the
// nation's most populous state and one that …⟧", "testimony by ⟦Gregory Hicks, the former deputy chief of mission …⟧"),
// other or none 9. Cut at every such apposition on the saved prediction: 5 gained / 7 lost (folds -1 +1 0 0 -2); the "of"
// ones (", the|a NOUN of …") 0 / 1; ", the|a … who|that" 2 / 0 but 2 false positives added (", the level that …" after a
// month, ", the matriarch of the family that …").
// Kept (clause.ts roleWhoGloss; train 2 gained, 0 lost, 2 false positives removed; by fold 0/0 1/0 1/0 0/0 0/0): a
// content ends at a name whose ", the|a|an ROLE who …" (at most 5 words, the last a noun of one person, isOnePersonWord)
// runs to the sentence's end with no comma, dash, colon, semicolon or bracket after "who": "is not sure ⟦she can vote for
// Hillary Clinton over Donald Trump⟧, the Republican frontrunner who has inflamed America …" (Breitbart 2016-03-29), "…
// any early loss to Sanders⟧, the Vermont senator who is surfing a wave of populist frustration …" (Washington Post
// 2016-01-31): 2 gained; "the parents of Capt. Humayun Khan, the Muslim soldier who died …" (gold stops at the name) and
// "with Albusalha, the suicide bomber who went to Syria" (gold takes it in) shorter, matched both ways. 4 train contents
// move in all; the subject's appositions (", a New Hampshire Republican who is …, used …") all have a comma after and
// stay whole.
//
// FINDINGS (45th session, s45-ends-yd, train, main 14fbe513: content P 0.8995 R 0.5204 F1 0.6594; 886 false positives,
// 553 over a gold Content no prediction matched). The ENDS: by cause (--unmatched) short end at ", " 41 (", but" 9,
// ", which|who|whom|where" 13, ", and" 4, a participle 6, ", while" 2, one each of ", with|despite|in|something" and a
// name's list or tag), long end at "in" 12, "as" 8, a spaced hyphen 6
// (shown as "?" until now: the cause regex knows " - " now), "—" 6, ", and" 6, "to" 5, ", the" 4, "after|when|for" 3
// each; short end at "." 9, ";" 5, "and" 5 (+8 split). All 41 short ends and the 80-odd long ends read side by side
// with the gold; the gold ends where the claim ends for a reader about as often as it runs on. Tried on the saved
// prediction with reported-cut.mjs (train gold gained / lost; matched predictions by fold):
//  - running on over ", but …" to the sentence's end, contents after their cue: 17 / 62 (−14 −11 −13 −4 −3); "that"-clauses
//    whose ", but" opens a subject with no cue verb after it 0 / 5; a ", but" clause that closes its paragraph 13 / 39,
//    and with no cue verb in it 12 / 24 (−5 −5 −2 +1 −1). The gains are the speaker's own concession ("I told Megyn Kelly
//    ⟪that the government tried to put me away, but a federal judge refused to let them⟫", "said ⟪he'll support whomever
//    …, but beyond that, he doesn't want to be involved …⟫"); the losses the writer's contrast or a second report ("Saudi
//    officials deny ⟪any links to terrorism groups⟫, but critics point to …", "Sanders has said ⟪he will vote for
//    Clinton⟫, but he hasn't endorsed her …") — the same words, and PolNeAR's annotators stop at the comma two times in three.
//  - running on over ", which|who|whom|where …": "that"-clauses 4 / 8, other contents 17 / 67 (every fold −4 or worse).
//  - ending before: ", he|she|they|NAME said|added|wrote|told" 4 / 165; ", adding|saying|noting|…" 0 / 1; " (" 3 / 36; ",?
//    according to" 3 / 25; ",? because" 5 / 125; ",? since" 4 / 32; ", while" 1 / 12; ",? although" 1 / 12; ",? though"
//    5 / 15; ",? unless" 0 / 6; ",? so that" 0 / 3; a closing " as well" 1 / 1, ", too" 0 / 0, " again|anyway|instead"
//    0 / 0; " for this story|article" 2 / 1; a closing weekday or time, with an occasion after it, 3 / 3; an occasion
//    phrase "(in|during|at) DET … interview|speech|rally|debate|statement|…" 13 / 17 (+1 −4 +2 −3 0), closing the content
//    only 8 / 6 (+2 −1 +4 −3 0) — its losses an occasion inside the content's own clause ("signaled ⟪that she is girding
//    for a fight at the debate Thursday night⟫", "accused ⟪Lewandowski of grabbing her at a press conference …⟫").
//  - in the engine: a progressive or comma-stance participle's object through objectBeforeAdjunct (objectCue.ts
//    objectCueEnd) 3 / 2, as the 41st session found; with the participle's own contentEnd kept and only the adjunct cut
//    0 / 0, and it leaves "supporting ⟦Sanders as a superdelegate and⟧" — not kept.
// Kept (adjunct.ts objectBeforeAdjunct; train 2 gained, 0 lost, 2 false positives removed; by fold 0/0 0/0 2/0 0/0 0/0;
// no other train content moved): an object that "holds a clause" kept its circumstance whole, wherever the clause
// stood; a clause AFTER the occasion's noun is the occasion's own, so only the phrases before the object's first clause
// word are looked at, and a clause ahead lets only a place phrase with a determiner or an owner end the object
// (determinedPlace): "praised ⟦Obama’s presidency⟧ in an interview published Saturday" (Politico 2015-12-26), "offered a
// preview of ⟦the candidate's thinking⟧ in an interview with The Washington Post just before New Yorkers went to the
// polls" (Washington Post 2016-04-21). Without the determiner condition it also cut "attacked ⟦other candidates⟧ on stage
// for accepting his personal donations" (dev) and "ordered ⟦flags⟧ at city hall lowered …" (an outlet fixture, whose
// report then went); without sparing "during|since|until|amid" it lost "heaps praise on ⟦Kennedy for his role in
// organizing the evacuation … during the chaotic days that followed …⟧" and "urged ⟦Obama last year not to close the
// prison until there was a way …⟧" (1 gained more, 1 lost). Dev: "cited ⟦the figure⟧ at last week's Commander-in-Chief
// Forum viewed by 14.7 million people" shorter, a gold gained (dev P 0.8468 → 0.8477, R 0.5097 → 0.5102, F1 0.6363 → 0.6370, ALL 0.7504 → 0.7509); outlets: "defended ⟦the decision⟧ at an unrelated event in
// Trois-Rivières" shorter ("unrelated", read as a verb with tense, had kept it whole; no judged snippet), us-probes identical.
//
// FINDINGS (45th session, s45-bounds-yb, train, main 14fbe513: content P 0.8995 R 0.5204 F1 0.6594; 886 false
// positives, 553 over a gold Content no prediction matched: joined 94, discontinuous 75, late start 58 (+18 split),
// early start 32). Read side by side (all 94 joined, the 58 late and 57 early starts with both spans marked): the joined
// predictions take in (a) the reporter's second predicate after "and|but" whose verb is no cue ("said ⟦she has no plans
// to change her vote⟧ and would not identify ⟦any single issue …⟧", "praised … but stopped short of calling for …",
// "referred to ⟦jihadism⟧ but was careful not to link ⟦it …⟧") ~25, (b) another reporter's subordinate clause ("after|
// when|while|even as|though|because|despite", a subject, a cue) ~20, (c) lists of claims each with its own cue or
// noun (", from her push ⟪for more dollars⟫ … to her long support for ⟪…⟫", "liberals who decried ⟪…⟫, conservatives
// who wanted ⟪…⟫") ~12, (d) "A, according to X" around two clauses and a dash's comment ~15, the rest one-offs. The late
// starts are nearly all a nested report inside an outer gold the rules miss (the 40th and 44th sessions' reading), the
// early starts a subject or fronted clause the gold leaves out about as often as it keeps it (" with ⟪…⟫, according to").
// Tried on the saved prediction (reported-cut.mjs cannot split; a split is both halves kept, each with the speaker and
// cue, the second starting after the second verb and a preposition): splitting at ",? and|but (AUX)* VERBed|VERBs" 22
// gained / 54 lost, 330 false positives added (every fold a loss; cut instead 15 / 128); at ",? and|but AUX (not) VERB"
// 13 / 24, 95 added (cut 8 / 35) — the second predicate is the content's own subject's as often as the reporter's
// ("⟦that the FBI investigation is independent⟧ and is being conducted by …", "⟦the candidate has “always run a lean
// campaign⟧ and will continue to do so"); a split costs a false positive on each gold that keeps both, so it fares worse.
// Kept (clause.ts REPORTER_SUBORDINATORS, subordinateReporter; train 12 gained, 0 lost, 6 false positives removed, none
// added; by fold 3/0 1/0 0/0 4/0 4/0; P 0.8995 → 0.9003, R 0.5204 → 0.5212, F1 0.6594 → 0.6602, ALL 0.7762 → 0.7767;
// joined 94 → 89): the 40th session's rule (s40-recall-ii 98aa650e, refused for fold 2's 1 / 1 and fold 3's 0 / 0)
// with its two losses read — a content with no subject of its own ends before "after|when|while|whereas|before|until|
// once" and another reporter's subject and cue, and the inner report stands on its own ("He attacked ⟦Mr. Clinton's
// personal life⟧ after Mrs. Clinton accused ⟦him of sexism⟧", "is calling for ⟦Donald Trump to be banned from the
// country⟧ after the U.S. presidential candidate suggested ⟦that …⟧"); not past a question word inside the content
// ("asking Rubio ⟦why he decided to attack Trump personally when he had stated last month that …⟧": an indirect question
// has a subject of its own; the cut had let the inner "attack ⟦Trump personally …⟧" match the gold by overlap) nor at a
// cue with "into|onto|through" after it ("during the 2000 campaign, when he charged into the fray", motion;
// INTO_ONTO_THROUGH now in lexicon.ts). Train's other moves: "revealed ⟦this last fall when he boasted of …⟧" gives way
// to "boasted of ⟦how the inquiry was hurting her in the polls⟧"; speakers only added. Outlets and us-probes
// byte-identical. Dev (checked after): 0 gained, 0 lost, 1 false positive added, P 0.8468 → 0.8459, R 0.5097, F1 0.6363
// → 0.6361, ALL 0.7504 → 0.7503 — "the South Carolina senator called on ⟦fellow Republicans to unendorse Trump⟧ after
// the billionaire estate mogul claimed that …", whose gold keeps the occasion (HuffPost 2016-09-22).
// Measured in the engine, not kept: the same rule with "as|though|although|because|since" too 0 gained / 4 lost, 8 false
// positives added (folds 0/0 0/2 0/1 0/0 0/1); on every content, clauses with a subject included, 1 / 9 more, 18 added
// (the clause after a say-verb keeps its occasion as often: "The state admitted ⟦it made a mistake when a local
// pediatrician reported …⟧" is one gold, "A court document filed Thursday says ⟦that Donald Trump's campaign manager will not
// be prosecuted …⟧ after prosecutors determined ⟦there wasn't enough evidence …⟧" two).
//
// FINDINGS (46th session, s46-bounds-zf, train, main e89d01c7: content P 0.9008 R 0.5230 F1 0.6618; 878 false
// positives, 543 over a gold Content no prediction matched: joined 88, discontinuous 75 (+19 split), late start 58 (+18
// split), short end at ", " 41, early start 32, long end at "in" 11, "as" 8, a dash 13, ", and" 6). The brief's groups
// nobody had measured, tried with reported-cut.mjs on the saved prediction (train gold gained / lost; matched
// predictions by fold):
//  - conditionals: ending before ",? if" 3 / 110 (every fold −18 or worse: "Dayton tells The Associated Press ⟪that he
//    thinks Clinton would win decisively if …⟫" — PolNeAR keeps the condition), ",? unless" 0 / 6 (as the 45th found),
//    ", when" 3 / 17.
//  - a correlative "not only|just|merely …, but …": running on over ", but" 1 / 0 (2 contents); cutting the 16 contents
//    that hold one at " but" 0 / 3 — PolNeAR keeps the correlative whole in all four train cases. "whether|either …
//    or" and "both … and" left open at the content's end: 0 and 3 contents (0 / 1). ", not|rather than|instead of …" run
//    on 0 / 1; " as well as" no content.
//  - lists with semicolons: running on over "; …" to the next mark 11 / 34 (−4 −6 −4 −8 −1: "One view is ⟪that …; he
//    recognized …⟫" gained, "Democratic politicians typically oppose ⟪taxing consumption on fairness grounds⟫; lower
//    earners …" lost — the writer's next clause as often as the speaker's next item).
//  - parentheses: running on over a closing " (…)" 0 / 4 ("mentioned ⟪raising the minimum wage⟫ (with far less intensity
//    …)"); ending before " (" was the 45th's 3 / 36.
//  - a quote mark inside the content, and a sentence that goes on after a closing quote: running on from a content that
//    ends at a closing mark (no stop before it) to the next mark 9 / 42 (−10 −6 −3 −9 −4; "says ⟪she respects Sanders'
//    “passion and commitment”⟫ but argues …" lost — the "and|but VERB" second predicates the 41st and 45th refused);
//    after a doubled straight quote ('') 0 / 4; over a quotation after ":" or " " 1 / 4.
//  - the writer's concession or contrast: ending before ",? despite" 4 / 16 (−5 0 0 −4 −3), ", even as" 2 / 3, ", though"
//    2 / 9.
//  - the writer's timing: ending before ", (just) a|two|25 … day|week|year(s) after|before|later|earlier" 2 / 0 (3
//    contents, +1 0 0 0 +1); with no count (", just hours after", ", the day after", ", shortly after") 0 / 1, the loss an
//    aside inside an opening ("In a Twitter message posted in December, just hours after the San Bernardino attack, the
//    account pointed to …"). Other closing comments of the writer's: ", the|its first|last time|…" 0 / 1 ("⟪Democratic
//    turnout has fallen drastically since 2008, the last time the party had a contested primary, …⟫, according to"),
//    ", compared|down|up with|to|from" 0 / 1, ", marking|signaling|underscoring|highlighting" 0 / 1.
//  Contents that hold their own cue (811 predictions on train, nearly all insets "A, he said, B", impressions and
//  relative clauses "which he said …") read, no group: one bug among them, a fronted content whose tail is followed by
//  ", two days after …" was read as an inset "A, X declared, B" and took in its own tail.
// Kept (train 3 gained, 0 lost, 3 false positives removed, none added; by fold 1/0 0/0 0/0 1/0 1/0; P 0.9008 → 0.9011,
// R 0.5230 → 0.5232, F1 0.6618 → 0.6620, ALL 0.7776 → 0.7777):
//  - clause.ts notOnlyBut: a content goes on over the ", but" of a correlative "not only|just|merely …, but …" opened at
//    most 12 words before with no mark between ("Mr. Sanders is suddenly promising ⟦not just a few stars here and there,
//    but the moon and a good part of the sun, …⟧", NYT 2016-03-16; "⟦that the Obama agenda has been not just a failure,
//    but a catastrophe⟧", HuffPost 2016-01-28, matched both ways): 1 gained.
//  - clause.ts closingTimeSpan: a content ends at a comma before a span of time from another event that runs to the
//    sentence's end with no comma or dash ("tweeted ⟦a chart of racist and wildly inaccurate crime statistics⟧, just a
//    day after supporters physically assaulted …", HuffPost 2015-11-23; "⟦how politics and business converged in a
//    country still struggling to function as a democracy⟧, 25 years after it gained independence …", NYT 2016-08-02, no
//    gold either way); parenthetical.ts reads it after an inset's closing comma, so the opening alone is what was said
//    ("⟦Hillary Clinton won the Missouri Democratic primary⟧, the Associated Press declared on Thursday, two days after
//    voters went to the polls …", HuffPost 2016-03-16; it had been an inset taking in its own tail): 2 gained.
// Outlets: two contents shorter, neither a judged snippet's loss ("asked Ottawa to let them fish Atlantic mackerel for
// bait this spring⟧, three years after Fisheries and Oceans Canada closed …", ca-cbpost-mackerel-bait; "She says ⟦he
// apologized to her for the first time that day⟧, five years after the night she refused to sign", ca-walrus-profile-
// whistleblower, whose judged snippet the shorter content still holds). Dev and us-probes byte-identical.
//
// FINDINGS (47th session, s47-qc, train, main 048cf31a: content P 0.9011 R 0.5251 F1 0.6636; 878 false positives). Each
// false positive with a speaker by the gold it overlaps: a gold Content of the same cue that no prediction matched 391
// (the boundary class), one of the same cue that another prediction matched 20, one of another cue missed 147 (nearly
// all an inner report inside an outer gold the rules miss: "Some 20 percent of people in a recent CNN/ORC poll said
// ⟦they believe …⟧", whose gold is the poll's with "in" as its cue), one of another cue matched 40, a gold direct
// quotation only 36, no gold at all 244 (most a report PolNeAR left unmarked, as the 42nd session read: "sought ⟦to
// calm his supporters⟧" 31 gold / 12 not, "challenged" 4 / 5, "pointed to" 15 / 6). Dev's 158: 78, 7, 22, 7, 6, 38.
// Tried on the saved prediction (train gold gained / lost, false positives removed / added; matched by fold), none
// kept: a content ending before ",? and" when a say-tail ", (he|NAME) said" follows it 2 / 2 (0:0 0:2 2:0 0:2 2:0);
// dropping a prediction nested in a longer one of the same speaker 0 / 6, 11 removed (1:1 3:2 3:1 4:1 0:1), with the
// same cue 0 / 3, 7 removed (1:1 in fold 1); the nine twin contents of one cue that two rule families read ("showing
// ⟦that 80,000 …⟧" and "⟦80,000 …⟧"), keeping the longer 0 / 3, 6 removed (1:1 1:1 2:1 2:0 0:0), the shorter 0 / 6; ",?
// and that" 2 / 66 (on "that"-contents 1 / 40), ", but that" 0 / 12, ", or that" 0 / 2, ", while|whereas" 1 / 12 —
// PolNeAR keeps a coordinated "that" in the content; " with " and people after any object 2 / 6, " to " and a hearer
// after an object 1 / 11 (after "explained|described|suggested …" 0 / 2); a stance verb's object ending before " as a|
// an|the …" 1 / 16 ("slammed ⟪his proposal as too vague …⟫" — PolNeAR keeps the judgment, as for "described"); ",? and|
// but|while" and a share with its verb, any content 2 / 8 (3 removed, 9 added: "found ⟪that 28 percent … supported Mr.
// Trump, while 23 percent favored Mr. Cruz …⟫" is one finding); an inset's tail ", while …" 1 / 1; a content ending
// inside a tweet's markup ("do believe ⟦it’s all free<tweet⟧/>") or over a URL 0 / 0 (no gold either way, left).
// Kept (train 4 gained, 0 lost, 4 false positives removed, none added; by fold 2/0 1/0 1/0 0/0 0/0; P 0.9011 → 0.9016,
// R 0.5251 → 0.5254, F1 0.6636 → 0.6639, ALL 0.7783 → 0.7785; dev and us-probes byte-identical):
//  - adjunct.ts topicBeforeInterlocutor: a discussion's topic ends before "with" and the people it was discussed with,
//    in its first stretch and before a clause of its own ("discussed ⟦the Trump controversy⟧ with radio host Hugh Hewitt
//    on Thursday", Western Journal 2016-08-05; "discussed ⟦a path ahead⟧ with advisers and family Wednesday aboard …",
//    Washington Post 2016-06-09): 2 gained. "talked about ⟦embedding Special Operations troops with Iraqi soldiers …⟧"
//    is gold whole, so only "discuss". Outlets: ca-globe-zoning-order "whether he had discussed ⟦the Elm Creek site⟧ with
//    Ms. Yeung-Carter …" shorter (no judged snippet).
//  - bareClause.ts shareAnswerEnd, clause.ts nextShareAt: when the reporter is a share ("Nearly half said", "39 have
//    said"), "and|but" with another share and its verb ends its answer ("Nearly half said ⟦they prefer someone who has
//    experience in politics⟧ and about the same numbers would rather see …", Breitbart (AP) 2016-02-20; "39 have said
//    ⟦they support Sanders⟧ and 160 have not publicly announced their choice", Washington Post 2016-05-05): 2 gained. The
//    say-clause family reads the same saying and ends it alike (sayClause.ts), and a poll choice inside it too
//    (pollChoice.ts choiceEnd; without it "prefer ⟦someone … and about the same numbers would …⟧" came out as a new
//    false positive).
//
// FINDINGS (48th session, s48-rd, train, main ed88575b: content P 0.9018 R 0.5267 F1 0.6650; 874 false positives, 534
// over a gold Content no prediction matched: joined 85, discontinuous 75 (+19 split), late start 57 (+18 split), short
// end at ", " 40, early start 32, long end at "in" 11, "as" 8, a dash 13, ", and" 6; short end at "." 9, "and" 5 (+8
// split)). The groups stand as the 44th–47th sessions read them. Tried on the saved prediction (reported-cut.mjs, train
// gold gained / lost, false positives removed / added, matched by fold): ending a content after its cue before ",
// (also|then)? VERBed" and an object (the reporter's list of predicates, "He mocked ⟪his rivals⟫, talked over them …")
// 3 / 16, 9 / 22 (−5 −3 −3 −1 −1: ", created to placate …", ", numbering 75.3 million, …", insets "CNN, Cruz said,
// called …"); before " and VERBs" and an object 0 / 9, 2 / 11 (−3 −2 −3 −1 0). Read: every content that ends on a
// function word or an adjective (about 170): the misreadings among them are the modifier pairs below; ", say," (an
// aside, "instead of, say, the Democratic Party") 2 contents, no score either way (one matched by overlap, one with no
// gold); an inset after "and" ("to help his clients and, he argued, to help stabilize Ukraine", whose gold is two
// contents) 3; "broadly called ⟦for “boots on the ground.”⟧" (an adverb inside the phrasal cue) 1; "supported
// ⟦Medicare⟧ and Social Security cuts" is endorsement.ts's known cut (32nd session). Left.
// Kept (clause.ts modifierPair; train 1 gained, 0 lost, 1 false positive removed, none added; by fold 0/0 0/0 0/0 1/0
// 0/0; P 0.9018 → 0.9019, R 0.5267 → 0.5268, F1 0.6650 → 0.6651, CV mean F1 0.6642 → 0.6643): "and" between an
// article's adjective (compromise's, or an "-ed" word that is no verb form of its) and an "-ed" word right before a plain
// word is two modifiers of one noun, not the reporter's second verb ("telling Clinton ⟦she had been an able and
// determined opponent in a long and bitter primary⟧", Politico 2016-03-10, gained; "say ⟦that Jerusalem should be the
// undivided and recognized capital of Israel⟧", Washington Post 2015-12-10, matched both ways). Dev, outlets and
// us-probes byte-identical.
//
// FINDINGS (49th session, s49-sd, train, main 6925db74: content P 0.9024 R 0.5288 F1 0.6668; 871 false positives, 530
// over a gold Content no prediction matched: joined 85, discontinuous 75 (+19 split), late start 57 (+17 split), short
// end at ", " 40, early start 32, long end at "in" 11, "as" 8, a dash 13, ", and" 6; short end at "." 9, "and" 4 (+8
// split)): the 48th session's groups, nearly unchanged. Tried (train gold gained / lost, false positives removed / added;
// on the saved prediction unless marked), none kept:
//  - undoing the split of "SUBJ says ⟦A⟧ and asked ⟦B⟧" (clause.ts secondCue) into one content when the same speaker's
//    second cue follows ",? and|but": 8 / 205, 38 / 66 (the gold splits far more often: "Wilson praised ⟪Rubio's …⟫ and
//    said …"); only when the first cue is present and the second past ("McConnell says ⟪he spoke to … and asked him …⟫"):
//    1 / 4, 2 / 1; only when the content opens with a pronoun: 1 / 59, 10 / 16;
//  - '"…," she said, adding ⟦Y⟧' taking the quotation in (PolNeAR sometimes draws one discontinuous Content over the
//    quotation and Y): 2 / 20, 2 / 20;
//  - a content with no subject of its own ending before "as he|she|they VERBs|VERBed" (the reporter's circumstance:
//    "Rubio sought ⟪to stoke positive energy⟫ as he stopped by …"), in the engine: 2 / 1, 1 / 2 ("expressed solidarity for
//    ⟦her even⟧ as he alluded …"); any content: 9 / 16, 10 / 17;
//  - a dash tail: " — and|but" 8 / 16, 11 / 19; " — VERBing|VERBed" 4 / 16; " — one of" with no closing dash 0 / 1, 2 / 3;
//  - "declined ⟦to comment⟧ for this story|article": 2 / 1 (the Washington Post's gold keeps "for this article");
//  - dropping "called|labeled|described X “Y”" contents (PolNeAR reads some as DIRECT, the quotation alone): 0 / 97, 18 / 0;
//  - an inset content ("⟦Such efforts, they believe, will render … moot⟧, since …") ending before ", and|but|since|
//    whether|while|though": 4 / 13, 9 / 18; ", since" any content 1 / 0, ", whether" 1 / 1 (one-offs, left); a list of
//    names after a one-name object ("asked ⟦Mills⟧, Sullivan and Abedin to …") 0 / 0, 1 / 1; ", and when asked" 1 / 0;
//    "with about three in 10 saying" after an object 1 / 0 (single cases, left).
// Kept (clause.ts somethingSubject, through resumptiveComment; train 2 gained, 0 lost, 2 false positives removed, none
// added; by fold 0/0 0/0 4/0 0/0 0/0; P 0.9024 → 0.9026, R 0.5288 → 0.5289, F1 0.6668 → 0.6670): "something" after a
// content's comma or dash with a subject of its own, a pronoun or a capitalised name, is the writer's comment ("told me
// ⟦they believed Mr. Hannity was behaving as if …⟧ -- something he denied to me as laughable …", NYT 2016-08-22;
// "accused ⟦Clinton of implying police officers were racist⟧ — something President Barack Obama indicated …", Western
// Journal 2016-07-14); not inside a quotation ('"a closed primary, something I am not all that enthusiastic about, …"':
// 1 lost without that check) nor when the subject's verb reports a clause of its own ("something he says few of her old
// co-workers are willing to do", an outlet probe, where the cut left "agreed ⟦to speak to me on the record⟧" over no
// judged snippet). Dev and us-probes byte-identical; outlets: two contents shorter (CBC, CP probes), counts unchanged.
//
// FINDINGS (50th session, s50-uc, train, main a5368a08: content P 0.9031 R 0.5302 F1 0.6681; 865 false positives, 529
// over a gold Content no prediction matched). By the brief's causes: running on into the next clause, with a second
// gold there (joined) 86; running on past the gold's end at a preposition, subordinator or adverb ("in" 11, "as" 8,
// "to" 5, "for" 3, "after|when|on" 2 each …) 51, at a comma, dash or other word 53; cut short at an inner ", " 40,
// "." 9, "and" 4 (+8 split), ";" 5 and others, 83 in all; the cue's subject or a fronted clause inside the content
// (early start, alone or with another parting) 57; a nested report (late start, the inner one of an outer gold the
// rules miss) 105; a discontinuous gold 75 (+19 split). The groups stand as the 44th–49th sessions read them. Tried on
// the saved prediction (reported-cut.mjs; train gold gained / lost, matched predictions by fold), none kept:
//  - ending before " now that" 1 / 0 (0 0 0 0 +1) but a false positive added ("I guess ⟦we can all agree⟧ now that he
//    was joking"); ",? with DET|NAME … VERBing" (an absolute phrase) 4 / 37 (−5 −5 −10 −3 −10); " while doctors|experts|
//    officials|…" 1 / 1; " after VERBing" 2 / 7, " after DET meeting|speech|rally|…" 1 / 1, " before|since VERBing"
//    0 / 5, " while VERBing" 0 / 11, " by citing|pointing|noting|arguing|saying|…" 2 / 1 (+1 0 0 0 0, the 45th's again);
//    a purpose infinitive " to see|make|cement|switch|show|…" after the content 5 / 38; a closing "-ly" adverb
//    ("did not mention ⟪Ryan⟫ directly in his speech") 5 / 39, only before a time or place phrase or the end 1 / 3;
//    " several|many|multiple|… times" 1 / 5 ("mentioned ⟪CNN five times⟫", "called ⟪Rubio “Little Marco” multiple
//    times⟫"); " in answering|responding|addressing|…" 1 / 1; " while speaking|campaigning|visiting|…" 0 / 1;
//  - running on over an unattributed quotation that closes the paragraph after the content's sentence ("tweeted ⟪a
//    warning. "Missouri: Remember …"⟫") 8 / 27 (−5 −1 −3 −2 −8), with doubled straight quotes 4 / 149 (the 20th
//    session's 6 / 1 does not hold on today's predictions);
//  - a content fronted before its cue starting after ",? and" and a subject 3 / 5, ", but" and a subject 0 / 2, its
//    first comma 5 / 42; an "according to" content ending before its own ",? according to" 3 / 22 (every fold −3 or
//    worse: "⟪Only one person was killed by a gun last year in Japan, according to the National Police Agency, and
//    there were only eight …⟫" — PolNeAR keeps the inset's second half);
//  - a closing comment "(,|-|—) the|its first|last time …" to the sentence's end 1 / 0 in 3 contents (the gold keeps
//    "…, the first time the two men spoke since December" in McConnell's that-clause, matched both ways), with a comma
//    after it too 1 / 1; its one gain is the endorsement below.
//  - in the engine: the modals (will|would|can|…) among coordinatedVerb's auxiliaries (clause.ts AUXILIARY, "was hoping
//    for ⟪far more than that⟫ and will have to brace …") 0 / 1, a false positive added ("that the two men, and Mr. Cruz in
//    particular⟧, must do more": the subject's own "and"), and the progressive aim's content did not move.
// Kept (train 2 gained, 0 lost, 2 false positives removed, none added; by fold 0/0 1/0 0/0 0/0 1/0; P 0.9031 → 0.9033,
// R 0.5302 → 0.5303, F1 0.6681 → 0.6683, ALL 0.7806 → 0.7807; CV mean F1 0.6674 → 0.6676; dev, outlets and us-probes
// byte-identical):
//  - endorsement.ts objectEnd: a dash ends an endorsement's object, a spaced hyphen (no token) as a dash token does —
//    the object had run on to the next verb: "The Club for Growth PAC has also endorsed ⟦Cruz - the first time it⟧ has
//    weighed in …" (Washington Post 2016-03-24) is now "⟦Cruz⟧", the gold.
//  - clause.ts inOrderTo: "in order to" after an object with no verb of its own (not an infinitive, not a clause) is the
//    reporter's purpose: "Ramos reminded ⟦viewers about his daughter’s job⟧ in order to show there was “no conflict of
//    interest.”" (Breitbart 2016-04-12). An infinitive keeps it ("Kasich agreed ⟪to effectively end his bid for Indiana in
//    order to direct the anti-Trump vote …⟫", gold; without that check 1 lost) and so does a clause ("reminded ⟦Thor he’d
//    have to earn 15 percent in the polls in order to …⟧"). aroundQuote.ts no longer takes "order" after "in" for a
//    quote's own cue (the quotes stage reads it as one): the cut had let a stray "in order ⟦to show there was “…”⟧" in.
//
// FINDINGS (51st session, s51-vi, train, main a4b25ac9: content P 0.904 R 0.5342 F1 0.6716; 863 false positives; the
// three structural groups, measured on the saved prediction; none kept, no engine change).
//  - 'joined' 86: in every one the second gold's cue is one no rule reads — no prediction of any speaker overlaps the
//    second gold, so secondReport.ts (which ends a content before a cue a family found) has nothing to end at. What
//    stands between the two golds: ", and|but" + the same reporter's verb 26 ("and boast about", "but was careful not to
//    link"), a subordinator with a subject of its own 16 (", even as he has taken frequent shots at", "after prosecutors
//    determined"), ", " + a phrase 15, a preposition or participle 8 ("by citing", "refusing to acknowledge"), a dash 8,
//    a bare comma 6, others 7. Splitting there (the first content ends at the join, a second starts after the verb and
//    its particle) with any verb form of reportedVerbs.json after the join ("see", "call", "find", "show", "ask" … left
//    out): train gold gained 10, lost 8, false positives removed 7, added 63 (by fold +2:−19, +2:−4, +1:−11, +8:−22,
//    +4:−15); after ", and|but" only (no bare comma) 1 / 6, 2 / 30; after a subordinator and a subject of one to three
//    words 8 / 12, 6 / 47 (fold 0 +1:−19). A wrong split costs twice (a match lost, two false positives), and the verbs
//    that would split right are the ones the rule families do not take as cues — a recall question, not a boundary one.
//  - a gold in pieces: 1,525 train golds have two pieces or more; the gap holds the cue 1,293 times, a blank 139, ". "
//    43, other text 170. Of the 1,251 two-piece golds split by their cue: matched 646, no prediction 525, both pieces
//    under unmatched predictions 47 (26 of them under speaker-null contents only, "seem|appear|is expected to" that
//    end short), the second piece alone 26 (a fronted phrase before "SUBJ said|says" 7 — the fronted leads refused
//    this session; an object relative whose head is the first piece 6, "⟪exactly the kind of liberal jurist⟫ many
//    Republicans fear ⟪Mrs. Clinton would choose⟫", and "⟪whom⟫ he described ⟪as “peaceful,”⟫" 2), the first alone 7. A content before its cue already runs on over ", X said, …"
//    where the gold does: extending one to the sentence's end after "said, " + a lower-case word changed 2 contents
//    (10 with any word), gold gained 0, lost 2 (4), false positives added 2 (5).
//  - two predictions over one gold 36 (their union would match 31): "SUBJ V1 A and V2 B" that the gold keeps whole
//    ("he feels he did “great” … and is optimistic that …", "acknowledged the public health costs and ordered limits"),
//    the other way from the 71 : 11 the gold splits it (secondReport.ts; the undo was refused at 8 / 205), and poll
//    shares "38 percent said …, while 60 percent said …" under a poll's cue 3 (of 155 "N percent … said" contents with
//    a speaker, 133 match gold). Not tried again.
//
// FINDINGS (51st session, s51-vp, train, main eedf1456: content P 0.9041 R 0.5362 F1 0.6732). The 86 joined read with
// every gold and its cue marked, and each sentence run with each family's raw finds shown: in about ten of them a family
// DOES read the second cue, but index.ts's nestedIn drops that report because its reporter stands inside the first
// content ("even as he has taken frequent shots at ⟦…⟧", "though she did not discuss ⟦…⟧", "despite some recent
// suggestions by the news media ⟦that …⟧", "Trump's claim ⟦that …⟧", "while doctors … warned of ⟦…⟧" — that one with
// its source read wrong, "a looming public health crisis while doctors and medical experts"); in the rest no family
// reads the second cue at all ("and boast about", "and cast doubt on", "but stopped short of calling for", "after
// prosecutors determined", "now that the FBI has decided against"). Measured in the engine, ending the outer content
// before the join so that the inner report stands (train gold gained / lost, false positives removed / added): ",
// even as|(even) though|although" 4 / 0, 2 / 1; ", despite (DET)" 2 / 0, 1 / 0; ", while|whereas" 0 / 1, 0 / 3 (a
// comparison: "Trump up a narrow four points, while other recent surveys show …"); ", but" 0 / 1, 0 / 2; every
// subordinator and ", and" together 8 / 21, 5 / 54. Kept the first two (secondReport.ts endBeforeConcession), and a
// closing quotation mark allowed after the comma ('was "a terrible mistake," although he supports ⟦…⟧') 1 / 0 more:
// train 7 gained, 0 lost, 3 false positives removed, 1 added; by fold 3:0 3:1 0:0 4:0 0:0; joined 86 → 83.
import path from 'node:path';

import { args, opt } from '../harness/paths.mjs';
import { loadGold, readPrediction, scoreAgainst } from './reportedEval.mjs';
import { oneLine as one, overlap } from './spans.mjs';

const split = opt('--split', 'train');
const only = opt('--kind', null);
const cueOnly = opt('--cue', null);
const limit = Number(opt('--limit', '1000000'));
const pred = readPrediction(split, opt('--pred', null), 'reported-boundaries');
const { res, docs } = scoreAgainst(loadGold(split), pred);
/** The prediction's direct quotes (kind absent or "direct") by file name. */
const ownDirect = new Map(pred.documents.map(d => [path.basename(d.file), d.quotes.filter(q => q.kind !== 'indirect')]));

/** How far apart two spans' ends and starts are, in characters, and which parting matters most. */
function parting(p, g) {
  const ds = p.start - g.start, de = p.end - g.end;
  if (Math.abs(de) >= Math.abs(ds)) return de > 0 ? 'long-end' : 'short-end';
  return ds < 0 ? 'early-start' : 'late-start';
}
/** The text from a little before to a little after both spans, with ⟦⟧ around the prediction and ⟪⟫ around the gold. */
function show(text, p, g) {
  const marks = [[p.start, '⟦'], [p.end, '⟧']];
  if (g) marks.push([g.start, '⟪'], [g.end, '⟫']);
  const lo = Math.max(0, Math.min(...marks.map(m => m[0])) - 50), hi = Math.min(text.length, Math.max(...marks.map(m => m[0])) + 30);
  marks.sort((x, y) => x[0] - y[0]);
  let out = '', at = lo;
  for (const [o, m] of marks) { out += text.slice(at, o) + m; at = o; }
  return '…' + one(out + text.slice(at, hi)) + '…';
}

if (args.includes('--unmatched')) { unmatched(); process.exit(0); }

/** The --unmatched listing: the false positives over a gold Content that no prediction matched, by cause. */
function unmatched() {
  const missed = new Set(res.misses.map(m => `${m.file}#${m.g.id}`));
  const span = g => [g.content[0][0], g.content[g.content.length - 1][1]];
  const rows = [], perGold = new Map();
  for (const { file, p } of res.falsePositives) {
    const gs = docs.get(file).indirect.filter(g => missed.has(`${file}#${g.id}`) && g.content.some(([a, b]) => overlap(p.start, p.end, a, b) > 0));
    if (!gs.length) continue;
    for (const g of gs) perGold.set(`${file}#${g.id}`, (perGold.get(`${file}#${g.id}`) ?? 0) + 1);
    rows.push({ file, p, gs });
  }
  const cause = (text, p, gs) => {
    if (gs.length > 1) return 'joined';
    if (gs[0].content.length > 1) return 'discontinuous';
    const [a, b] = span(gs[0]), parts = [];
    if (p.start < a - 1) parts.push('early-start');
    if (p.start > a + 1) parts.push('late-start');
    if (p.end > b + 1) parts.push('long-end:' + (/^\s*(,\s*\w+|[.;:(“"”'’]|[—–]|--|-(?=\s)|\w+)/.exec(text.slice(b, p.end))?.[1] ?? '?').toLowerCase());
    if (p.end < b - 1) parts.push('short-end:' + (/^\s*([,.;:(“"”—–]|--|-(?=\s)|\w+)/.exec(text.slice(p.end, b))?.[1] ?? '?'));
    return parts.join(' + ') || 'near';
  };
  const byCause = new Map();
  for (const { file, p, gs } of rows) {
    const text = docs.get(file).text;
    let c = cause(text, p, gs);
    if (gs.length === 1 && perGold.get(`${file}#${gs[0].id}`) > 1) c = `split(${c})`;
    if (only && !c.includes(only)) continue;
    if (!byCause.has(c)) byCause.set(c, []);
    byCause.get(c).push(`${file.slice(0, 36)} [${p.speaker?.name ?? 'null'} | ${p.cue?.text ?? '-'}] ${show(text, p, [...gs].sort((x, y) => x.start - y.start)[0])}`);
  }
  const sorted = [...byCause].sort((x, y) => y[1].length - x[1].length);
  console.log(`${split}: ${res.falsePositives.length} false positives, ${rows.length} over a gold Content no prediction matched:`);
  console.log(sorted.map(([k, v]) => `  ${k} ${v.length}`).join('\n'));
  for (const [k, v] of sorted) {
    console.log(`\n## ${k}  ${v.length}`);
    for (const l of v.slice(0, limit)) console.log('  ' + l);
  }
}

const groups = new Map();
for (const { file, p } of res.falsePositives) {
  const d = docs.get(file);
  let best = null, bestO = 0;
  for (const g of d.indirect) {
    const o = Math.max(0, Math.min(p.end, g.end) - Math.max(p.start, g.start));
    if (o > bestO) { bestO = o; best = g; }
  }
  const overlaps = (s, e) => Math.min(p.end, e) > Math.max(p.start, s);
  const quoted = (ownDirect.get(file) ?? []).some(q => overlaps(q.start, q.end)) || (d.quotes ?? []).some(q => overlaps(q.innerStart, q.innerEnd));
  const kind = best ? parting(p, best) : quoted ? 'quote' : 'none';
  if (only && kind !== only) continue;
  if (cueOnly && (p.cue?.text ?? '').toLowerCase() !== cueOnly) continue;
  if (!groups.has(kind)) groups.set(kind, []);
  groups.get(kind).push(`${file.slice(0, 36)} [${p.speaker?.name ?? 'null'} | ${p.cue?.text ?? '-'}] ${show(d.text, p, best)}`);
}
const s = res.summary.indirect;
console.log(`${split}: content P ${s.contentPrecision} R ${s.contentRecall} F1 ${s.contentF1}; ${res.falsePositives.length} false positives:`
  + [...groups].map(([k, v]) => ` ${k} ${v.length}`).join(','));
for (const [k, v] of [...groups].sort((x, y) => y[1].length - x[1].length)) {
  console.log(`\n## ${k}  ${v.length}`);
  for (const l of v.slice(0, limit)) console.log('  ' + l);
}
