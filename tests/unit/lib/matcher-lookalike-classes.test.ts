/**
 * Look-alike classes of the third round (docs/decisions/0002-matching-rules.md, "Places, players,
 * other countries' bodies…"): each with a block where the name means something else and one where
 * it is the topic, on the real topic files.
 */
import { describe, expect, it } from 'vitest';
import deepseek from '../../../data/topics/deepseek.json' with { type: 'json' };
import exportControls from '../../../data/topics/export-controls.json' with { type: 'json' };
import nvidia from '../../../data/topics/nvidia.json' with { type: 'json' };
import { compileMatcher, compileMatcherData, type MatcherTopic } from '../../../lib/match/matcher';

const TOPICS = [deepseek, nvidia, exportControls] as readonly MatcherTopic[];
const matcher = compileMatcher(TOPICS);

/** The mentions' texts, in order. */
const texts = (text: string): string[] => matcher.findMentions(text).map((mention) => mention.text);

describe('Gated names that are a place, a shop or a player', () => {
  it('drops a town or a bookseller named in an apposition, and keeps an architecture', () => {
    expect(
      texts('Blackwell, a town of about 6,000 in Oklahoma, approved a data center for AI firms.'),
    ).toEqual([]);
    expect(texts('Blackwell’s, the Oxford bookseller, stocks three shelves of AI titles.')).toEqual([]);
    expect(texts('Blackwell, the company’s newest GPU architecture, is sold out.')).toEqual(['Blackwell']);
  });

  it('drops a name with an age after it, and keeps a chip with a figure after it', () => {
    expect(texts('Blackwell, 24, scored twice before the club’s AI scouting picked him.')).toEqual([]);
    expect(texts('Blackwell, 2.5 times faster than Hopper, ships to AI labs.')).toEqual([
      'Blackwell',
      'Hopper',
    ]);
  });

  it('drops a CJK name in a sentence about a goal, and keeps it in a sentence about inference', () => {
    expect(texts('블랙웰은 후반 40분 결승골을 넣었고, 구단은 AI 분석 시스템을 썼다.')).toEqual([]);
    expect(texts('블랙웰은 추론 성능이 높아 AI 업계가 주목한다.')).toEqual(['블랙웰']);
  });

  it('drops a German exhibition named after a painter, and keeps the architecture', () => {
    expect(texts('Die Hopper-Retrospektive zeigt Gemälde, die eine KI beschreibt.')).toEqual([]);
    expect(texts('Die Hopper-Architektur trägt die KI-Rechenzentren bis heute.')).toEqual(['Hopper']);
  });
});

describe('Gated codes that are water, a university class or a vehicle', () => {
  it('drops pool water and keeps the chip', () => {
    expect(texts('Test your pool H20 weekly with the AI app.')).toEqual([]);
    expect(texts('The H20 in the tank is low on chlorine, the AI sensor says.')).toEqual([]);
    expect(texts('Test your H20 servers weekly: the AI app warns when a GPU is hot.')).toEqual(['H20']);
  });

  it('drops the R1 class of universities and keeps the R1 model', () => {
    expect(texts('Like other R1 universities, the school studies reasoning models.')).toEqual([]);
    expect(texts('R1 is the reasoning model the school studies.')).toEqual(['R1']);
  });

  it('drops a code before a CJK vehicle noun and keeps it before a chip noun', () => {
    expect(texts('现代H100厢式货车新增人工智能语音助手。')).toEqual([]);
    expect(texts('현대차는 H100 트럭에 AI 기반 보조 기능을 넣었다.')).toEqual([]);
    expect(texts('英伟达H100芯片仍是人工智能训练的主力。')).toEqual(['英伟达', 'H100']);
    expect(texts('H100 칩은 AI 학습에 쓰인다.')).toEqual(['H100']);
  });

  it('keeps a code after a capitalised German noun, and drops it after another maker', () => {
    expect(texts('Deepseeks Modell R1 wurde mit wenigen Nvidia-Chips trainiert.')).toEqual([
      'Deepseeks',
      'R1',
      'Nvidia',
    ]);
    expect(texts('Rivians Pick-up Rivian R1 hat eine destillierte Sprach-KI an Bord.')).toEqual([]);
  });
});

describe('BIS that is a ticker, another country’s body or the German word', () => {
  it('drops a ticker with a price move, and keeps the bureau', () => {
    expect(texts('ProShares UltraShort Nasdaq Biotechnology (BIS) rose 3% as chip stocks fell.')).toEqual([]);
    expect(texts('BIS said chip exporters need a licence; BIS rose to prominence in Washington.')).toEqual([
      'BIS',
      'BIS',
    ]);
  });

  it('drops another country’s service of those initials, and keeps the US agency', () => {
    expect(texts('The Czech counter-intelligence service BIS warned of export schemes.')).toEqual([]);
    expect(texts('Der tschechische Geheimdienst BIS warnt vor Käufern von Halbleitern.')).toEqual([]);
    expect(texts('The US agency BIS warned of export schemes.')).toEqual(['BIS']);
  });

  it('drops German "bis" of a date or opening hours in capitals, and keeps a capitals headline', () => {
    expect(texts('ÖFFNUNGSZEITEN: MONTAG BIS FREITAG 9 BIS 18 UHR – CHIPS UND HALBLEITER.')).toEqual([]);
    expect(texts('NUR BIS 31.12.: HALBLEITER-LADEGERÄTE, EXPORTE VERSANDKOSTENFREI.')).toEqual([]);
    expect(texts('BIS ADDS 140 CHINESE FIRMS TO ENTITY LIST IN NEW CHIP CRACKDOWN')).toEqual(['BIS']);
    expect(texts('BIS 2025 CHIP RULES EXPLAINED')).toEqual(['BIS']);
  });
});

describe('Ungated names that mean something else', () => {
  it('drops NVDA the screen reader by its release, site, viewer and Korean or Japanese words', () => {
    expect(texts('NVDA 2024.4 adds support for Unicode 15.1 emoji.')).toEqual([]);
    expect(texts('Download NVDA from nvaccess.org before you test your page.')).toEqual([]);
    expect(texts('Turn on the NVDA speech viewer.')).toEqual([]);
    expect(texts('NVDA 화면 읽기 프로그램으로 이 사이트를 써 보면 설명이 없다.')).toEqual([]);
    expect(texts('NVDAで読み上げると、ボタンにラベルがない。')).toEqual([]);
    expect(texts('NVDA 182.30 (+1.2%) | AMD 151.10 (-0.4%)')).toEqual(['NVDA']);
    expect(texts('NVDA 2024 revenue beat estimates.')).toEqual(['NVDA']);
  });

  it('drops data export controls, and keeps export controls', () => {
    expect(texts('The bank tightened its data export controls after a leak.')).toEqual([]);
    expect(texts('The US tightened its export controls after a leak.')).toEqual(['export controls']);
  });

  it('drops export rules on arms, nickel and ivory, in three languages, and keeps those on chips', () => {
    expect(texts('Germany tightened export controls on armoured vehicles.')).toEqual([]);
    expect(texts('Indonesia’s export ban on raw nickel pushed miners to build smelters.')).toEqual([]);
    expect(texts('The export ban on ivory has been in force since 1990.')).toEqual([]);
    expect(texts('Indonesien hält am Exportverbot für Nickelerz fest.')).toEqual([]);
    expect(texts('德国收紧武器出口管制。')).toEqual([]);
    expect(texts('The export ban on advanced chips takes effect on Monday.')).toEqual(['export ban']);
    expect(texts('Das Exportverbot für Hochleistungschips gilt ab Montag.')).toEqual(['Exportverbot']);
  });

  it('drops "deep seek" as common words and a CMS part named Entity List, and keeps the topic', () => {
    expect(texts('readers who dig deep seek out the primary sources, not AI summaries')).toEqual([]);
    expect(texts('Configure the Entity List component so the portal shows active records.')).toEqual([]);
    expect(texts('In Power Pages, an Entity List renders a view as a table.')).toEqual([]);
    expect(texts('has anyone tried deep seek on a mac?')).toEqual(['deep seek']);
    expect(texts('Open the Deep Seek app and ask it.')).toEqual(['Deep Seek']);
    expect(texts('BIS published the updated Entity List as a PDF.')).toEqual(['BIS', 'Entity List']);
    expect(texts('The Entity List controls on Huawei were tightened.')).toEqual(['Entity List']);
    expect(texts('Salesforce’s chief said he tried Deep Seek last week.')).toEqual(['Deep Seek']);
  });

  it('drops another government’s entity list even beside the topic, and keeps the US list', () => {
    expect(texts('商务部将美国企业列入不可靠实体清单，并对镓实施出口管制。')).toEqual(['出口管制']);
    expect(texts('Beijing added two firms to its Unreliable Entity List; chip firms were spared.')).toEqual(
      [],
    );
    expect(texts('美国把中芯国际列入实体清单。')).toEqual(['实体清单']);
  });
});

describe('Names of the rules in German, Chinese, Japanese and Korean, and plural chip codes', () => {
  it('counts the rules and the Entity List by their names in each language', () => {
    expect(texts('Die USA verschärfen die Ausfuhrkontrollen und Exportverbote.')).toEqual([
      'Ausfuhrkontrollen',
      'Exportverbote',
    ]);
    expect(texts('미국의 수출 규제와 수출규제 강화, 엔티티 리스트 추가')).toEqual([
      '수출 규제',
      '수출규제',
      '엔티티 리스트',
    ]);
    expect(texts('エンティティリストと輸出管理、出口限制と實體清單')).toEqual([
      'エンティティリスト',
      '輸出管理',
      '出口限制',
      '實體清單',
    ]);
  });

  it('counts German compounds of the rules and the list, and German and Chinese chip words as context', () => {
    expect(texts('Die Exportkontroll-Regeln und die Entity-List treffen den Konzern.')).toEqual([
      'Exportkontroll',
      'Entity-List',
    ]);
    expect(texts('Der Blackwell-Nachfolger kommt 2026, kündigte der Chipkonzern an.')).toEqual(['Blackwell']);
    expect(texts('用了四张A100，显存刚好。')).toEqual(['A100']);
    expect(texts('Der Blackwell-Nachfolger kommt 2026.')).toEqual([]);
  });

  it('counts a plural chip code with no other context, and a singular one only with context', () => {
    expect(texts('Rented 4x H200s for a weekend.')).toEqual(['H200s']);
    expect(texts('Rented an H200 for a weekend.')).toEqual([]);
    expect(texts('Rented an H200 for a weekend to run a model in FP8.')).toEqual(['H200']);
  });
});

describe('The cost of the names added', () => {
  // A prefilter key with a letter outside ASCII and CJK ("Ausfuhrbeschränkung", which no shorter
  // key covers) makes every block with a curly quote or an accent pass the prefilter, which made
  // matching the generated 1 MB page measurably slower.
  it('keeps every prefilter key in ASCII or CJK, so plain text with accents is not matched', () => {
    expect(compileMatcherData(TOPICS).prefilter.kind).toBe('keysOrChanging');
  });
});
