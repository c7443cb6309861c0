'use strict';
// The JavaScript side of JsRegexDifferentialIT: reads a JSON array of {pattern, inputs[]} on stdin
// and prints, for each case, the array of new RegExp(pattern).test(input) answers, or {error} with
// the SyntaxError's message when JavaScript refuses the pattern. No flags, as catalog patterns.
const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk));
process.stdin.on('end', () => {
  const cases = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  const answers = cases.map(({ pattern, inputs }) => {
    let regex;
    try {
      regex = new RegExp(pattern);
    } catch (e) {
      return { error: String(e.message) };
    }
    return inputs.map((input) => regex.test(input));
  });
  process.stdout.write(JSON.stringify(answers));
});
