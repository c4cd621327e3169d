/**
 * Most hits one search returns: `limit` is capped at this. Its own module so a
 * view can say "only the N best are shown" without importing the engine.
 */
export const SEARCH_MAX_LIMIT = 200;
