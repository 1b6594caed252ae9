/**
 * Reported speech around a quoted fragment (src/core/reported/aroundQuote.ts, #16's mixed quotes): the writer's words
 * around a lower-case quotation whose own cue stands before it are reported speech of the quotation's speaker, and the
 * quotation stays a direct quote. PolNeAR train sentences.
 */
import * as assert from 'assert';
import { analyzeQuotes } from '../../src/core/quotes';
import { reported } from './helpers';

/** The reported content whose cue is `cue`, with its speaker's mention. */
function around(text: string, cue: string): { content: string; mention: string | null } | undefined {
  const r = reported(text).find(x => x.cue === cue);
  return r && { content: r.content, mention: r.mention };
}

describe('reported speech around a quoted fragment (aroundQuote.ts)', () => {
  it('the clause after the cue holds the fragment: its content, the fragment\'s speaker', () => {
    assert.deepStrictEqual(around('The Washington Post will brand you a liar and NBC News will accuse you of engaging in a “freak out.”', 'accuse'),
      { content: 'you of engaging in a “freak out.”', mention: 'NBC News' });
    assert.deepStrictEqual(around('He asked them “prayerfully consider” the future of their campaigns.', 'asked'),
      { content: 'them “prayerfully consider” the future of their campaigns', mention: 'He' });
    assert.deepStrictEqual(around('Sanders promised Sunday at a Las Vegas rally to end “the excessively wasteful $18 million deportation regime.”', 'promised'),
      { content: 'Sunday at a Las Vegas rally to end “the excessively wasteful $18 million deportation regime.”', mention: 'Sanders' });
  });
  it('the fragment stays a direct quote of the same speaker', () => {
    const quotes = analyzeQuotes('He asked them “prayerfully consider” the future of their campaigns.').quotes;
    const direct = quotes.find(q => q.kind !== 'indirect'), indirect = quotes.find(q => q.kind === 'indirect');
    assert.strictEqual(direct?.text, '“prayerfully consider”');
    assert.ok(direct?.speaker && indirect?.speaker && direct.speaker.name === indirect.speaker.name, JSON.stringify(quotes));
  });
  it('the content ends at the clause\'s "and" or dash after the fragment', () => {
    assert.strictEqual(around('Zimmerman wrote in both listings he was "honored and humbled" to announce the sale of the weapon and set the bidding to start at $5,000.', 'wrote')?.content,
      'in both listings he was "honored and humbled" to announce the sale of the weapon');
    assert.strictEqual(around('He promises the government will help "up-skill" workers - and he makes sure to include coal workers.', 'promises')?.content,
      'the government will help "up-skill" workers');
  });
  it('not a quotation that is the cue\'s whole complement, nor a whole quoted sentence', () => {
    const that = reported('Hillary Clinton is telling customers at a popular breakfast spot that “I need you tomorrow.”');
    assert.ok(!that.some(x => x.content.startsWith('customers')), JSON.stringify(that));
    const capital = reported('Sanders asks at Western High School, “Any questions I can answer?”');
    assert.ok(!capital.some(x => x.content.startsWith('at Western')), JSON.stringify(capital));
  });
  it('not the words after an inverted cue, nor after an inset cue that a quotation opens the sentence before', () => {
    const inverted = reported('“A journalist’s place is to ask questions,” said Ramos, whose new book features interviews with powerful politicians and “rebellious” people.');
    assert.ok(!inverted.some(x => x.content.startsWith('Ramos')), JSON.stringify(inverted));
    const inset = reported("Those who spend their time on ''certain fringes of the internet,'' he said, wind up in a debate that's ''divorced from reality.''");
    assert.ok(!inset.some(x => x.content.startsWith('wind up')), JSON.stringify(inset));
  });
  it('not a pseudo-cleft, "what" before the speaker and a copula between; "what" with no copula is a content', () => {
    const obama = reported("Mr. Trump would drastically worsen, not improve, what Mr. Obama said in Springfield was a ''poisonous political climate that pushes people away from participating in our public life.''");
    assert.ok(!obama.some(x => x.content.startsWith('in Springfield')), JSON.stringify(obama));
    const ask = reported('We want the most evangelical choice. But what we should ask is “who has God anointed?”');
    assert.ok(!ask.some(x => x.content.startsWith('is')), JSON.stringify(ask));
    assert.strictEqual(around('In what he acknowledged as a news conference-ending "rant," Trump lashed out at reporters.', 'acknowledged')?.content, 'as a news conference-ending "rant,"');
  });
  it('an abbreviation or an initial between the cue and the quotation ends no sentence; a stop does', () => {
    assert.strictEqual(around("Speaker Paul D. Ryan, the nation's highest-ranking Republican, on Tuesday called Donald J. Trump's remarks about a Latino judge ''racist,'' an extraordinary indictment.", 'called')?.content,
      "Donald J. Trump's remarks about a Latino judge ''racist,''");
    assert.strictEqual(around("Mr. Scott, who has called Mr. Trump's comments ''racially toxic,'' portrayed his own party's nominee as wrong.", 'called')?.content,
      "Mr. Trump's comments ''racially toxic,''");
    const stop = reported('He called the plan fine. His aides said it was a “disaster” for the party.');
    assert.ok(!stop.some(x => x.cue === 'called' && x.content.includes('disaster')), JSON.stringify(stop));
  });
  it('a quote of the sentence\'s subject or of an "as" clause, its verb one of speech, depiction, blame or charge (PolNeAR train)', () => {
    // (nyt_2016-06-03_no-love-lost-between-trum, huff-post_2016-05-19_these-are-the-peopl, wash-post_2016-05-19_sanders-s-supporter,
    // huff-post_2016-08-12_isis-truther-donald, west-journal_2015-12-21_revealed-what-is)
    assert.deepStrictEqual(around("Meg Whitman, a former candidate for governor in California who now runs Hewlett Packard Enterprise, labeled Mr. Trump ''unfit to be president.'' When Mr. Thiel was revealed as a donor, it was news.", 'labeled'),
      { content: "Mr. Trump ''unfit to be president.''", mention: 'Meg Whitman' });
    assert.strictEqual(around('He passed all background security checks. A friend referred to him as “the most beautiful soul I’ve ever met in my whole life” in a Facebook post.', 'referred')?.content,
      'to him as “the most beautiful soul I’ve ever met in my whole life” in a Facebook post');
    assert.strictEqual(around('They didn\'t have to wonder for long. Bernie Sanders credited Clinton\'s victory to "a closed primary, something I am not all that enthusiastic about, where independents are not allowed to vote." He went on.', 'credited')?.content,
      'Clinton\'s victory to "a closed primary, something I am not all that enthusiastic about, where independents are not allowed to vote."');
    assert.strictEqual(around('Donald Trump did post on Twitter Friday that his claims were “sarcasm” but, boy, that sure took a long time.', 'post')?.content,
      'on Twitter Friday that his claims were “sarcasm”');
    assert.strictEqual(around('They state their goal is to expand “califphate” and also address the territories.', 'state')?.content,
      'their goal is to expand “califphate”');
  });
  it('after an "as" clause, the content opens past its comma (PolNeAR train)', () => {
    // (huff-post_2016-06-08_chuck-grassley-comp, wash-post_2016-03-18_why-obama-s-high-co)
    assert.strictEqual(around('As House Speaker Paul Ryan (R-Wis.) has pointed out, that’s basically the “textbook definition” of racism.', 'pointed')?.content,
      'that’s basically the “textbook definition” of racism');
    assert.strictEqual(around('As The Post\'s Ruth Marcus puts it, Obama is trying to make Republicans "an offer they can\'t afford to refuse."', 'puts')?.content,
      'Obama is trying to make Republicans "an offer they can\'t afford to refuse."');
  });
  it('not another verb of the subject, nor a relative clause whose subject the speaker is (PolNeAR train)', () => {
    // (breitbart_2016-02-18_poll-bernie-san, nyt 2016-07-29 "whom Michelle Obama referred to")
    assert.ok(!reported('Sanders has consistently pushed his promise of “free college” and forcing Wall Street to pay.').some(x => x.cue === 'pushed'));
    const r = reported('The slaves who built the White House, whom Michelle Obama referred to in her prime-time address, were \'\'well fed\'\' and adequately housed.');
    assert.ok(!r.some(x => x.cue === 'referred'), JSON.stringify(r));
  });
  it('not a verb of beginning whose gerund is no verb of saying; one of saying stays (49th session, s49-sc, PolNeAR train)', () => {
    // (usa-today_2016-07-22_drama-doesn-t-slow-partying: no gold over the words)
    const r = reported('"It\'s a sprint," Rep. Glenn Thompson, R-Pa., said of the swirl of convention activities.\nThompson started Thursday listening to the vice presidential nominee, Indiana Gov. Mike Pence, speak at a breakfast before hitting a Rural Electric Cooperative Association gathering and then joining the Republican National Committee for a "unity" lunch.');
    assert.ok(!r.some(x => x.cue === 'started'), JSON.stringify(r));
    assert.strictEqual(around('Thompson started Thursday saying the party needed a "unity" lunch.', 'started')?.content, 'Thursday saying the party needed a "unity" lunch');
  });
  it('not a relative clause after a noun read as the cue; a verb that takes a question keeps it (49th session, s49-sc, PolNeAR train)', () => {
    // (nyt_2016-02-04_polls-miss-trump-s-fall-in-iowa-: the quotation was given to "primary", its cue "state")
    const r = reported('Moderates are vastly overrepresented in the Iowa caucuses. There was no primary state where \'\'very conservative\'\' voters represented a larger share of the electorate in 2012 than they did in Iowa.');
    assert.ok(!r.some(x => x.content.startsWith('where')), JSON.stringify(r));
    const asked = reported('Mr. Sanders asked where \'\'all the money\'\' had gone.');
    assert.ok(asked.some(x => x.content === 'where \'\'all the money\'\' had gone'), JSON.stringify(asked));
  });
});
