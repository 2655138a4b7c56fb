import type { Change } from './change.ts';
import type { ProviderReport, Report } from './run-spec-diff.ts';

const MAX_VALUE = 60;

function cell(value: unknown): string {
  if (value === undefined) return '—';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const short = text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
  return `\`${short.replaceAll('|', '\\|').replaceAll('`', "'").replaceAll('\n', ' ')}\``;
}

function where(change: Change): string {
  const file = change.source === 'spec' ? 'openapi.yaml' : 'metadata';
  return `\`${file}#${change.pointer}\``;
}

function gate(p: ProviderReport): string {
  if (p.blocking) return `✗ breaking: needs a \`major\` changeset for \`${p.package}\``;
  if (p.counts.breaking > 0) return `✓ breaking, declared \`major\``;
  return p.status === 'unchanged' ? 'unchanged' : '✓';
}

/**
 * A shared schema changed once shows up under every operation and response that uses it; the
 * comment lists it once, with a count (the JSON keeps every pointer).
 */
function groupRepeats(changes: Change[]): { change: Change; more: number }[] {
  const groups = new Map<string, { change: Change; more: number }>();
  for (const change of changes) {
    const inContent = change.pointer.lastIndexOf('/content/');
    const tail = inContent >= 0 ? change.pointer.slice(inContent) : change.pointer;
    const key = JSON.stringify([
      change.source,
      change.class,
      change.reason,
      tail,
      change.old,
      change.new,
    ]);
    const group = groups.get(key);
    if (group) group.more++;
    else groups.set(key, { change, more: 0 });
  }
  return [...groups.values()];
}

const ORDER = { breaking: 0, review: 1, 'non-breaking': 2 } as const;

function section(p: ProviderReport): string[] {
  if (p.changes.length === 0) return [];
  const rows = groupRepeats(p.changes)
    .sort((a, b) => ORDER[a.change.class] - ORDER[b.change.class])
    .map(({ change: c, more }) => {
      const also = more ? ` and ${more} more like it` : '';
      return `| ${c.class} | ${c.reason} | ${where(c)}${also} | ${cell(c.old)} | ${cell(c.new)} |`;
    });
  const lines = [
    '',
    `### ${p.provider} (${p.status})`,
    '',
    '| class | change | pointer | old | new |',
    '|---|---|---|---|---|',
    ...rows,
  ];
  if (p.disagreements.length) {
    lines.push('', 'The TypeScript checker disagrees (old request → new, new response → old):', '');
    for (const d of p.disagreements) {
      lines.push(
        `- \`${d.operation}\` ${d.side}: structural ${d.structural}, types ${d.typescript}. ${d.note}.`,
      );
    }
  }
  return lines;
}

/** The report as a pull-request comment. */
export function renderMarkdown(report: Report): string {
  const { base } = report;
  if (base.kind === 'unavailable')
    return `## Spec diff\n\nNo base to compare against: ${base.why}.\n`;
  const from = base.kind === 'commit' ? `\`${base.ref}\` (${base.why})` : `nothing (${base.why})`;
  const lines = [
    '## Spec diff',
    '',
    `Base: ${from}, against the working tree.`,
    '',
    '| provider | breaking | review | non-breaking | gate |',
    '|---|---|---|---|---|',
    ...report.providers.map(
      (p) =>
        `| ${p.provider} | ${p.counts.breaking} | ${p.counts.review} | ${p.counts['non-breaking']} | ${gate(p)} |`,
    ),
    ...report.providers.flatMap(section),
  ];
  const blocking = report.providers.filter((p) => p.blocking);
  if (blocking.length) {
    lines.push(
      '',
      '### To land these breaking changes',
      '',
      'Add a changeset that declares a major bump for each package, e.g. `.changeset/<name>.md`:',
      '',
      '```md',
      '---',
      ...blocking.map((p) => `"${p.package}": major`),
      '---',
      '',
      'What breaks for users, and what they change.',
      '```',
    );
  }
  return `${lines.join('\n')}\n`;
}
