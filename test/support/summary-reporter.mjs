// Ends the run with one plain line, `Tests: N passed, N failed, N skipped`, over every engine, so a
// log reader need not add up the per-browser progress lines. A test file that failed to load (a
// session error with no results) counts as one failure.
export function summaryReporter() {
  return {
    stop({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) skipped++;
          else if (test.passed) passed++;
          else failed++;
        }
        for (const child of suite.suites) walk(child);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        if (!session.passed && session.errors.length) failed += session.errors.length;
      }
      // Printed as the process ends, after the runner's own closing progress lines.
      process.once('exit', () => console.log(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped`));
    },
  };
}
