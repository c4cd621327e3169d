/**
 * Who made a note, as the Web Annotation model's `creator` (section 3.3.3):
 * an agent given by its IRI, or an object with a type (Person, Organization,
 * Software), a name, a nickname, an email (a mailto: IRI) or its SHA-1, and a
 * homepage. Regiolens names nobody by itself: only when the user sets "Your
 * name" in options do exports carry `{type: "Person", name}`. A creator that
 * came with an imported annotation is the note's own, kept and written back
 * as it came (also when the user has set a name: the colleague wrote it).
 *
 * Types and pure functions only; the valibot schema is in ./schema.ts.
 */
import { asList, firstString, isIri, isObject, unknownKeys } from './import-values';

export const AGENT_TYPES = ['Person', 'Organization', 'Software'] as const;
export type AgentType = (typeof AGENT_TYPES)[number];

/** One agent; at least one of `id`, `name`, `nickname` is there. */
export interface NoteCreator {
  id?: string;
  type?: AgentType;
  name?: string;
  nickname?: string;
  /** A mailto: IRI. */
  email?: string;
  email_sha1?: string;
  homepage?: string;
}

/** The bounds of what a creator may carry (schema and import share them). */
export const CREATOR_LIMITS = { creators: 10, name: 200, iri: 2000 } as const;

/** The agent as JSON-LD: its IRI alone when that is all there is, else the object. */
export type WebAnnotationAgent = string | NoteCreator;

const AGENT_KEYS = new Set(['id', 'type', 'name', 'nickname', 'email', 'email_sha1', 'homepage']);

/** Trims and collapses white space; empty becomes undefined. */
function cleanName(value: unknown): string | undefined {
  const text = firstString(value)?.replace(/\s+/gu, ' ').trim();
  return text ? [...text].slice(0, CREATOR_LIMITS.name).join('') : undefined;
}

function cleanIri(value: unknown): string | undefined {
  const text = firstString(value);
  return text !== undefined && text.length <= CREATOR_LIMITS.iri && isIri(text) ? text : undefined;
}

/** The user's name from settings as a creator, or none when it is empty. */
export function creatorFromName(name: string): NoteCreator | undefined {
  const clean = cleanName(name);
  return clean ? { type: 'Person', name: clean } : undefined;
}

/** One agent from a file, or null when nothing of it can be kept; names what was left out. */
function readAgent(raw: unknown, dropped: string[]): NoteCreator | null {
  if (typeof raw === 'string') {
    if (cleanIri(raw)) return { id: raw };
    dropped.push('creator');
    return null;
  }
  if (!isObject(raw)) {
    dropped.push('creator');
    return null;
  }
  const agent: NoteCreator = {};
  const id = cleanIri(raw.id);
  if (id) agent.id = id;
  const type = asList(raw.type).find((item): item is AgentType => AGENT_TYPES.includes(item as AgentType));
  if (type) agent.type = type;
  const name = cleanName(raw.name);
  if (name) agent.name = name;
  const nickname = cleanName(raw.nickname);
  if (nickname) agent.nickname = nickname;
  const email = cleanIri(raw.email);
  if (email?.startsWith('mailto:')) agent.email = email;
  const sha1 = firstString(raw.email_sha1);
  if (sha1 && /^[0-9a-f]{40}$/iu.test(sha1)) agent.email_sha1 = sha1.toLowerCase();
  const homepage = cleanIri(raw.homepage);
  if (homepage) agent.homepage = homepage;
  dropped.push(...unknownKeys(raw, AGENT_KEYS, 'creator.'));
  for (const key of AGENT_KEYS) if (raw[key] !== undefined && !(key in agent)) dropped.push(`creator.${key}`);
  if (!agent.id && !agent.name && !agent.nickname) {
    dropped.push('creator');
    return null;
  }
  return agent;
}

/** The creators of an imported annotation (one value or a list) and the names of what could not be kept. */
export function readCreators(raw: unknown): { creators: NoteCreator[]; dropped: string[] } {
  const dropped: string[] = [];
  const list = asList(raw);
  const creators = list
    .slice(0, CREATOR_LIMITS.creators)
    .map((item) => readAgent(item, dropped))
    .filter((agent): agent is NoteCreator => agent !== null);
  if (list.length > CREATOR_LIMITS.creators) dropped.push('creator');
  return { creators, dropped: [...new Set(dropped)] };
}

/** The creators an export gives a note: its own (imported) ones, else the user's, else none. */
export function creatorsOf(note: { origin?: { creator?: NoteCreator[] } }, user?: NoteCreator): NoteCreator[] {
  const own = note.origin?.creator;
  if (own && own.length > 0) return own;
  return user ? [user] : [];
}

export function agentToJson(agent: NoteCreator): WebAnnotationAgent {
  const keys = Object.keys(agent);
  return keys.length === 1 && agent.id ? agent.id : { ...agent };
}

/** How a person reads an agent: its name, else its nickname, else its IRI. */
export function agentLabel(agent: NoteCreator): string {
  return agent.name ?? agent.nickname ?? agent.id ?? '';
}
