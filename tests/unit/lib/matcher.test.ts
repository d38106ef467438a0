import { describe, expect, it } from 'vitest';
import deepseek from '../../../data/topics/deepseek.json' with { type: 'json' };
import exportControls from '../../../data/topics/export-controls.json' with { type: 'json' };
import nvidia from '../../../data/topics/nvidia.json' with { type: 'json' };
import { compileMatcher, type MatcherTopic } from '../../../lib/match/matcher';

// The real aliases and context terms, read straight from the topic files (claims are not needed).
const TOPICS = [deepseek, nvidia, exportControls] as readonly MatcherTopic[];
const matcher = compileMatcher(TOPICS);

/** [topic, mention text] pairs, in order. */
function found(text: string): [string, string][] {
  return matcher.findMentions(text).map((mention) => [mention.topicId, mention.text]);
}

function texts(text: string, topicId?: string): string[] {
  return matcher
    .findMentions(text)
    .filter((mention) => topicId === undefined || mention.topicId === topicId)
    .map((mention) => mention.text);
}

describe('When a block names DeepSeek', () => {
  it('matches DeepSeek in any letter case', () => {
    expect(texts('DeepSeek, Deepseek, DEEPSEEK, deepseek and dEePsEeK')).toEqual([
      'DeepSeek',
      'Deepseek',
      'DEEPSEEK',
      'deepseek',
      'dEePsEeK',
    ]);
  });

  it('matches "Deep Seek" written with a space, also a no-break space', () => {
    expect(texts('Deep Seek said; Deep\u00a0Seek said')).toEqual(['Deep Seek', 'Deep\u00a0Seek']);
  });

  it("matches possessives with straight or curly apostrophes, without the 's", () => {
    expect(texts("DeepSeek's model and DeepSeek’s app")).toEqual(['DeepSeek', 'DeepSeek']);
  });

  it('matches inside hashtags', () => {
    expect(texts('Trending: #DeepSeek and #DeepSeek# today')).toEqual(['DeepSeek', 'DeepSeek']);
  });

  it('matches a model or product name that begins with DeepSeek as one mention', () => {
    const names = [
      'DeepSeek-R1',
      'DeepSeek V3',
      'DeepSeek-V3.1',
      'DeepSeek-Coder',
      'DeepSeek-R1-Distill-Qwen-32B',
      'DeepSeek-style',
      'DeepSeek R1',
      'DeepSeek V2.5',
    ];
    for (const name of names) {
      expect(found(`The ${name} release was covered widely.`)).toEqual([['deepseek', name]]);
    }
  });

  it('matches the API model ids and host names', () => {
    expect(texts('Call deepseek-chat or deepseek-reasoner, or open chat.deepseek.com.')).toEqual([
      'deepseek-chat',
      'deepseek-reasoner',
      'chat.deepseek.com',
    ]);
    expect(texts('See https://api.deepseek.com/v1 for details')).toEqual(['deepseek.com']);
  });

  it('matches 深度求索 and DeepSeek inside Chinese text or run into a model name', () => {
    expect(found('深度求索发布了新模型')).toEqual([['deepseek', '深度求索']]);
    expect(found('很多公司用DeepSeek模型')).toEqual([['deepseek', 'DeepSeek']]);
    expect(found('DeepSeekR1 and DeepSeekV3 topped the charts')).toEqual([
      ['deepseek', 'DeepSeekR1'],
      ['deepseek', 'DeepSeekV3'],
    ]);
  });

  it('matches the genitive without an apostrophe, as German pages write it, in any letter case', () => {
    expect(texts('DeepSeeks Modell, DEEPSEEKS App und deepseeks Preise')).toEqual([
      'DeepSeeks',
      'DEEPSEEKS',
      'deepseeks',
    ]);
    expect(found('DeepSeeks neues R1 überzeugt')).toEqual([
      ['deepseek', 'DeepSeeks'],
      ['deepseek', 'R1'],
    ]);
  });

  it('matches ディープシーク and 딥시크 inside Japanese and Korean text', () => {
    expect(found('ディープシークの新モデルが公開された')).toEqual([['deepseek', 'ディープシーク']]);
    expect(found('딥시크의 새 모델이 공개됐다')).toEqual([['deepseek', '딥시크']]);
  });

  it('counts bare R1, R1-Zero and V3 only when the same block names DeepSeek', () => {
    const mentions = matcher.findMentions('DeepSeek released R1, then R1-Zero; V3 came first.');
    expect(mentions.map((mention) => [mention.text, mention.contextTerm])).toEqual([
      ['DeepSeek', undefined],
      ['R1', 'DeepSeek'],
      ['R1-Zero', 'DeepSeek'],
      ['V3', 'DeepSeek'],
    ]);
    expect(found('The R1 motorway and the V3 engine; R1-Zero is a bike.')).toEqual([]);
  });

  it('lets a product name that starts with a shorter alias run on past a longer one', () => {
    // "R1" is a product alias and "R1-Zero" is not: the model name "R1-Zero-Preview" is one mention.
    expect(texts('DeepSeek released R1-Zero-Preview and deepseek.com-mirror.', 'deepseek')).toEqual([
      'DeepSeek',
      'R1-Zero-Preview',
      'deepseek.com',
    ]);
  });

  it('ends a product name at an em dash, which separates clauses', () => {
    expect(texts('DeepSeek—the Chinese lab—and DeepSeek-V3—its model')).toEqual(['DeepSeek', 'DeepSeek-V3']);
  });

  it('does not match the letters inside another word', () => {
    expect(found('The deepseeker and the deepseeking crowd')).toEqual([]);
    expect(found('The deepseekers and the deepseeksy crowd')).toEqual([]);
  });
});

describe('When a block names Nvidia', () => {
  it('matches Nvidia in its spellings, possessives and Nvidia Corp.', () => {
    expect(texts('Nvidia, NVIDIA, nVidia, Nvidia’s and Nvidia Corp. reported.')).toEqual([
      'Nvidia',
      'NVIDIA',
      'nVidia',
      'Nvidia',
      'Nvidia Corp.',
    ]);
  });

  it('matches the ticker NVDA only in capitals, also as $NVDA and NVDA.O', () => {
    expect(texts('NVDA rose; $NVDA and NVDA.O too, but not nvda or Nvda.')).toEqual(['NVDA', 'NVDA', 'NVDA']);
  });

  it('matches 英伟达, 英偉達 and 輝達', () => {
    expect(texts('英伟达、英偉達和輝達')).toEqual(['英伟达', '英偉達', '輝達']);
  });

  it('matches the genitive without an apostrophe (Nvidias, NVIDIAs, nVidias), as German pages write it', () => {
    expect(texts('Nvidias Aktie, NVIDIAs Chips und nVidias Umsatz')).toEqual([
      'Nvidias',
      'NVIDIAs',
      'nVidias',
    ]);
    expect(found('Nvidias H20-Chips')).toEqual([
      ['nvidia', 'Nvidias'],
      ['nvidia', 'H20'],
    ]);
  });

  it('matches エヌビディア and 엔비디아, also in half-width katakana, inside Japanese and Korean text', () => {
    expect(found('エヌビディアの株価が下落した')).toEqual([['nvidia', 'エヌビディア']]);
    expect(found('엔비디아의 주가가 떨어졌다')).toEqual([['nvidia', '엔비디아']]);
    expect(texts('ｴﾇﾋﾞﾃﾞｨｱ株')).toEqual(['ｴﾇﾋﾞﾃﾞｨｱ']);
    expect(texts('エヌビディアのH20チップ', 'nvidia')).toEqual(['エヌビディア', 'H20']);
  });

  it('counts chip names when the block is about chips, GPUs, AI or Nvidia, and plural chip codes anywhere', () => {
    const mentions = matcher.findMentions('The lab bought H800 and A100 chips, then GB200 and B200 racks.');
    expect(mentions.map((mention) => [mention.text, mention.contextTerm])).toEqual([
      ['H800', 'chips'],
      ['A100', 'chips'],
      ['GB200', 'chips'],
      ['B200', 'chips'],
    ]);
    // A plural of a chip code is the chip ("two A100s", "8x H100s"), and it vouches for the others.
    expect(
      matcher
        .findMentions('ran it on two A100s and an H800 over the weekend')
        .map((mention) => [mention.text, mention.contextTerm]),
    ).toEqual([
      ['A100s', undefined],
      ['H800', 'A100s'],
    ]);
    expect(texts('Blackwell and Hopper GPUs', 'nvidia')).toEqual(['Blackwell', 'Hopper']);
    expect(texts('H20 sales to China', 'nvidia')).toEqual([]);
    expect(
      matcher
        .findMentions('Nvidia said H20 sales fell.')
        .map((mention) => [mention.text, mention.contextTerm]),
    ).toEqual([
      ['Nvidia', undefined],
      ['H20', 'Nvidia'],
    ]);
  });

  it('does not count H20, Blackwell or Hopper without that context', () => {
    expect(found('Add H20 to the tank: the water is mostly H20, said the pool manager.')).toEqual([]);
    expect(found('Elizabeth Blackwell was the first woman to receive a medical degree in the US.')).toEqual(
      [],
    );
    expect(found('Book the flight with Hopper, the travel app, to save on fares.')).toEqual([]);
  });

  it('does not match the letters inside another word', () => {
    expect(found('Invidia is a word for envy; so is invidious.')).toEqual([]);
    expect(found('Invidias, invidiasque and Nvidiass are not the chipmaker.')).toEqual([]);
  });
});

describe('When a block is about US export controls', () => {
  it('matches the rule names and their plurals', () => {
    const phrases = [
      'export control',
      'export controls',
      'export-control',
      'export restriction',
      'export restrictions',
      'export curb',
      'export curbs',
      'export ban',
      'export bans',
      'chip export rules',
      'chip curbs',
      'Entity List',
      'Foreign Direct Product Rule',
      'AI diffusion rule',
      'AI diffusion framework',
      'Bureau of Industry and Security',
      '出口管制',
      '輸出規制',
      '수출 통제',
      '수출통제',
    ];
    for (const phrase of phrases) {
      expect(found(`Officials discussed the ${phrase} on Monday.`)).toEqual([['export-controls', phrase]]);
    }
  });

  it('matches 輸出規制 and 수출 통제 inside Japanese and Korean sentences', () => {
    expect(found('米国の対中半導体輸出規制が強化された')).toEqual([['export-controls', '輸出規制']]);
    expect(found('미국의 대중 반도체 수출 통제가 강화됐다')).toEqual([['export-controls', '수출 통제']]);
    expect(found('미국의 수출통제 조치')).toEqual([['export-controls', '수출통제']]);
  });

  it('matches BIS only in an export, chip or Commerce Department context', () => {
    expect(
      matcher
        .findMentions('BIS officials said the Commerce Department would act.')
        .map((mention) => [mention.text, mention.contextTerm]),
    ).toEqual([['BIS', 'Commerce Department']]);
    expect(texts('BIS tightened rules on chips', 'export-controls')).toEqual(['BIS']);
    expect(found('The BIS, the Bank for International Settlements, warned about inflation.')).toEqual([]);
  });

  it('does not count "exports" or "controls" alone, or "AI diffusion" without rule or framework', () => {
    expect(found('Exports rose while price controls eased.')).toEqual([]);
    expect(found('AI diffusion across industries is slow.')).toEqual([]);
  });

  it('does not count "entity list" written in lower case, as in programming text', () => {
    expect(found('Return the entity list from the repository and sort it.')).toEqual([]);
  });
});

describe('When a gated name means something else in its block', () => {
  it('does not count a software name or an API version, even beside a context term or DeepSeek', () => {
    expect(found('Hopper Disassembler 5 adds AI-assisted decompilation.')).toEqual([]);
    expect(found('Hopper, the travel app, says its AI predicts airfares.')).toEqual([]);
    expect(found('Moved billing to the Stripe v3 API; the DeepSeek integration is unchanged.')).toEqual([
      ['deepseek', 'DeepSeek'],
    ]);
    expect(found('The /v3/models endpoint replaces V3 routes; DeepSeek models keep their ids.')).toEqual([
      ['deepseek', 'DeepSeek'],
    ]);
  });

  it('does not count a person of the same name', () => {
    expect(found('David Blackwell, the statistician, shaped modern AI.')).toEqual([]);
    expect(found('Rear Admiral Grace Hopper coined "bug"; the Hopper story is told in AI classes.')).toEqual(
      [],
    );
    expect(found('Ms Blackwell, who coaches the under-12s, likes the AI video system.')).toEqual([]);
    expect(found('Hopper threw for 300 yards; the AI stats overlay crashed.')).toEqual([]);
    expect(found('画家エドワード・ホッパーの展覧会で、AIの音声ガイドが用意された。')).toEqual([]);
    expect(found('호퍼 씨는 도서관에서 인공지능 강좌를 열었다.')).toEqual([]);
  });

  it('does not count a prize, event, street or publisher named after a person', () => {
    expect(found('The Blackwell Prize goes to a study of AI in trials.')).toEqual([]);
    expect(found('Registration opens for the Grace Hopper Celebration, with tracks on AI.')).toEqual([]);
    expect(found('Hopper Street is closed; the AI traffic cameras are off.')).toEqual([]);
    expect(found('Wiley-Blackwell will publish the handbook of AI ethics.')).toEqual([]);
    expect(found('Blackwell’s bookshop in Oxford has a new AI section.')).toEqual([]);
  });

  it('does not count another body with the same initials, or a ticker, beside the word "export"', () => {
    expect(found('The Bank for International Settlements (BIS) looked at export prices.')).toEqual([]);
    expect(found('The BIS annual report on chip exports, the Basel-based bank said.')).toEqual([]);
    expect(found('The Bureau of Indian Standards (BIS) will require certification for chips.')).toEqual([]);
    expect(found('국제결제은행(BIS)은 인공지능이 수출에 미치는 영향을 분석했다.')).toEqual([]);
    expect(found('Shares of the fund ($BIS) rose as chip exports fell.')).toEqual([]);
  });

  it('does not count a road, a vehicle, a room or misspelt water', () => {
    expect(found('Traffic on the A100 was halted after a lorry shed its load of chips.')).toEqual([]);
    expect(found('Auf der A100 staute sich der Verkehr, die Ausfahrt bleibt für KI-Tests gesperrt.')).toEqual(
      [],
    );
    expect(found('The Yamaha R1 has AI traction control; DeepSeek wrote the review.')).toEqual([
      ['deepseek', 'DeepSeek'],
    ]);
    expect(found('My V3 engine is done, next the R1 gearbox. DeepSeek helped.')).toEqual([
      ['deepseek', 'DeepSeek'],
    ]);
    expect(found('The AI club meets in room B200.')).toEqual([]);
    expect(found('Students write H20 for water, which is H2O; the AI grader marked it wrong.')).toEqual([]);
  });

  it('does not count software or a device that a definition, a naming noun or a version names', () => {
    expect(found('Blackwell, an open-source framework for AI agents, has no link to the GPU.')).toEqual([]);
    expect(found('Hopper is a travel app whose AI predicts airfares.')).toEqual([]);
    expect(found('R1 is the name of our CI runner; it builds the app that calls DeepSeek.')).toEqual([
      ['deepseek', 'DeepSeek'],
    ]);
    expect(found('We named our Kubernetes operator Hopper; it moves GPU jobs.')).toEqual([]);
    expect(found('Kubernetes adds a GPU scheduler called Blackwell.')).toEqual([]);
    expect(found('The Hopper CLI 1.4 queues AI jobs from the terminal.')).toEqual([]);
    expect(found('Run pip install Blackwell before the GPU job starts.')).toEqual([]);
    expect(found('The new add-on for Hopper brings AI autocomplete.')).toEqual([]);
    expect(found('The V3 redesign of the dashboard shows DeepSeek answers inline.')).toEqual([
      ['deepseek', 'DeepSeek'],
    ]);
    expect(found('Updated the router firmware to R1; DeepSeek explained the AI filter.')).toEqual([
      ['deepseek', 'DeepSeek'],
    ]);
    expect(found('Hopper ist eine Reise-App, deren KI Flugpreise vorhersagt.')).toEqual([]);
    expect(found('Wir nutzen eine Software namens Blackwell für GPU-Jobs.')).toEqual([]);
    expect(found('In der Version 3 (V3) der App steckt eine KI von DeepSeek.')).toEqual([
      ['deepseek', 'DeepSeek'],
    ]);
    expect(found('호퍼라는 여행 앱은 AI로 항공권 가격을 예측한다.')).toEqual([]);
    expect(found('ホッパーという旅行アプリは、AIで価格を予測する。')).toEqual([]);
    expect(found('Apple’s R1 chip reads the sensors; the AI apps include a DeepSeek client.')).toEqual([
      ['deepseek', 'DeepSeek'],
    ]);
  });

  it('does not count a person or something named after one by title, possession, ship or place', () => {
    expect(found('USS Hopper docked in Sydney; the crew showed its AI-assisted radar.')).toEqual([]);
    expect(found('Hopper’s paintings of diners are a favourite of AI image generators.')).toEqual([]);
    expect(found('The Blackwell Theatre stages a play about AI.')).toEqual([]);
    expect(found('Mary Blackwell, a nurse, said the AI rota cut her overtime.')).toEqual([]);
    expect(found('호퍼 제독은 버그라는 말을 알렸고, 그의 이야기는 AI 수업에 나온다.')).toEqual([]);
    expect(found('올해 호퍼상은 AI 연구자에게 돌아갔다.')).toEqual([]);
    expect(found('ブラックウェル教授の講演では、AIと半導体が話題になった。')).toEqual([]);
    expect(found('ホッパー賞はAI研究者に贈られた。')).toEqual([]);
    expect(found('에드워드 호퍼의 그림이 AI로 재해석됐다.')).toEqual([]);
    expect(found('ホッパーの絵画をAIが再現した。')).toEqual([]);
    expect(found('블랙웰 출판사는 AI 윤리 핸드북을 펴낸다.')).toEqual([]);
    expect(found('ホッパー展では、AIによる音声ガイドが用意された。')).toEqual([]);
  });

  it('does not count another body whose name has the initials BIS, beside the word "export"', () => {
    expect(found('The British Interplanetary Society (BIS) discussed the export of satellites.')).toEqual([]);
    expect(
      found('The Department for Business, Innovation and Skills (BIS) promoted exports of chips.'),
    ).toEqual([]);
    expect(found('The Bank of International Settlements (BIS) looked at export prices.')).toEqual([]);
    expect(found('BIS Records, the Swedish label, exports its catalogue.')).toEqual([]);
    expect(found('The banks’ BIS capital ratio fell, while export lending rose.')).toEqual([]);
    expect(found('은행들의 BIS 비율이 하락했지만 수출 대출은 늘었다.')).toEqual([]);
    expect(found('인도표준국(BIS)은 수입 반도체에 인증을 요구한다.')).toEqual([]);
    expect(found('インド規格局（BIS）は輸入半導体に認証を求める。')).toEqual([]);
  });

  it('still counts the BIS when its own name, in any spelling, stands before the brackets', () => {
    expect(found('The Bureau of Industry & Security (BIS) issued new chip export rules.')).toEqual([
      ['export-controls', 'BIS'],
      ['export-controls', 'chip export rules'],
    ]);
    expect(found('미국 상무부 산업안보국(BIS)은 AI 칩 수출 기준을 강화했다.')).toEqual([
      ['export-controls', 'BIS'],
    ]);
    expect(found('상무부 산하 수출통제 당국(BIS)은 반도체 규정을 바꿨다.')).toEqual([
      ['export-controls', '수출통제'],
      ['export-controls', 'BIS'],
    ]);
    expect(found('米商務省（BIS）は半導体の輸出規制を発表した。')).toEqual([
      ['export-controls', 'BIS'],
      ['export-controls', '輸出規制'],
    ]);
    expect(found('美國商務部工業與安全局（BIS）擴大了晶片出口管制。')).toEqual([
      ['export-controls', 'BIS'],
      ['export-controls', '出口管制'],
    ]);
  });

  it('does not count the common word written in lower case', () => {
    expect(found('Load the grain hopper before the AI-guided harvester sets off.')).toEqual([]);
  });

  it('still counts a gated name with real topic context, beside its topic or another of its names', () => {
    expect(texts('Grace Hopper superchips pair an Arm CPU with a Hopper GPU.', 'nvidia')).toEqual([
      'Hopper',
      'Hopper',
    ]);
    expect(texts('The H800 differed from the H100 mainly in bandwidth.', 'nvidia')).toEqual(['H800', 'H100']);
    expect(texts('nvidia blackwell cards are impossible to find', 'nvidia')).toEqual(['nvidia', 'blackwell']);
    expect(found('The Bureau of Industry and Security (BIS) added entities.')).toEqual([
      ['export-controls', 'Bureau of Industry and Security'],
      ['export-controls', 'BIS'],
    ]);
    expect(found('Anyone getting timeouts on the R1 endpoint? DeepSeek says all green.')).toEqual([
      ['deepseek', 'R1'],
      ['deepseek', 'DeepSeek'],
    ]);
    expect(
      texts('Demand for Hopper remains strong and Blackwell is in full production at data centers.'),
    ).toEqual(['Hopper', 'Blackwell']);
  });

  it('counts chip names beside Korean, Japanese and Chinese context words and architecture names', () => {
    expect(found('H100은 호퍼 아키텍처, B200은 블랙웰 아키텍처를 기반으로 한다.')).toEqual([
      ['nvidia', 'H100'],
      ['nvidia', '호퍼'],
      ['nvidia', 'B200'],
      ['nvidia', '블랙웰'],
    ]);
    expect(found('블랙웰 그래픽카드는 게임보다 먼저 출시됐다.')).toEqual([['nvidia', '블랙웰']]);
    expect(found('H100やH200といった半導体は欠かせない。')).toEqual([
      ['nvidia', 'H100'],
      ['nvidia', 'H200'],
    ]);
    expect(found('ブラックウェル世代のGPUは速い。')).toEqual([['nvidia', 'ブラックウェル']]);
    expect(found('A100和A800显卡价格暴涨。')).toEqual([
      ['nvidia', 'A100'],
      ['nvidia', 'A800'],
    ]);
    expect(found('美国商务部工业与安全局（BIS）发布新规。')).toEqual([['export-controls', 'BIS']]);
    expect(found('블랙웰 기반 가속기는 학습 속도가 빠르다.')).toEqual([['nvidia', '블랙웰']]);
    expect(found('H100 그래픽 카드 가격이 내려갔다.')).toEqual([['nvidia', 'H100']]);
    expect(found('젠슨 황은 블랙웰 수요가 크다고 말했다.')).toEqual([['nvidia', '블랙웰']]);
    expect(found('H200は推論向けにメモリーを増やした。')).toEqual([['nvidia', 'H200']]);
    expect(found('H20は中国向けのアクセラレーターだ。')).toEqual([['nvidia', 'H20']]);
    expect(found('グレース・ホッパー・スーパーチップはCPUとGPUをまとめた。')).toEqual([
      ['nvidia', 'ホッパー'],
    ]);
  });
});

describe('When text needs normalising', () => {
  it('matches full-width and ligature forms, with offsets into the original text', () => {
    const text = '📈 ＮＶＩＤＩＡ and ﬁrm export\u2011controls';
    const mentions = matcher.findMentions(text);
    expect(mentions.map((mention) => [mention.text, mention.start, mention.end])).toEqual([
      ['ＮＶＩＤＩＡ', 3, 9],
      ['export\u2011controls', 18, 33],
    ]);
    for (const mention of mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  });

  it('matches across soft hyphens, no-break spaces, line breaks and en dashes', () => {
    expect(
      texts('Nvi\u00ADdia and the export\u00a0controls, the export\n  curbs and an export–control'),
    ).toEqual(['Nvi\u00ADdia', 'export\u00a0controls', 'export\n  curbs', 'export–control']);
  });
});

describe('Word boundaries', () => {
  it('lets an alias sit directly against CJK text but not against letters of other scripts', () => {
    expect(texts('英伟达H20芯片', 'nvidia')).toEqual(['英伟达', 'H20']);
    expect(found('ΑNvidia and NvidiaΩ')).toEqual([]);
    expect(found('Nvidia和DeepSeek')).toEqual([
      ['nvidia', 'Nvidia'],
      ['deepseek', 'DeepSeek'],
    ]);
  });
});

describe('Overlaps', () => {
  it('lets the longest alias win at one start and never returns overlapping mentions', () => {
    expect(texts('Nvidia Corp. and export controls and chip export rules')).toEqual([
      'Nvidia Corp.',
      'export controls',
      'chip export rules',
    ]);
    const mentions = matcher.findMentions('chat.deepseek.com hosts DeepSeek-R1 on H800 chips');
    for (let index = 1; index < mentions.length; index += 1) {
      expect(mentions[index]?.start).toBeGreaterThanOrEqual(mentions[index - 1]?.end ?? 0);
    }
  });
});

describe('compileMatcher', () => {
  it('matches only the topics it was given', () => {
    const onlyNvidia = compileMatcher([nvidia] as readonly MatcherTopic[]);
    expect(
      onlyNvidia.findMentions('DeepSeek used Nvidia chips despite export controls.').map((m) => m.topicId),
    ).toEqual(['nvidia']);
    expect(compileMatcher([]).findMentions('Nvidia')).toEqual([]);
  });

  it('reports the alias as written in the knowledge base', () => {
    expect(matcher.findMentions('NVIDIA CORP. and DEEPSEEK-V3').map((mention) => mention.alias)).toEqual([
      'Nvidia Corp.',
      'DeepSeek',
    ]);
  });

  it('honours case-sensitive, gated and product options of custom topics', () => {
    const custom = compileMatcher([
      {
        id: 'acme',
        aliases: [
          { text: 'ACME', caseSensitive: true },
          { text: 'Rocket', product: true },
          { text: 'X9', gated: true },
        ],
        contextTerms: ['launch pad'],
      },
    ]);
    expect(custom.findMentions('acme ACME Rocket-X2 X9').map((mention) => mention.text)).toEqual([
      'ACME',
      'Rocket-X2',
      'X9',
    ]);
    expect(
      custom.findMentions('The X9 sat on the Launch\u00a0Pad.').map((mention) => mention.contextTerm),
    ).toEqual(['launch pad']);
    expect(custom.findMentions('The X9 sat in the garage.')).toEqual([]);
  });
});

describe('When an ungated name means something else in its block', () => {
  it('does not count NVDA the screen reader, but still counts the ticker', () => {
    expect(texts('I switched from JAWS to NVDA last year and the page reads fine in browse mode.')).toEqual(
      [],
    );
    expect(texts('NVDA is a free, open-source screen reader for Windows.')).toEqual([]);
    expect(texts('Press NVDA+T to hear the window title.')).toEqual([]);
    expect(texts('NVDA reads the button label twice in Chrome.')).toEqual([]);
    expect(texts('NVDA fell 3% in early trading.')).toEqual(['NVDA']);
    expect(texts('NVDA 118.42 ▼ 16.97%')).toEqual(['NVDA']);
    // An anchor of the topic keeps it: Nvidia itself, or one of its context terms.
    expect(texts('My screen reader announced that NVDA rose after Nvidia beat estimates.')).toEqual([
      'NVDA',
      'Nvidia',
    ]);
    expect(texts('The screen reader read out the NVDA quote on the GPU maker.')).toEqual(['NVDA']);
  });

  it('does not count "export controls" that name a control in an app', () => {
    expect(texts('Click Export controls to save your MIDI mapping to a file.')).toEqual([]);
    expect(texts('Open the export controls panel and choose PNG or SVG.')).toEqual([]);
    expect(texts('Go to File > Export controls and pick a folder.')).toEqual([]);
    expect(texts('The export controls in the toolbar let you choose the file format.')).toEqual([]);
    expect(texts('The US tightened export controls on China.')).toEqual(['export controls']);
    // A context term of the topic that is not the hit's own word keeps it.
    expect(texts('Click the link to read how export controls on chips changed.')).toEqual([
      'export controls',
    ]);
  });

  it('does not count an export ban on goods other than chips, unless the block is about chips', () => {
    expect(texts('India extended its rice export ban for another year.')).toEqual([]);
    expect(texts("Indonesia's export ban on nickel ore pushed smelters onshore.")).toEqual([]);
    expect(texts('Export controls on scrap metal are meant to keep steel mills supplied.')).toEqual([]);
    expect(texts('Indien verlängert die Exportbeschränkungen für Reis.')).toEqual([]);
    expect(texts('인도는 쌀 수출 통제를 1년 더 연장했다.')).toEqual([]);
    expect(texts('インドはコメの輸出規制を延長した。')).toEqual([]);
    expect(texts('India extended its rice export ban, while chip exports from Malaysia rose.')).toEqual([
      'export ban',
    ]);
    expect(
      texts('Beijing answered the US chip curbs with export controls on gallium and germanium.'),
    ).toEqual(['chip curbs', 'export controls']);
    expect(texts('米国の輸出規制が強化された。')).toEqual(['輸出規制']);
  });
});

describe('When a forum post talks about DeepSeek models without naming DeepSeek', () => {
  it('counts a bare R1 or V3 beside words only model talk uses', () => {
    expect(texts('Is R1 still the best open-weight reasoning model, or has Qwen caught up?')).toEqual(['R1']);
    expect(texts('The distilled R1 runs fine in Ollama on a 3090.')).toEqual(['R1']);
    expect(texts('V3 is a mixture-of-experts model with 671B parameters, weights on Hugging Face.')).toEqual([
      'V3',
    ]);
    expect(texts('Das Reasoning-Modell R1 ist frei verfügbar.')).toEqual(['R1']);
    expect(texts('R1を蒸留したモデルがHugging Faceで公開された。')).toEqual(['R1']);
  });

  it('still rejects Apple’s R1 chip, the R1 road, V3 rockets and Manifest V3 beside those words', () => {
    expect(
      texts("Apple's R1 chip handles sensor input, and the distilled reasoning model runs on the M2."),
    ).toEqual([]);
    expect(texts('Take the R1 ring road; I listened to a reasoning model podcast on the way.')).toEqual([]);
    expect(texts('The V3 rocket flew in 1944; a distilled history is on Hugging Face.')).toEqual([]);
    expect(
      texts('Manifest V3 extensions cannot run remote code; the Hugging Face extension moved to it.'),
    ).toEqual([]);
  });
});
