/** The in-process benches' timing: a piece of work run `warmups` times unmeasured, then `runs` times measured. */
'use strict';

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function timed(work, runs, warmups = 1) {
  const times = [];
  for (let i = 0; i < runs + warmups; i++) {
    const started = process.hrtime.bigint();
    await work(i);
    if (i >= warmups) times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return { median: median(times), max: Math.max(...times) };
}

module.exports = { median, timed };
