/** The popup's memory of its last query (lib/services/popup-query-memory.ts; a fake in tests). */
export interface QueryMemory {
  /** The last query if it was typed recently, else ''. */
  recall(): Promise<string>;
  remember(query: string): Promise<void>;
}
