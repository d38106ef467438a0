import { describe, expect, it } from 'vitest';
import { luminanceOf } from '../../../page/page-theme';

describe('reading the page background for the auto theme', () => {
  it('measures white as bright and near-black as dark', () => {
    expect(luminanceOf('rgb(255, 255, 255)')).toBeCloseTo(1, 5);
    expect(luminanceOf('rgb(18, 18, 18)')).toBeLessThan(0.02);
  });

  it('treats a transparent background as unknown', () => {
    expect(luminanceOf('rgba(0, 0, 0, 0)')).toBeNull();
    expect(luminanceOf('transparent')).toBeNull();
  });
});
