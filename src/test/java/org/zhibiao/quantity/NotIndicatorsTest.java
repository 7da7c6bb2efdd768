package org.zhibiao.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers that state no measured quantity (brief, extraction policy): none of them may become a mention. */
class NotIndicatorsTest {

    private final QuantityExtractor extractor = new QuantityExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            year                 | 2021年，张店区经济社会发展面临的形势艰巨复杂
            months               | 2022年1-6月，光明区地区生产总值实现增长
            quarter              | 一季度全市经济运行开局良好
            date                 | （2022年10月16日）
            ordinal session      | 喜迎淄博市第十三次党代会
            ordinal round        | 开展第四轮“减证便民”
            ordinal session 2    | 全面贯彻落实区十四届四次全委（扩大）会议精神
            plan name            | “十四五”实现强势开局
            slogan               | 共建“一带一路”
            slogan in quotes     | 创新“五个一”社会治理新模式
            two sessions         | 两会期间
            screening name       | 免费享受“两癌”筛查
            double reduction     | 深化教育“双减”工作
            5G                   | 建设5G基站
            4A scenic spot       | 创建国家4A级景区
            2+4 industries       | 布局发力“2+4”产业
            reform project       | 深化“一号改革工程”
            eleven reforms       | “十一大重点改革攻坚”年度改革任务圆满完成
            list marker          | 一是加快产业升级
            bracket marker       | （一）经济运行
            numbered heading     | 1.总体情况
            phone number         | 咨询电话0533-2181234
            article-like 一       | 群众找政府办事实现只进“一扇门”
            a batch              | 一批重大项目建成投产
            one centre           | 围绕一个中心
            footnote             | 国民经济和社会发展统计公报[1]
            bare number          | 基站总数是10000
            bare multiplier      | 江苏彩民中大乐透1600万
            three sectors        | 三次产业协调发展
            five-in-one          | 统筹推进五位一体总体布局
            ten-year             | 新时代十年的伟大变革
            PM2.5                | PM2.5浓度下降
            duration             | 办理时限压缩至3个月
            vague numeral        | 二三十个百分点
            place name           | 陆地上有许多动物
            over a billion       | 新引进过亿元产业项目
            URL                  | https://www.test.com/search?q=30%25%2020%
            text structure       | 今年要突出抓好以下五个方面的工作
            ordinal sessions     | 按照省委十三届七次、八次全会部署
            sport name           | 办好铁人三项世界杯
            planning formula     | 全面建立四级三类国土空间规划体系
            thresholds           | 经济总量跨过两个万亿元大关
            place name 2         | 四川和五台山
            programme name       | 实施岗位挖潜扩容支持计划
            vehicles             | （含三轮汽车和低速货车）
            time of day          | Date: Wed, 03 Aug 2022 12:24:18 GMT
            """)
    void yieldsNoMention(String why, String phrase) {
        assertThat(extractor.extract(phrase)).as(why).isEmpty();
    }
}
