/**
 * The one shape of a sentence a user can see: a key, its Italian and English text, and named
 * placeholders (`{percent}`) that the call must fill. Tables are declared with `defineMessages`;
 * the TypeScript types read the placeholders out of the texts, so a message with `{percent}`
 * needs `{ percent }` at the call, and an English text with other placeholders than the Italian
 * one does not compile. The engine keeps keys and values; the front doors render them with
 * `format` in the user's language.
 */
import type { Language } from '../language';
import { formatDecimal } from '../numbers';

export type { Language };

/** The two texts of a sentence, already rendered or written as they are. */
export interface Bilingual {
  readonly it: string;
  readonly en: string;
}

/** A placeholder's value: a number (written in the language's notation), a text, or a text per language. */
export type Value = string | number | Bilingual;

/** The placeholder names of a text: 'La quota {name} vale {value}' -> 'name' | 'value'. */
export type NamesOf<Text extends string> = Text extends `${string}{${infer Name}}${infer Rest}`
  ? Name | NamesOf<Rest>
  : never;

export interface Message<Names extends string = string> {
  /** `namespace.key`, stable: tests and logs name a message by it. */
  readonly key: string;
  readonly it: string;
  readonly en: string;
  /** The placeholders, as read from the Italian text. */
  readonly names: readonly string[];
  /** Type only: the placeholders the call must fill. */
  readonly _names?: Names;
}

export type NamesOfMessage<M> = M extends Message<infer Names> ? Names : never;

/** What a call must give: nothing for a message without placeholders, else every placeholder. */
export type ValuesFor<Names extends string> = [Names] extends [never] ? [] : [values: Record<Names, Value>];

interface Entry {
  readonly it: string;
  readonly en: string;
}

type SameNames<E extends Entry> = string extends E['it'] | E['en']
  ? { it: 'a literal text (not built with +), so that its placeholders can be read'; en: string }
  : [NamesOf<E['it']>] extends [NamesOf<E['en']>]
    ? [NamesOf<E['en']>] extends [NamesOf<E['it']>]
      ? E
      : { it: E['it']; en: 'the English placeholders differ from the Italian ones' }
    : { it: E['it']; en: 'the English placeholders differ from the Italian ones' };

export type MessageTable<T extends Record<string, Entry>> = {
  readonly [K in keyof T & string]: Message<NamesOf<T[K]['it']>>;
};

const PLACEHOLDER = /\{(\w+)\}/g;

function namesIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1]))].sort();
}

const TABLES = new Map<string, Readonly<Record<string, Message>>>();

/**
 * A table of messages under a namespace. Both texts must use the same placeholders (checked by
 * the types and again here, so a table built at run time cannot slip either).
 */
export function defineMessages<const T extends Record<string, Entry>>(
  namespace: string,
  table: T & { [K in keyof T]: SameNames<T[K]> },
): MessageTable<T> {
  const messages: Record<string, Message> = {};
  for (const [key, entry] of Object.entries(table as Record<string, Entry>)) {
    const names = namesIn(entry.it);
    const english = namesIn(entry.en);
    if (names.join() !== english.join()) {
      throw new Error(
        `Message ${namespace}.${key}: placeholders {${names.join('}, {')}} in Italian, {${english.join('}, {')}} in English`,
      );
    }
    messages[key] = Object.freeze({ key: `${namespace}.${key}`, it: entry.it, en: entry.en, names });
  }
  if (TABLES.has(namespace)) throw new Error(`Two message tables named ${namespace}`);
  TABLES.set(namespace, messages);
  return messages as MessageTable<T>;
}

/** Every table declared so far, by namespace: for the tests that read every message. */
export function messageTables(): ReadonlyMap<string, Readonly<Record<string, Message>>> {
  return TABLES;
}

function render(value: Value, language: Language): string {
  if (typeof value === 'number') return formatDecimal(value, language);
  if (typeof value === 'string') return value;
  return value[language];
}

/** The message in `language`, its placeholders filled. A missing value is a programming error. */
export function format<Names extends string>(
  message: Message<Names>,
  language: Language,
  ...values: ValuesFor<Names>
): string {
  const given = (values[0] ?? {}) as Record<string, Value | undefined>;
  return message[language].replace(PLACEHOLDER, (whole, name: string) => {
    const value = given[name];
    if (value === undefined || value === null) throw new Error(`Message ${message.key}: no value for {${name}}`);
    return render(value, language);
  });
}

/** Both texts of a message, filled: for the places that keep a sentence in both languages. */
export function bilingual<Names extends string>(message: Message<Names>, ...values: ValuesFor<Names>): Bilingual {
  return { it: format(message, 'it', ...values), en: format(message, 'en', ...values) };
}

/**
 * The `message`/`messageEn` pair older interfaces carry, with the key that made it: the engine's
 * problems and notes keep their key so a front door can tell them apart without reading the text.
 */
export function sentence<Names extends string>(
  message: Message<Names>,
  ...values: ValuesFor<Names>
): { messageKey: string; message: string; messageEn: string } {
  return {
    messageKey: message.key,
    message: format(message, 'it', ...values),
    messageEn: format(message, 'en', ...values),
  };
}

/**
 * A sentence that depends on a count: `one` when it is 1, `other` otherwise (Italian and English
 * agree on that rule). Both messages take the same values; `{count}` is usually one of them.
 */
export function formatCount<One extends string, Other extends string>(
  count: number,
  one: Message<One>,
  other: Message<Other>,
  language: Language,
  ...values: ValuesFor<One | Other>
): string {
  const message = (count === 1 ? one : other) as Message<One | Other>;
  return format(message, language, ...values);
}

/** A table read in one language: a message without placeholders is its text, one with them a function of its values. */
export type BoundMessages<T extends Readonly<Record<string, Message>>> = {
  readonly [K in keyof T]: T[K] extends Message<infer Names>
    ? [Names] extends [never]
      ? string
      : (values: Record<Names, Value>) => string
    : never;
};

/**
 * A table bound to a language, for the places that show many of its messages (the pane, the plan
 * sheet): `pane.readDone({ address, rows })` instead of `format(PANE.readDone, language, {...})`.
 */
export function bindMessages<T extends Readonly<Record<string, Message>>>(
  table: T,
  language: Language,
): BoundMessages<T> {
  const bound: Record<string, string | ((values: Record<string, Value>) => string)> = {};
  for (const [key, message] of Object.entries(table)) {
    bound[key] =
      message.names.length === 0
        ? message[language]
        : (values: Record<string, Value>) => format(message as Message<string>, language, values);
  }
  return bound as BoundMessages<T>;
}

/** A sentence as the engine's problems and notes and the adapter's errors carry it (see `sentence`). */
export interface Sentence {
  readonly message: string;
  readonly messageEn: string;
}

/** That sentence in `language`: the one reader of the `message`/`messageEn` pair. */
export function sentenceText(sentence: Sentence, language: Language): string {
  return language === 'en' ? sentence.messageEn : sentence.message;
}

/** That sentence as both texts, for the places that keep a sentence in both languages. */
export function sentenceBilingual(sentence: Sentence): Bilingual {
  return { it: sentence.message, en: sentence.messageEn };
}
