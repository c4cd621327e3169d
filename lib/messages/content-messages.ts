/**
 * Messages the extension sends to a content script (highlighting, reading the
 * selection). The content script checks them just as the background checks its own.
 */
export const contentMessages = {};
