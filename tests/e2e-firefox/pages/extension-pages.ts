/**
 * Page objects for the extension's own pages in Firefox: the popup's search and the options page's
 * topic switches, found by their visible labels as a reader finds them.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { ENGLISH_TEXTS } from '../../../components/texts';

const { POPUP_TEXTS } = ENGLISH_TEXTS;

/** Types a query into the popup's search box and returns the text of the results list once shown. */
export async function searchInPopup(popup: Page, query: string): Promise<string> {
  const box = await popup.waitForSelector('input[type="search"]', { timeout: 10_000 });
  if (!box) throw new Error('The popup has no search box');
  await box.type(query);
  const list = await popup.waitForSelector(`[aria-label="${POPUP_TEXTS.resultsLabel}"]`, { timeout: 10_000 });
  if (!list) throw new Error('The popup shows no results list');
  return (await list.evaluate((element) => element.textContent)) ?? '';
}

/** The options page's checkbox for a topic, found through its label. */
async function topicCheckbox(options: Page, topicName: string): Promise<ElementHandle<HTMLInputElement>> {
  await options.waitForSelector('input[type="checkbox"]', { timeout: 10_000 });
  const handle = await options.evaluateHandle((name: string) => {
    const label = [...document.querySelectorAll('label')].find((candidate) => candidate.textContent === name);
    const input = label ? document.getElementById(label.htmlFor) : null;
    if (!(input instanceof HTMLInputElement)) throw new Error(`No checkbox labelled "${name}"`);
    return input;
  }, topicName);
  return handle as ElementHandle<HTMLInputElement>;
}

/** Clicks a topic's checkbox until it shows `on`, and returns once the page shows the change. */
export async function setTopicInOptions(options: Page, topicName: string, on: boolean): Promise<void> {
  const checkbox = await topicCheckbox(options, topicName);
  if ((await checkbox.evaluate((input) => input.checked)) !== on) await checkbox.click();
  await options.waitForFunction(
    (input: HTMLInputElement, wanted: boolean) => input.checked === wanted,
    {},
    checkbox,
    on,
  );
}
