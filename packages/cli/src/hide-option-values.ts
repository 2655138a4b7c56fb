/**
 * Commander quotes an unknown option as it was typed, `--apikey=sk-…` included: the value glued to
 * it with `=` is dropped from the message, since a mistyped `--api-key=…` carries the key. Pure.
 */
export function hideOptionValues(message: string): string {
  return message.replace(/'(--?[^'=\s]+)=[^']*'/g, "'$1=…'");
}
