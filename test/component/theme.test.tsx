import { describe, expect, it } from 'vitest';
import themeCss from '../../renderer/styles/theme.css?raw';
import { partyRed } from '../../renderer/theme/theme';

function cssVariable(name: string): string | undefined {
  return new RegExp(`${name}:\\s*([^;]+);`).exec(themeCss)?.[1]?.trim();
}

const luminance = (hex: string) => {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
};
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};

describe('the theme', () => {
  it('declares the same party red in the stylesheet as in the Mantine theme', () => {
    partyRed.forEach((shade, index) => expect(cssVariable(`--mantine-color-party-${index}`)).toBe(shade));
  });

  it('keeps text at WCAG AA contrast or better', () => {
    const white = '#ffffff';
    expect(contrast(white, partyRed[6])).toBeGreaterThanOrEqual(4.5);
    expect(contrast(white, partyRed[7])).toBeGreaterThanOrEqual(4.5);
    for (const variable of ['--mantine-color-text', '--mantine-color-dimmed', '--mantine-color-error']) {
      expect(contrast(white, cssVariable(variable) ?? white), variable).toBeGreaterThanOrEqual(4.5);
    }
    // Control outlines (WCAG 1.4.11: 3:1).
    expect(contrast(white, cssVariable('--mantine-color-gray-4') ?? white)).toBeGreaterThanOrEqual(3);
  });

  it('never sets text smaller than 15px', () => {
    for (const size of ['xs', 'sm', 'md', 'lg', 'xl']) {
      const rem = /calc\(([\d.]+)rem/.exec(cssVariable(`--mantine-font-size-${size}`) ?? '')?.[1];
      expect(Number(rem) * 16, size).toBeGreaterThanOrEqual(15);
    }
  });
});
