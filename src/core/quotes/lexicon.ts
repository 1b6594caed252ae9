/**
 * The one lexicon of the quote and reported-speech stages: cue verbs in all their tenses, verbs of belief and stance,
 * pronouns, titles, determiners and the small closed classes the attribution and clause rules need. What compromise
 * knows about people (first names, honorifics, role nouns, places) is in ../people/lexicon.ts.
 */
import { CUE_VERB_FORMS } from './cueVerbs.generated';
import { wordClass } from '../text/wordClasses';
import { DASH_CHARS } from '../text/dashes';
import { LEXICON_IRREGULAR_PAST } from '../figures/lexicon.generated';
import { SMALL, TENS } from '../figures/numberWords';
import { MONTHS, PARTS_OF_DAY, RELATIVE_DAYS, WEEKDAYS } from '../text/calendar';
import { NAME_LIKE_TITLE_ABBREVIATIONS, TITLE_ABBREVIATIONS } from '../text/abbreviations';
import { ARTICLES, INDEFINITE_ARTICLES, PERSONAL_POSSESSIVES, POSSESSIVE_DETERMINERS, THIRD_PERSON_POSSESSIVES, only, without } from '../text/determiners';
import { OTHER_PRONOUNS, PERSON_PRONOUNS, PERSONAL_SUBJECT_PRONOUNS } from '../text/pronouns';
export { ARTICLES, INDEFINITE_ARTICLES };

/** The kinds of a work a title names ("the film", "his new book"), as an alternation (index.ts TITLE_LEAD, figures' notFigures.ts inUnquotedTitle). */
export const WORK_KINDS = 'show|film|movie|book|memoir|novel|series|program|programme|song|album|play|musical|column|documentary|episode|segment';
/**
 * Cue verbs that introduce speech wherever they stand, in the forms that are cues: the verbs and their forms are
 * listed by lemma in ./cueVerbs.json, the forms spelled out by compromise's conjugations (scripts/cue-lexicon.mjs
 * generates ./cueVerbs.generated.ts).
 */
export const CUES: ReadonlySet<string> = new Set(CUE_VERB_FORMS.split(' '));

/** Cue verbs that only count next to a quote (they have other, common senses). */
export const WEAK_CUES: ReadonlySet<string> = new Set(['started', 'find', 'found', 'finds', 'call', 'called', 'calls', 'describe', 'described', 'describes', 'report', 'reported', 'reports', 'read', 'reads',
  'go', 'went', 'put', 'puts', 'begin', 'began', 'offer', 'offered', 'order', 'ordered', 'point', 'pointed', 'continue', 'continued', 'continues',
  'post', 'posted', 'posts', 'state', 'states', 'note', 'notes', 'charge', 'charged', 'object', 'objected', 'worry', 'worried', 'agree', 'agreed',
  'accuse', 'accused', 'praise', 'praised', 'estimate', 'estimated', 'counter', 'counters', 'signal', 'signaled', 'signalled', 'reveal', 'revealed',
  'add', 'adds', 'adding', 'answers', 'advocate', 'advocates', 'advocated', 'refer', 'referred', 'endorse', 'endorsed', 'fire', 'fired', 'shoot', 'shot', 'push', 'pushed', 'name', 'named', 'express', 'expressed', 'cite', 'cited', 'cites', 'dismiss', 'dismissed', 'react', 'reacted', 'analysed', 'analyzed', 'term', 'demand', 'demands', 'demanded', 'promise', 'promises', 'promised', 'pledge', 'pledges', 'pledged', 'vow', 'vows', 'ask', 'asks', 'asking', 'claims', 'remarks', 'sing', 'sang', 'pray', 'prayed', 'inform', 'informed']);

/** Adverbs that may stand between a subject and its cue ("Lavrov also said", "he has repeatedly said", "she never said"). */
export const CUE_ADVERBS: ReadonlySet<string> = new Set(['also', 'later', 'then', 'further', 'again', 'previously', 'recently', 'simply', 'once', 'repeatedly',
  'just', 'often', 'frequently', 'earlier', 'flatly', 'bluntly', 'publicly', 'privately', 'quietly', 'angrily', 'firmly', 'reportedly', 'allegedly',
  'famously', 'still', 'even', 'only', 'separately', 'subsequently', 'finally', 'initially', 'ultimately', 'openly', 'emphatically',
  'matter-of-factly', 'jokingly', 'not', 'never', 'always', 'last', 'now']);
/**
 * Words that may stand between a subject and its cue: the cue adverbs, auxiliaries ("he has said", "it could be said",
 * "being", "been"), "and" ("he paused and then said"), and the verbs "told" and "tweeted" (in the set since the first engine).
 */
export const BEFORE_CUE_WORDS: ReadonlySet<string> = new Set([...CUE_ADVERBS, 'has', 'have', 'had', 'was', 'is', 'were', 'would', 'will', 'did', 'does',
  'do', 'could', 'might', 'should', 'may', 'can', 'being', 'been', 'and', 'told', 'tweeted']);

export { NOMINATIVE_PRONOUNS, OTHER_PRONOUNS, PERSON_PRONOUNS, PERSONAL_SUBJECT_PRONOUNS } from '../text/pronouns';

export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your',
  'one', 'another', 'some', 'several', 'many', 'other', 'each', 'both', 'two', 'three', 'four']);

export const PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'at', 'with', 'in', 'from', 'on', 'to', 'by', 'about', 'within', 'inside', 'near', 'during']);

/** Words that are never a subject's head (verbs, conjunctions, function words). */
export const NOT_NOUN: ReadonlySet<string> = new Set(['and', 'or', 'but', 'that', 'which', 'who', 'when', 'where', 'while', 'because', 'as', 'if', 'than', 'so',
  'not', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'do', 'does',
  'did', 'there', 'here', 'what', 'how', 'why', 'also', 'then', 'just', 'now', 'very', 'too', 'still', 'even', 'after', 'before', 'since', 'until',
  'said', 'says', 'told', 'added', 'whether', 'out', 'up', 'down', 'over', 'into', 'onto', 'all', 'more', 'most', 'such', 'no', 'yes', 'later',
  'today', 'yesterday', 'tomorrow', 'tonight', ...WEEKDAYS, 'week', 'year', 'ago', 'again',
  'interview', 'speech', 'tweet', 'post', 'video', 'release', 'conference', 'call', 'briefing',
  'meeting', 'rally', 'debate', 'hearing', 'show', 'program', 'broadcast', 'appearance', 'remarks', 'comments', 'note', 'op-ed',
  'page', 'account', 'platform', 'event', ...PARTS_OF_DAY, 'day', 'month', 'time', 'way', 'thing', 'things', 'something', 'nothing', 'everything', 'anything', 'lot', 'it', 'this', 'those',
  'these', 'them', 'him', 'her', 'us', 'me', 'himself', 'herself', 'themselves', 'itself', 'let', 'made', 'make', 'got', 'get']);

/**
 * Plural nouns of kin before the given names they share a surname with ("Sisters Hilary and Frances Leckie, …, said", a
 * Yorkshire Post-style probe, test/fixtures/outlets uk-yorkshirepost-bakery-closure.txt; "Brothers Tom and Ray
 * Magliozzi"): stripped from the front of a name, no word of it.
 */
export const PLURAL_KIN: ReadonlySet<string> = new Set(['sisters', 'brothers', 'siblings', 'twins', 'cousins']);

/** Plural titles before names they share ("Senators Rubio and Cruz"): stripped from the front of a name too, never a person's description. */
export const PLURAL_TITLES: ReadonlySet<string> = new Set(['senators', 'representatives', 'governors', 'congressmen', 'congresswomen', 'mayors',
  'presidents', 'ministers', 'secretaries', 'ambassadors', 'generals', 'justices', 'judges']);

/** A member's title written in capitals, the role noun of parliaments: "a Labour MP", "one Liberal MPP", "an MNA", South Africa's "DA Gauteng MPL". */
export const LEGISLATOR_TITLES: ReadonlySet<string> = new Set(['MP', 'MPs', 'MPP', 'MPPs', 'MLA', 'MLAs', 'MNA', 'MNAs', 'MPA', 'MPAs', 'MEP', 'MEPs', 'MSP', 'MSPs', 'TD', 'TDs', 'MPL', 'MPLs']);

/**
 * The initials of an office, lower case, and the office written out: a description gives a person the initials of its
 * office ("Chief financial officer Luc-Antoine Béliveau" … "the CFO said", a Financial Post-style probe), and the
 * initials are a role noun, no one's name. With an Indian police officer's ranks: "said Ankit Chauhan, deputy
 * commissioner of police (South)" … "The DCP (South) said", a Hindustan Times-style probe, where the speaker was "DCP".
 */
export const OFFICE_INITIALS: ReadonlyMap<string, string> = new Map([
  ['ceo', 'chief executive'], ['cfo', 'chief financial officer'], ['coo', 'chief operating officer'],
  ['dcp', 'deputy commissioner of police'], ['acp', 'assistant commissioner of police'],
  // (a Kenyan minister: "Health Cabinet Secretary Dr Wanjiku Mwangi-Kariuki has given county governments seven days …
  // Speaking in Nairobi on Monday, the CS said", a Daily Nation-style probe, where the speaker was "CS")
  ['cs', 'cabinet secretary'],
  // (East and West African district offices: "The Resident District Commissioner (RDC), Maj (Rtd) Fred Tumusiime-Kagaba,
  // said … ⏎ "…," the RDC said", a Daily Monitor-style probe, where the speaker was "RDC"; Kenya's police division and
  // station commanders, "the area OCPD"; Ghana's district and municipal chief executives, "the DCE")
  ['rdc', 'resident district commissioner'], ['dpc', 'district police commander'], ['ocpd', 'officer commanding police division'],
  ['ocs', 'officer commanding station'], ['dce', 'district chief executive'], ['mce', 'municipal chief executive'],
  // (Tanzania's regional and district commissioners: "Mtwara Regional Commissioner (RC) Colonel NAME said … ⏎ "…," the RC
  // said", a Daily News-style probe, test/fixtures/outlets tz-dailynews-mtwara-cashew-auction.txt, and "Kasulu District
  // Commissioner (DC) Ms NAME told farmers … ⏎ "…," the DC said", an IPP Guardian-style one,
  // tz-ippguardian-kigoma-bean-cess.txt, probes-uj, where the speakers were "RC" and "DC")
  ['rc', 'regional commissioner'], ['dc', 'district commissioner'],
  // (a South Asian police station's head: "Ashulia Police Station Officer-in-Charge Md Abu Bakar Siddique said … ⏎ "…,"
  // the OC said", a Daily Star-style probe, test/fixtures/outlets bd-dailystar-ashulia-wage-arrears.txt, where the
  // speaker was "OC")
  ['oc', 'officer-in-charge'],
  // (South Asian district and police offices: "Special Relief Commissioner (SRC) Debasis Mohapatra said … ⏎ "…," the
  // SRC said", a PTI-style probe, test/fixtures/outlets in-pti-odisha-cyclone-evacuation.txt, and "Deputy
  // Superintendent of Police Sita Ram Adhikari … said the DSP", a Kathmandu Post-style one, where the speaker was the
  // initials; a district's chief officer in Nepal, "the CDO", a senior superintendent in Pakistan and Sri Lanka, "the
  // SSP", an Indian police station's house officer, "the SHO")
  ['src', 'special relief commissioner'], ['dsp', 'deputy superintendent of police'], ['ssp', 'senior superintendent of police'],
  ['cdo', 'chief district officer'], ['sho', 'station house officer'],
  // (Cameroon's division head: "The Senior Divisional Officer for Meme, Oumarou Abba Kaka, said … ⏎ "…," the SDO warned",
  // a Journal du Cameroun-style probe, test/fixtures/outlets cm-journalducameroun-cocoa-farmgate-price.txt, where the
  // speaker was "SDO")
  ['sdo', 'senior divisional officer'],
  // (a head of government's deputy: "Deputy Prime Minister for Economic Policy Marko Vuksanović said … ⏎ "…," the Deputy PM
  // said", a CdM-style probe, test/fixtures/outlets me-cdm-kotor-cruise-passenger-fee.txt, and "Deputy Prime Minister
  // Atanas Grozdanov-Rusev … ⏎ "…," the Deputy PM stated", a Novinite-style one, bg-novinite-euro-changeover-price-checks.txt,
  // probes-yy, where the speaker was "PM")
  ['pm', 'prime minister'],
]);

/**
 * Quebec's honorifics as written in English copy too, without a period ("Me Jean-François Côté-Réhel", a lawyer;
 * "Mme Gagnon"): case-sensitive, "Me" being a title only so ("Let me just say" is none). The lower-case forms of
 * "Mme" and "Maître" are also in TITLES.
 */
export const QUEBEC_HONORIFICS: ReadonlySet<string> = new Set(['Me', 'Mme', 'Maître']);

/**
 * Malaysian federal and state honorifics, written before a full name in Malaysian copy ("Datuk Seri Rahmat Zainal
 * Abidin", "Comm Datuk Rizal Hassan", "Tun", "Datin" a Datuk's wife): titles, and honorifics of no gender to the people
 * stage (../people/lexicon.ts), as women are Datuk too. "Seri" only so, after "Datuk"; "Tan Sri" and "Puan Sri" are read
 * as pairs (malaysianHonorificPair, ../people/lexicon.ts), "Tan" being a family name ("Tan Li Ting") and "Sri" a given
 * name ("Sri Srinivasan", PolNeAR train).
 */
export const MALAYSIAN_HONORIFICS: readonly string[] = ['datuk', 'dato', "dato'", 'datin', 'tun', 'seri'];

/**
 * Honorifics of address written after "the" before a name ("the Hon. Aaron de la Paz", "the Rev. Mark Azzopardi", "the
 * Rt. Hon. NAME"): an apposition that opens so holds that name (a Gibraltar Chronicle-style probe, test/fixtures/outlets
 * gi-chronicle-utility-tariffs-rise.txt, probes-xx).
 */
export const HONORIFICS_AFTER_THE: ReadonlySet<string> = new Set(['hon', 'honourable', 'honorable', 'rev', 'reverend', 'rt']);
/**
 * Honorifics of address written after "His" or "Her" before a name, the same way: a mayor's in West and Southern African
 * copy ("The Mayor of Makeni, Her Worship NAME, defended the fee … ⏎ "…," the Mayor said", a Sierraloaded-style probe,
 * test/fixtures/outlets sl-sierraloaded-makeni-okada-permit-fee.txt, and "The Mayor of Kabwe, His Worship NAME, said …",
 * a ZNBC-style one, zm-znbc-kabwe-market-levy.txt, probes-uj, where the speaker was "Mayor of Kabwe", the name no name at
 * all); a title too (TITLES), so that the name's run opens with it.
 */
export const HONORIFICS_AFTER_POSSESSIVE: ReadonlySet<string> = new Set(['worship']);

/**
 * Title words joined by hyphens, one word of an office ("Director-General", "Secretary-General", "Vice-President"): "The
 * agency's Director-General, Engr. Umar Ibrahim-Mohammed, told PUNCH that …" (a Punch-style probe, test/fixtures/outlets
 * ng-punch-kogi-flood-relief.txt, whose source was a person "Director-General").
 */
export const titleCompound = (l: string): boolean => l.includes('-') && l.split('-').every(w => TITLES.has(w));

/**
 * Titles stripped from the front of a name ("Russian Foreign Minister Sergei Lavrov" -> "Sergei Lavrov"). (Persian copy's
 * "Seyyed" and "Seyed", a descendant of the Prophet's honorific before the given name, as "Sheikh" is: "Managing Director
 * of the Tehran Urban and Suburban Railway Operation Company Seyyed Mahmoud Tabatabaei-Nasab said …", a Tehran Times-style
 * probe, test/fixtures/outlets ir-tehrantimes-metro-bus-fares.txt, probes-jj, was the whole run; not "Sayed", a given name
 * too, "said Sayed Abu Hashem, a 58-year-old retired civil servant", PolNeAR train.)
 */
export const TITLES: ReadonlySet<string> = new Set(['president', 'vice', 'prime', 'minister', 'foreign', 'secretary', 'general', 'senator',
  'representative', 'governor', 'mayor', 'professor', 'judge', 'justice', 'chief', 'director', 'chairman', 'chairwoman', 'chair', 'speaker',
  'leader', 'king', 'queen', 'prince', 'princess', 'pope', 'reverend', 'father', 'sister', 'brother', 'sheikh', 'sheik', 'ayatollah', 'seyyed', 'seyed', 'colonel',
  'captain', 'sergeant', 'major', 'admiral', 'officer', 'detective', 'attorney', 'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson',
  'commissioner', 'supervisor', 'councilman', 'councilwoman', 'candidate', 'nominee', 'gop', 'democratic', 'republican', 'democrat', 'state',
  'defense', 'interior', 'treasury', 'homeland', 'security', 'deputy', 'assistant', 'associate', 'acting', 'former', 'first', 'lady', 'u.s.', 'us',
  'u.n.', 'un', 'house', 'senate', 'majority', 'minority', 'whip', 'coach', 'ceo', 'founder', 'economist', 'analyst', 'activist', 'presidential',
  'congressman', 'congresswoman', 'assemblyman', 'assemblywoman', 'sheriff', 'police', 'pastor', 'rabbi', 'imam', 'bishop', 'cardinal', 'lord',
  'sir', 'dame', 'emir', 'sultan', 'chancellor', 'premier', 'delegate', 'superintendent', 'inspector', 'agent', 'russian', 'syrian', 'american',
  'british', 'french', 'german', 'chinese', 'iranian', 'israeli', 'turkish', 'egyptian', 'iraqi', 'saudi', 'arab', 'russia\'s', 'syria\'s',
  'national', 'federal', 'mexican', 'canadian', 'japanese', 'indian', 'pakistani', 'afghan', 'european', 'ukrainian',
  // (Canadian and British ranks and offices: "Coun. Shelby Rollings-Dhillon", "Trustee Zakir Patel-Haque", "Const. Dani McKinnon-Ferland", "Staff
  // Sgt. Raymond Okemaw", "Insp.", "Cpl.", "Det."), and
  // every title abbreviation of ../text/abbreviations.ts with its period, and without it unless it is a given name too
  'councillor', 'councilor', 'constable', 'staff', 'corporal', 'mme', 'maître', 'trustee', 'alderman', 'alderwoman', 'reeve',
  // (Irish offices: "Taoiseach Pádraig Ó Súilleabháin", "the Tánaiste, Siobhán Kavanagh-Doyle,", "The Ceann Comhairle,
  // Seán Mac Lochlainn,", the Dáil's chair)
  'taoiseach', 'tánaiste', 'ceann', 'comhairle',
  // (a minister of Greenland's government, Naalakkersuisut, as Greenlandic outlets write the office in English: "The
  // Naalakkersuisoq for Fisheries and Hunting, NAME (Siumut), said that … ⏎ "…," the Naalakkersuisoq said. ⏎ He added that
  // …", a Sermitsiaq.AG-style probe, test/fixtures/outlets gl-sermitsiaq-ilulissat-halibut-price.txt, probes-oo, where the
  // speaker of both was a person "Naalakkersuisoq")
  'naalakkersuisoq',
  // (a French Polynesian commune's mayor, as Tahitian outlets write the office in English: "On the atoll of Arutua, the
  // tavana, NAME, said the commune had lost … ⏎ "…," said the tavana.", a Tahiti Infos-style probe, test/fixtures/outlets
  // pf-tahitiinfos-pearl-export-floor-price.txt, probes-vv, forty-third session, where the speaker was the atoll
  // "Arutua"; and the State's representative in the French departments and territories: "The Administrator Superior of
  // the Wallis and Futuna Islands, Prefect NAME, said the State would study …", wf-wallisfutuna1ere-electricity-tariff.txt,
  // where the source was "Superior")
  'tavana', 'prefect', 'superior',
  // (a mayor's honorific of address, "Her Worship NAME": HONORIFICS_AFTER_POSSESSIVE)
  'worship',
  // (a member of American Samoa's House of Representatives, as Samoan outlets write the office before the name and alone:
  // "Faipule Vailoata Aumoeualogo Salavea of Pago Pago told Samoa News … ⏎ "…," the faipule said.", a Samoa News-style
  // probe, test/fixtures/outlets as-samoanews-lbj-off-island-referrals.txt, s43-probes-ww, where the speaker was a person
  // "faipule"; Tokelau's and Tuvalu's councils name theirs so too)
  'faipule',
  // (a village's mayor in Tokelau, the "pulenuku", and in Samoa and American Samoa, the "pulenu'u", as their outlets write
  // the office before the name: "Pulenuku of Atafu, Vaelua Sefo, said … ⏎ "…," he told …", a Tokelau Government-style
  // probe, test/fixtures/outlets tk-tokelaugov-ferry-fares.txt, probes-xe, where the speaker was "Pulenuku of Atafu";
  // "The pulenu'u of Salani, NAME, said …", ws-samoaobserver-falealili-water.txt)
  'pulenuku', "pulenu'u",
  // (an Aboriginal or Torres Strait Islander elder's honorific: "Aunty Pearl Wymarra-Johnson", "Uncle Roy"; a First
  // Nations Elder's, which Canadian outlets capitalise: "Elder Eliza Moose-Harper … The Elder said", not a name "Elder")
  'aunty', 'auntie', 'uncle', 'elder',
  // (an Irish police officer's rank, alone or after "Det": "Det Garda Aoife Mulcahy told the court … Det Garda Mulcahy
  // said", an Irish Times-style probe, where "Garda Aoife Mulcahy" was the name; a Māori elder's, as "Elder" is:
  // "Kaumātua Hōne Te Whare-Kēpa, 91, …", an RNZ-style probe, where "Kaumātua" stayed in the name)
  'garda', 'kaumātua', 'kuia',
  // (Fijian chiefly titles before a given name, and a village's headman, the "Turaga ni Koro": "Turaga ni Koro Ratu
  // Viliame Naivalu said … ⏎ "…," Ratu Viliame said", "Adi Litia Qalo", a Fiji Times-style probe, test/fixtures/outlets
  // fj-fijitimes-nabukadra-relocation.txt, where "Koro Ratu Viliame Naivalu" and "Ratu Viliame" were names)
  'ratu', 'adi', 'turaga', 'koro',
  // (a treasurer's office, federal, state or party: "Treasurer Marcus Abernethy-Rowe said … ⏎ "…," the Treasurer told
  // reporters", an AAP-style probe, where "Treasurer" was a name; "State Treasurer Kelly Mitchell", PolNeAR train)
  'treasurer',
  // (an adviser's office, Bangladesh's interim ministers and a president's staff: "Labour and Employment Adviser Sheikh
  // Mahbubur Rahman said …", a Daily Star-style probe, test/fixtures/outlets, where "Labour Adviser" stayed in the name)
  'adviser', 'advisor',
  // (a naval rank: "Sri Lankan Navy spokesperson Commander Chaminda Wickramasinghe told reporters", a Hindu-style probe,
  // where "Commander" stayed in the name)
  'commander',
  // (a lawyer's honorific in Pakistan and Bangladesh, before a politician's name: "Mayor Karachi Barrister Saifullah
  // Jatoi", a The News-style probe, test/fixtures/outlets pk-thenews-karachi-water-sitin.txt, where "Karachi Barrister"
  // stayed in the name)
  'barrister',
  // (South Asian police ranks by their initials before a name: "SSP East Khurram Waris Abro told The News", the same
  // probe, where the rank and its area stayed in the name; no abbreviation with a stop, as "said the DSP." ends a
  // sentence)
  'ssp', 'dsp',
  // (an administrator's office before the name, a city corporation's or an agency's: "Dhaka South City Corporation
  // (DSCC) Administrator Md Mizanur Rahman Talukder said … ⏎ "…," the administrator said", a The Business Standard-style
  // probe, test/fixtures/outlets bd-tbsnews-dengue-beds.txt, where "Administrator" stayed in the name and "the
  // administrator" was no one; "EPA Administrator Gina McCarthy")
  'administrator',
  // (a prosecutor's office before the name, as Singapore, Malaysian and Hong Kong courts write it: "Deputy Public
  // Prosecutor Kavitha Suppiah sought …", a CNA-style probe, where "Public Prosecutor Kavitha Suppiah" was the name, a
  // given name the lexicon lacks; "Crown Prosecutor …", "Chief Prosecutor …")
  'prosecutor',
  // (a Malaysian state's head of government, "Kelantan Mentri Besar Datuk Wan Azhar Wan Daud", and the Malaysian
  // honorifics, a The Star-style probe, where the whole run was the name and "said Wan Azhar" no one's)
  'mentri', 'menteri', 'besar', ...MALAYSIAN_HONORIFICS,
  // (West African honorifics and police ranks written as initials: "The Police Public Relations Officer, PPRO, SP Onome
  // Eferakeya, said", a Vanguard-style probe, test/fixtures/outlets, where "SP" stayed in the name; "Alhaji", a Muslim
  // man's after the pilgrimage, "Alhaja" and "Hajia" a woman's, as "Alhaji Musiliu Ajani" of a Punch-style probe)
  'alhaji', 'alhaja', 'hajia', 'sp', 'asp', 'csp', 'acp', 'aig', 'igp',
  // (probes-mm, test/fixtures/outlets: a Sierra Leone chief's, "Paramount Chief Foday Kpaka-Gbondo of Kakua Chiefdom" (an
  // Awoko-style probe), where "Paramount Chief" was the name; a Brunei village headman's, "Penghulu of Mukim Amo, Awang
  // Haji Jaludin bin Haji Sulaiman, … ⏎ "…," the penghulu said" (a Borneo Bulletin-style probe), where "Penghulu of Mukim
  // Amo" was the source. Not "member", whose title would make "the RNC member said" of PolNeAR train an earlier person)
  'paramount', 'penghulu',
  // (probes-nn, test/fixtures/outlets: a Botswana chief's, "Kgosi Kgomotso Sekgoma-Ramotswa, who chaired the meeting, said …
  // ⏎ "…," the Kgosi said" (a Mmegi-style probe, bw-mmegi-mahalapye-water-kgotla), where "Kgosi" was a name)
  'kgosi', 'manager',
  // (probes-oo, test/fixtures/outlets: a Gambian village head's, "The Alkalo of Barra, Pa Ousman Sonko, said … ⏎ "…," the
  // Alkalo told this reporter" (a The Point-style probe, gm-thepoint-banjul-barra-ferry-fare), where "Alkalo" was a name)
  'alkalo',
  // (probes-qq, test/fixtures/outlets: Bhutanese titles, a gewog's headman, "Bji Gup Ugyen Namgay said … ⏎ "…," the gup
  // said", a district's administrator, "Chukha Dzongdag, Dasho Tshewang Rinzin, said", a minister's, "Lyonpo Karma
  // Lhendup", and the honorific "Dasho" (a Kuensel-style probe, bt-kuensel-potato-auction-price), where "gup" and "Chukha
  // Dzongdag" were names; the Cambodian honorifics "Samdech", "Thipadei" and "Oknha" (a Phnom Penh Post-style probe,
  // kh-phnompenhpost-battambang-paddy-price))
  'gup', 'dzongdag', 'dasho', 'lyonpo', 'samdech', 'thipadei', 'oknha',
  // (probes-ss, test/fixtures/outlets: Marshallese chiefs' titles, "Leroij Neinar Laninbit of Arno said the increase would
  // … ⏎ "…," Leroij Laninbit stated" (a Marshall Islands Journal-style probe, mh-marshallislandsjournal-copra-price), where
  // "Leroij Neinar Laninbit of Arno" was the source; "Iroij", a male chief's, and the paramount chiefs' "Iroijlaplap",
  // "Leroijlaplap")
  'iroij', 'leroij', 'iroijlaplap', 'leroijlaplap',
  // (probes-tt, test/fixtures/outlets: Taiwan's lawmakers, "Kuomintang (KMT) Legislator Hsu Chia-hao (許家豪) urged … ⏎
  // "…," the legislator told reporters" (a Focus Taiwan-style probe, tw-focustaiwan-typhoon-vegetable-prices), where
  // "Legislator" stayed in the name and "the legislator" went to the farmer named before; Georgia's ombudsman, "The Public
  // Defender's Office said it would study …" (a Civil.ge-style probe, ge-civil-tbilisi-transport-fares), was "Office")
  'legislator', 'defender',
  // (probes-xx, test/fixtures/outlets: a Jersey parish's head, "The Connétable of St Ouen, Philippe de Gruchy, stated that
  // … ⏎ "…," the Constable said" (a Jersey Evening Post-style probe, je-jep-andium-rent-cap-vote), where the speaker was
  // "Connétable of St Ouen"; the Constable's head, names.ts TITLE_HEADS)
  'connétable',
  // (probes-zz, test/fixtures/outlets: an Uzbek city's or district's head, the khokim, "Deputy khokim for transport and
  // infrastructure Jahongir Ergashev said … ⏎ "…," the deputy khokim said" (a Daryo-style probe, uz-daryo-tashkent-bus-fares),
  // where "deputy khokim" was a name)
  'khokim',
  // (probes-cc, test/fixtures/outlets: an undersecretary, "Undersecretary of Transport Catalina Errázuriz Montt said the
  // panel …" (a Santiago Times-style probe, cl-santiagotimes-red-fare-rise), where "Undersecretary of Transport" stayed
  // in the reported speech's source; Peru's ombudsman, "The Ombudsman's Office said it had registered 14 roadblocks …" (a
  // Peru Reports-style probe, pe-perureports-potato-farmers-strike), was "Office", as "The Public Defender's Office" was)
  'undersecretary', 'ombudsman',
  ...[...TITLE_ABBREVIATIONS].map(t => `${t}.`),
  ...[...TITLE_ABBREVIATIONS].filter(t => !NAME_LIKE_TITLE_ABBREVIATIONS.has(t)),
  ...[...LEGISLATOR_TITLES].map(t => t.toLowerCase())]);

/**
 * An area's word before an office's title, which is no title of a name ("District" and "Regional" open bodies' names
 * too: "District Health Management Team", "Ministry of Trade and Regional Integration"): "District Commissioner for North
 * Caicos, Mrs. Evadne Gardiner-Hall, told TC Weekly News that …" (a TC Weekly News-style probe, probes-uu,
 * test/fixtures/outlets tc-tcweeklynews-ferry-fares.txt, whose source was "Commissioner for North Caicos").
 */
export const AREA_OFFICE_QUALIFIERS: ReadonlySet<string> = new Set(['district', 'regional', 'divisional', 'provincial', 'county']);

/**
 * Capitalised words that start sentences but are no names. "Outside" and "Inside" opening a sentence as prepositions
 * (a reader's report, 44th session; PolNeAR train and test/fixtures/outlets):
 *   "Inside the hotel conference center, Trump on Tuesday dismissed Wisconsin Gov. Scott Walker as an ineffective leader,
 *     arguing that …" → Trump, not "Inside" (USA Today 2016-03-30)
 *   "Outside Carrier's plant on Hermenegildo Galeana Street …" made "Outside Carrier" the name of the company's later
 *     "Carrier said" (NYT 2016-03-21)
 *   'Outside Parliament, a group of about 50 young protesters waved placards reading "Hatutaki Ushuru"' → a group, not
 *     "Outside Parliament" (ke-standard-finance-bill-bread-vat.txt)
 * ("Outside experts" stays a description: its second word is in lower case.)
 */
export const NOT_NAME: ReadonlySet<string> = new Set(['the', 'a', 'an', 'but', 'and', 'or', 'so', 'in', 'on', 'at', 'for', 'of', 'to', 'it', 'its', 'he', 'she', 'they', 'we',
  'i', 'you', 'this', 'that', 'these', 'those', 'there', 'here', 'when', 'while', 'if', 'as', 'after', 'before', 'since', 'with', 'by', 'from', 'his', 'her',
  'their', 'our', 'my', 'what', 'who', 'how', 'why', 'where', 'yes', 'no', 'not', 'then', 'now', 'still', 'also', 'even', 'meanwhile', 'however', 'although',
  'though', 'instead', 'indeed', 'according', 'asked', 'said', 'says', 'some', 'many', 'most', 'all', 'both', 'one', 'two',
  ...WEEKDAYS, ...MONTHS, 'jan.', 'feb.', 'aug.', 'sept.', 'oct.', 'nov.', 'dec.', 'we\'re', 'it\'s', 'i\'m', 'let', 'our', 'thank',
  'please', 'well', 'oh', 'because', 'until', 'without', 'under', 'over', 'about', 'into', 'during', 'despite', 'do', 'does', 'did', 'is', 'are', 'was',
  'were', 'will', 'would', 'can', 'could', 'should', 'more', 'other', 'such', 'every', 'each', 'any', 'among', 'between', 'like', 'unlike', 'just', 'only',
  'across', 'throughout', 'amid', 'perhaps', 'maybe', 'earlier', 'later', 'outside', 'inside']);

/** Nouns that name a person or body, for descriptions ("the envoy", "the newspaper", "a spokesman"). */
export const ROLE_HINT = /(?:man|woman|men|women|person|people|er|or|ist|ent|ant|ary|ian|ee|ive|ess|al|cy|ion|paper|times|post|house|office|agency|group|party|council|committee|board|department|ministry|campaign|team|court|police|army|government|administration|network|station|channel|magazine|journal|daily|watchdog|source|sources|official|officials|expert|experts|envoy|aide|aides|chief|head|leader|spokesman|spokeswoman|spokesperson|secretary|minister|president|governor|senator|mayor|candidate|nominee|lawmaker|lawmakers|judge|lawyer|attorney|doctor|witness|resident|residents|voter|voters|supporter|supporters|critic|critics|analyst|analysts|activist|activists|observatory|opposition|coalition|statement|study|poll|survey|website|site|blog|book|letter|report|article|memo|email|message|editorial|column|ad|transcript|narrator|reader|company|firm|bank|union|association|organization|organisation|foundation|institute|center|centre|agency|service|authority|authorities|regime|kremlin|pentagon|senate|congress|legislature|parliament|cabinet|bureau|commission|network|newspaper|broadcaster|family|families)$/i;

// Closed classes of the attribution rules (./attribution/): each list exists once, under its name.

/** Cues that introduce a quote only right next to it ('he continued: "…'). */
export const ADJACENT_ONLY: ReadonlySet<string> = new Set(['continue', 'continues', 'continued', 'go', 'went', 'put', 'puts', 'begin', 'began', 'read', 'reads', 'offer', 'offered', 'note', 'notes', 'post', 'posted', 'posts', 'state', 'states', 'agree', 'agreed', 'worry', 'worried', 'order', 'ordered', 'point', 'pointed', 'add', 'adds']);

/** Cues whose subject may follow them ('said Mirsky'); the object of 'called' or 'told' is no speaker. */
export const INVERTING: ReadonlySet<string> = new Set(['said', 'says', 'asked', 'asks', 'added', 'adds', 'wrote', 'writes', 'explained', 'noted', 'insisted', 'continued', 'replied', 'recalled', 'warned', 'tweeted', 'argued', 'declared', 'reported', 'reports', 'read', 'reads', 'posted', 'stated', 'countered', 'offered']);

/** Inverted cues that may open a sentence before their subject and the quote ("Said Ellis: “…”", "Says Trump: “…”"). */
export const OPENING_INVERTED_CUES: ReadonlySet<string> = new Set(['said', 'says', 'added', 'asked', 'wrote', 'writes']);

/**
 * Verbs that attribute in a title-case headline, in lower case ("Clinton Says …", "Mike Pence Calls for …", "Ben
 * Carson Slams Hillary And The Media"): reported/titleHeadline.ts, and the headline verbs before a term in single marks
 * (./marks.ts); reported/lexicon.ts passes them on.
 */
export const TITLE_CUES: ReadonlySet<string> = new Set(['says', 'said', 'say', 'tells', 'told', 'warns', 'claims', 'thinks', 'calls', 'wants',
  'admits', 'urges', 'vows', 'insists', 'slams', 'blasts', 'predicts', 'reveals', 'explains', 'defends', 'accuses', 'suggests', 'asks']);

/** Cue words that are also nouns in their bare form ("the Indiana state firefighters union", "a report"). */
export const NOUN_TOO: ReadonlySet<string> = new Set(['state', 'report', 'call', 'claim', 'note', 'offer', 'promise', 'answer', 'comment', 'remark', 'remarks', 'post', 'tweet', 'reply', 'statement', 'word',
  'charge', 'pledge', 'vow', 'warning', 'order', 'demand', 'estimate', 'counter', 'response', 'plea', 'boast', 'quip', 'joke', 'reason',
  'chant', 'retort', 'shout', 'cry', 'yell', 'scream', 'whisper', 'sigh', 'rant', 'gripe', 'murmur', 'groan']);

/** Cue words that are also a job title before a name ("FBI general counsel James Baker said", "senior trial counsel
 * Caroline Lewis Wolverton wrote"). */
export const TITLE_TOO: ReadonlySet<string> = new Set(['counsel']);

/** Forms that are verbs after a name ("Conway notes", "CNN reports") but nouns after a determiner ("his claims"). */
export const NOUN_AFTER_DET: ReadonlySet<string> = new Set(['claims', 'reports', 'calls', 'notes', 'promises', 'pledges', 'vows', 'tweets', 'posts', 'answers', 'replies', 'charges', 'warnings', 'demands', 'estimates', 'jokes']);

/** Group nouns a name may modify ("Sanders supporters", "Clinton aides", "the Trump campaign"). */
export const GROUP_NOUNS: ReadonlySet<string> = new Set(['supporters', 'aides', 'officials', 'voters', 'advisers', 'advisors', 'allies', 'campaign', 'staff', 'staffers',
  'spokesman', 'spokeswoman', 'spokesperson', 'administration', 'team', 'delegates', 'backers', 'donors', 'critics', 'lawyers', 'attorneys', 'camp', 'loyalists', 'surrogates', 'fans']);

/** Nouns of the press a name or a nationality may modify as one speaking body ("Turkish media", "the White House press"). */
export const PRESS_NOUNS: ReadonlySet<string> = new Set(['media', 'press']);

/** Nouns of speech whose possessor is the speaker ("her remark that", "Trump’s claim that"). */
export const SPEECH_NOUNS: ReadonlySet<string> = new Set(['remark', 'remarks', 'comment', 'comments', 'assertion', 'claim', 'claims', 'statement', 'statements',
  'words', 'suggestion', 'warning', 'promise', 'pledge', 'argument', 'tweet', 'tweets', 'message', 'insistence', 'declaration', 'admission',
  'vow', 'accusation', 'boast', 'quip', 'joke', 'slogan', 'contention', 'conclusion', 'description', 'prediction', 'complaint', 'charge', 'plea', 'question', 'answer', 'response', 'reply', 'line', 'mantra', 'refrain', 'catchphrase', 'rallying', 'cry', 'retort', 'announcement']);

/**
 * Documents an issuer puts out ("issued a statement calling …", "put out a statement saying …", "One tweet said"); the
 * issuer lookup's fuller list of documents (people/documents.ts DOCUMENT_NOUNS) is built from this one.
 */
export const ISSUED_DOCUMENTS: ReadonlySet<string> = new Set(['statement', 'letter', 'release', 'memo', 'email', 'e-mail', 'report', 'video', 'ad', 'post', 'tweet', 'message', 'note']);
/** Verbs of putting a document out ("issued", "released", "put out"). */
export const ISSUING_VERBS: ReadonlySet<string> = new Set(['issued', 'released', 'put', 'sent', 'posted', 'published', 'distributed', 'circulated', 'emailed', 'tweeted', 'aired', 'ran', 'unveiled', 'issues', 'releases', 'puts', 'sends']);

/** What a poll is called ("a Quinnipiac poll", "the study"). */
export const POLL_NOUNS: ReadonlySet<string> = new Set(['poll', 'survey', 'study', 'report', 'analysis']);
/** Words that open a share of respondents ("Some 55 percent of voters", "about half", "31% of Republicans"). */
export const SHARE_WORDS: ReadonlySet<string> = new Set(['some', 'about', 'nearly', 'almost', 'most', 'half', 'majority', 'only', 'just', 'roughly', 'more', 'fewer', 'less']);
/** The participles of a crowd's noise, which a group of people makes ("protesters …, chanting “…”"). */
export const CROWD_NOISES: ReadonlySet<string> = new Set(['chanting', 'shouting', 'yelling', 'screaming', 'singing']);
/** Words of a great number before "of" ("Hundreds of demonstrators"). */
export const COUNT_NOUNS: ReadonlySet<string> = new Set(['hundreds', 'thousands', 'dozens', 'scores', 'tens', 'millions']);
/** Quantifiers that stand for people as a subject ("Some chanted “USA! USA!”", "Others said"). */
export const QUANTIFIER_SUBJECTS: ReadonlySet<string> = new Set(['some', 'many', 'others', 'most', 'several', 'both', 'few']);

/** An age standing for the person, as a role does ("the 43-year-old asked": PolNeAR train). */
export const AGE_NOUN = /^\d+-year-old$/;
/** The number words from one to `max` (SMALL's, in its order). */
const numberWordsUpTo = (max: number): string[] => Object.keys(SMALL).filter(w => SMALL[w] >= 1 && SMALL[w] <= max);
/** The last unit after a ten's hyphen ("eighty-⟨four⟩"). */
const LAST_UNIT = 9;
/** The numbers one to ninety-nine written out, as an age writes them ("Twelve", "eighty-four"). */
const SPELLED_NUMBER = `(?:${Object.keys(TENS).join('|')})(?:-(?:${numberWordsUpTo(LAST_UNIT).join('|')}))?|${Object.keys(SMALL).join('|')}`;
/**
 * An age in figures or written out, opening a description before a name ("Twelve-year-old Kayden Makokis, one of the
 * graduates, says …", a CBC-style probe, test/fixtures/outlets ca-cbc-alberta-cree-immersion.txt, where the age was
 * the name's first word): no word of the name.
 */
export const AGE_WORD = new RegExp(`^(?:\\d+|${SPELLED_NUMBER})-year-old$`, 'i');
/** The possessive determiners (one of the third person that stands for the speaker: "her remark that"), from ../text. */
export { PERSONAL_POSSESSIVES, THIRD_PERSON_POSSESSIVES, POSSESSIVE_DETERMINERS };
/** Articles and possessive determiners of every person: after one, a cue word is a noun ("his proposed expansion"). */
export const NOUN_MARKERS: ReadonlySet<string> = new Set([...ARTICLES, ...POSSESSIVE_DETERMINERS]);
/** Articles and third-person possessives: before an adjective and a cue word ("An early tweet quoted"). */
export const THIRD_PERSON_NOUN_MARKERS: ReadonlySet<string> = new Set([...ARTICLES, ...THIRD_PERSON_POSSESSIVES]);
/** What opens a description of a person or body ("the GOP presidential candidate", "His office", "that panel"). */
export const DESCRIPTION_OPENERS: ReadonlySet<string> = new Set([...ARTICLES, 'this', 'that', ...THIRD_PERSON_POSSESSIVES]);

/** Object pronouns ("them", "him", …): a cue word before one is a verb (./attribution/cue.ts isCue: "call them"). */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['them', 'him', 'her', 'it', 'me', 'us', 'you']);
/** Object pronouns that are no possessive and no subject too ("him", "them"; not "her", "you"): after a verb, its object ("undercount them"). */
export const OBJECT_ONLY_PRONOUNS: ReadonlySet<string> = without(OBJECT_PRONOUNS, 'her', 'you');
/** Relative pronouns ("the candidate who …", "Kelly Ripa, whose program …"); the variants are at the end of this file. */
export const RELATIVES: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which', 'that']);
/** Relative pronouns that open a clause after a description ("the candidate who …"); "whom", "whose" as found. */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = without(RELATIVES, 'whom', 'whose');
/** Words of degree before an adverb or an adjective ("more quietly", "very softly", "more divisive remarks", "are less confident"). */
export const DEGREE_WORDS: ReadonlySet<string> = new Set(['more', 'most', 'less', 'least', 'very', 'so', 'too', 'quite']);
/** Forms of "be" before a passive participle ("was asked by", "has been called … by"). */
export const BE_FORMS: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'being', 'been']);
/** "told", "tell": a cue whose object (the hearer) belongs to the cue span ("told Al-Jazeera television"). */
export const TELL_FORMS: ReadonlySet<string> = new Set(['told', 'tell', 'tells', 'telling']);
/** Coordinators before a quantifier subject ("… and others said"). */
export const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but']);
/** Words that open a clause whose subject the next name is ("Cruz and Trump have slammed", "while Clinton and Sanders …"). */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([...COORDINATORS, 'while', 'as', 'when']);

/** Prepositions that tie a role to its body ("a spokesman for the campaign", "a reporter at the Times"). */
export const ROLE_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'of', 'at', 'with', 'from']);
/** The same, and "in" ("a reporter in Moscow for …"), where a name follows the role. */
export const ROLE_PREPOSITIONS_AND_IN: ReadonlySet<string> = new Set([...ROLE_PREPOSITIONS, 'in']);
/** "James Pethokoukis of the American Enterprise Institute", "a fellow at Brookings": a person's body. */
export const AFFILIATION_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'from', 'at']);
/** The prepositions of a description's place ("a resident of Gwarinpa", "a trader at Kejetia", "a teacher in Tamale"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'at', 'in']);
/** "of", "from": a place set after a person ("Cory James, 22, of Flint"). */
export const ORIGIN_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'from']);
/**
 * Words before a name that make it part of a description ("the director of the Federal Bureau of Investigation"; "A
 * 52-year-old farmer from Gadumo, Mr Yakubu Omeje, said …", a Punch-style probe, test/fixtures/outlets
 * ng-punch-kogi-flood-relief.txt, whose source was the description).
 */
export const INSIDE_DESCRIPTION: ReadonlySet<string> = new Set(['of', 'the', 'at', 'for', 'from']);
/**
 * Prepositions of motion after a participle (./attribution/descriptionBefore.ts; first written on a PolNeAR dev example,
 * "Protesters marching through the streets chanted": no train or fixture description before a cue has one).
 */
export const MOTION_PREPOSITIONS: ReadonlySet<string> = new Set(['through', 'across', 'along', 'around', 'outside', 'into', 'toward', 'towards']);
/** "speaking to Fox News", "talking with CNN": what follows a participle of speech is the outlet. */
export const SPEAKING_TO: ReadonlySet<string> = new Set(['to', 'with']);
/** Prepositions before a gerund that shares the subject of the verb before it ("began by saying"). */
export const GERUND_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'after', 'before', 'while', 'without']);
/** Particles a cue may take before the clause ends ('“…?” Trump went on, as if …', 'chimed in.', 'fired back.'). */
export const CUE_PARTICLES: ReadonlySet<string> = new Set(['on', 'back', 'in', 'up']);
/** Particles after a verb ("sent | out", "put | up"): the head of a description is before the verb. */
export const VERB_PARTICLES: ReadonlySet<string> = new Set(['out', 'up', 'down', 'off', 'over', 'back', 'instead', 'away']);
/** Words of time or place after a capitalised opening word that show it opens a phrase, no name ("Hours later", "Speaking in"). */
export const OPENING_PHRASE_FOLLOWERS: ReadonlySet<string> = new Set(['later', 'earlier', 'ago', 'after', 'before', 'at', 'in', 'on', 'of', 'for', 'with', 'from', 'by', 'to']);
/** The days of the week and the months ("on Monday", "in March"). */
/** Surnames that are also function words, which the name rules read as verbs or prepositions: Theresa May, George Will, Al From. */
export const AUXILIARY_SURNAMES: ReadonlySet<string> = new Set(['may', 'will', 'from']);
export const CALENDAR_NAMES: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTHS]);
/** Days of the week (and "on" before one): a name followed by one is a place in a time phrase ("in Baltimore on Monday"). */
export const DAY_WORDS: ReadonlySet<string> = new Set(['on', ...WEEKDAYS]);
/** "last", "next", "this" before a time word ("last week"): no part of a description. */
export const RELATIVE_TIME_WORDS: ReadonlySet<string> = new Set(['last', 'next', 'this']);
/** Particles inside a person's name ("Osama bin Laden", "Ursula von der Leyen", "Gabriel de la Cruz"). */
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set(['bin', 'ibn', 'abu', 'al', 'el', 'de', 'da', 'di', 'du', 'van', 'von', 'der',
  'den', 'la', 'le', 'y', 'del', 'dos', 'das',
  // (Welsh: "Gethin ap Rhys", "Mr ap Rhys"; Filipino: "Maricel Dela Cruz", "Jose Delos Santos")
  'ap', 'ab', 'dela', 'delos',
  // (Irish: "Siobhán Ní Bhriain SC … Ms Ní Bhriain said", "Cathal Ó Dubhghaill", where "Ms Ní Bhriain" was "Ní Bhriain")
  'ó', 'ní', 'nic', 'uí',
  // (Malay: "daughter of", as "bin" is "son of": "Nor Azizah binti Ismail, who runs a kuih stall", a Malay Mail-style
  // probe, test/fixtures/outlets my-malaymail-einvoice-hawkers.txt, where the stallholder was "Ismail")
  'binti', 'bint',
  // (Spanish: "de los", "de las" after a capitalised "De": "shopkeeper Ramona Altagracia De los Santos said", a Dominican
  // Today-style probe, do-dominicantoday-blackouts-electricity-rates, probes-zz, where the name stopped at "De")
  'los', 'las',
  // (Sudanese Arabic "wad", "son of": "Sheikh Osman wad al-Amin … he told Sudan Tribune", a Sudan Tribune-style probe,
  // sd-sudantribune-port-sudan-bread-prices, where the quote went to his description; Bantu "wa", "of": "Mama Thérèse Mbuyi
  // wa Kabongo", an Actualite.cd-style probe, cd-actualite-kinshasa-water-jerrican-price, read "Thérèse Mbuyi", as
  // "Ngũgĩ wa Thiong'o")
  'wad', 'wa',
  // (Spanish "viuda de", a widow's married name after her own: "Doña Marta Alicia Rivas viuda de Portillo, who has sold
  // grains there for 31 years, said customers now bought beans …", an El Salvador In English-style probe,
  // sv-elsalvadorinenglish-red-bean-prices, probes-ff, where the vendor was "Portillo")
  'viuda',
  // (French-speaking West Africa's "épouse", a wife's married name after her own, "née", her own after the married one, and
  // "dit", a man's by-name: "Its president, Mrs. Akossiwa Dédé Amégnran épouse Adjovi, said the association would …", a
  // Togo First-style probe, tg-togofirst-lome-cement-bag-price, "Its president, El Hadj Bakary Coulibaly dit Bako,
  // explained that …", a Maliweb-style probe, ml-maliweb-segou-rice-paddy-price, probes-ll, where the source was "Its
  // president")
  'épouse', 'née', 'dit',
  // (Faroese place-names as surnames, "at", "in", "by": "The company's managing director, Guðrun á Lakjuni Olsen, said …",
  // "The Minister of Transport, Sjúrður í Gerðinum Joensen of Fólkaflokkurin, said …", "Hallbjørn við Gjógv Mikkelsen, a
  // member of the Løgting", a Local.fo-style probe, fo-localfo-subsea-tunnel-tolls, probes-oo, where the speakers were
  // "Lakjuni Olsen", "Gerðinum Joensen" and "Gjógv Mikkelsen" and the reports the roles before them)
  'á', 'í', 'við',
  // (Catalan "i", "and", between a person's two surnames, as Spanish "y": "The Minister of Economy, Labour and Housing, Jordi
  // Casals i Vilaró, said …", "Its secretary general, Pere Riba i Montané, said …", "The PS general councillor Núria Fité
  // i Bonell said that …", an All Andorra-style probe, test/fixtures/outlets ad-allandorra-seasonal-work-permits.txt,
  // probes-vv, forty-third session, where the sources were "Housing", "Its secretary general" and "Bonell")
  'i',
  // (Portuguese "do", "of the", as "da" and "dos" are: "Sr. Maria do Carmo Vasconcelos, a Brazilian religious who …, said
  // that …", a Vatican News-style probe, va-vaticannews-museums-ticket-prices, s43-probes-ww, where the speaker was "Carmo
  // Vasconcelos")
  'do',
  // (Azerbaijani "oglu", "son of", and "qizi", "daughter of", between the father's given name and the surname in a formal
  // name: "Deputy Minister of Agriculture Elchin Tofig oglu Aghayev said … ⏎ "…," the deputy minister added", a Trend-style
  // probe, az-trend-hazelnut-purchase-prices, s46-probes-zb, where the speaker was "Elchin Tofig")
  'oglu', 'oğlu', 'qizi', 'qızı']);
/**
 * The Kyrgyz patronymic words written in lower case after the father's name, "son of" and "daughter of": the last word
 * of the name ("The head of Bishkekteploset, Nurlan Abdykadyrov uulu, stated …", "Deputy of the Jogorku Kenesh Aizada
 * Sultanbekova kyzy wrote on her Facebook page …", a 24.kg-style probe, probes-ee, test/fixtures/outlets
 * kg-24kg-bishkek-heating-tariff.txt, whose speakers were the description and the pensioner of the paragraph before):
 * ./tokens.ts reads one after a capitalised word as a word of the name, ../people/personName.ts ends the name with it.
 */
export const CLOSING_PATRONYMS: ReadonlySet<string> = new Set(['uulu', 'kyzy']);
/** Particles inside a name set after a quote with a dash ("― Gabriel de la Cruz"): "de", "del", "la", "van", "von",
 * "da", "dos", "bin" of the particles, as found. */
export const NAME_PARTICLES: ReadonlySet<string> = without(SURNAME_PARTICLES, 'ibn', 'abu', 'al', 'el', 'di', 'du', 'der', 'den', 'le', 'y', 'das');
/**
 * News agencies in a dateline ("MOSCOW (AP) —"): no subject of the sentence. (India's Press Trust and North Macedonia's
 * information agency: "BHUBANESWAR, Oct 24 (PTI) — …", "Skopje, 22 October 2025 (MIA) - …", test/fixtures/outlets
 * in-pti-odisha-cyclone-evacuation.txt and mk-mia-skopje-heating-subsidy-pollution.txt, whose reports took the dateline in.)
 */
export const NEWS_AGENCIES: ReadonlySet<string> = new Set(['AP', 'AFP', 'Reuters', 'UPI', 'CNN', 'Bloomberg', 'PTI', 'MIA']);
/**
 * Wire services by the names a story gives them ("told The Canadian Press", "surveyed by the Associated Press"): the
 * agencies of a dateline but "MIA", which only a dateline's brackets make North Macedonia's agency ("Skopje, 22 October
 * 2025 (MIA) - …"); in a story's body "MIA" is as often Miami's airport or "missing in action", and a body no wire service
 * is (people/salience.ts lastBody passes over a wire service that did not speak).
 */
export const WIRE_SERVICES: ReadonlySet<string> = new Set([...without(NEWS_AGENCIES, 'MIA'), 'Canadian Press', 'Associated Press', 'Agence France-Presse', 'Press Association', 'United Press International', 'Bloomberg News']);
/** Dash tokens, that set off an apposition, an aside or a dateline ("WASHINGTON ― Democrats …"), or a name after a
 * quote, as under an epigraph ('“…” ― Sonya Herridge'): the dash characters (../text/dashes.ts) and "--". */
export const DASHES: ReadonlySet<string> = new Set([...DASH_CHARS, '--']);
/** A dash token or a hyphen standing as one ("EXCLUSIVE - Roger Stone", "Sanders - who …"). */
export const DASH_TOKENS: ReadonlySet<string> = new Set(['-', ...DASHES]);

// Reported speech (../reported): verbs of belief, intention and finding that PolNeAR attributes ("believes",
// "hopes", "a poll shows"), and the closed classes its clause rules need.

/** Verbs of belief, knowledge, intention and evidence that take a content clause ("Trump believes he will win"). */
export const BELIEF_VERBS: ReadonlySet<string> = new Set([
  'believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'hope', 'hopes', 'hoped', 'fear', 'fears', 'feared',
  'expect', 'expects', 'expected', 'know', 'knows', 'feel', 'feels', 'felt', 'doubt', 'doubts', 'doubted',
  'show', 'shows', 'showed', 'shown', 'showing', 'suggest', 'suggests', 'suggested', 'indicate', 'indicates', 'indicated',
  'conclude', 'concludes', 'concluded', 'contend', 'contends', 'contended', 'realize', 'realizes', 'realized', 'recognize',
  'recognizes', 'recognized', 'understand', 'understands', 'understood', 'assume', 'assumes', 'assumed', 'worry', 'worries',
  'worried', 'bet', 'bets', 'reckon', 'reckons', 'figure', 'figured', 'guess', 'guessed', 'imagine', 'imagines', 'learned',
  'determined', 'decided', 'acknowledge', 'acknowledges', 'acknowledged', 'insist', 'insists', 'insisted', 'argue', 'argues',
  'argued', 'maintain', 'maintains', 'maintained', 'find', 'finds', 'found', 'agree', 'agrees', 'agreed', 'predict', 'predicts',
  'predicted', 'warn', 'warns', 'warned', 'hinted', 'signaled', 'signalled', 'reveals', 'revealed', 'confirmed', 'confirms',
  'denied', 'denies', 'estimates', 'estimated', 'allege', 'alleges', 'alleged', 'stipulates', 'mandates', 'requires', 'demands',
  // (with their "that"-clause on PolNeAR train: "Carson implied that he would not criticize Cruz", "people suspected that
  // Murphy was behind this latest effort", "The judge ruled that 17-year-olds who will turn 18 … are eligible", "The Labor
  // Department calculates that 4.2 million workers will become newly eligible", "Mr. Putin forecast that the slumping economy
  // would soon rebound", "he allowed that some might be good people": 40 found, 1 false positive; "rules" is a noun before
  // "that" as often, "proved", "guaranteed", "reminds" and "ruling" found more false positives than attributions, and verbs of
  // perception, "saw", "heard", are left out as "knew" is)
  'implied', 'implies', 'suspected', 'suspects', 'suspect', 'ruled', 'anticipated', 'anticipate', 'anticipates', 'noticed', 'notices',
  'reaffirmed', 'reaffirming', 'reaffirms', 'affirm', 'affirms', 'groused', 'grouses', 'figures', 'discovered', 'discovers', 'stipulated',
  'speculates', 'theorized', 'posited', 'surmised', 'wagered', 'projected', 'projects', 'forecast', 'calculated', 'calculates', 'reminded',
  'assures', 'informs', 'notified', 'swore', 'swears', 'certified', 'wished', 'decreed', 'directed', 'verified', 'verifies', 'demonstrated',
  'demonstrates', 'illustrates', 'illustrated', 'underscores', 'underscored', 'highlights', 'highlighted', 'discloses', 'divulged', 'grants',
  'granted', 'allowed', 'allows', 'deduced', 'inferred', 'learns', 'dreamed', 'dreams', 'mentions',
  // (an admission's "accepted that": "73 percent of Americans accepted that Trump's outline for America was the “right
  // direction”", PolNeAR train, West Journal 2016-07-23, a gold attribution; "In evidence, …, Kieran Delahunt, accepted that
  // the response time was "far outside" the service's target", an RTÉ-style probe, ie-rte-inquest-ambulance-delay.txt;
  // no cue of a quote, "he had accepted "about $200,000" from Wall Street firms" is no report)
  'accepted', 'accepts',
]);

/** Verbs whose content may follow with no "that" ("Lavrov said Assad would not step down"). */
export const BARE_VERBS: ReadonlySet<string> = new Set([
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'think', 'thinks', 'thought', 'believe', 'believes',
  'believed', 'hope', 'hopes', 'hoped', 'fear', 'fears', 'feared', 'expect', 'expects', 'know', 'knows', 'feel', 'feels',
  'felt', 'insist', 'insists', 'insisted', 'argue', 'argues', 'argued', 'claim', 'claims', 'claimed', 'warn', 'warns', 'warned',
  'predict', 'predicts', 'predicted', 'suggest', 'suggests', 'suggested', 'acknowledge', 'acknowledges', 'acknowledged', 'admit',
  'admits', 'admitted', 'concede', 'concedes', 'conceded', 'add', 'adds', 'added', 'wrote', 'writes', 'tweeted', 'announced',
  'announces', 'estimated', 'estimates', 'contend', 'contends', 'contended', 'maintain', 'maintains', 'maintained', 'assert',
  'asserts', 'asserted', 'noted', 'notes', 'explained', 'explains', 'complained', 'complains', 'recalled', 'recalls', 'stressed',
  'emphasized', 'emphasised', 'confirmed', 'confirms', 'signalled', 'signaled', 'signals', 'bet', 'reckon', 'guess', 'figure', 'worried', 'worries', 'agreed', 'agrees', 'vowed', 'vows', 'pledged',
  'promised', 'promises', 'swore', 'declared', 'declares', 'reported', 'reports', 'found', 'finds', 'show', 'shows', 'showed',
  'adding', 'arguing', 'claiming', 'insisting', 'suggesting', 'noting', 'warning', 'explaining', 'acknowledging', 'predicting',
  // (PolNeAR train: "At the moment Chris Christie learned he had been bumped off the main national debate stage", "he
  // realized the race would grind on interminably for three more months", "He implied immigrants were the ones tearing
  // families apart", "Comey testified “thousands” of emails in fact had not been turned over": 16 found, none false;
  // "assured", "declaring", "assumes", "imagined", "pretended" found a false positive for every one or two)
  'learned', 'realized', 'realizes', 'implied', 'implies', 'alleges', 'testified', 'testifies', 'reminded', 'recalling', 'stating',
  'confirming',
  // (the base forms, a plural's present, 41st session: "foreign observers worry it will set an example …", "media outlets
  // estimate Trump needs to win between 57 and 60 percent …", "Legal observers note the White House wouldn’t truly “close”
  // the prison …", "Presidential candidates promise they will stand by Israel", "Other voices counter it's time to embrace
  // the mogul" — PolNeAR train: 7 gained, 1 false positive, a typo's "may note vote at all"; "admit", "concede", "explain",
  // "recall", "confirm", "agree", "announce", "declare", "realize" and others were 2 gained, 1 lost, 4 false positives)
  'worry', 'estimate', 'note', 'promise', 'counter',
  // (PolNeAR train: "He was a desperate man who took his own life hoping the insurance proceeds would allow the family to
  // hold onto their land": 1 found, none false; its infinitive is ../reported/infinitive.ts's)
  'hoping',
]);

/**
 * Verbs that make their object do what an infinitive after it says: the object speaks a cue in that infinitive ("That
 * prompted Rubio to make a joke about yoga", "an unexpectedly strong win that led her to declare that …").
 */
export const CAUSATIVE_VERBS: ReadonlySet<string> = new Set([
  'lead', 'leads', 'leading', 'led', 'prompt', 'prompts', 'prompting', 'prompted', 'get', 'gets', 'getting', 'got',
  'force', 'forces', 'forcing', 'forced', 'cause', 'causes', 'causing', 'caused', 'spur', 'spurs', 'spurring', 'spurred',
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
  'explain', 'explains', 'explained', 'explaining', 'know', 'knows', 'reveal', 'reveals', 'revealed', 'describe',
  'describes', 'described', 'describing', 'recalled', 'recalls', 'say', 'says', 'said', 'told', 'tell', 'tells', 'show', 'shows',
  'showed', 'decide', 'decides', 'decided', 'discussed', 'detailed', 'outlined', 'saying', 'noted', 'notes', 'noting',
  'disclose', 'disclosed', 'indicate', 'indicated', 'predict', 'predicted',
]);

export const WH_WORDS: ReadonlySet<string> = new Set(['whether', 'if', 'how', 'why', 'what', 'who', 'when', 'where', 'which']);

/**
 * Verbs of persuasion, no cues of their own: their content is a "that"-clause after a hearer only ("has persuaded
 * wealthy donors … that he represents their best chance", "convinced many Republicans that Mr. Trump had finally gone too
 * far"; not "is convinced that", an adjective of conviction, ../reported/phrasal.ts CONVICTION). ../reported/thatClause.ts.
 */
export const PERSUASION_VERBS: ReadonlySet<string> = new Set(['convince', 'convinces', 'convinced', 'convincing', 'persuade', 'persuades', 'persuaded',
  'persuading']);

/** Cues whose object names the hearer before the content ("told reporters he would", "warned voters that"). */
export const HEARER_VERBS: ReadonlySet<string> = new Set(['tell', 'tells', 'told', 'telling', 'warn', 'warns', 'warned', 'warning',
  'assure', 'assures', 'assured', 'remind', 'reminds', 'reminded', 'reminding', 'inform', 'informs', 'informed', ...PERSUASION_VERBS,
  'promised', 'promises', 'asked', 'asks', 'ask', 'urged', 'urges', 'urge', 'advised', 'reassured']);

/**
 * Verbs after which "it" is no body but the impersonal subject, the negated copulas that "is" and "was" (in
 * BEFORE_CUE_WORDS) stand for already, and "it turns out", "it took (him a day)": 'It wasn’t even that he heard “more than
 * a few” …', "It turns out even ''honesty'' is a relative concept", 'It took him most of a day to formulate a comeback,
 * delivering an "apology"' (PolNeAR train: HuffPost 2016-06-17, NYT 2016-08-22, Washington Post 2016-01-17).
 */
export const IMPERSONAL_IT_VERBS: ReadonlySet<string> = new Set(["isn't", 'isn’t', "wasn't", 'wasn’t', 'turns', 'turned', 'took', 'takes']);

/** Subject pronouns that open a clause. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'there', 'this', 'nobody', 'everyone', 'someone', 'no']);

/** Auxiliaries and modals: the finite verb of a clause ("the plan would fail"). */
export const AUXILIARIES: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'will', 'would', 'could', 'can', 'should',
  'may', 'might', 'must', 'has', 'have', 'had', 'does', 'did', 'do', "won't", 'won’t', "can't", 'can’t', "isn't", 'isn’t',
  "wasn't", 'wasn’t', "doesn't", 'doesn’t', "didn't", 'didn’t', "wouldn't", 'wouldn’t', "couldn't", 'couldn’t', "hasn't",
  'hasn’t', "haven't", 'haven’t', "aren't", 'aren’t', "weren't", 'weren’t', 'needs', 'needed', 'remains', 'remained', 'wants', 'wanted']);

/**
 * The tokens, and the last characters of a quote, that end a sentence (an abbreviation keeps its period inside its
 * word: "Mrs.").
 */
export const SENTENCE_STOPS: ReadonlySet<string> = new Set(['.', '!', '?']);

/** A regular past form or participle in -ed ("remembered", "obtained", "posted", "used"). */
export const REGULAR_PAST = /^[a-z]{2,}ed$/;
/**
 * A regular past of five letters or more, not one in -eed ("warned", "argued"; not "agreed", "freed"): reported speech's
 * finite verb. Read by its last three characters (asked of some 10 k words a PolNeAR dev run).
 */
export const isLongRegularPast = (l: string): boolean => {
  const n = l.length;
  return n > 4 && l.charCodeAt(n - 1) === LOWER_D && l.charCodeAt(n - 2) === LOWER_E && l.charCodeAt(n - 3) !== LOWER_E;
};
const LOWER_D = 0x64, LOWER_E = 0x65;

/**
 * Past forms that are finite verbs of a clause ("it found no evidence", "12 people died"): compromise's irregular
 * pasts (../figures/lexicon.generated.ts), the ones its lexicon lacks, and short regular pasts that the "-ed" test
 * (five letters or more) misses. ("used" and "tied" are left out: nearly always a participle, "material used by".)
 * "lay", the past of "lie", which compromise gives as a base only: "A Merritt, B.C., woman says her husband lay on their
 * kitchen floor for more than an hour …", a Global News-style probe, test/fixtures/outlets
 * ca-global-merritt-ambulance-wait.txt, was found only by a later verb of the clause.
 */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set([...LEXICON_IRREGULAR_PAST, 'left', 'lost', 'built', 'led', 'drew', 'rose',
  'understood', 'sought', 'died', 'lied', 'sued', 'owed', 'vied', 'lay']);

/** Words of time that may stand between a cue and its bare content ("said Tuesday he would"). */
export const TIME_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS, ...RELATIVE_DAYS, 'earlier', 'later', 'recently', 'repeatedly', 'again', 'also', 'previously', 'publicly',
  'privately', 'frequently', 'often', 'once', 'now', 'then', 'last', 'this', 'week', 'month', 'year', ...PARTS_OF_DAY, 'on', 'in', 'at', 'during']);

/** Participles after a comma that open a new attribution, not more content (", saying …", ", adding that …"). */
export const TAIL_PARTICIPLES = /^(?:saying|adding|noting|arguing|citing|claiming|insisting|suggesting|warning|explaining|calling|describing|stating|declaring|telling|asking|according|acknowledging|referring|pointing|praising|accusing|urging|promising|vowing|predicting)$/;

// Closed classes written once: a base list each, and the variants rules use, named, built from the base with what
// they add or leave out and why. A variant marked "as found" keeps a rule's membership that differs from the base
// with no reason known; it is kept so that the rule matches what it matched before the lists were merged.

/** Conjunctions that open a clause subordinate to the main clause ("though", "because", "until"). */
export const SUBORDINATORS: ReadonlySet<string> = new Set(['though', 'although', 'while', 'whereas', 'when', 'whenever', 'because', 'since',
  'after', 'before', 'once', 'if', 'unless', 'as', 'until']);
/** Subordinators that open a subordinate clause before the main one, whose comma the main clause's subject follows
 * ("While …, people who … say"); "whenever" as found. */
export const OPENING_SUBORDINATORS: ReadonlySet<string> = without(SUBORDINATORS, 'whenever');
/** Subordinators of time that may follow a cue after the quote it attributes ('“Too forced?” He tweeted when …'). */
export const TIME_SUBORDINATORS: ReadonlySet<string> = only(SUBORDINATORS, 'when', 'as', 'while', 'after', 'before');
/** Subordinators that set their clause against the main one ("while", "whereas"). */
export const CONTRAST_SUBORDINATORS: ReadonlySet<string> = only(SUBORDINATORS, 'while', 'whereas');
/** Subordinators that no noun phrase runs across: the subject of a verb after one is the words after it ("a looming
 * public health crisis while ⟨doctors and medical experts⟩ warned"); "as", "since", "before" … also open phrases. */
export const CLAUSE_ONLY_SUBORDINATORS: ReadonlySet<string> = only(SUBORDINATORS, 'while', 'whereas', 'although', 'because');
/** Participles of giving that set a thing offered to the people before them ("likely voters given the choice of four options"). */
export const GIVING_PARTICIPLES: ReadonlySet<string> = new Set(['given', 'offered', 'shown', 'presented', 'handed']);
/** What opens a content with a subordinate clause of its own, whose comma is no break ("If Trump wins, he said …"): also
 * "even", "despite", "given", "whether" and the inverted conditionals ("Should he win", "Had he known"); "whereas" as found. */
export const CONTENT_SUBORDINATORS: ReadonlySet<string> = new Set([...without(SUBORDINATORS, 'whereas'), 'even', 'despite', 'given', 'whether', 'should', 'had']);
/** Subordinators whose clause, opening the sentence, is background to the main clause a source vouches for;
 * "as", "whenever", "until" as found. */
export const BACKGROUND_SUBORDINATORS: ReadonlySet<string> = without(SUBORDINATORS, 'as', 'whenever', 'until');
/** Words before ", according to X," that leave their clause to what follows the source ("because, according to
 * Trump, the media …"): also "that", "where"; "whereas", "whenever", "once", "unless", "as", "until" as found. */
export const CLAUSE_BEFORE_SOURCE: ReadonlySet<string> = new Set([...without(SUBORDINATORS, 'whereas', 'whenever', 'once', 'unless', 'as', 'until'), 'that', 'where']);
/** Words before an inset tail (", he said,") that leave their clause to what follows the inset ("the ''good old days''
 * when, he said, protesters would have been treated more harshly"): CLAUSE_BEFORE_SOURCE and the relatives ("all of
 * whom, she explained, needed a boost"). */
export const CLAUSE_BEFORE_INSET: ReadonlySet<string> = new Set([...CLAUSE_BEFORE_SOURCE, ...RELATIVES]);
/** Subordinators before a content whose clause ends at its comma, where the main clause begins ("If such a group’s
 * existence seems improbable …, LeVell believes"); "whenever" and "once" as found. */
export const COMMA_SUBORDINATORS: ReadonlySet<string> = without(SUBORDINATORS, 'whenever', 'once');
/** Words that open the clause a cue belongs to, its content starting after them: also the coordinators, "that" and
 * linking adverbs ("but", "so", "however", "still"). */
export const CUE_CLAUSE_OPENERS: ReadonlySet<string> = new Set([...COMMA_SUBORDINATORS, 'but', 'and', 'or', 'so', 'yet', 'that', 'even', 'however', 'indeed', 'still']);
/** Conjunctions after a comma that make the clause after it one of its own ("…, though Mrs. Fiorina said …"): also
 * the coordinators "and", "but"; "whenever", "once", "after", "before", "until" as found. */
export const OWN_CLAUSE_CONJUNCTIONS: ReadonlySet<string> = new Set([...without(SUBORDINATORS, 'whenever', 'once', 'after', 'before', 'until'), 'but', 'and']);
/** Words that open a subordinate clause or an adjunct before the main clause: also "with", "in", "despite",
 * "whether", "whatever" ("With Trump ahead, …"); "whereas", "whenever", "once" as found. */
export const OPENING_ADJUNCTS: ReadonlySet<string> = new Set([...without(SUBORDINATORS, 'whereas', 'whenever', 'once'), 'with', 'whatever', 'whether', 'in', 'despite']);

/** Adverbs that open a sentence before its subject with no comma ("Then he cut into Bush, calling him a “stiff”"); words
 * in -ly too (../text/adverbs.ts). */
export const SENTENCE_ADVERBS: ReadonlySet<string> = new Set(['then', 'first', 'later', 'also', 'maybe', 'perhaps', 'now', 'still', 'instead', 'again',
  'soon', 'next', 'afterward', 'afterwards', 'meanwhile']);
/** Adverbs that open a sentence set off by a comma before its subject ("⟨However⟩, two truck drivers who … said"): the
 * sentence adverbs and the linking ones (probes-ww). */
export const LINKING_ADVERBS: ReadonlySet<string> = new Set([...SENTENCE_ADVERBS, 'however', 'moreover', 'nevertheless', 'nonetheless']);

/** Relatives after a comma: all but "that", which opens no clause set off by commas ("…, who added to her lead."). */
export const COMMA_RELATIVES: ReadonlySet<string> = without(RELATIVES, 'that');
/** The relatives after a comma other than the "who" whose clause a rule follows ("Kelly Ripa, whose ''Live'' program"). */
export const OTHER_RELATIVES: ReadonlySet<string> = without(COMMA_RELATIVES, 'who');
/** "who", "which": the relatives that open a clause with its own verb ("the decision, which struck down …, was"). */
export const CLAUSE_RELATIVES: ReadonlySet<string> = without(RELATIVE_PRONOUNS, 'that');
/** Words that say a source is not named ("asked not to be named", "declined to give his name", "on condition of anonymity"). */
export const ANONYMITY = /\b(?:not to be (?:named|identified)|name not (?:be )?(?:used|published)|(?:give|gave|giving|provide|share) (?:his|her|their) (?:full |last )?name|condition of anonymity)\b/;
/** "who", "that": the relatives read as the subject of their clause before a finite verb ("the official who relayed the
 * exchange"). */
export const SUBJECT_RELATIVES: ReadonlySet<string> = without(RELATIVE_PRONOUNS, 'which');
/** Relatives that stand for their clause's object ("an agenda that he plans to"): "who" is a subject's; also "what", a
 * free relative. */
export const OBJECT_RELATIVES: ReadonlySet<string> = new Set([...without(RELATIVES, 'who', 'whose'), 'what']);
/** Relatives that open a relative clause holding a cue ("which she has repeatedly said"): also "what", a free
 * relative; "whose" as found. */
export const CUE_RELATIVES: ReadonlySet<string> = new Set([...without(RELATIVES, 'whose'), 'what']);
/** Relatives but "whom", as found ("who", "which", "that", "whose"). */
export const RELATIVES_BUT_WHOM: ReadonlySet<string> = without(RELATIVES, 'whom');
/** Relatives but "whose", as found ("who", "which", "that", "whom"). */
export const RELATIVES_BUT_WHOSE: ReadonlySet<string> = without(RELATIVES, 'whose');
/** Relatives after a comma but "whom", as found ("who", "which", "whose"). */
export const COMMA_RELATIVES_BUT_WHOM: ReadonlySet<string> = without(COMMA_RELATIVES, 'whom');

/** Number words from one to ten, from the figures' number lexicon. */
export const NUMBER_WORDS_TO_TEN: ReadonlySet<string> = new Set(numberWordsUpTo(10));
/** The tens, "twenty" to "ninety". */
export const TENS_WORDS: ReadonlySet<string> = new Set(Object.keys(TENS));
/** A compound number written with a hyphen ("twenty-one", "forty-nine"). */
export const COMPOUND_NUMBER = /^\w+-(?:one|two|three|four|five|six|seven|eight|nine)$/;
/** Quantifiers and numbers that open a subject of people ("Some voters", "Both candidates", "Three senators"). */
export const SUBJECT_QUANTITIES: ReadonlySet<string> = new Set(['some', 'many', 'most', 'few', 'several', 'both', 'all', 'half', ...NUMBER_WORDS_TO_TEN]);
/** What opens a share of a group as a subject ("Nearly half of voters", "a majority", "Over twenty"): the share words,
 * "over", "under", "a", "majorities", "plurality" and the numbers to ninety (with COMPOUND_NUMBER, the compounds). */
export const SHARE_QUANTITIES: ReadonlySet<string> = new Set([...SHARE_WORDS, 'over', 'under', 'a', 'majorities', 'plurality', ...NUMBER_WORDS_TO_TEN, ...TENS_WORDS]);

/** Words that link a headline's source to its hearer or topic ("Clinton to Planned Parenthood:", "CNN President On
 * Trump:"): never inside a speaker's name. */
export const LINK_WORDS: ReadonlySet<string> = new Set(['on', 'to', 'at', 'in', 'about', 'for']);
/** The link words as a Title Case headline writes them ("On", "To", "About"), matched on the token as written; "In" as
 * found. */
export const TITLE_CASE_LINK_WORDS: ReadonlySet<string> = new Set([...without(LINK_WORDS, 'in')].map(w => w[0].toUpperCase() + w.slice(1)));

/** Offices a title names ("Prime Minister", "Gov.", "Mayor"). */
// (a territory's head too, the Administrator of an Australian external territory and the Prefect of a French one:
// "According to the Administrator, the island uses about 2.1 million litres of fuel a year" after "The Administrator, Mr
// NAME, said …" (a Norfolk Islander-style probe, test/fixtures/outlets nf-norfolkislander-fuel-shipping-delay.txt,
// s45-probes-ye) and "According to the Prefect, the State had already financed …" after "…, Prefect NAME, said …"
// (wf-wallisfutuna1ere-electricity-tariff.txt) were names "Administrator" and "Prefect", attribution/accordingTo.ts officeAlone)
export const OFFICES: ReadonlySet<string> = new Set(['minister', 'president', 'secretary', 'chancellor', 'premier', 'governor', 'mayor', 'taoiseach', 'tánaiste', 'treasurer', 'adviser', 'advisor', 'naalakkersuisoq', 'tavana', 'administrator', 'prefect']);
/** The last word of an office's title ("Prime Minister", "Attorney General", "House Speaker", "Ceann Comhairle"): also
 * "general", "speaker", "comhairle", which end a title and are no office alone; "senator" as found. */
export const OFFICE_HEADS: ReadonlySet<string> = new Set([...OFFICES, 'general', 'speaker', 'comhairle', 'manager']);
/** A city councillor's titles, as written ("Coun. Joel Abramowitz-Tran", "Councilwoman Ana Ruiz"). */
const COUNCILLOR_TITLES = ['councillor', 'councilor', 'councilman', 'councilwoman', 'councilmember', 'coun', 'coun.', 'cllr', 'cllr.'];
/**
 * Words of a title that name an office, as written -> the office ("Gov." and "governor" are one): also "senator",
 * "speaker" ("Speaker Paul Ryan" is not "the Ohio senator") and a councillor's ("Coun. Joel Abramowitz-Tran" is not
 * "the mayor").
 */
export const OFFICE_OF: Readonly<Record<string, string>> = {
  ...Object.fromEntries([...OFFICES, 'senator', 'speaker'].map(w => [w, w])),
  ...Object.fromEntries(COUNCILLOR_TITLES.map(w => [w, 'councillor'])),
  gov: 'governor', 'gov.': 'governor', sen: 'senator', 'sen.': 'senator',
  // (a judge's title too: "When the judge asked whether he wished to speak, Saleh-Dorsey stood … “…,” he said" after
  // "told Justice Helen Kwan-Morrison", a National Post-style probe, test/fixtures/outlets ca-np-court-victim-impact.txt,
  // where "the judge" was the defence lawyer, the subject of the sentence before, out of salience's reach of her)
  judge: 'judge', justice: 'judge',
};

/** Object pronouns that may stand for a person ("told him", "endorsed them"): "it" stands for a thing. */
export const PERSON_OBJECT_PRONOUNS: ReadonlySet<string> = without(OBJECT_PRONOUNS, 'it');
/** Reflexive pronouns ("himself", "itself"). */
export const REFLEXIVE_PRONOUNS: ReadonlySet<string> = new Set(['himself', 'herself', 'themselves', 'itself']);
/** Object and reflexive pronouns: a verb's object ("to tell him", "calling himself"). */
export const OBJECT_AND_REFLEXIVE_PRONOUNS: ReadonlySet<string> = new Set([...OBJECT_PRONOUNS, ...REFLEXIVE_PRONOUNS]);
/** Who a cue may be told to, a person's object pronoun or a plural of the public ("told reporters", "warned voters"). */
export const HEARERS: ReadonlySet<string> = new Set([...PERSON_OBJECT_PRONOUNS, 'reporters', 'supporters', 'voters', 'viewers', 'listeners', 'readers',
  'followers', 'donors', 'lawmakers', 'journalists', 'students', 'members', 'people', 'everyone']);
/** Possessive determiners but "your", as found. */
export const POSSESSIVES_BUT_YOUR: ReadonlySet<string> = without(POSSESSIVE_DETERMINERS, 'your');

/** Words that end a subject, a clause of its own beginning: relatives, subordinators, coordinators and "than". */
export const SUBJECT_ENDS: ReadonlySet<string> = new Set([...RELATIVES, 'if', 'when', 'while', 'because', 'although', 'though', 'as', 'since',
  'and', 'but', 'or', 'than']);
/** The same and the subject pronouns and "there", which open a clause of their own after a description ("the plan he"). */
export const SUBJECT_ENDS_AND_PRONOUNS: ReadonlySet<string> = new Set([...SUBJECT_ENDS, ...PERSON_PRONOUNS, ...OTHER_PRONOUNS, 'there']);

/** "be" in every form ("be", "was", "been"). */
export const BE_AND_FORMS: ReadonlySet<string> = new Set([...BE_FORMS, 'be']);
/** Verbs of impression, "seem" and "appear" ("X seems to …", "appeared confident"). */
export const SEEM_FORMS: readonly string[] = ['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared'];
/**
 * Linking verbs, which tie a subject to the adjective after them: "be" in every form, "seem", "appear", "remain",
 * "feel", "grow", "become" ("Caucus-goers were slightly more likely to say", "they remain confident that", "are less
 * confident in").
 */
export const LINKING_VERBS: ReadonlySet<string> = new Set([...BE_AND_FORMS, 'am', ...SEEM_FORMS, 'remain', 'remains', 'remained', 'feel', 'feels', 'felt',
  'grow', 'grew', 'become', 'became']);
/** The auxiliaries of a passive, "be" in every form and "get" ("was criticized", "got fired"). */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set([...BE_AND_FORMS, 'get', 'got']);

/** The forms of "say" ("says", "saying"). */
export const SAY_FORMS: ReadonlySet<string> = new Set(['say', 'says', 'said', 'saying']);
/** The finite forms of "tell", whose subject stands before them ("told", not "telling"). */
export const FINITE_TELL_FORMS: ReadonlySet<string> = without(TELL_FORMS, 'telling');
/** The finite forms of "say" and "tell", whose bare complement a clause rule reads ("said he would"). */
export const FINITE_SAY_TELL_FORMS: ReadonlySet<string> = new Set([...without(SAY_FORMS, 'saying'), ...FINITE_TELL_FORMS]);
/** "say" and the verbs of a reply, before a one-word answer ("said no", "replied yes"). */
export const ANSWER_CUES: ReadonlySet<string> = new Set([...SAY_FORMS, 'answered', 'replied']);

/** What opens an indirect question ("asked whether …", "asked whom …"): the wh-words and "whom". */
export const QUESTION_OPENERS: ReadonlySet<string> = new Set([...WH_WORDS, 'whom']);

/** Quantifiers that stand for people or things as a clause's subject ("all agree", "none was"): also "all", "none",
 * "each". */
export const QUANTIFIER_CLAUSE_SUBJECTS: ReadonlySet<string> = new Set([...QUANTIFIER_SUBJECTS, 'all', 'none', 'each']);

/** Say-verbs whose subject may follow them at a content's end ("…, said Mirsky."): also "say"; "asks", "replied",
 * "tweeted", "reports", "read", "reads", "posted", "countered", "offered" left out as found. */
export const TAIL_INVERTING: ReadonlySet<string> = new Set([...without(INVERTING, 'asks', 'replied', 'tweeted', 'reports', 'read', 'reads', 'posted', 'countered', 'offered'), 'say']);

/** Determiners of something the article has named before ("the statement", "this report", "that campaign"). */
export const DEFINITE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that']);
/** The same but "this", as found ("the campaign", "that campaign"). */
export const DEFINITE_BUT_THIS: ReadonlySet<string> = without(DEFINITE_DETERMINERS, 'this');
/** Possessive determiners of one person ("his", "her"). */
export const SINGULAR_PERSONAL_POSSESSIVES: ReadonlySet<string> = without(PERSONAL_POSSESSIVES, 'their');

/** Prepositions inside a capitalised name ("Department of Health", "Society for Acute Medicine"). */
export const NAME_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for']);
/** Lowercase words inside a body's name: also "and" ("Department of Health and Human Services"). */
export const BODY_NAME_JOINERS: ReadonlySet<string> = new Set([...NAME_PREPOSITIONS, 'and']);
/** Prepositions that tie a description to the body it speaks for ("a spokesman for the Ministry of Defence"): the
 * role prepositions but "from", as found. */
export const OWNER_PREPOSITIONS: ReadonlySet<string> = without(ROLE_PREPOSITIONS, 'from');

/** Conjunctions a sentence may open with before its subject or content ("But the other candidate …", "And"). */
export const OPENING_CONJUNCTIONS: ReadonlySet<string> = new Set(['but', 'and', 'yet', 'so']);
/** The same and "Still" ("Still, the poll shows …"), before a content. */
export const CONTENT_OPENING_CONJUNCTIONS: ReadonlySet<string> = new Set([...OPENING_CONJUNCTIONS, 'still']);

/** The forms of "show" ("a poll shows", "would show voters"). */
export const SHOW_FORMS: ReadonlySet<string> = new Set(['show', 'shows', 'showed', 'shown', 'showing']);
/** The forms of "show" whose object may be a hearer ("would show voters he is serious"); "shown" left out as found. */
export const HEARER_SHOW_FORMS: ReadonlySet<string> = without(SHOW_FORMS, 'shown');

/**
 * Determiners of one thing or one person not named yet: the indefinite articles, "one" and "another" ("A Treasury
 * source", "One cabinet minister", "…, another moment seized upon …").
 */
export const ONE_DETERMINERS: ReadonlySet<string> = new Set([...INDEFINITE_ARTICLES, 'another', 'one']);
/**
 * Determiners that stand alone as a subject when a mark follows them ('"…," tweeted another.', PolNeAR train
 * wash-post_2016-05-19: another of the supporters just quoted).
 */
export const STANDALONE_DETERMINERS: ReadonlySet<string> = new Set(['another', 'one']);
/** Determiners of a source the article does not name ("a protester", "one GOP source", "some voters"): the indefinite
 * articles, the quantifier subjects and "one", "another", "other", "two", "three". */
export const UNNAMED_SOURCE_DETERMINERS: ReadonlySet<string> = new Set([...INDEFINITE_ARTICLES, ...QUANTIFIER_SUBJECTS, 'one', 'another', 'other', 'two', 'three']);
/**
 * Nouns for an unnamed source the article says is close to someone ("a source close to the minister", "a person close
 * to …", "an official close to …"): the name set off after them is that someone's, no speaker's
 * (./attribution/apposition.ts closeToSourceAt, read by the apposition rule and by people/track.ts).
 */
export const CLOSE_SOURCE_NOUNS: ReadonlySet<string> = new Set(['source', 'sources', 'person', 'people', 'official', 'insider', 'ally', 'allies', 'friend']);
/** A copula or "as" before "a …": a predicate ("Trump is a businessman", "served as a senator"), not someone new: "be"
 * in every form, "becomes", "became", "remains", "remained" and "as". */
export const PREDICATE_OPENERS: ReadonlySet<string> = new Set([...BE_AND_FORMS, 'becomes', 'became', 'remains', 'remained', 'as']);
/** Lowercase words that join the capitalised words of one name ("Bureau of Investigation", "bin Laden", "Barnes &
 * Noble", the First Nation "Tk'emlúps te Secwépemc"): the name prepositions, "the", "on", "&", "te" and the particles
 * but "el", "di", "den", as found. */
// (probes-zz: "del" joins too, "Its president, Laura del Castillo Pérez, said the private sector supported …", a Dominican
// Today-style probe, do-dominicantoday-blackouts-electricity-rates, where the source was "Its president")
export const NAME_JOINERS: ReadonlySet<string> = new Set([...NAME_PREPOSITIONS, 'the', 'on', '&', 'te', ...without(SURNAME_PARTICLES, 'el', 'di', 'den')]);

/** The subject pronouns of a person and "it" (he, she, i, they, we, you, it): a pronoun as a whole source. */
export const PRONOUN_SUBJECTS: ReadonlySet<string> = new Set([...PERSONAL_SUBJECT_PRONOUNS, 'it']);
/** Subjects that open a clause after the hearer of "show" ("would show voters he is serious"): also "it", "that". */
export const SHOWN_SUBJECTS: ReadonlySet<string> = new Set([...PERSONAL_SUBJECT_PRONOUNS, 'it', 'that']);

/** Marks that may stand between a quote and its subject and cue ('“…,” she said', '“…” — said'): a comma or a dash
 * but "--", as found. */
export const INNER_MARKS: ReadonlySet<string> = new Set([',', ...without(DASHES, '--')]);
/** Marks between a lead-in and its quote ('said: “', 'said, “', 'said — “'): the same and a colon. */
export const LEAD_IN_MARKS: ReadonlySet<string> = new Set([...INNER_MARKS, ':']);
/** A comma or a dash, a hyphen standing as one too: an opening clause has ended. */
export const CLAUSE_MARKS: ReadonlySet<string> = new Set([',', ...DASH_TOKENS]);

/** What opens the subject of a second reporter after "and", "but" ("… and more than 4 in 10 said", "but some officials
 * said"): the articles, the subject quantities but "few", "both", "all", and "others", "other", "more". */
export const SECOND_SUBJECT_OPENERS: ReadonlySet<string> = new Set([...ARTICLES, ...without(SUBJECT_QUANTITIES, 'few', 'both', 'all'), 'others', 'other', 'more']);

/** Words other than an adverb in -ly that open an aside between a cue and its "that" ("said twice", "said Monday",
 * "said during …"): the days named and of the week, adverbs of time and order, and prepositions of time and means. */
export const ASIDE_OPENERS: ReadonlySet<string> = new Set([...WEEKDAYS, ...RELATIVE_DAYS, 'however', 'twice', 'again', 'once', 'repeatedly', 'later',
  'earlier', 'last', 'this', 'following', 'after', 'before', 'during', 'per', 'through', 'via', 'without', 'amid', 'since', 'over', 'under', 'long']);
/** Marks an aside between a cue and its "that" may hold: a comma, a dash, parentheses. */
export const ASIDE_MARKS: ReadonlySet<string> = new Set([...CLAUSE_MARKS, '(', ')']);
/** Words that open a clause of their own between a cue and its "that" (the gap is no aside then): the relatives after
 * a comma, the wh-words, "because", "while", "although", "though", the coordinators "and", "but", "or", "so", "than"
 * and "to". */
export const GAP_CLAUSE_WORDS: ReadonlySet<string> = new Set([...COMMA_RELATIVES, ...WH_WORDS, 'because', 'while', 'although', 'though', 'and', 'but', 'or',
  'so', 'than', 'to']);

/** The finite forms of "be" and the present of "have", each a clause's finite verb ("it is", "they have"). */
export const FINITE_BE_HAVE: ReadonlySet<string> = new Set([...without(BE_FORMS, 'being', 'been'), 'has', 'have']);
/** The tensed forms of "be" and "have", "had" with them: an auxiliary that opens a verb phrase of its own ("and is not", "and has said"). */
export const TENSE_OF_BE_OR_HAVE: ReadonlySet<string> = new Set([...FINITE_BE_HAVE, 'had']);

/** The coordinators and "or" ("and", "but", "or"). */
export const COORDINATORS_AND_OR: ReadonlySet<string> = new Set([...COORDINATORS, 'or']);
/** Coordinators after a comma that open a new clause (", and when …", ", but if …"): the opening conjunctions but
 * "yet", as found. */
export const CLAUSE_COORDINATORS: ReadonlySet<string> = without(OPENING_CONJUNCTIONS, 'yet');
/** Words after a one-word answer that open the next clause ("said no while …", "replied yes and"): the clause openers
 * but "as", as found. */
export const ANSWER_ENDS: ReadonlySet<string> = without(CLAUSE_OPENERS, 'as');

/** Words after a source's closing comma that open an apposition or a relative clause of the source, not more content
 * ("…, according to Smith, who …", "…, a spokesman"): the relatives after a comma but "whom", and "a", "an". */
export const APPOSITION_OPENERS: ReadonlySet<string> = new Set([...COMMA_RELATIVES_BUT_WHOM, ...INDEFINITE_ARTICLES]);
/** The relatives, "the" and the possessive determiners: after one, a closing comment has its head ("…, the only one"). */
export const RELATIVES_AND_DEFINITE: ReadonlySet<string> = new Set([...RELATIVES, 'the', ...POSSESSIVE_DETERMINERS]);

/** Verbs that name their object with the quote after it ("called a report … “outrageous”", "calling the reports ''…''"). */
export const NAMING_VERBS: ReadonlySet<string> = new Set(['call', 'calls', 'called', 'calling', 'dubbed', 'dubbing', 'labeled', 'labelled', 'labeling', 'branded', 'branding']);

/** Participles that name something, whose "by" phrase is the namer ("labeled as a “witch hunt” by Democrats"). */
export const NAMING_PARTICIPLES: ReadonlySet<string> = new Set(['called', 'labeled', 'labelled', 'dubbed', 'known', 'seen', 'described', 'branded', 'termed', 'derided', 'nicknamed']);

// Word classes the rules ask about every token, read off the token (../text/wordClasses.ts: `inClass(tok, CUE)`):
// each is the set it is made of (above).
export const DASH = wordClass(DASHES);
export const DASH_TOKEN = wordClass(DASH_TOKENS);
export const CUE = wordClass(CUES);
export const BELIEF_VERB = wordClass(BELIEF_VERBS);
export const BARE_VERB = wordClass(BARE_VERBS);
export const SPEECH_NOUN = wordClass(SPEECH_NOUNS);
export const ANSWER_CUE = wordClass(ANSWER_CUES);
export const FINITE_SAY_TELL_FORM = wordClass(FINITE_SAY_TELL_FORMS);
export const INFINITIVE_VERB = wordClass(INFINITIVE_VERBS);
export const AUXILIARY = wordClass(AUXILIARIES);
export const IRREGULAR_PAST_FORM = wordClass(IRREGULAR_PAST);
export const NAME_JOINER = wordClass(NAME_JOINERS);
export const NOT_NAME_WORD = wordClass(NOT_NAME);

/** Party words and the party each names ("Republican", "GOP", "Democratic"). */
export const PARTY_WORDS: Record<string, string> = { republican: 'R', gop: 'R', democratic: 'D', democrat: 'D', libertarian: 'L' };
