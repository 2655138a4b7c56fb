import type { Note } from './collect-notes.ts';
import type { Fact } from './operation-facts.ts';

export const FACTS_TITLE = 'mediagen facts';

/**
 * The facts and assumptions as a Markdown block appended to a description. Each line of a note is
 * joined into one, so a YAML block scalar cannot break the list.
 */
export function factsMarkdown(facts: readonly Fact[], notes: readonly Note[]): string {
  const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
  const lines = facts.flatMap((fact) => [
    `- **${fact.label}:** ${oneLine(fact.text)}`,
    ...(fact.items ?? []).map((item) => `  - ${oneLine(item)}`),
  ]);
  const assumed =
    notes.length === 0
      ? ['- **Assumptions:** none: every fact above is as the provider documents it.']
      : [
          `- **Assumptions** (${notes.length}), where the provider doc is silent or ambiguous:`,
          ...notes.map(({ where, note }) => `  - \`${where}\`: ${oneLine(note)}`),
        ];
  return [
    '---',
    '',
    `**${FACTS_TITLE}**, from the spec's \`x-mediagen-*\` extensions, as the mediagen client applies them:`,
    '',
    ...lines,
    ...assumed,
  ].join('\n');
}
