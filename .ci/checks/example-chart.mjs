// Opens docs/examples/chart.html (the front-end guide's example) as a file in headless Debian Chromium
// against the service, and checks that it draws one point per figure of the API's own answer, titles the
// chart with the area's Japanese name, and names the source under it; saves a screenshot next to the
// page's work directory. Usage: node example-chart.mjs BASE_URL
import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const base = process.argv[2] ?? 'http://127.0.0.1:8080';
const answer = await (await fetch(`${base}/api/v1/areas/13/series?metric=cards-issued`)).json();
const expected = answer.series[0].points.filter((p) => p.value !== null);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
let failures = [];
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const url = `${pathToFileURL(resolve('docs/examples/chart.html'))}?api=${encodeURIComponent(base)}`;
  await page.goto(url);
  await page.locator('#caption').filter({ hasText: '出典' }).waitFor({ timeout: 15000 });
  const points = await page.locator('#chart circle').evaluateAll((circles) =>
    circles.map((c) => [c.getAttribute('data-date'), Number(c.getAttribute('data-value'))]));
  const title = await page.locator('#title').textContent();
  const caption = await page.locator('#caption').textContent();
  if (JSON.stringify(points) !== JSON.stringify(expected.map((p) => [p.date, p.value]))) {
    failures.push(`drew ${points.length} points, the API has ${expected.length} figures`);
  }
  if (!title.startsWith('東京都')) failures.push(`title: ${title}`);
  if (!caption.includes(expected.at(-1).source)) failures.push(`caption: ${caption}`);
  if (errors.length) failures.push(`page errors: ${errors.join('; ')}`);
  await page.screenshot({ path: 'target/example-chart.png' });
  console.log(`example chart: ${points.length} points of Tokyo's cards issued, ${expected[0].date} to ${expected.at(-1).date}; "${title}"`);
} finally {
  await browser.close();
}
if (failures.length) {
  console.error(`example chart: ${failures.join('; ')}`);
  process.exit(1);
}
