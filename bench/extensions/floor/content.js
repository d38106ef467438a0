// The floor for a content script that looks for mentions: every text node of the page read once,
// and one regular expression over the text. Nothing is kept and the page is not changed.
(() => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const parts = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.data);
  const found = parts.join('\n').match(/\b(?:deepseek|nvidia|export controls?)\b/gi);
  globalThis.caveatFloorFound = found ? found.length : 0;
})();
