/**
 * Search budgets (issues 5 and 6), in Chromium: per keystroke p95 ≤ 16 ms at the
 * bundled size (55) and at 1,000 entries, 10,000 reported; notes search over
 * 10,000 notes p95 ≤ 30 ms; default fuse.js measured alongside. Build times too.
 * The benchmark body lives in tests/fixtures/search/search-bench.ts (shared with Node).
 */
import { searchBenchmarks } from '../../tests/fixtures/search/search-bench';

searchBenchmarks('search', { withBudgets: true });
