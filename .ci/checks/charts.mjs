// Embeds the API's SVG charts in a page with <img> tags, as a newsroom would, in headless Debian
// Chromium: each loads at its size, is drawn (counted on a canvas: how many pixels are not white, and
// that every line's colour is there), names a font on this machine that has the Japanese glyphs, and
// is saved as a PNG in target/ (charts-line.png, charts-sparkline.png) to look at.
// Usage: node charts.mjs BASE_URL
import { chromium } from 'playwright-core';
import { writeFileSync, mkdirSync } from 'node:fs';

const base = process.argv[2] ?? 'http://127.0.0.1:8080';
const charts = [
  { name: 'line', path: '/api/v1/charts/cards-issued-rate.svg?area=47,45,00', width: 720, height: 400,
    colours: ['#0072b2', '#d55e00', '#009e73'], text: '人口に対する交付枚数率' },
  { name: 'sparkline', path: '/api/v1/charts/cards-issued-rate/sparkline.svg?area=47', width: 120, height: 32,
    colours: ['#0072b2'], text: '沖縄県' },
];
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const failures = [];
mkdirSync('target', { recursive: true });
try {
  const page = await browser.newPage();
  for (const chart of charts) {
    const svg = await (await fetch(base + chart.path)).text();
    if (!svg.includes(chart.text)) failures.push(`${chart.name}: the SVG does not say ${chart.text}`);
    await page.setContent(`<body style="margin:0;background:#fff"><img id="chart" crossorigin="anonymous" src="${base}${chart.path}"></body>`);
    const drawn = await page.evaluate(async (colours) => {
      const img = document.getElementById('chart');
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const context = canvas.getContext('2d');
      context.drawImage(img, 0, 0);
      const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
      let inked = 0;
      const seen = new Set();
      for (let i = 0; i < pixels.length; i += 4) {
        if (pixels[i + 3] > 10 && (pixels[i] < 245 || pixels[i + 1] < 245 || pixels[i + 2] < 245)) inked++;
        seen.add('#' + [pixels[i], pixels[i + 1], pixels[i + 2]].map((c) => c.toString(16).padStart(2, '0')).join(''));
      }
      return { width: img.naturalWidth, height: img.naturalHeight, inked, missing: colours.filter((c) => !seen.has(c)),
        japanese: document.fonts.check('12px "Noto Sans CJK JP"', '人口に対する交付枚数率') };
    }, chart.colours);
    const png = await page.locator('#chart').screenshot();
    writeFileSync(`target/charts-${chart.name}.png`, png);
    const isPng = png.subarray(1, 4).toString() === 'PNG';
    if (drawn.width !== chart.width || drawn.height !== chart.height) failures.push(`${chart.name}: ${drawn.width}×${drawn.height}`);
    if (drawn.inked < 50) failures.push(`${chart.name}: only ${drawn.inked} pixels drawn`);
    if (drawn.missing.length) failures.push(`${chart.name}: colours not drawn: ${drawn.missing.join(', ')}`);
    if (!drawn.japanese) failures.push(`${chart.name}: no font named by the chart covers Japanese here`);
    if (!isPng || png.length < 500) failures.push(`${chart.name}: the PNG is not valid (${png.length} bytes)`);
    console.log(`charts: ${chart.name} ${drawn.width}×${drawn.height}, ${drawn.inked} pixels drawn, PNG ${png.length} bytes`);
  }
} finally {
  await browser.close();
}
if (failures.length) {
  console.error(`charts: ${failures.join('; ')}`);
  process.exit(1);
}
