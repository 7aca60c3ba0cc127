/**
 * Remembering pure functions of text. The reader asks the same questions of the same strings many
 * times over (a heading's title is tested as a label once per list item under it; a cell is folded
 * by every recognizer that looks at it), so the answers are kept: per string, in a bounded map that
 * is emptied when full, so memory stays flat on any document. Only functions whose answer depends
 * on nothing but their arguments may be remembered; a list or vocabulary argument is keyed by its
 * identity (vocabularies are built once and never changed).
 */

/** Strings longer than this are not remembered: long texts are rarely asked about twice. */
const LONGEST_KEY = 2000;

/** Entries kept before a memo starts again from empty. */
const CAPACITY = 4096;

/** Whether memos remember; `--no-cache` turns them off with every other cache (see rememberTexts). */
let remembering = true;

/**
 * Turns the memos on or off for the rest of the process. Answers are the same either way (the
 * functions are pure); off, every question is answered afresh, which `--no-cache` asks for so a
 * run can be compared with one that uses no cache of any kind.
 */
export function rememberTexts(on: boolean): void {
  remembering = on;
}

/** `fn` of one string, answered from memory for strings seen lately. */
export function memoText<R>(fn: (text: string) => R): (text: string) => R {
  const seen = new Map<string, R>();
  return (text) => {
    if (!remembering || text.length > LONGEST_KEY) return fn(text);
    const known = seen.get(text);
    if (known !== undefined || seen.has(text)) return known as R;
    const value = fn(text);
    if (seen.size >= CAPACITY) seen.clear();
    seen.set(text, value);
    return value;
  };
}

/** `fn` of a string and an object (a word list, a vocabulary), remembered per object. */
export function memoTextWith<K extends object, R>(fn: (text: string, key: K) => R): (text: string, key: K) => R {
  const byKey = new WeakMap<K, (text: string) => R>();
  return (text, key) => {
    let memo = byKey.get(key);
    if (memo === undefined) {
      memo = memoText((t) => fn(t, key));
      byKey.set(key, memo);
    }
    return memo(text);
  };
}

/** `build` run once per object (a vocabulary's regular expressions, its indexes), then remembered. */
export function oncePer<K extends object, V>(build: (key: K) => V): (key: K) => V {
  const built = new WeakMap<K, V>();
  return (key) => {
    let value = built.get(key);
    if (value === undefined) {
      value = build(key);
      built.set(key, value);
    }
    return value;
  };
}
