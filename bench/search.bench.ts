/** The search benchmarks in Node (reference only; the budgets apply to bench/browser/search.bench.ts). */
import { searchBenchmarks } from '../tests/fixtures/search/search-bench';

searchBenchmarks('search.node', { withBudgets: false });
