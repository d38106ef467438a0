/**
 * Traditional Chinese characters folded to their Simplified forms, so that a query typed in either
 * script (訓練成本, 训练成本) meets the same words of the knowledge base. Pure data and one function.
 *
 * The table holds 746 one-to-one character pairs that news about technology, markets and policy
 * uses; a character that is not in it (or is the same in both scripts) is left as it is. Where one
 * Simplified character stands for several Traditional ones (發 and 髮 → 发) folding loses nothing
 * that search needs. Words that differ between regions (輝達 in Taiwan, 英伟达 on the mainland) are
 * not conversions: topic files list them as aliases or keywords.
 */

/** Traditional characters; the character at the same index of SIMPLIFIED is its Simplified form. */
const TRADITIONAL = [
  '與專業東絲兩嚴喪個豐臨為麗舉義烏樂喬習鄉書買亂爭於虧雲亞產畝親億僅從侖倉儀們價眾優會傘偉傳傷倫偽體餘傭俠侶偵側僑係債傾償',
  '儲兒兌黨蘭關興茲養獸內岡冊寫軍農馮沖決況凍淨涼減湊幾鳳憑凱擊劃劉則剛創刪別劑劍剝劇勸辦務動勵勁勞勢勻匯區醫華協單賣盧衛卻',
  '廠廳曆歷厲壓厭縣參雙發髮變敘疊葉號嘆嚇呂嗎啟吳員嗚響啞嘩喚噴囑團園圍國圖圓聖場壞塊堅壇壩墳墜壟壘墾墊墮壺聲處備復複頭誇夾',
  '奪奮獎妝婦媽嬌孫學寧寶實寵審憲宮寬賓寢對尋導壽將爾塵嘗層屬屢嶼歲豈崗嵐島嶺巒鞏幣帥師帳帶幫幹廣莊慶廬庫應廟龐廢開異棄張彌',
  '彎彈強歸當錄徹徑憶憂懷態總戀懇惡惱悅懸憫驚懼慘懲慚慣願懶戲戰戶撲執擴掃揚擾撫拋搶護報擔擬攏擁攔撥擇掛揮擋擠撈損撿換據擺攜',
  '攝攤攪攬敗數斂斃鬥斬斷無舊時曠晝顯晉曬曉暈暉暫術樸機殺雜權條來楊極構樞櫃標棧欄樹樣樁夢檢樓歐歡殘毀畢氣漢湯溝沒瀝淪滄滬淚',
  '潑瀉潔灑澆濁測濟瀏渾濃濤潤漲澀淵漬漸溫灣濕潰濺滿濾濫灘澱瀕滅燈靈災爐點煉爛煩燒燙熱煥營燦燭爺牆犧狀獨狹獅獄猶獲獵貓獻環現',
  '瑪璽瓊電畫暢療瘋癢皺盞鹽監蓋盤睜礦碼磚礎確禮禍離禿種積稱穩穀窮竊窩豎競筆築簡籌簽節範糧糾紀紅約級紋純紙納紛紡線練組細終絕',
  '統經綁結給絡綜緊維網綱編緣縮績織繼續罰罷羅聯聰職聽腳腦膽臉臟髒艦艱藝藥萬蒼蘇蘋蘿蟲蠶補裝製見規視覺覽觀觸計訂認討讓訓議訊',
  '記講許論設訪證評識詐訴診詞試詩話該詳誠誤說請諸讀課誰調談謀謝謠謹譜譯讚貝負財責貢貨販貪貧購貸費貿賀資賊賠賞賦質賬賭賴贈贏',
  '趕趙躍車軌軟轉輕載輔輛輸輪辭邊遷過運還這進遠連遲適選遺鄧鄭醜釋鐘針釘鋼錢鐵鑄銀銷鎖鋒錯鍵鏡長門閃閉問閒間閱闊隊陽陰陣階際',
  '陸險隨隱難雞霧靜頁頂項順須預領頻題額顏類顧風飛飯飲館馬駐騙驗驅鬧魚鮮鳥鴻麥黃齊齒龍龜輝達韓洩餾佈週裡裏準鬆臺註盪虛稅蝕後',
  '麼鏈鋁礙値衝僱鄰橫壯濱邏輯嶄頒彙紐聞剷頓頸騰愛癮薦屆',
].join('');

const SIMPLIFIED = [
  '与专业东丝两严丧个丰临为丽举义乌乐乔习乡书买乱争于亏云亚产亩亲亿仅从仑仓仪们价众优会伞伟传伤伦伪体余佣侠侣侦侧侨系债倾偿',
  '储儿兑党兰关兴兹养兽内冈册写军农冯冲决况冻净凉减凑几凤凭凯击划刘则刚创删别剂剑剥剧劝办务动励劲劳势匀汇区医华协单卖卢卫却',
  '厂厅历历厉压厌县参双发发变叙叠叶号叹吓吕吗启吴员呜响哑哗唤喷嘱团园围国图圆圣场坏块坚坛坝坟坠垄垒垦垫堕壶声处备复复头夸夹',
  '夺奋奖妆妇妈娇孙学宁宝实宠审宪宫宽宾寝对寻导寿将尔尘尝层属屡屿岁岂岗岚岛岭峦巩币帅师帐带帮干广庄庆庐库应庙庞废开异弃张弥',
  '弯弹强归当录彻径忆忧怀态总恋恳恶恼悦悬悯惊惧惨惩惭惯愿懒戏战户扑执扩扫扬扰抚抛抢护报担拟拢拥拦拨择挂挥挡挤捞损捡换据摆携',
  '摄摊搅揽败数敛毙斗斩断无旧时旷昼显晋晒晓晕晖暂术朴机杀杂权条来杨极构枢柜标栈栏树样桩梦检楼欧欢残毁毕气汉汤沟没沥沦沧沪泪',
  '泼泻洁洒浇浊测济浏浑浓涛润涨涩渊渍渐温湾湿溃溅满滤滥滩淀濒灭灯灵灾炉点炼烂烦烧烫热焕营灿烛爷墙牺状独狭狮狱犹获猎猫献环现',
  '玛玺琼电画畅疗疯痒皱盏盐监盖盘睁矿码砖础确礼祸离秃种积称稳谷穷窃窝竖竞笔筑简筹签节范粮纠纪红约级纹纯纸纳纷纺线练组细终绝',
  '统经绑结给络综紧维网纲编缘缩绩织继续罚罢罗联聪职听脚脑胆脸脏脏舰艰艺药万苍苏苹萝虫蚕补装制见规视觉览观触计订认讨让训议讯',
  '记讲许论设访证评识诈诉诊词试诗话该详诚误说请诸读课谁调谈谋谢谣谨谱译赞贝负财责贡货贩贪贫购贷费贸贺资贼赔赏赋质账赌赖赠赢',
  '赶赵跃车轨软转轻载辅辆输轮辞边迁过运还这进远连迟适选遗邓郑丑释钟针钉钢钱铁铸银销锁锋错键镜长门闪闭问闲间阅阔队阳阴阵阶际',
  '陆险随隐难鸡雾静页顶项顺须预领频题额颜类顾风飞饭饮馆马驻骗验驱闹鱼鲜鸟鸿麦黄齐齿龙龟辉达韩泄馏布周里里准松台注荡虚税蚀后',
  '么链铝碍值冲雇邻横壮滨逻辑崭颁汇纽闻铲顿颈腾爱瘾荐届',
].join('');

const TO_SIMPLIFIED: ReadonlyMap<string, string> = new Map(
  [...TRADITIONAL].map((char, index) => [char, SIMPLIFIED.charAt(index)]),
);

/** Characters of the table, for a quick test before folding a string character by character. */
const HAS_TRADITIONAL = new RegExp(`[${TRADITIONAL}]`, 'u');

/** `text` with every Traditional character of the table replaced by its Simplified form. */
export function toSimplified(text: string): string {
  if (!HAS_TRADITIONAL.test(text)) return text;
  let out = '';
  for (const char of text) out += TO_SIMPLIFIED.get(char) ?? char;
  return out;
}

/** How many character pairs the table holds (for tests). */
export const HAN_PAIR_COUNT = TO_SIMPLIFIED.size;

/**
 * Words Taiwan and Hong Kong write differently from the mainland, after folding to Simplified
 * characters: the knowledge base's Chinese keywords use the mainland words. Longest first.
 */
const REGIONAL_WORDS: readonly (readonly [string, string])[] = [
  ['人工智慧', '人工智能'],
  ['记忆体', '内存'],
  ['伺服器', '服务器'],
  ['演算法', '算法'],
  ['义大利', '意大利'],
  ['澳洲', '澳大利亚'],
  ['南韩', '韩国'],
  ['晶片', '芯片'],
  ['辉达', '英伟达'],
  ['川普', '特朗普'],
  ['网路', '网络'],
  ['软体', '软件'],
  ['硬体', '硬件'],
  ['资安', '网络安全'],
  ['外泄', '泄露'],
];

const HAS_REGIONAL = new RegExp(REGIONAL_WORDS.map(([word]) => word).join('|'), 'u');

/**
 * `text` (already Simplified) with the regional words of the table replaced by the mainland ones
 * (晶片 → 芯片, 人工智慧 → 人工智能, 南韩 → 韩国), so a query typed in Taipei meets the same keywords.
 */
export function toMainlandWords(text: string): string {
  if (!HAS_REGIONAL.test(text)) return text;
  let out = text;
  for (const [regional, mainland] of REGIONAL_WORDS) out = out.split(regional).join(mainland);
  return out;
}
