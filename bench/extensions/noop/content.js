// A content script that does nothing: what injecting any content script costs a page.
