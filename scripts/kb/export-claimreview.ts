/**
 * `kb export-claimreview [--base-url URL]`: prints schema.org ClaimReview JSON-LD for every claim
 * of the built-in knowledge base. Each review's URL is the base URL plus `#claim-id`; without
 * `--base-url` the reserved placeholder https://caveat.invalid/claims is used and a note goes to
 * stderr (docs/decisions/0004-claimreview-rating-scale.md). The mapping lives in lib/claimreview/claimreview.ts.
 */
import {
  DEFAULT_CLAIMREVIEW_BASE_URL,
  parseBaseUrl,
  toClaimReviewDocument,
} from '../../lib/claimreview/claimreview';
import { formatProblem } from '../../lib/kb/kb-validate';
import { type Command, EXIT_OK, EXIT_PROBLEMS, UsageError } from './cli';
import { validateBuiltInKnowledgeBase } from './validate';

/** Reads `--base-url URL` / `--base-url=URL`; anything else is a UsageError. */
export function parseExportArgs(args: readonly string[]): { baseUrl: string | undefined } {
  let baseUrl: string | undefined;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string;
    let value: string | undefined;
    if (arg === '--base-url') {
      value = args[++index];
      if (value === undefined || value.startsWith('--')) throw new UsageError('--base-url needs a URL');
    } else if (arg.startsWith('--base-url=')) {
      value = arg.slice('--base-url='.length);
    } else if (arg.startsWith('-')) {
      throw new UsageError(`unknown option "${arg}"`);
    } else {
      throw new UsageError(`unexpected argument "${arg}"`);
    }
    if (baseUrl !== undefined) throw new UsageError('--base-url given twice');
    try {
      baseUrl = parseBaseUrl(value);
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
  }
  return { baseUrl };
}

export const exportClaimReview: Command = async (args, io) => {
  const { baseUrl } = parseExportArgs(args);
  const { problems, topics } = await validateBuiltInKnowledgeBase();
  if (problems.length > 0) {
    for (const problem of problems) io.stderr(formatProblem(problem));
    return EXIT_PROBLEMS;
  }
  if (baseUrl === undefined) {
    io.stderr(
      `kb export-claimreview: no --base-url; review URLs use the placeholder ${DEFAULT_CLAIMREVIEW_BASE_URL}`,
    );
  }
  const document = toClaimReviewDocument(topics, { baseUrl: baseUrl ?? DEFAULT_CLAIMREVIEW_BASE_URL });
  io.stdout(JSON.stringify(document, null, 2));
  return EXIT_OK;
};
