/**
 * Test files run in name order, or reversed with TEST_ORDER=reverse: no file may depend on another's data or on
 * running before or after it, and a reversed run shows whether one does.
 */
const Sequencer = require('@jest/test-sequencer').default;

class OrderedSequencer extends Sequencer {
  sort(tests) {
    const sorted = [...tests].sort((a, b) => a.path.localeCompare(b.path));
    return process.env.TEST_ORDER === 'reverse' ? sorted.reverse() : sorted;
  }
}

module.exports = OrderedSequencer;
