// What the browser driver reads from and does in the VS Code workbench DOM. Every wait is on a DOM condition
// (Playwright locators, waitForFunction, a MutationObserver) with a deadline; nothing waits a fixed time.
const fs = require('fs');

/**
 * Installs page-side readers once (evaluated through the DevTools protocol, so the workbench's CSP does not apply).
 * Lens titles on one line are joined by a non-breaking " | " in the editor's CodeLens widget.
 */
async function installHelpers(page) {
  await page.evaluate(() => {
    window.__costlensLensTexts = () =>
      [...document.querySelectorAll('.monaco-editor .codelens-decoration')]
        .flatMap((e) => e.textContent.split(/\u00a0\|\u00a0| \| /))
        .map((t) => t.trim())
        .filter(Boolean);
  });
}

async function lensTexts(page) {
  return page.evaluate(() => window.__costlensLensTexts());
}

/** Opens a workspace file through the explorer (deterministic aria-labels), falling back to Quick Open. */
async function openFile(page, relativePath, timeoutMs) {
  const parts = relativePath.split('/');
  const name = parts[parts.length - 1];
  const explorer = page.locator('.explorer-folders-view');
  await explorer.locator('.monaco-list-row').first().waitFor({ timeout: timeoutMs });
  try {
    for (const [i, part] of parts.entries()) {
      const row = explorer.locator(`.monaco-list-row[aria-label^="${part}"][aria-level="${i + 1}"]`).first();
      await row.waitFor({ timeout: 15000 });
      const expanded = await row.getAttribute('aria-expanded');
      if (i < parts.length - 1 && expanded === 'true') continue;
      await row.click();
    }
  } catch {
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: 10000 });
    await input.fill(relativePath);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 15000 });
    await page.keyboard.press('Enter');
  }
  await page.locator(`.tabs-container .tab.active[aria-label*="${name}"]`).waitFor({ timeout: timeoutMs });
  await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: timeoutMs });
}

/** Waits until every title in `wants` is painted as a lens; returns all painted titles, or null at the deadline. */
async function waitForLensTexts(page, wants, timeoutMs) {
  const handle = await page
    .waitForFunction((w) => w.every((t) => window.__costlensLensTexts().includes(t)), wants, {
      polling: 'raf',
      timeout: timeoutMs,
    })
    .catch(() => null);
  const texts = await lensTexts(page);
  if (!handle) console.log('lens texts at the deadline: ' + JSON.stringify(texts));
  return handle ? texts : null;
}

/** Waits for a status bar item whose text contains `want`; returns its text, or null at the deadline. */
async function waitForStatusBar(page, want, timeoutMs) {
  const handle = await page
    .waitForFunction(
      (w) => {
        const item = [...document.querySelectorAll('.statusbar-item')].find((e) => e.textContent.includes(w));
        return item ? item.textContent.trim() : false;
      },
      want,
      { timeout: timeoutMs },
    )
    .catch(() => null);
  return handle ? handle.jsonValue() : null;
}

/** Moves the mouse onto `token` in the editor line containing `lineText`; returns the rendered hover. */
async function hoverLine(page, lineText, token, timeoutMs) {
  const line = page.locator('.monaco-editor .view-line', { hasText: lineText }).first();
  const span = line.locator('span > span', { hasText: token }).first();
  await span.hover();
  const box = await span.boundingBox();
  // A small move inside the token makes the editor's mouse-move hover logic fire, as a person's hand would.
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
  const content = page.locator('.monaco-hover-content', { has: page.locator('table') }).first();
  await content.waitFor({ state: 'visible', timeout: timeoutMs });
  return { text: (await content.textContent()).trim(), hasTable: (await content.locator('table tr').count()) > 1 };
}

/**
 * Types / deletes one character `edits` times and measures, inside the page, from the keydown event to the
 * moment the lens DOM shows the expected title (a MutationObserver; the next paint follows within a frame).
 */
async function keystrokeLatency(page, { line, before, insert, lensA, lensB, edits, timeoutMs }) {
  const row = page.locator('.monaco-editor .view-line', { hasText: line }).first();
  await row.click();
  await page.keyboard.press('End');
  for (let i = 0; i < before.length; i++) await page.keyboard.press('ArrowLeft');
  const samples = [];
  for (let i = 0; i < edits; i++) {
    const want = i % 2 === 0 ? lensA : lensB;
    const pending = page.evaluate(
      ({ want, timeoutMs }) =>
        new Promise((resolve, reject) => {
          let t0;
          document.addEventListener('keydown', () => (t0 = performance.now()), { once: true, capture: true });
          const done = () => {
            if (t0 === undefined || !window.__costlensLensTexts().includes(want)) return;
            obs.disconnect();
            clearTimeout(timer);
            resolve(performance.now() - t0);
          };
          const obs = new MutationObserver(done);
          obs.observe(document.querySelector('.monaco-workbench'), {
            subtree: true,
            childList: true,
            characterData: true,
          });
          const timer = setTimeout(() => {
            obs.disconnect();
            reject(new Error(`lens "${want}" not painted within ${timeoutMs} ms of the keystroke`));
          }, timeoutMs);
        }),
      { want, timeoutMs },
    );
    // The listener is installed once evaluate has started; a zero-cost round trip makes sure of that ordering.
    await page.evaluate(() => 0);
    await page.keyboard.press(i % 2 === 0 ? insert : 'Backspace');
    samples.push(Math.round(await pending));
  }
  return samples;
}

/** Keeps the page connected (the workbench lives in it) until the in-host suite writes its result file. */
async function waitForResult(page, file, timeoutMs) {
  if (!file) return { pass: false, error: 'E2E_RESULT not set' };
  const deadline = Date.now() + timeoutMs;
  while (!fs.existsSync(file)) {
    if (Date.now() > deadline) return { pass: false, error: `no result from the in-host suite within ${timeoutMs} ms` };
    await page.waitForTimeout(250); // polling interval of a readiness check, not a sleep standing in for one
  }
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** Runs a command the way a person does: Command Palette, type its title, Enter. */
async function runPaletteCommand(page, title, timeoutMs) {
  await page.keyboard.press('Control+Shift+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: timeoutMs });
  await input.fill('>' + title);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: timeoutMs });
  await page.keyboard.press('Enter');
}

/** The workspace summary opened from the palette: the text of its first line once it shows `want`. */
async function workspaceSummary(page, want, timeoutMs) {
  await runPaletteCommand(page, 'costlens: Show Workspace Cost Summary', timeoutMs);
  const line = page.locator('.monaco-editor .view-line', { hasText: want }).first();
  await line.waitFor({ timeout: timeoutMs });
  // The editor renders spaces as no-break spaces.
  return (await line.textContent()).replace(/\u00a0/g, ' ').trim();
}

/** VS Code's own activation figure (code loading + activate call) from "Developer: Show Running Extensions". */
async function activationTimes(page, nameIncludes, timeoutMs) {
  await runPaletteCommand(page, 'Developer: Show Running Extensions', timeoutMs);
  const row = page.locator('.runtime-extensions-editor .extension', { hasText: nameIncludes }).first();
  await row.locator('.activation-time', { hasText: 'ms' }).waitFor({ timeout: timeoutMs });
  const text = (await row.locator('.activation-time').textContent()).trim();
  return { costlens: text, ms: Number((/(\d+)ms/.exec(text) || [])[1]) };
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

module.exports = {
  installHelpers,
  openFile,
  lensTexts,
  waitForLensTexts,
  waitForStatusBar,
  hoverLine,
  keystrokeLatency,
  waitForResult,
  workspaceSummary,
  activationTimes,
  median,
};
