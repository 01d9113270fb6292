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

/**
 * Columns for a series (a profile's points per week, oldest first): one column per value on a baseline, negative
 * values (reversals) below it. description is the text alternative (role=img with that label and an SVG <title>);
 * the caller also shows the numbers in words nearby.
 */
export function columns(values, description, { width = 240, height = 48 } = {}) {
  const gap = 2;
  const columnWidth = Math.max(2, (width - gap * (values.length - 1)) / Math.max(1, values.length));
  const top = Math.max(0, ...values);
  const bottom = Math.min(0, ...values);
  const range = top - bottom || 1;
  const baseline = (top / range) * (height - 1);
  const chart = svg('svg', {
    class: 'social-chart social-chart-columns', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-label': description, focusable: 'false',
  }, svg('title', {}, document.createTextNode(description)));
  values.forEach((value, i) => {
    const size = (Math.abs(value) / range) * (height - 1);
    chart.append(svg('rect', {
      class: value < 0 ? 'social-chart-negative' : 'social-chart-fill',
      x: (i * (columnWidth + gap)).toFixed(1), y: (value >= 0 ? baseline - size : baseline).toFixed(1),
      width: columnWidth.toFixed(1), height: Math.max(value === 0 ? 0 : 1, size).toFixed(1),
    }));
  });
  chart.append(svg('line', { class: 'social-chart-axis', x1: 0, x2: width, y1: baseline.toFixed(1), y2: baseline.toFixed(1) }));
  return chart;
}

/**
 * A line for a daily series (a tag's issues per day, oldest first) with the usual level shaded from the baseline up
 * to usual and the spike days marked with a dot. days: [{issues, spike}]; description is the text alternative
 * (role=img with that label and an SVG <title>); the caller also states the numbers in a sentence nearby.
 */
export function dailyLine(days, usual, description, { width = 540, height = 96 } = {}) {
  const pad = 4;
  const top = Math.max(1, usual, ...days.map((d) => d.issues));
  const step = days.length > 1 ? (width - 2 * pad) / (days.length - 1) : 0;
  const x = (i) => pad + i * step;
  const y = (value) => height - pad - (value / top) * (height - 2 * pad);
  const chart = svg('svg', {
    class: 'social-chart social-chart-line', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-label': description, focusable: 'false', preserveAspectRatio: 'none',
  }, svg('title', {}, document.createTextNode(description)));
  chart.append(svg('rect', {
    class: 'social-chart-usual', x: pad, y: y(usual).toFixed(1), width: width - 2 * pad,
    height: Math.max(1, height - pad - y(usual)).toFixed(1),
  }));
  chart.append(svg('line', { class: 'social-chart-axis', x1: pad, x2: width - pad, y1: height - pad, y2: height - pad }));
  chart.append(svg('polyline', {
    class: 'social-chart-stroke', fill: 'none',
    points: days.map((d, i) => `${x(i).toFixed(1)},${y(d.issues).toFixed(1)}`).join(' '),
  }));
  days.forEach((d, i) => {
    if (d.spike) chart.append(svg('circle', { class: 'social-chart-spike', cx: x(i).toFixed(1), cy: y(d.issues).toFixed(1), r: 3.5 }));
  });
  return chart;
}
