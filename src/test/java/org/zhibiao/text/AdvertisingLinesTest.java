package org.zhibiao.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The advertising-lines family of reprinted news pages (PageChrome): a call to act and an offer or app channel
 * on one short line. Lines composed for the family; report sentences that speak of benefits must stay.
 */
class AdvertisingLinesTest {

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            开户即送福利，入金抽88元红包                           | true
            海量资讯、深度解读，尽在某某财经APP                    | true
            扫码关注公众号，获取更多资讯                           | true
            下载客户端，第一时间看新闻                             | true
            点击领取新人大礼包                                    | true
            立即注册，100%中奖                                    | true
            长按识别二维码关注我们                                 | true
            更多精彩内容，尽在某某新闻客户端                        | true
            戳这里，抽取免费领话费福利                             | true
            马上下载App，领取红包                                  | true
            全年发放消费红包1.2亿元，带动消费8.6亿元                 | false
            落实困难群众福利政策，发放补贴3200万元                  | false
            推广政务服务APP，网上可办率达到98%                      | false
            新开户市场主体1.2万户                                  | false
            抽查企业320家，合格率97.5%                             | false
            点击量突破1000万次                                     | false
            政务公众号粉丝达到12万人                                | false
            建设公共服务领域二维码应用场景12个                      | false
            """)
    void tellsAdvertisingFromReportText(String line, boolean advertising) {
        assertThat(PageChrome.isAdvertising(line.strip())).isEqualTo(advertising);
    }
}
