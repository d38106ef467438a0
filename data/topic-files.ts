/**
 * The built-in topic files as raw JSON, unchecked: what the pack checks and the options page compare
 * a reader's files with. The JSON is imported statically so Vite bundles it into the extension and
 * tsx/Vitest read it in Node with no file-system code. The extension takes the checked topics from
 * the build (`virtual:caveat/full-kb`); data/kb.ts checks these files when it loads, which the
 * background and the options page need not pay for.
 */

import type { TopicFile } from './schema';
import deepseek from './topics/deepseek.json';
import exportControls from './topics/export-controls.json';
import nvidia from './topics/nvidia.json';

/** The built-in topic files as raw JSON, in display order (deepseek, nvidia, export-controls). */
export const BUILT_IN_TOPIC_FILES: readonly TopicFile[] = Object.freeze([
  { file: 'data/topics/deepseek.json', json: deepseek },
  { file: 'data/topics/nvidia.json', json: nvidia },
  { file: 'data/topics/export-controls.json', json: exportControls },
]);
