package org.zhibiao.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognizes lines that are not report text: web page chrome (打印本页, 字体大小, breadcrumbs, share widgets, source
 * and time labels, ads), photo captions (…资料照片) and bylines (记者 … 通讯员 …). All patterns are bounded, so a
 * check is linear in the line length.
 */
final class PageChrome {

    /** Words that make up widget lines; a line made only of these (and brackets) is chrome. */
    private static final List<String> WIDGET_WORDS = List.of(
            "扫一扫在手机打开当前页", "打印本页", "关闭窗口", "字体大小", "分享到", "返回顶部", "相关附件", "相关链接",
            "打印", "关闭", "字体", "字号", "分享", "收藏", "纠错", "返回", "微信", "微博", "扫一扫", "默认",
            "大", "中", "小");

    private static final Pattern LABEL = Pattern.compile(
            "^[（(]?(来源|信息来源|文章来源|发布机构|发布时间|发布日期|阅读人数|阅读次数|浏览次数|点击数|访问量|作者|编辑"
                    + "|责任编辑|审核|校对|时间|日期)\\s*[:：].{0,60}$");
    private static final Pattern TIMESTAMP = Pattern.compile(
            "^\\d{4}[-/年.]\\d{1,2}[-/月.]\\d{1,2}日?\\s*\\d{1,2}[:：时]\\d{2}(分|[:：]\\d{2})?$");
    private static final Pattern BREADCRUMB_START = Pattern.compile("^(首页|当前位置|您的位置|你的位置|您现在的位置)\\s*[>＞»›:：]");
    private static final Pattern ADS = Pattern.compile("扫码下载|长按识别二维码|点击阅读原文|数据图表略");
    /**
     * Advertising lines of reprinted news pages (炒股开户享福利，入金抽188元红包 / 海量资讯，尽在某某APP): a call to act
     * and an offer or an app channel on one short line. Report text promises benefits too, but never asks the
     * reader to open an account, scan, download or draw a prize.
     */
    private static final Pattern AD_CALL = Pattern.compile("尽在|扫码|扫一扫|下载|点击|立即|马上|领取|长按|入金|开户|注册|戳|抽");
    private static final Pattern AD_OFFER = Pattern.compile(
            "红包|中奖|抽奖|福利|福袋|优惠券|APP|App|app|客户端|公众号|二维码|小程序|免费领|大礼包");
    private static final int AD_MAX_LENGTH = 60;
    private static final Pattern HEX_ID = Pattern.compile("^[0-9a-fA-F]{16,64}[:：]?$");
    private static final Pattern CAPTION = Pattern.compile(
            "(资料照片|资料图片|资料图|供图|[（(][^（()）]{0,20}摄[)）])$|^图为");
    private static final Pattern BYLINE = Pattern.compile(
            "^[^。！？，；]{0,40}(记者|通讯员)[^。！？，；]{0,60}$");
    private static final Pattern BYLINE_PREFIX = Pattern.compile(
            "^[^。！？，；]{0,30}记者[^。！？，；\\s]{1,8}\\s+[^。！？，；\\s]{0,10}(报道|电)\\s+");
    /** After these, the rest of the page is links to other pages and page meta. */
    private static final Pattern TAIL_LINKS = Pattern.compile("^(相关链接|相关附件|相关阅读|相关新闻|相关文章)\\s*>*[:：]?$");
    /** The licence notice that Wikisource appends to a document. */
    private static final String TAIL_NOTICE = "本作品来自";

    private PageChrome() {
    }

    static boolean isChrome(String line) {
        if (line.length() > 120) {
            return false;
        }
        return isWidgetLine(line) || LABEL.matcher(line).matches() || TIMESTAMP.matcher(line).matches()
                || isBreadcrumb(line) || ADS.matcher(line).find() || isAdvertising(line)
                || HEX_ID.matcher(line).matches()
                || isShortLatinOnly(line) || line.startsWith("date:");
    }

    static boolean isAdvertising(String line) {
        if (line.length() > AD_MAX_LENGTH) {
            return false;
        }
        var call = AD_CALL.matcher(line);
        var offer = AD_OFFER.matcher(line);
        return call.find() && offer.find() && !overlaps(call, offer);
    }

    private static boolean overlaps(java.util.regex.Matcher a, java.util.regex.Matcher b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    /** 来源: or 责任编辑： with nothing after: the value (四川日报, a name) stands alone on the next line. */
    static boolean isEmptyLabel(String line) {
        return LABEL.matcher(line).matches() && (line.endsWith(":") || line.endsWith("："));
    }

    static boolean startsTail(String line) {
        return line.startsWith(TAIL_NOTICE) || (line.length() <= 40 && TAIL_LINKS.matcher(line).find());
    }

    static boolean isCaption(String line) {
        return line.length() <= 60 && CAPTION.matcher(line).find();
    }

    static boolean isByline(String line) {
        return line.length() <= 100 && BYLINE.matcher(line).matches();
    }

    /** "南方财经全媒体 见习记者石恩泽 深圳报道  近日，…" loses its byline prefix. */
    static String stripBylinePrefix(String line) {
        var m = BYLINE_PREFIX.matcher(line);
        return m.find() ? line.substring(m.end()) : line;
    }

    private static boolean isWidgetLine(String line) {
        String rest = line;
        for (String word : WIDGET_WORDS) {
            rest = rest.replace(word, "");
        }
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (LineCleaner.isWordChar(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBreadcrumb(String line) {
        if (BREADCRUMB_START.matcher(line).find()) {
            return true;
        }
        int arrows = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '>' || c == '＞' || c == '»' || c == '›') {
                arrows++;
            }
        }
        return arrows >= 2 && line.length() <= 80;
    }

    /** Short lines without any CJK character or digit-only value: "Public domain", "CPC 1", "false". */
    private static boolean isShortLatinOnly(String line) {
        if (line.length() > 30) {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (LineCleaner.isCjk(c)) {
                return false;
            }
            letter |= LineCleaner.isAsciiLetter(c);
        }
        return letter;
    }
}
