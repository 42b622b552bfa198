import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFS, PANEL_WIDTH, clampPanelWidth, defaultPanelOpen, layoutFor, maxPanelWidth, panelWidthAfterKey, parseLayoutPrefs, serializeLayoutPrefs } from './board-layout';

describe('layoutFor', () => {
  it('gives phones the one-column layout and everything wider the side panel', () => {
    expect(layoutFor(390)).toBe('phone');
    expect(layoutFor(639)).toBe('phone');
    expect(layoutFor(640)).toBe('wide');
    expect(layoutFor(1024)).toBe('wide');
  });
});

describe('defaultPanelOpen', () => {
  it('opens the panel by default on a laptop, not on a tablet', () => {
    expect(defaultPanelOpen(1280)).toBe(true);
    expect(defaultPanelOpen(1024)).toBe(false);
  });
});

describe('clampPanelWidth', () => {
  it('keeps the width within the bounds and leaves the columns room', () => {
    expect(clampPanelWidth(100, 1280)).toBe(PANEL_WIDTH.min);
    expect(clampPanelWidth(2000, 3000)).toBe(PANEL_WIDTH.max);
    expect(clampPanelWidth(900, 1280)).toBe(1280 - 440);
    expect(clampPanelWidth(500.4, 1280)).toBe(500);
  });
  it('never goes below the minimum on a narrow screen', () => {
    expect(maxPanelWidth(600)).toBe(PANEL_WIDTH.min);
    expect(clampPanelWidth(500, 600)).toBe(PANEL_WIDTH.min);
  });
});

describe('parseLayoutPrefs', () => {
  it('reads back what was stored', () => {
    const prefs = { open: false, width: 560, compact: false };
    expect(parseLayoutPrefs(serializeLayoutPrefs(prefs))).toEqual(prefs);
  });
  it('answers the defaults for nothing, non-JSON and the wrong shape', () => {
    expect(parseLayoutPrefs(null)).toEqual(DEFAULT_PREFS);
    expect(parseLayoutPrefs('{not json')).toEqual(DEFAULT_PREFS);
    expect(parseLayoutPrefs('[1,2]')).toEqual(DEFAULT_PREFS);
    expect(parseLayoutPrefs('"wide"')).toEqual(DEFAULT_PREFS);
  });
  it('drops only the field that is invalid', () => {
    expect(parseLayoutPrefs(JSON.stringify({ open: 'yes', width: 600 }))).toEqual({ width: 600, compact: true });
    expect(parseLayoutPrefs(JSON.stringify({ open: true, width: 99_999 }))).toEqual({ open: true, width: PANEL_WIDTH.default, compact: true });
    expect(parseLayoutPrefs(JSON.stringify({ open: true, width: 12.5, compact: 'no' }))).toEqual({ open: true, width: PANEL_WIDTH.default, compact: true });
    expect(parseLayoutPrefs(JSON.stringify({ width: -5 }))).toEqual(DEFAULT_PREFS);
  });
  it('leaves the open state unchosen until someone chooses', () => {
    expect(parseLayoutPrefs(JSON.stringify({ width: 400 }))).not.toHaveProperty('open');
  });
});

describe('panelWidthAfterKey', () => {
  it('widens with ArrowLeft and narrows with ArrowRight, more with Shift', () => {
    expect(panelWidthAfterKey(480, 'ArrowLeft', false, 1280)).toBe(496);
    expect(panelWidthAfterKey(480, 'ArrowRight', false, 1280)).toBe(464);
    expect(panelWidthAfterKey(480, 'ArrowLeft', true, 1280)).toBe(544);
  });
  it('goes to the bounds with Home and End and stops there', () => {
    expect(panelWidthAfterKey(480, 'Home', false, 1280)).toBe(PANEL_WIDTH.min);
    expect(panelWidthAfterKey(480, 'End', false, 1280)).toBe(maxPanelWidth(1280));
    expect(panelWidthAfterKey(PANEL_WIDTH.min, 'ArrowRight', false, 1280)).toBe(PANEL_WIDTH.min);
  });
  it('ignores other keys', () => {
    expect(panelWidthAfterKey(480, 'Enter', false, 1280)).toBeNull();
    expect(panelWidthAfterKey(480, 'a', false, 1280)).toBeNull();
  });
});
