#include "DemoCatalog.h"

#include <cstring>

namespace DemoCatalog {

namespace {

using R = Region;
using C = Culture;

// clang-format off (tables read best aligned)

// Weights are shares within the region; the region shares live in the generator.
constexpr Country countryTable[] = {
    { "US", R::NorthAmerica, 82, -5, C::Anglo, { "Inc.", "LLC", "Corp.", "" }, "(NXX) 555-01XX" },
    { "CA", R::NorthAmerica, 13, -5, C::Anglo, { "Inc.", "Ltd.", "Corp.", "" }, "(NXX) 555-01XX" },
    { "MX",
      R::NorthAmerica,
      5,
      -6,
      C::Romance,
      { "S.A. de C.V.", "S.A. de C.V.", "S. de R.L.", "" },
      "55 NXXX XXXX" },
    { "GB", R::Emea, 30, 0, C::Anglo, { "Ltd", "plc", "Group", "" }, "020 7946 0XXX" },
    { "DE", R::Emea, 22, 1, C::Germanic, { "GmbH", "GmbH", "AG", "" }, "030 NXXXXXXX" },
    { "FR", R::Emea, 13, 1, C::Romance, { "SAS", "SAS", "S.A.", "" }, "01 NX XX XX XX" },
    { "NL", R::Emea, 8, 1, C::Germanic, { "B.V.", "B.V.", "N.V.", "" }, "020 NXX XXXX" },
    { "SE", R::Emea, 5, 1, C::Germanic, { "AB", "AB", "AB", "" }, "08 NXX XXX XX" },
    { "ES", R::Emea, 6, 1, C::Romance, { "S.L.", "S.A.", "S.L.", "" }, "91 NXX XX XX" },
    { "IT", R::Emea, 5, 1, C::Romance, { "S.p.A.", "S.r.l.", "S.r.l.", "" }, "02 NXXX XXXX" },
    { "CH", R::Emea, 4, 1, C::Germanic, { "AG", "GmbH", "SA", "" }, "044 NXX XX XX" },
    { "IE", R::Emea, 4, 0, C::Anglo, { "Ltd", "DAC", "Ltd", "" }, "01 NXX XXXX" },
    { "AE", R::Emea, 3, 4, C::Gulf, { "LLC", "FZ-LLC", "FZE", "" }, "04 NXX XXXX" },
    { "AU", R::Apac, 26, 10, C::Anglo, { "Pty Ltd", "Pty Ltd", "Limited", "" }, "0491 570 1XX" },
    { "SG", R::Apac, 20, 8, C::SoutheastAsian, { "Pte. Ltd.", "Pte. Ltd.", "Pte. Ltd.", "" }, "6NXX XXXX" },
    { "JP", R::Apac, 18, 9, C::Japanese, { "K.K.", "K.K.", "Co., Ltd.", "" }, "03-NXXX-XXXX" },
    { "IN", R::Apac, 15, 5, C::Indian, { "Pvt. Ltd.", "Pvt. Ltd.", "Ltd.", "" }, "0XX NXXX XXXX" },
    { "KR", R::Apac, 8, 9, C::Korean, { "Co., Ltd.", "Co., Ltd.", "Inc.", "" }, "02-NXXX-XXXX" },
    { "NZ", R::Apac, 5, 12, C::Anglo, { "Limited", "Ltd", "Ltd", "" }, "09 NXX XXXX" },
    { "MY", R::Apac, 6, 8, C::SoutheastAsian, { "Sdn. Bhd.", "Sdn. Bhd.", "Berhad", "" }, "03-NXXX XXXX" },
    { "CN", R::GreaterChina, 76, 8, C::Chinese, { "", "", "", "" }, "1MX XXXX XXXX" },
    { "HK", R::GreaterChina, 14, 8, C::Chinese, { "", "", "", "" }, "NXXX XXXX" },
    { "TW", R::GreaterChina, 10, 8, C::Chinese, { "", "", "", "" }, "09XX XXX XXX" },
};

constexpr Industry industryTable[] = {
    { "Software",
      14,
      { "Software", "Systems", "Labs", "Technologies" },
      { "软件", "信息技术", "网络科技" },
      { "ruanjian", "xinxi", "wangluo" } },
    { "Financial Services",
      10,
      { "Capital", "Financial", "Payments", "Advisors" },
      { "金融服务", "投资", "支付" },
      { "jinrong", "touzi", "zhifu" } },
    { "Healthcare",
      9,
      { "Health", "Medical", "Biosciences", "Care" },
      { "医疗器械", "生物科技", "健康科技" },
      { "yiliao", "shengwu", "jiankang" } },
    { "Manufacturing",
      11,
      { "Manufacturing", "Industries", "Precision", "Components" },
      { "精密制造", "机械", "电子" },
      { "jingmi", "jixie", "dianzi" } },
    { "Retail",
      8,
      { "Retail", "Outfitters", "Brands", "Markets" },
      { "零售", "商贸", "电子商务" },
      { "lingshou", "shangmao", "dianshang" } },
    { "Logistics",
      7,
      { "Logistics", "Freight", "Shipping", "Transport" },
      { "物流", "供应链", "运输" },
      { "wuliu", "gongyinglian", "yunshu" } },
    { "Education",
      5,
      { "Learning", "Education", "Academy", "Training" },
      { "教育科技", "教育", "培训" },
      { "jiaoyu", "jiaoyu", "peixun" } },
    { "Media",
      5,
      { "Media", "Studios", "Publishing", "Digital" },
      { "传媒", "文化传播", "数字科技" },
      { "chuanmei", "wenhua", "shuzi" } },
    { "Telecommunications",
      5,
      { "Networks", "Telecom", "Communications", "Wireless" },
      { "通信", "网络", "通讯技术" },
      { "tongxin", "wangluo", "tongxun" } },
    { "Energy",
      5,
      { "Energy", "Power", "Renewables", "Solar" },
      { "新能源", "电力", "能源科技" },
      { "xinnengyuan", "dianli", "nengyuan" } },
    { "Professional Services",
      9,
      { "Consulting", "Partners", "Advisory", "Associates" },
      { "咨询", "管理咨询", "企业服务" },
      { "zixun", "guanli", "qifu" } },
    { "Real Estate",
      4,
      { "Properties", "Realty", "Estates", "Development" },
      { "置业", "地产", "物业管理" },
      { "zhiye", "dichan", "wuye" } },
    { "Hospitality",
      4,
      { "Hotels", "Hospitality", "Resorts", "Travel" },
      { "酒店管理", "旅游", "餐饮管理" },
      { "jiudian", "lvyou", "canyin" } },
    { "Automotive",
      4,
      { "Automotive", "Motors", "Mobility", "Auto Parts" },
      { "汽车零部件", "汽车科技", "智能出行" },
      { "qiche", "qichekeji", "chuxing" } },
};

constexpr const char *brandPrefixTable[] = {
    "North", "South",  "East",    "West",  "Blue",  "Silver", "Iron",  "Red",   "Green", "Bright",
    "Clear", "Stone",  "Oak",     "Pine",  "Maple", "Cedar",  "High",  "Sun",   "Star",  "Moon",
    "Gold",  "Copper", "Crystal", "River", "Lake",  "Storm",  "Frost", "Swift", "True",  "Wild",
    "Deep",  "Far",    "Grand",   "Key",   "Long",  "Fair",   "Fox",   "Bay",   "Rock",  "Elm",
};

constexpr const char *brandSuffixTable[] = {
    "wind",   "peak",  "field", "brook", "gate",  "ridge", "stone", "wood",  "bridge", "haven",
    "point",  "crest", "vale",  "light", "water", "ford",  "line",  "mark",  "path",   "view",
    "spring", "port",  "shore", "well",  "dale",  "side",  "bank",  "hill",  "land",   "way",
    "hurst",  "mont",  "ton",   "wick",  "mere",  "fall",  "glen",  "cliff", "star",   "works",
};

constexpr const char *brandWordTable[] = {
    "Apex",      "Vertex",  "Keystone", "Meridian", "Pinnacle", "Atlas",    "Beacon",   "Harbor",
    "Evergreen", "Cobalt",  "Quantum",  "Nimbus",   "Sterling", "Horizon",  "Lumen",    "Orion",
    "Vector",    "Zenith",  "Aurora",   "Paragon",  "Sequoia",  "Granite",  "Trident",  "Falcon",
    "Cascade",   "Summit",  "Polaris",  "Helix",    "Onyx",     "Sapphire", "Ember",    "Juniper",
    "Lattice",   "Monarch", "Nova",     "Osprey",   "Prism",    "Redwood",  "Solstice", "Tandem",
    "Vantage",   "Willow",  "Bluebird", "Kestrel",  "Halcyon",  "Marlin",   "Sable",    "Tidewater",
};

// Distinguishers when a composed name is already taken.
constexpr const char *englishCityTable[] = {
    "Boston", "Denver",     "Austin",    "Seattle",   "Atlanta",  "Chicago",   "Toronto",   "Dallas",
    "London", "Manchester", "Berlin",    "Munich",    "Paris",    "Lyon",      "Amsterdam", "Madrid",
    "Milan",  "Dublin",     "Zurich",    "Stockholm", "Sydney",   "Melbourne", "Singapore", "Tokyo",
    "Osaka",  "Mumbai",     "Bangalore", "Seoul",     "Auckland", "Dubai",     "Phoenix",   "Portland",
};

constexpr Hanzi chineseCityTable[] = {
    { "上海", "shanghai" }, { "北京", "beijing" },  { "深圳", "shenzhen" }, { "广州", "guangzhou" },
    { "杭州", "hangzhou" }, { "苏州", "suzhou" },   { "南京", "nanjing" },  { "成都", "chengdu" },
    { "武汉", "wuhan" },    { "西安", "xian" },     { "天津", "tianjin" },  { "重庆", "chongqing" },
    { "宁波", "ningbo" },   { "厦门", "xiamen" },   { "青岛", "qingdao" },  { "东莞", "dongguan" },
    { "合肥", "hefei" },    { "长沙", "changsha" }, { "华东", "huadong" },  { "华南", "huanan" },
    { "华北", "huabei" },   { "无锡", "wuxi" },     { "佛山", "foshan" },   { "郑州", "zhengzhou" },
};

constexpr Hanzi taiwanCityTable[]
    = { { "台北", "taipei" }, { "新竹", "hsinchu" }, { "台中", "taichung" }, { "高雄", "kaohsiung" } };
constexpr Hanzi hongKongCityTable[] = { { "香港", "hk" }, { "九龙", "kowloon" } };

constexpr Hanzi chineseBrandTable[] = {
    { "星河", "xinghe" },     { "华信", "huaxin" },    { "博远", "boyuan" },     { "明德", "mingde" },
    { "恒通", "hengtong" },   { "中科", "zhongke" },   { "云帆", "yunfan" },     { "天成", "tiancheng" },
    { "鼎盛", "dingsheng" },  { "瑞达", "ruida" },     { "金桥", "jinqiao" },    { "新元", "xinyuan" },
    { "宏图", "hongtu" },     { "远航", "yuanhang" },  { "卓越", "zhuoyue" },    { "嘉禾", "jiahe" },
    { "联创", "lianchuang" }, { "智远", "zhiyuan" },   { "东方", "dongfang" },   { "海纳", "haina" },
    { "锦程", "jincheng" },   { "德润", "derun" },     { "安泰", "antai" },      { "华耀", "huayao" },
    { "启明", "qiming" },     { "盛世", "shengshi" },  { "众诚", "zhongcheng" }, { "银河", "yinhe" },
    { "腾飞", "tengfei" },    { "凯达", "kaida" },     { "九州", "jiuzhou" },    { "青松", "qingsong" },
    { "润泽", "runze" },      { "永信", "yongxin" },   { "诚达", "chengda" },    { "天宇", "tianyu" },
    { "恒远", "hengyuan" },   { "宏达", "hongda" },    { "新锐", "xinrui" },     { "开元", "kaiyuan" },
    { "同创", "tongchuang" }, { "精诚", "jingcheng" }, { "百川", "baichuan" },   { "立信", "lixin" },
    { "光华", "guanghua" },   { "飞鸿", "feihong" },   { "长风", "changfeng" },  { "华瑞", "huarui" },
    { "信达", "xinda" },      { "睿思", "ruisi" },     { "云图", "yuntu" },      { "澜海", "lanhai" },
    { "弘毅", "hongyi" },     { "普惠", "puhui" },     { "翔宇", "xiangyu" },    { "安盛", "ansheng" },
    { "合众", "hezhong" },    { "美达", "meida" },     { "致远", "zhiyuan" },    { "嘉信", "jiaxin" },
};

constexpr const char *chineseLegalFormTable[]
    = { "有限公司", "有限公司", "有限公司", "股份有限公司", "集团", "" };

constexpr Hanzi chineseSurnameTable[] = {
    { "王", "wang" },  { "李", "li" },    { "张", "zhang" }, { "刘", "liu" },   { "陈", "chen" },
    { "杨", "yang" },  { "黄", "huang" }, { "赵", "zhao" },  { "吴", "wu" },    { "周", "zhou" },
    { "徐", "xu" },    { "孙", "sun" },   { "马", "ma" },    { "朱", "zhu" },   { "胡", "hu" },
    { "郭", "guo" },   { "何", "he" },    { "林", "lin" },   { "罗", "luo" },   { "高", "gao" },
    { "郑", "zheng" }, { "梁", "liang" }, { "谢", "xie" },   { "宋", "song" },  { "唐", "tang" },
    { "许", "xu" },    { "韩", "han" },   { "冯", "feng" },  { "邓", "deng" },  { "曹", "cao" },
    { "彭", "peng" },  { "曾", "zeng" },  { "萧", "xiao" },  { "田", "tian" },  { "董", "dong" },
    { "潘", "pan" },   { "袁", "yuan" },  { "蔡", "cai" },   { "蒋", "jiang" }, { "余", "yu" },
};

constexpr Hanzi chineseGivenNameTable[] = {
    { "伟", "wei" },        { "芳", "fang" },      { "娜", "na" },        { "敏", "min" },
    { "静", "jing" },       { "丽", "li" },        { "强", "qiang" },     { "磊", "lei" },
    { "军", "jun" },        { "洋", "yang" },      { "勇", "yong" },      { "艳", "yan" },
    { "杰", "jie" },        { "娟", "juan" },      { "涛", "tao" },       { "明", "ming" },
    { "超", "chao" },       { "秀英", "xiuying" }, { "霞", "xia" },       { "平", "ping" },
    { "刚", "gang" },       { "桂英", "guiying" }, { "晨", "chen" },      { "欣怡", "xinyi" },
    { "子涵", "zihan" },    { "浩然", "haoran" },  { "宇轩", "yuxuan" },  { "思远", "siyuan" },
    { "佳怡", "jiayi" },    { "梓萱", "zixuan" },  { "俊杰", "junjie" },  { "雨桐", "yutong" },
    { "志强", "zhiqiang" }, { "海燕", "haiyan" },  { "建华", "jianhua" }, { "晓明", "xiaoming" },
    { "婷婷", "tingting" }, { "文博", "wenbo" },   { "嘉欣", "jiaxin" },  { "一鸣", "yiming" },
    { "子豪", "zihao" },    { "梦琪", "mengqi" },  { "博文", "bowen" },   { "雪", "xue" },
    { "立新", "lixin" },    { "天佑", "tianyou" }, { "诗涵", "shihan" },  { "国强", "guoqiang" },
    { "慧敏", "huimin" },   { "振宇", "zhenyu" },
};

constexpr Name angloFirst[] = {
    { "James" },   { "Mary" },   { "Michael" }, { "Jennifer" }, { "David" },       { "Linda" },
    { "Robert" },  { "Sarah" },  { "William" }, { "Emily" },    { "Daniel" },      { "Jessica" },
    { "Matthew" }, { "Ashley" }, { "Andrew" },  { "Laura" },    { "Christopher" }, { "Megan" },
    { "Ryan" },    { "Rachel" }, { "Brian" },   { "Nicole" },   { "Kevin" },       { "Olivia" },
    { "Jason" },   { "Hannah" }, { "Thomas" },  { "Grace" },    { "Eric" },        { "Chloe" },
    { "Mark" },    { "Sophie" }, { "Adam" },    { "Emma" },     { "Nathan" },      { "Lucy" },
    { "Sean" },    { "Amelia" }, { "Oliver" },  { "Zoe" },      { "Vivian" },      { "Tony" },
    { "Cindy" },   { "Jack" },   { "Amy" },     { "Lily" },     { "Peter" },       { "Helen" },
};

constexpr Name angloLast[] = {
    { "Smith" },   { "Johnson" },  { "Williams" },
    { "Brown" },   { "Jones" },    { "Miller" },
    { "Davis" },   { "Wilson" },   { "Anderson" },
    { "Taylor" },  { "Thomas" },   { "Moore" },
    { "Martin" },  { "Jackson" },  { "Thompson" },
    { "White" },   { "Harris" },   { "Clark" },
    { "Lewis" },   { "Robinson" }, { "Walker" },
    { "Young" },   { "Allen" },    { "King" },
    { "Wright" },  { "Scott" },    { "Green" },
    { "Baker" },   { "Adams" },    { "Nelson" },
    { "Hill" },    { "Campbell" }, { "Mitchell" },
    { "Roberts" }, { "Carter" },   { "Phillips" },
    { "Evans" },   { "Turner" },   { "Parker" },
    { "Collins" }, { "Edwards" },  { "Stewart" },
    { "Murphy" },  { "Cook" },     { "Morgan" },
    { "Bell" },    { "Bailey" },   { "Cooper" },
    { "Reed" },    { "Hughes" },   { "O'Brien", "obrien" },
    { "Kelly" },
};

constexpr Name germanicFirst[] = {
    { "Lukas" },      { "Anna" },  { "Jonas" }, { "Lea" },     { "Felix" },         { "Marie" },
    { "Maximilian" }, { "Paul" },  { "Laura" }, { "Leon" },    { "Julia" },         { "Tobias" },
    { "Katharina" },  { "Jan" },   { "Lena" },  { "Florian" }, { "Stefan" },        { "Sabine" },
    { "Daan" },       { "Sanne" }, { "Erik" },  { "Astrid" },  { "Jörg", "joerg" }, { "Björn", "bjoern" },
};

constexpr Name germanicLast[] = {
    { "Müller", "mueller" },
    { "Schmidt" },
    { "Schneider" },
    { "Fischer" },
    { "Weber" },
    { "Meyer" },
    { "Wagner" },
    { "Becker" },
    { "Schulz" },
    { "Hoffmann" },
    { "Koch" },
    { "Richter" },
    { "Klein" },
    { "Wolf" },
    { "Schröder", "schroeder" },
    { "Neumann" },
    { "de Vries", "devries" },
    { "Jansen" },
    { "Lindqvist" },
    { "Johansson" },
    { "Bakker" },
    { "Vogel" },
    { "Keller" },
    { "Huber" },
};

constexpr Name romanceFirst[] = {
    { "Camille" },        { "Louis" },        { "Chloé", "chloe" }, { "Hugo" },           { "Manon" },
    { "Lucas" },          { "Inès", "ines" }, { "Antoine" },        { "Sofía", "sofia" }, { "Javier" },
    { "Lucía", "lucia" }, { "Carlos" },       { "María", "maria" }, { "Diego" },          { "Elena" },
    { "Pablo" },          { "Giulia" },       { "Marco" },          { "Francesca" },      { "Luca" },
    { "Chiara" },         { "Matteo" },       { "Valentina" },      { "Alessandro" },
};

constexpr Name romanceLast[] = {
    { "Martin" },
    { "Bernard" },
    { "Dubois" },
    { "Lefèvre", "lefevre" },
    { "Moreau" },
    { "Laurent" },
    { "Girard" },
    { "Rousseau" },
    { "García", "garcia" },
    { "Fernández", "fernandez" },
    { "López", "lopez" },
    { "Martínez", "martinez" },
    { "Sánchez", "sanchez" },
    { "Romero" },
    { "Navarro" },
    { "Rossi" },
    { "Russo" },
    { "Ferrari" },
    { "Esposito" },
    { "Bianchi" },
    { "Romano" },
    { "Colombo" },
    { "Ricci" },
    { "Marino" },
};

constexpr Name indianFirst[] = {
    { "Aarav" }, { "Priya" }, { "Rohan" },  { "Ananya" }, { "Vikram" }, { "Sneha" },
    { "Arjun" }, { "Kavya" }, { "Rahul" },  { "Neha" },   { "Aditya" }, { "Pooja" },
    { "Karan" }, { "Divya" }, { "Sanjay" }, { "Meera" },
};

constexpr Name indianLast[] = {
    { "Sharma" }, { "Patel" }, { "Iyer" },  { "Reddy" }, { "Gupta" }, { "Nair" },   { "Singh" }, { "Mehta" },
    { "Rao" },    { "Kumar" }, { "Joshi" }, { "Desai" }, { "Menon" }, { "Kapoor" }, { "Bose" },  { "Pillai" },
};

constexpr Name japaneseFirst[] = {
    { "Haruto" }, { "Yui" },   { "Sota" }, { "Aoi" },   { "Ren" }, { "Hina" },    { "Takumi" },
    { "Sakura" }, { "Kenji" }, { "Yuki" }, { "Daiki" }, { "Mei" }, { "Hiroshi" }, { "Emi" },
};

constexpr Name japaneseLast[] = {
    { "Sato" },    { "Suzuki" },   { "Takahashi" }, { "Tanaka" },    { "Watanabe" },
    { "Ito" },     { "Yamamoto" }, { "Nakamura" },  { "Kobayashi" }, { "Kato" },
    { "Yoshida" }, { "Yamada" },   { "Sasaki" },    { "Matsumoto" },
};

constexpr Name koreanFirst[] = {
    { "Min-jun", "minjun" },   { "Seo-yeon", "seoyeon" }, { "Ji-ho", "jiho" },     { "Ha-eun", "haeun" },
    { "Do-yun", "doyun" },     { "Su-bin", "subin" },     { "Jun-seo", "junseo" }, { "Ji-woo", "jiwoo" },
    { "Hyun-woo", "hyunwoo" }, { "Eun-ji", "eunji" },
};

constexpr Name koreanLast[]
    = { { "Kim" }, { "Lee" }, { "Park" }, { "Choi" }, { "Jung" }, { "Kang" }, { "Cho" }, { "Yoon" } };

constexpr Name southeastAsianFirst[] = {
    { "Wei Ming", "weiming" },
    { "Jia Hui", "jiahui" },
    { "Kai Wen", "kaiwen" },
    { "Siti" },
    { "Ahmad" },
    { "Nurul" },
    { "Hafiz" },
    { "Mei Ling", "meiling" },
    { "Jun Jie", "junjie" },
    { "Rachel" },
    { "Daniel" },
    { "Priya" },
    { "Arun" },
    { "Farah" },
};

constexpr Name southeastAsianLast[] = {
    { "Tan" },  { "Lim" },    { "Lee" },    { "Ng" },       { "Ong" },      { "Wong" }, { "Goh" },
    { "Chua" }, { "Rahman" }, { "Ismail" }, { "Abdullah" }, { "Krishnan" }, { "Teo" },  { "Koh" },
};

constexpr Name gulfFirst[] = {
    { "Omar" },  { "Fatima" }, { "Ahmed" }, { "Layla" }, { "Khalid" }, { "Noor" },
    { "Yusuf" }, { "Mariam" }, { "James" }, { "Sarah" }, { "Rahul" },  { "Anita" },
};

constexpr Name gulfLast[] = {
    { "Al Mansoori", "almansoori" },
    { "Haddad" },
    { "Khan" },
    { "Al Hashimi", "alhashimi" },
    { "Nasser" },
    { "Saleh" },
    { "Menon" },
    { "Fernandes" },
    { "Smith" },
    { "Rahman" },
};

constexpr const char *roleNames[]
    = { "champion", "decision_maker", "executive_sponsor", "user", "technical", "billing" };

constexpr Phrase championTitles[] = {
    { "Director of Operations", "运营总监" },
    { "Head of Customer Experience", "客户体验负责人" },
    { "Program Manager", "项目经理" },
    { "Operations Manager", "运营经理" },
    { "Head of Sales Operations", "销售运营负责人" },
};
constexpr Phrase decisionMakerTitles[] = {
    { "VP of Operations", "运营副总裁" },    { "Chief Information Officer", "首席信息官" },
    { "VP Engineering", "技术副总裁" },      { "Head of Procurement", "采购总监" },
    { "VP Customer Service", "客服副总裁" },
};
constexpr Phrase executiveTitles[] = {
    { "Chief Executive Officer", "首席执行官" },
    { "Chief Operating Officer", "首席运营官" },
    { "Chief Financial Officer", "首席财务官" },
    { "General Manager", "总经理" },
};
constexpr Phrase userTitles[] = {
    { "Operations Analyst", "运营专员" },          { "Team Lead", "团队主管" },
    { "Customer Support Specialist", "客服专员" }, { "Data Analyst", "数据分析师" },
    { "Account Executive", "客户经理" },
};
constexpr Phrase technicalTitles[] = {
    { "IT Manager", "IT经理" },
    { "Solutions Architect", "解决方案架构师" },
    { "Systems Administrator", "系统管理员" },
    { "Integration Engineer", "集成工程师" },
};
constexpr Phrase billingTitles[] = {
    { "Accounts Payable Specialist", "应付账款专员" },
    { "Finance Manager", "财务经理" },
    { "Procurement Specialist", "采购专员" },
    { "Controller", "财务主管" },
};

constexpr Phrase caseSubjectTable[] = {
    { "Unable to log in after SSO change", "SSO 切换后无法登录" },
    { "Report export times out", "报表导出超时" },
    { "Question about API rate limits", "关于 API 调用频率限制的问题" },
    { "Dashboard loads slowly", "仪表盘加载缓慢" },
    { "Data sync failing since last night", "数据同步从昨晚开始失败" },
    { "Need to add more seats", "需要增加席位" },
    { "Invoice shows wrong amount", "发票金额有误" },
    { "User cannot reset password", "用户无法重置密码" },
    { "Webhook not firing for new records", "新记录未触发 Webhook" },
    { "Mobile app crashes on startup", "移动端启动时闪退" },
    { "CSV import rejects a valid file", "CSV 导入拒绝有效文件" },
    { "Permissions not applied to new team", "新团队权限未生效" },
    { "Email notifications delayed", "邮件通知延迟" },
    { "Salesforce integration disconnected", "与 Salesforce 的集成已断开" },
    { "Request for audit log export", "申请导出审计日志" },
    { "Error 500 when saving a workflow", "保存工作流时出现 500 错误" },
    { "Custom field missing in reports", "报表中缺少自定义字段" },
    { "How to configure data retention", "如何配置数据保留策略" },
    { "Wrong time zone in scheduled reports", "定时报表时区错误" },
    { "Feature request: bulk edit", "功能需求：批量编辑" },
    { "Outage affecting our users", "服务中断影响我方用户" },
    { "License assignment not updating", "许可证分配未更新" },
    { "Training request for new admins", "新管理员培训申请" },
    { "Slow performance during peak hours", "高峰时段性能下降" },
    { "Duplicate records after import", "导入后出现重复记录" },
    { "Cannot connect through the VPN", "VPN 下无法连接" },
    { "Help with a security questionnaire", "协助填写安全问卷" },
    { "Change of billing contact", "变更账单联系人" },
    { "Chart colours do not match our brand", "图表颜色与品牌不符" },
    { "API token expired unexpectedly", "API 令牌意外过期" },
    { "Filters reset after refresh, \"saved views\" lost", "刷新后筛选条件重置，“已保存视图”丢失" },
    { "SAML certificate renewal", "SAML 证书更新" },
};

constexpr Phrase promoterTable[] = {
    { "Great product, our team uses it every day.", "产品很好用，团队每天都在用。" },
    { "Support is fast and knowledgeable.", "支持团队响应快，也很专业。" },
    { "The new dashboards save us hours every week.", "新的仪表盘每周为我们节省了好几个小时。" },
    { "Our CSM really understands our business.", "我们的客户成功经理非常了解我们的业务。" },
    { "Rollout to the second region went smoothly.", "第二个区域的上线非常顺利。" },
    { "The \"insights\" view is exactly what we needed.", "“洞察”视图正是我们需要的。" },
    { "Easy to use, and it keeps getting better.", "简单易用，而且越来越好。" },
};

constexpr Phrase passiveTable[] = {
    { "Good overall, but reporting could be more flexible.", "整体不错，但报表可以更灵活。" },
    { "Works well, pricing is a bit high.", "好用，但价格偏高。" },
    { "Solid, though onboarding new staff takes time.", "挺稳定的，不过新员工上手需要时间。" },
    { "We would like more integrations, e.g. with SAP.", "希望有更多集成，比如 SAP。" },
    { "Fine for now; we will see after the upgrade.", "目前还可以，升级后再看。" },
    { "Does the job. The mobile app needs work.", "能满足需求，移动端还需改进。" },
};

constexpr Phrase detractorTable[] = {
    { "Too many outages this quarter.", "本季度故障太多。" },
    { "Support takes days to answer.", "支持响应要好几天。" },
    { "Hard to use, adoption in our team is low.", "太难用，团队使用率很低。" },
    { "We are evaluating alternatives.", "我们正在评估其他方案。" },
    { "Missing features we were promised during the sale.", "销售时承诺的功能至今没有。" },
    { "Data sync issues,\nreports are unreliable.", "数据同步问题频繁，\n报表不可靠。" },
    { "Price went up, value did not.", "价格涨了，价值没有提升。" },
};

constexpr Phrase callSubjectTable[] = {
    { "Weekly check-in", "每周例行沟通" },
    { "Renewal pricing discussion", "续约价格沟通" },
    { "Escalation follow-up", "升级问题跟进" },
    { "Adoption review call", "使用情况回顾电话" },
    { "Intro call with new champion", "与新负责人初次通话" },
    { "Technical setup call", "技术配置电话" },
    { "Health check call", "客户健康度沟通" },
};

constexpr Phrase emailSubjectTable[] = {
    { "Sent QBR deck", "发送季度业务回顾材料" },
    { "Shared release notes", "分享版本更新说明" },
    { "Follow-up on open tickets", "跟进未结工单" },
    { "Renewal quote sent", "已发送续约报价" },
    { "Training materials", "培训资料" },
    { "Usage report for last month", "上月使用报告" },
    { "Invitation to customer webinar", "客户网络研讨会邀请" },
};

constexpr Phrase meetingSubjectTable[] = {
    { "Quarterly business review", "季度业务回顾" }, { "Kickoff meeting", "项目启动会" },
    { "Executive alignment", "高层对齐会议" },       { "Success plan workshop", "成功计划研讨会" },
    { "Admin training session", "管理员培训" },      { "Roadmap preview", "产品路线图预览" },
};

constexpr Phrase kickoffBodyTable[] = {
    { "Kickoff with the project team: goals, timeline and admins agreed.",
      "项目启动：确认了目标、时间表和管理员。" },
};
constexpr Phrase setupBodyTable[] = {
    { "SSO and data import configured; two open questions for IT.",
      "已完成 SSO 和数据导入配置，IT 还有两个问题待确认。" },
};
constexpr Phrase trainingBodyTable[] = {
    { "Trained the admins, recording and slides shared.", "已完成管理员培训，录像和讲义已分享。" },
};

constexpr Phrase activityBodyTable[] = {
    { "Reviewed adoption and agreed next steps.", "回顾了使用情况，确认了下一步计划。" },
    { "Walked through new features. Positive reaction.", "演示了新功能，反馈积极。" },
    { "Discussed renewal timeline and budget.", "讨论了续约时间和预算。" },
    { "Agreed on success plan:\n- roll out to the sales team\n- weekly usage report",
      "确认成功计划：\n- 推广到销售团队\n- 每周使用报告" },
    { "Shared best practices for dashboards, \"quick wins\" list attached.",
      "分享了仪表盘最佳实践，附“快速见效”清单。" },
    { "Customer happy with support response times.", "客户对支持响应速度满意。" },
    { "Planned training for new hires next month.", "计划下月为新员工培训。" },
    { "", "" },
};

constexpr Phrase riskBodyTable[] = {
    { "Customer raised concerns about reporting; logged feedback.", "客户对报表提出疑虑，已记录反馈。" },
    { "Champion is changing roles, need a new sponsor.", "负责人即将调岗，需要新的发起人。" },
    { "No response yet, will follow up next week.", "暂无回复，下周跟进。" },
    { "Budget review under way, renewal not confirmed.", "预算审核中，续约尚未确认。" },
    { "Usage dropped in two departments; asked why.", "两个部门使用量下降，已询问原因。" },
};

// clang-format on

} // namespace

std::span<const Country> countries()
{
    return countryTable;
}
std::span<const Industry> industries()
{
    return industryTable;
}
std::span<const char *const> brandPrefixes()
{
    return brandPrefixTable;
}
std::span<const char *const> brandSuffixes()
{
    return brandSuffixTable;
}
std::span<const char *const> brandWords()
{
    return brandWordTable;
}
std::span<const char *const> englishCities()
{
    return englishCityTable;
}
std::span<const Hanzi> chineseCities(const char *countryCode)
{
    if (std::strcmp(countryCode, "TW") == 0)
        return taiwanCityTable;
    if (std::strcmp(countryCode, "HK") == 0)
        return hongKongCityTable;
    return chineseCityTable;
}
std::span<const Hanzi> chineseBrands()
{
    return chineseBrandTable;
}
std::span<const char *const> chineseLegalForms()
{
    return chineseLegalFormTable;
}
std::span<const Hanzi> chineseSurnames()
{
    return chineseSurnameTable;
}
std::span<const Hanzi> chineseGivenNames()
{
    return chineseGivenNameTable;
}

NamePool namePool(Culture culture)
{
    switch (culture) {
    case Culture::Anglo:
        return { angloFirst, angloLast };
    case Culture::Germanic:
        return { germanicFirst, germanicLast };
    case Culture::Romance:
        return { romanceFirst, romanceLast };
    case Culture::Indian:
        return { indianFirst, indianLast };
    case Culture::Japanese:
        return { japaneseFirst, japaneseLast };
    case Culture::Korean:
        return { koreanFirst, koreanLast };
    case Culture::SoutheastAsian:
        return { southeastAsianFirst, southeastAsianLast };
    case Culture::Gulf:
        return { gulfFirst, gulfLast };
    case Culture::Chinese:
        break; // written in Hanzi: see chineseSurnames()/chineseGivenNames()
    }
    return { angloFirst, angloLast };
}

const char *regionName(Region region)
{
    static constexpr const char *names[] = { "NA", "EMEA", "APAC", "Greater China" };
    return names[static_cast<int>(region)];
}

const char *segmentName(Segment segment)
{
    static constexpr const char *names[] = { "enterprise", "mid_market", "smb" };
    return names[static_cast<int>(segment)];
}

const char *contactRoleName(ContactRole role)
{
    return roleNames[static_cast<int>(role)];
}

std::span<const Phrase> contactTitles(ContactRole role)
{
    switch (role) {
    case ContactRole::Champion:
        return championTitles;
    case ContactRole::DecisionMaker:
        return decisionMakerTitles;
    case ContactRole::ExecutiveSponsor:
        return executiveTitles;
    case ContactRole::User:
        return userTitles;
    case ContactRole::Technical:
        return technicalTitles;
    case ContactRole::Billing:
        return billingTitles;
    }
    return userTitles;
}

std::span<const Phrase> caseSubjects()
{
    return caseSubjectTable;
}
std::span<const Phrase> npsPromoterComments()
{
    return promoterTable;
}
std::span<const Phrase> npsPassiveComments()
{
    return passiveTable;
}
std::span<const Phrase> npsDetractorComments()
{
    return detractorTable;
}
std::span<const Phrase> callSubjects()
{
    return callSubjectTable;
}
std::span<const Phrase> emailSubjects()
{
    return emailSubjectTable;
}
std::span<const Phrase> meetingSubjects()
{
    return meetingSubjectTable;
}
std::span<const Phrase> activityBodies()
{
    return activityBodyTable;
}
const Phrase &kickoffBody()
{
    return kickoffBodyTable[0];
}
const Phrase &setupBody()
{
    return setupBodyTable[0];
}
const Phrase &trainingBody()
{
    return trainingBodyTable[0];
}
std::span<const Phrase> riskActivityBodies()
{
    return riskBodyTable;
}

} // namespace DemoCatalog
