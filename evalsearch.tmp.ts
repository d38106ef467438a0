import { BUILT_IN_KB } from './data/kb';
import { createKbSearch } from './lib/search';
import { TUNING_QUERIES } from './tests/unit/lib/labelled/queries-tuning';
import { describeSearch, measureSearch } from './tests/unit/lib/labelled/evaluate';
console.log(describeSearch('tuning', measureSearch(createKbSearch(BUILT_IN_KB), TUNING_QUERIES)));
