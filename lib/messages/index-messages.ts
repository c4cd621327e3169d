/** Messages about the active index (owned by the index feature). */
export const indexMessages = {};
