/** Messages about notes (owned by the notes feature). */
export const notesMessages = {};
