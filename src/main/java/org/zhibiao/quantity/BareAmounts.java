package org.zhibiao.quantity;

import java.math.BigDecimal;
import org.zhibiao.model.Kind;

/**
 * Large amounts written without 元 (全省经济总量突破6万亿, 迈上万亿台阶): money when the sentence part before the
 * number is about money (GDP, revenue, investment, output, deposits…). A bound that names a class of things
 * (千亿元产业集群, 万亿级城市, 过亿元项目) is no amount.
 */
final class BareAmounts {

    static final UnitCatalog.Unit YUAN = new UnitCatalog.Unit("", "元", BigDecimal.ONE, Kind.MONEY);

    private static final String[] MONEY_WORDS = {"总量", "生产总值", "GDP", "收入", "投资", "产值", "营收", "销售额",
        "增加值", "存款", "贷款", "余额", "消费", "进出口", "总额", "预算", "税收", "利润", "资产", "融资", "交易额",
        "成交额", "营业额", "金额", "资金", "市值", "规模"};
    /** Words after the amount that still leave it an amount: 万亿台阶, 千亿大关. */
    private static final String[] MILESTONES = {"台阶", "大关", "关口"};
    private static final String PART_ENDS = "。！？!?\n；;";
    private static final int LOOK_BACK = 60;

    private BareAmounts() {
    }

    /** True when the amount ends at {@code at} and no noun it classifies follows (千亿元产业集群, 万亿级). */
    static boolean endsFreely(CharSequence text, int at) {
        if (at >= text.length()) {
            return true;
        }
        for (String word : MILESTONES) {
            if (QualifierRules.regionMatches(text, at, word)) {
                return true;
            }
        }
        char c = text.charAt(at);
        return !(c >= '\u4e00' && c <= '\u9fff') || "和与及、以左".indexOf(c) >= 0; // 千亿元的县域: a class
    }

    /** True when the sentence part before {@code at} speaks of money. */
    static boolean aboutMoney(String text, int at) {
        int from = Math.max(ContextRules.clauseStart(text, at, PART_ENDS), at - LOOK_BACK);
        for (String word : MONEY_WORDS) {
            if (ContextRules.indexIn(text, word, from, at) >= 0) {
                return true;
            }
        }
        return false;
    }
}
