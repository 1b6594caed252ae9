/** Rule family "signature under the quote" (src/core/quotes/attribution/signatureLine.ts), on HuffPost quote cards from PolNeAR train. */
import * as assert from 'assert';
import { directQuotes } from '../helpers';
import { attributed } from './attributed';

describe('attribution rule: signature under the quote', () => {
  it('a pull quote whose last line names its speaker, inside the marks (PolNeAR train: HuffPost 2016-06-23, 2016-03-10)', () => {
    const baker = 'Clinton’s critique is a typical Democratic line of attack, said Jared Bernstein.\n\n"I worry that we may see a resurgence of Democrats singing the virtues of balanced budgets as Clinton tries to distinguish herself from Trump’s irresponsible tax cuts.\nDean Baker, Center for Economic and Policy Research."\n\nBut Clinton’s broadside leaves room to be interpreted differently.\n';
    assert.deepStrictEqual(attributed(baker, '"I worry'), { mention: 'Dean Baker', rule: 'signature under the quote' });
    const trump = 'He said he would not order it, he told reporters.\n\n"Everybody believes in the Geneva Convention until they start losing and then it’s okay, let’s take out the bomb.\nDonald Trump."\n\nThe remarks drew criticism.\n';
    assert.deepStrictEqual(attributed(trump, '"Everybody'), { mention: 'Donald Trump', rule: 'signature under the quote' });
  });
  it('the signature line is no quote of its own (PolNeAR has none: 8 false positives on train, HuffPost 2016-02-01, 2016-06-09, 2016-06-23, 2016-07-26, 2016-08-12)', () => {
    const bivens = 'Economists disagreed.\n\n"There is a consensus that of course we need to do stimulus.\nJosh Bivens, Economic Policy Institute."\n\nWhether out of genuine agreement or not, the party moved.\n';
    assert.deepStrictEqual(directQuotes(bivens).map(q => [q.text.slice(0, 12), q.speaker?.name ?? null]), [['"There is a ', 'Josh Bivens']]);
  });
  it('not a last line that says something itself, nor one with no name', () => {
    const said = 'Officials spoke.\n\n"We will not stop until the job is done.\nMr. Smith said that again."\n';
    assert.notStrictEqual(attributed(said, '"We will').rule, 'signature under the quote');
    const plain = 'Officials spoke.\n\n"We will not stop until the job is done.\nThe rest is history."\n';
    assert.notStrictEqual(attributed(plain, '"We will').rule, 'signature under the quote');
    const mostly = 'Then she adds: "I will miss the coffee, though. And the talking.\n\n"Mostly the talking."';
    assert.notStrictEqual(attributed(mostly, '"I will').rule, 'signature under the quote');
  });
});
