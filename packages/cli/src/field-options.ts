/**
 * The spec's fields as commander options on `generate` and `cost`: `--prompt <string>`,
 * `--duration <integer>`, `--sound [boolean]`, `--image_urls <string>` (repeat it, or a JSON
 * array). The help lists each with its kind, its allowed values and whether it is required. A field
 * whose name a command option already takes is left to `--input`.
 */
import { type Command, Option } from 'commander';
import { accumulate, coerceValue } from './coerce-value.js';
import type { JobTarget } from './provider-adapter.js';
import { type Field, fieldsOf } from './schema-fields.js';

function describe(field: Field): string {
  const kind = field.kind === 'array' ? `list of ${field.items}, repeat the flag` : field.kind;
  const values = field.values?.length
    ? `: ${field.values.map((v) => JSON.stringify(v)).join(' | ')}`
    : '';
  return `${field.required ? 'required ' : ''}${kind}${values}`;
}

function optionFor(field: Field): Option {
  const value =
    field.kind === 'boolean'
      ? '[boolean]'
      : `<${field.kind === 'array' ? field.items : field.kind}>`;
  const option = new Option(`--${field.name} ${value}`, describe(field));
  if (field.kind === 'array')
    option.argParser((text, previous) => accumulate(field.items ?? 'json', text, previous));
  else if (field.kind === 'boolean')
    option
      .argParser((text: string | boolean) =>
        typeof text === 'string' ? coerceValue('boolean', text) : text,
      )
      .preset(true);
  else option.argParser((text) => coerceValue(field.kind, text));
  return option;
}

/** Adds the target's fields to `command`; returns a reader of the given values by field name. */
export function addFieldOptions(
  command: Command,
  target: JobTarget,
): (command: Command) => Record<string, unknown> {
  const taken = new Set(command.options.map((o) => o.attributeName()));
  const added = fieldsOf(target.schema)
    .map((field) => ({ field, option: optionFor(field) }))
    .filter(
      ({ option }) => !taken.has(option.attributeName()) && !option.long?.startsWith('--no-'),
    );
  for (const { option } of added) option.helpGroup(`${target.name} fields (from the spec):`);
  for (const { option } of added) command.addOption(option);
  return (parsed) => {
    const values = parsed.opts();
    return Object.fromEntries(
      added.flatMap(({ field, option }) => {
        const value = values[option.attributeName()];
        return value === undefined ? [] : [[field.name, value]];
      }),
    );
  };
}
