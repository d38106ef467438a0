import type { LabelledBlock } from './detection-types';
export const DETECTION_HELD_OUT: readonly LabelledBlock[] = [];
