/**
 * What the command line prints comes partly from the inventory (owner and comune names, cell
 * values): an escape sequence hidden in a cell must not recolour, retitle or rewrite the user's
 * terminal. Printed text keeps its line breaks and tabs; every other control character goes.
 */

/** ESC sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ESC \), and two-character ones. */
// eslint-disable-next-line no-control-regex
const ESCAPE_SEQUENCES = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])/g;
/** C0 controls but tab and line feed, DEL, C1 controls (CSI 0x9b included), bidi overrides. */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Text safe to write to a terminal. */
export function safeForTerminal(text: string): string {
  return text.replace(ESCAPE_SEQUENCES, '').replace(CONTROLS, '');
}

/**
 * JSON text whose strings keep every character but show those a terminal would obey as \u
 * escapes (JSON.stringify already escapes C0; C1 and bidi overrides pass through it raw).
 */
export function safeForJson(json: string): string {
  return json.replace(
    /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
