// `npm run bench`: every measurement of the project, each reported as medians with its baseline
// from the same run.
import { runMatcherBench } from './matcher-bench';
import { runSearchBench } from './search-bench';
import { runStorageBench } from './storage-bench';
import { runBotBench } from './bot-bench';
import { runTabBench } from './tab-bench';
import { runBundleBench } from './bundle-bench';
import { runMyChoicesBench } from './my-choices-bench';
import { runCliBench } from './cli-bench';
import { runMetricsBench } from './metrics-bench';
import { runDashboardBench } from './dashboard-bench';
import { runHealthBench } from './health-bench';
import { printFigures } from './measure';

type Bench = { name: string; run: () => Record<string, unknown> | Promise<Record<string, unknown>> };

const benches: Bench[] = [
  { name: 'matcher', run: runMatcherBench },
  { name: 'search', run: runSearchBench },
  { name: 'storage', run: runStorageBench },
  { name: 'bot', run: runBotBench },
  { name: 'health', run: runHealthBench },
  { name: 'tab', run: runTabBench },
  { name: 'bundle', run: runBundleBench },
  { name: 'my-choices', run: runMyChoicesBench },
  { name: 'cli', run: runCliBench },
  { name: 'metrics', run: runMetricsBench },
  { name: 'dashboard', run: runDashboardBench },
];

async function main() {
  const only = process.argv[2];
  for (const bench of benches) {
    if (only && bench.name !== only) continue;
    console.log(`\n## ${bench.name}`);
    const figures = await bench.run();
    printFigures(figures);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
