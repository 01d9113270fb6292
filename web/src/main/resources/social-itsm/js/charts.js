// Small pictures as inline SVG, built with DOM APIs only (no innerHTML, no library): user text never becomes markup.
// Colours come from currentColor and AUI's design tokens with fallbacks, so a chart reads in light and dark themes; the
// numbers a chart draws are always in the page as text too (the chart is aria-hidden, or carries role=img and a label).

const SVG = 'http://www.w3.org/2000/svg';

/** An SVG element with attributes. */
export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== undefined && value !== null) node.setAttribute(name, String(value));
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

/**
 * A horizontal bar for value out of max (a leaderboard row's points): decoration beside the number, so aria-hidden.
 * width and height in CSS pixels; the bar is at least 2 px for any positive value.
 */
export function bar(value, max, { width = 120, height = 10 } = {}) {
  const share = max > 0 ? Math.max(0, Math.min(1, value / max)) : 0;
  const filled = value > 0 ? Math.max(2, Math.round(share * width)) : 0;
  return svg('svg', {
    class: 'social-chart social-chart-bar', width, height, viewBox: `0 0 ${width} ${height}`,
    'aria-hidden': 'true', focusable: 'false',
  },
  svg('rect', { class: 'social-chart-track', x: 0, y: 0, width, height, rx: 2 }),
  svg('rect', { class: 'social-chart-fill', x: 0, y: 0, width: filled, height, rx: 2 }));
}
