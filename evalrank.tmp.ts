import { BUILT_IN_KB } from './data/kb';
import { TUNING_SENTENCES } from './tests/unit/lib/labelled/sentences-tuning';
import { describeRanking, measureRanking } from './tests/unit/lib/labelled/evaluate';
console.log(describeRanking('tuning', measureRanking(BUILT_IN_KB, TUNING_SENTENCES)));
