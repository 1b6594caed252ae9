// mocha's spec output on the terminal, plus the run's counts as JSON in the file named by
// NEWS_LENS_MOCHA_SUMMARY, so run-all.mjs sums real numbers instead of reading "N passing" off the text.
const fs = require('node:fs');
const Mocha = require('mocha');

class SpecWithSummary extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const file = process.env.NEWS_LENS_MOCHA_SUMMARY;
      const s = runner.stats;
      if (file) fs.writeFileSync(file, JSON.stringify({ passed: s.passes, failed: s.failures, pending: s.pending }));
    });
  }
}

module.exports = SpecWithSummary;
