// Bar charts drawn as SVG in the page itself: no outside service, readable on
// a phone. barChart(labels, series) draws one group of bars per label, one
// bar per series, each with its value written above it. A chart keeps its
// natural size, so its words stay readable; on a narrow screen it scrolls
// sideways in its own box.

const svgNs = 'http://www.w3.org/2000/svg';

function svg(tag, attrs = {}, text = null) {
  const el = document.createElementNS(svgNs, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (text !== null) el.textContent = text;
  return el;
}

function rounded(v) {
  return Number.isInteger(v) ? String(v) : v.toFixed(1);
}

// A chart of `labels` (the x axis) and `series` ([{name, values, colour}]),
// titled `title` for screen readers.
export function barChart(title, labels, series) {
  const width = Math.max(640, labels.length * (24 * series.length + 28) + 40);
  const height = 220;
  const top = 24, bottom = 44, left = 8;
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', class: 'chart',
    'aria-label': title });
  chart.append(svg('title', {}, title));
  const plot = height - top - bottom;
  const groupWidth = (width - left * 2) / Math.max(1, labels.length);
  const barWidth = Math.min(28, (groupWidth - 12) / series.length);
  chart.append(svg('line', { x1: left, x2: width - left, y1: top + plot, y2: top + plot, class: 'axis' }));
  labels.forEach((label, i) => {
    const x0 = left + i * groupWidth + (groupWidth - barWidth * series.length) / 2;
    series.forEach((s, j) => {
      const v = s.values[i] ?? 0;
      const barHeight = (v / max) * plot;
      const x = x0 + j * barWidth;
      chart.append(svg('rect', { x, y: top + plot - barHeight, width: barWidth - 2,
        height: Math.max(barHeight, v > 0 ? 1 : 0), fill: s.colour, 'data-value': v }));
      chart.append(svg('text', { x: x + (barWidth - 2) / 2, y: top + plot - barHeight - 4,
        'text-anchor': 'middle', class: 'value' }, rounded(v)));
    });
    chart.append(svg('text', { x: left + i * groupWidth + groupWidth / 2, y: height - bottom + 18,
      'text-anchor': 'middle', class: 'label' }, label));
  });
  const legend = document.createElement('p');
  legend.className = 'legend';
  for (const s of series) {
    const key = document.createElement('span');
    key.innerHTML = '<i></i>';
    key.firstChild.style.background = s.colour;
    key.append(s.name);
    legend.append(key);
  }
  const figure = document.createElement('figure');
  figure.className = 'figure';
  const scroller = document.createElement('div');
  scroller.className = 'chart-scroll';
  scroller.append(chart);
  figure.append(scroller, legend);
  return figure;
}
