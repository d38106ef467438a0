import type { RelatedSentence } from './types';

/**
 * Held-out part B of the meaning set: sentences labelled against the topic files alone, written
 * before any tuning by someone who saw neither the engine nor the tuning set, and never used to
 * adjust anything. 25 sentences: 15 deepseek, 5 nvidia, 5 export-controls; relations: 8 repeats,
 * 3 reports, 5 corrects, 3 discusses, 6 mentions; 3 in Simplified Chinese.
 */
export const MEANING_HELD_OUT_B: readonly RelatedSentence[] = [
  // deepseek
  { topic: 'deepseek', kind: 'body', style: 'paraphrase', relation: 'repeats', sentence: 'Hangzhou-based DeepSeek got its flagship R1 system working on a budget smaller than what a mid-sized bank spends on coffee, just $5.6 million.', expected: ['deepseek-r1-trained-for-5-6-million', 'deepseek-v3-two-months-2000-h800s'] }, // trade press
  { topic: 'deepseek', kind: 'quote', style: 'paraphrase', relation: 'repeats', sentence: 'honestly DeepSeek just took the crown from ChatGPT on the iPhone charts here in the States, nobody saw it coming', expected: ['deepseek-app-store-number-one'] }, // Reddit comment
  { topic: 'deepseek', kind: 'body', style: 'plain', relation: 'repeats', sentence: 'Rome\'s data-protection watchdog blocked DeepSeek within days, and regulators elsewhere soon did the same.', expected: ['deepseek-italy-ban'] }, // wire copy
  { topic: 'deepseek', kind: 'body', style: 'paraphrase', relation: 'repeats', sentence: 'Anyone can download the weights of DeepSeek R1 and tinker with them at home, which is what makes it so different.', expected: ['deepseek-open-source', 'deepseek-free-democratised-access'] }, // school explainer
  { topic: 'deepseek', kind: 'body', style: 'paraphrase', relation: 'repeats', sentence: 'Ask DeepSeek about Tiananmen and it politely changes the subject, because the company has to follow Beijing\'s speech rules.', expected: ['deepseek-chinese-censorship'] }, // letter to the editor
  { topic: 'deepseek', kind: 'body', style: 'reported', relation: 'reports', sentence: 'OpenAI told reporters it had seen signs that DeepSeek used outputs from its models to train V3.', expected: ['deepseek-distilled-openai'] }, // wire copy
  { topic: 'deepseek', kind: 'quote', style: 'reported', relation: 'reports', sentence: 'The witness told the committee that DeepSeek, in her view, works hand in hand with Chinese military and intelligence services.', expected: ['deepseek-military-links'] }, // hearing testimony
  { topic: 'deepseek', kind: 'body', style: 'correction', relation: 'corrects', sentence: 'The famous $5.6 million figure for DeepSeek covered only the final training run, not the research, salaries or the thousands of chips behind it.', expected: ['deepseek-r1-trained-for-5-6-million', 'deepseek-v3-two-months-2000-h800s'] }, // trade press
  { topic: 'deepseek', kind: 'quote', style: 'negation', relation: 'corrects', sentence: 'R1 was not trained without human examples at all, DeepSeek used a small cold-start set of written data before the RL stage.', expected: ['deepseek-r1-pure-reinforcement-learning'] }, // HN comment
  { topic: 'deepseek', kind: 'headline', style: 'question', relation: 'corrects', sentence: 'Is DeepSeek really as good as the American models, or only on the benchmarks it chose?', expected: ['deepseek-matches-western-models'] }, // headline
  { topic: 'deepseek', kind: 'body', style: 'plain', relation: 'discusses', sentence: 'What DeepSeek\'s rise means for Silicon Valley start-ups will be the theme of tonight\'s panel.', expected: ['deepseek-disrupted-ai-industry'] }, // liveblog
  { topic: 'deepseek', kind: 'caption', style: 'plain', relation: 'mentions', sentence: 'The DeepSeek logo, a blue whale, on a phone screen in Beijing.', expected: [] }, // caption
  { topic: 'deepseek', kind: 'body', style: 'plain', relation: 'mentions', sentence: 'My son uses DeepSeek for his maths homework, i am not sure if this is good or bad.', expected: [] }, // radio call-in, non-native English
  { topic: 'deepseek', kind: 'body', style: 'chinese', relation: 'repeats', sentence: '深度求索的聊天机器人在一项新闻准确性测试中有83%的回答不合格。', expected: ['deepseek-newsguard-83-percent'] }, // Chinese news
  { topic: 'deepseek', kind: 'body', style: 'chinese', relation: 'mentions', sentence: '记者今天走访了位于杭州的深度求索办公楼。', expected: [] }, // Chinese news
  // nvidia
  { topic: 'nvidia', kind: 'headline', style: 'headline', relation: 'repeats', sentence: 'Nvidia becomes first company ever valued at $5 trillion', expected: ['nvidia-first-5-trillion-company'] }, // headline
  { topic: 'nvidia', kind: 'body', style: 'reported', relation: 'reports', sentence: 'A spokesperson for Nvidia said the computing power DeepSeek used was fully compliant with export rules.', expected: ['nvidia-export-compliant-statement'] }, // wire copy
  { topic: 'nvidia', kind: 'body', style: 'correction', relation: 'corrects', sentence: 'No evidence has surfaced that Nvidia\'s H20 has a kill switch; the backdoor story remains an accusation from Beijing.', expected: ['nvidia-h20-backdoor-claim'] }, // trade press
  { topic: 'nvidia', kind: 'quote', style: 'plain', relation: 'discusses', sentence: 'So if models get cheaper to train, does anyone still need to buy thousands of Nvidia GPUs?', expected: ['nvidia-lower-chip-demand'] }, // tweet
  { topic: 'nvidia', kind: 'body', style: 'plain', relation: 'mentions', sentence: 'Nvidia will report its quarterly results after the bell on Wednesday.', expected: [] }, // wire copy
  // export-controls
  { topic: 'export-controls', kind: 'body', style: 'paraphrase', relation: 'repeats', sentence: 'Since 2022 Washington has kept the most powerful American AI processors out of Chinese hands under its export controls.', expected: ['export-controls-since-2022'] }, // school explainer
  { topic: 'export-controls', kind: 'body', style: 'negation', relation: 'corrects', sentence: 'DeepSeek\'s success does not show that export controls failed; it says nothing about how far ahead it would be with more chips.', expected: ['export-controls-have-failed'] }, // letter to the editor
  { topic: 'export-controls', kind: 'body', style: 'question', relation: 'discusses', sentence: 'Will the BIS tighten the rules again after the latest smuggling arrests, lawmakers asked.', expected: ['export-controls-chip-smuggling-cases'] }, // hearing
  { topic: 'export-controls', kind: 'body', style: 'plain', relation: 'mentions', sentence: 'The conference on export controls drew trade lawyers from three continents.', expected: [] }, // trade press
  { topic: 'export-controls', kind: 'body', style: 'chinese', relation: 'mentions', sentence: '美国商务部官员本周将就出口管制问题举行记者会。', expected: [] }, // Chinese news
];
