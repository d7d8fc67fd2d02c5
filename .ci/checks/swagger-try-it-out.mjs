// Opens Swagger UI in headless Debian Chromium, presses "Try it out" then "Execute" on the summary and
// regional-rates operations without editing anything, and checks that the answer shown holds today's
// figures: the newest date the API itself reports for that operation. Usage: node swagger-try-it-out.mjs BASE_URL
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://127.0.0.1:8080';
// The API's own answer, or a failure that says what it answered instead.
const answer = async (path) => {
  const response = await fetch(`${base}${path}`);
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
  return response.json();
};
const latest = {
  // the newest tile date of the summary, and the date of the default ranking
  'Summary-getSummary': async () => (await answer('/api/v1/summary')).tiles.map((t) => t.date).sort().at(-1),
  'Regions-getRegionalRates': async () => (await answer('/api/v1/regional-rates')).date,
};

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
let failed = false;
try {
  const page = await browser.newPage();
  const blocked = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) blocked.push(message.text());
  });
  await page.goto(`${base}/q/swagger-ui/`, { waitUntil: 'networkidle' });
  for (const [operation, newestDate] of Object.entries(latest)) {
    const expected = await newestDate();
    const block = page.locator(`#operations-${operation}`);
    await block.locator('.opblock-summary').first().click();
    await block.locator('button.try-out__btn').click();
    await block.locator('button.execute').click();
    const url = (await block.locator('.request-url pre').first().innerText({ timeout: 20000 })).trim();
    const body = await block.locator('.live-responses-table .response-col_description pre').first()
        .innerText({ timeout: 20000 });
    const status = (await block.locator('.live-responses-table .response .response-col_status').first().innerText()).trim();
    const ok = status === '200' && !url.includes('?') && body.includes(expected);
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${operation}: ${url} -> ${status}, ${body.length} characters, `
        + `${body.includes(expected) ? 'shows' : 'does not show'} the latest date ${expected}`);
    failed ||= !ok;
  }
  if (blocked.length > 0) {
    console.log(`FAIL the page's Content-Security-Policy blocked ${blocked.length} resource(s): ${blocked[0]}`);
    failed = true;
  }
  await page.screenshot({ path: process.env.SCREENSHOT ?? '/tmp/swagger-try-it-out.png', fullPage: false });
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
