/**
 * A Strapi in a forked child process (the benches' children, the tests' instances): tells the parent over the IPC
 * channel when it is ready or failed, and stops Strapi on the way out — on SIGTERM/SIGINT (createStrapi's own
 * handlers) or when the parent goes away.
 */
'use strict';

function childLifecycle() {
  let strapi;
  let stopping = false;
  const send = (message) => process.send && process.send(message);
  async function stop(code) {
    if (stopping) return;
    stopping = true;
    try {
      if (strapi) await strapi.destroy();
    } finally {
      process.exit(code);
    }
  }
  process.on('disconnect', () => stop(0));
  return {
    send,
    /** The Strapi to stop on the way out. */
    adopt: (instance) => (strapi = instance),
    /** Runs the child's start; a failure is told to the parent, then the child stops. */
    run: (main) =>
      main().catch((error) => {
        console.error(error);
        send({ type: 'error', message: String((error && error.stack) || error) });
        stop(1);
      }),
  };
}

module.exports = { childLifecycle };
