package org.zhibiao.quantity;

/** The word lists of {@link SubjectFinder}, kept apart so the rules read without them. */
final class SubjectWords {

    /** Time, place, status and linking words that do not belong at the start of a subject. */
    static final WordList LEADING = new WordList(
        "初步核算", "截至目前", "截至年底", "截至年末", "前三季度", "一季度",
        "二季度", "三季度", "四季度", "上半年", "下半年", "全年", "今年", "去年", "上年", "当年", "年末", "年初", "年底",
        "年内", "本年", "同期", "全市", "全区", "全县", "全省", "全国", "全镇", "全旗", "全乡", "全州", "预计", "其中",
        "另外", "此外", "同时", "共计", "合计", "总计", "累计", "实现", "完成", "达到", "力争", "争取", "计划",
        "确保", "目前", "当前", "已经", "已", "并", "和", "及", "与", "为", "对", "将", "使", "是", "的",
        "以及", "还", "又", "均", "都", "分别", "比上年同期", "比上年末", "比上年", "比去年同期", "比去年", "同比",
        "较上年", "比年初");

    /** Linking verbs, qualifiers and place words that do not belong at the end of a subject. */
    static final WordList TRAILING = new WordList(
        "预计", "力争", "争取", "计划", "预期", "达到了", "达到", "已达", "高达", "多达", "共计", "合计", "总计", "累计",
        "分别为", "分别", "完成了", "完成", "实现了", "实现", "增长至", "增至", "降至", "提升至", "提高至", "上升至",
        "下降至", "减少至", "增加到", "提高到", "提升到", "上升到", "下降到",
        "减少到", "扩大到", "超过", "突破", "接近", "将近", "不足", "不到", "大约", "至少", "约为", "首次", "达", "为",
        "是", "共", "有", "了", "的", "占", "约", "近", "到", "至", "逾", "过", "超", "已", "均", "都", "仅",
        "全省", "全市", "全国", "全区", "全县", "从", "由", "年均", "平均", "稳定在", "保持在", "控制在", "维持在",
        "在", "位居", "稳居", "跃居", "居", "排名", "位列", "名列");

    /** Words that take the number as object, so the subject follows the number. */
    static final WordList PREFER_RIGHT = new WordList(
        "设立", "建成", "建设", "新建", "引进", "招引", "实施", "开工",
        "培育", "打造", "创建", "组织", "举办", "新增", "发放", "培训", "帮助", "扶持", "带动", "拆除", "改造", "整治",
        "安置", "吸引", "签约", "开展", "投入", "落地", "出台", "制定", "建立", "成立", "获得", "竣工", "助力", "服务",
        "覆盖", "惠及", "救助", "资助", "接待", "吸纳", "提供", "创造", "解决", "签订", "认定", "评为", "获评", "入选",
        "拥有", "新开工", "完成", "为", "对", "向", "给", "帮", "等", "建", "有", "组建", "培养", "选派", "安排",
        "筹集", "争取", "兑现", "减免", "办理", "受理", "救治", "走访", "连接", "入选", "启动", "确保", "加快", "推进",
        "开通", "种植", "栽植", "守住", "新设", "促成", "推动", "和", "及", "与", "或", "以及");

    /** Where a subject after the number stops: the verb of the clause (免费享受, 解决, 投入使用). */
    static final WordList RIGHT_STOPS = new WordList(
        "解决", "完成", "实现", "达到", "投入", "获得", "享受", "接种", "参加",
        "开工", "竣工", "建成", "落地", "入驻", "通过", "提供", "受益", "覆盖", "签约", "增长", "下降", "带动", "吸纳",
        "获批", "入选", "免费", "全部", "已", "正在", "纳入", "获评", "顺利", "成功", "得到", "累计", "占",
        "比上年", "同比", "增加", "减少", "参与", "开展", "实施", "列入", "被", "分别", "是", "为", "全面", "参展", "落户", "位居",
        "居全", "居第", "居中", "居内", "居世", "居西", "居东", "排名", "排第", "排在");

    /** Head nouns that end a subject after a count (76个区重点项目|年度投资完成率). */
    static final String[] HEAD_NOUNS = {
        "项目", "企业", "小区", "学校", "医院", "社区", "单位", "基地", "平台",
        "园区", "工程", "事项", "公司", "机构", "村庄", "行政村", "乡镇", "街道", "农户", "家庭", "道路", "人才", "团队"};

    /** Comparison words: a clause made only of these and a direction word continues the previous subject. */
    static final WordList COMPARISONS = new WordList(
        "比上年同期", "比去年同期", "与上年同期相比", "比上年末", "比年初",
        "与上年同期", "与去年同期", "与上年", "与去年", "上年同期", "去年同期", "上年", "去年", "占", "年均",
        "比上年", "比去年", "较上年", "较去年", "比同期", "同比", "环比", "比");

    /** Words that say how a quantity moved. */
    static final WordList DIRECTIONS = new WordList(
        "增长", "下降", "增加", "减少", "提高", "降低", "上升", "上涨", "回落",
        "下跌", "提升", "增速", "增幅", "降幅", "持平", "增产", "减产", "增收", "减收", "同比增长", "年均增长");

    /** Earlier periods a figure is compared with (较一季度, 比上半年). */
    static final WordList PERIODS = new WordList("一季度", "二季度", "三季度", "前三季度", "上半年", "一至二月", "1-2月",
        "上月", "上季度", "上年", "去年", "年初", "上年末", "同期", "上年同期", "去年同期", "前两个月", "前两月");

    /** Directions that make an amount a decrease (减少量), not an increase. */
    static final WordList DOWNWARD = new WordList("下降", "减少", "降低", "回落", "下跌", "减产", "减收");

    /** Directions that, after an amount, say it is a change (比上年增加0.03万人), not a verb of the sentence (提升). */
    static final WordList AMOUNT_CHANGES = new WordList("增加", "减少", "增长", "下降", "增产", "减产", "增收", "减收", "同比增长", "年均增长");

    /** Region words that open a name but are no part of it. */
    static final WordList REGION_WORDS = new WordList("全国", "全省", "全市", "全区", "全县", "全旗", "全镇", "全乡",
        "全州", "全盟", "本市", "本区", "本县", "本省", "我市", "我区", "我县", "我省", "我镇", "我旗", "我乡");

    /** Suffixes of administrative divisions: a short name ending in one of these is a place (历下区, 海拉尔区). */
    static final String[] DIVISION_SUFFIXES = {"自治区", "自治州", "自治县", "街道", "省", "市", "区", "县", "旗", "镇", "乡",
        "州", "盟"};

    /** Nouns that end like a division but are things a report measures (地区生产总值, 社区, 园区, 城市). */
    static final WordList NOT_PLACES = new WordList("地区", "社区", "园区", "小区", "中心城区", "主城区", "老城区",
        "新城区", "城区内", "景区", "中心市区", "辖区", "片区",
        "山区", "林区", "牧区", "矿区", "新区", "开发区", "示范区", "功能区", "保护区", "产业区", "集聚区", "试验区",
        "自贸区", "街区", "校区", "城市", "超市", "城乡", "城镇", "乡镇", "乡村", "村镇", "集镇", "区县", "县区", "县市",
        "市县", "省市", "地市", "市场", "市民", "市政", "区域", "县域", "县级", "市级", "省级", "区级", "镇级", "乡级",
        "州级", "旗级", "全县", "全市", "全区", "全省", "广场", "商场", "农场", "工区", "港区", "灾区", "省份", "省外",
        "市外", "区外", "县外", "省内", "市内", "区内", "县内", "区直", "市直", "县直", "省直", "县中", "市中", "区属",
        "市属", "县属", "省属", "上市", "都市", "夜市", "集市", "门市", "股市", "楼市", "车市", "早市", "菜市", "联盟", "下乡",
        "家乡", "故乡", "红旗", "国旗", "党旗", "棚户区", "工业区", "商业区", "住宅区", "生活区", "风景区", "旅游区",
        "服务区", "核心区", "起步区", "建成区", "先行区", "分区", "学区", "禁区", "盲区", "误区", "保税区", "综保区", "湾区");

    /** Areas named after their city (石家庄新区, 张店经济开发区): regions of their own, kept in the name. */
    static final WordList SUB_AREAS = new WordList("新区", "开发区", "经济开发区", "高新区", "经开区", "自贸区", "自贸片区",
        "片区", "园区", "城区", "市区", "主城区", "老城区", "综合保税区", "保税区", "港区", "示范区", "试验区");

    /** Verbs of the sentence that may open the words before a number but name nothing measured. */
    static final WordList ACTION_VERBS = new WordList("下决心", "拆迁", "盘活", "改造", "提升", "修缮", "续建",
        "扩建", "改建", "建成", "打造", "培育", "招引", "引进", "整合", "整治", "实施", "推进", "推动", "加快",
        "开展", "完成", "实现", "落地", "转化", "增植", "栽植", "投入", "组织", "举办", "创建", "认定",
        "出台", "制定", "修订", "帮助", "扶持", "带动", "救助", "资助", "吸引", "发放", "减少", "清理", "铺设", "治理", "修复",
        "全力", "大力", "积极", "着力", "扎实", "深入", "持续", "不断", "进一步", "成功", "累计",
        "启动", "争取", "筹集", "发生", "召开", "举行", "获得", "投用", "获评", "荣获", "现有", "拥有", "共有", "兑现", "减免", "办理", "受理", "走访", "开通", "促成", "签约", "引导", "支持",
        "募集", "筹措", "拿到", "得到", "收到", "获取", "吸收");

    /** Words that end a figure's caption (图1 …增长速度), so the sentence after it is the name. */
    static final String[] CAPTION_ENDS = {"增长速度", "增长率", "增速", "情况", "构成", "结构", "示意图", "变化", "对比",
        "比较", "分布", "趋势", "幅度"};

    /**
     * Measures that need an owner (招生 of 普通高校招生, 投资 of 重点工业项目投资): alone they name no indicator, so
     * they take the owner of the quantity before them in the sentence, or the thing it counts.
     */
    static final WordList DEPENDENT = new WordList("招生", "在校生", "在校学生", "毕业生", "毕业学生", "在学研究生",
        "投资", "完成投资", "总投资", "发电量", "装机容量", "总数", "数量", "营业收入", "利润总额", "利润", "从业人员",
        "产量", "总产量", "产值", "增加值", "面积", "播种面积", "种植面积", "总量", "余额", "总额", "人数", "出栏", "存栏",
        "床位", "床位数", "用户", "客运量", "货运量", "吞吐量", "成交额", "销售额", "销售收入", "在校", "毕业", "在园人数",
        "在园幼儿", "在学人数");

    /** Measures that need an owner: 产量 of what? */
    static final WordList GENERIC = new WordList("产量", "总产量", "产值", "增加值", "面积", "播种面积", "种植面积", "总量",
        "余额", "总额", "人数", "出栏", "存栏");

    private SubjectWords() {
    }
}
