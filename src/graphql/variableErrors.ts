/**
 * graphql-js refuses a variable before any resolver runs, with the path only inside its message:
 * `Variable "$input" got invalid value "MAYBE" at "input.stance"; Value "MAYBE" does not exist in "StanceCode" enum.`
 * This recovers the field path (in the form extensions.field uses everywhere) and the reason. The value
 * is quoted as JSON in the message, so a `"` inside it is escaped and cannot be mistaken for the path.
 */
const AT = / at "([A-Za-z_][\w.[\]]*)"; /g;
const VARIABLE = /^Variable "\$([A-Za-z_]\w*)"/;
const NAMED_FIELD = /; (Field "([A-Za-z_]\w*)" (?:of required type|is not defined by type) .*)$/s;

export function variableError(message: string): { field: string; reason: string } | null {
  const variable = VARIABLE.exec(message);
  if (!variable) return null;
  const at = [...message.matchAll(AT)].at(-1);
  const base = at ? at[1] : variable[1];
  const named = NAMED_FIELD.exec(message);
  if (named && (!at || named.index >= at.index!)) return { field: `${base}.${named[2]}`, reason: named[1] };
  return { field: base, reason: at ? message.slice(at.index! + at[0].length) : message };
}
