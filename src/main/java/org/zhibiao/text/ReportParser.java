package org.zhibiao.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns report text (markdown or plain) into sentences with heading paths. Rules, in the order they are tried
 * on each line (docs/text-and-sections.md explains them with examples):
 * <ol>
 *   <li>blank lines are skipped but do not end a paragraph (a page break may cut a sentence);</li>
 *   <li>markdown headings (#..######); in a file that also has ## or ### headings, a # heading is a title (of
 *       the document or of one of its articles, as in the sample) and stays out of the heading path;</li>
 *   <li>a line starting with punctuation (，。、) continues the open paragraph before it, and so does a number-only
 *       line after a Latin letter (PM + 2.5);</li>
 *   <li>page chrome, photo captions and bylines are dropped;</li>
 *   <li>numbered headings 一、 （一） 1. and a lone 01 with its title on the next line; text after the first 。 of
 *       a numbered heading line is body text under it;</li>
 *   <li>other number-only lines (page numbers, flattened table cells) are skipped;</li>
 *   <li>an open paragraph (no sentence-final punctuation) continues on the next line when it is long, ends in a
 *       connector (的, 和, ：, 、…), was already joined once, or the next line starts mid-sentence;</li>
 *   <li>the first title-like line of a file without a markdown heading is its title;</li>
 *   <li>after the first heading, a short line without punctuation between paragraphs is a heading; two such
 *       lines next to each other form one heading;</li>
 *   <li>anything else starts a paragraph (a 1. marker of a long list item is dropped).</li>
 * </ol>
 * Never throws; time is linear in the input length.
 */
public final class ReportParser {

    public Document parse(String file, String content) {
        String[] lines = splitLines(content == null ? "" : content);
        boolean[] highlight = HighlightDetector.highlightLines(lines);
        return new Walk(file == null ? "" : file, lines, highlight).run();
    }

    /** Splits on CRLF, lone LF and lone CR. */
    static String[] splitLines(String content) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int n = content.length();
        for (int i = 0; i < n; i++) {
            char c = content.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(content.substring(start, i));
                if (c == '\r' && i + 1 < n && content.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(content.substring(start));
        return lines.toArray(new String[0]);
    }

    /** One pass over the lines of one file. */
    private static final class Walk {
        private static final int TAIL_ZONE_FROM_PERCENT = 60;
        private static final int MAX_TITLE = 50;
        private static final int MAX_LABEL_VALUE = 12;

        private final String file;
        private final String[] raw;
        private final String[] cleaned;
        private final int[] nextNonBlank;
        private final boolean[] highlight;
        private final HeadingStack headings = new HeadingStack();
        private final Paragraphs paragraph = new Paragraphs();
        private final List<Sentence> sentences = new ArrayList<>();
        private String title;
        private boolean seenHeading;
        private boolean startedText;
        private int plainLevel;
        private int lastPlainLine = -10;
        private final boolean titlesAreHidden;

        Walk(String file, String[] raw, boolean[] highlight) {
            this.file = file;
            this.raw = raw;
            this.highlight = highlight;
            this.cleaned = new String[raw.length];
            for (int i = 0; i < raw.length; i++) {
                cleaned[i] = LineCleaner.clean(raw[i]);
            }
            boolean deeper = false;
            for (String line : raw) {
                deeper |= HighlightDetector.markdownLevel(line) >= 2;
            }
            this.titlesAreHidden = deeper;
            this.nextNonBlank = new int[raw.length + 1];
            nextNonBlank[raw.length] = -1;
            for (int i = raw.length - 1; i >= 0; i--) {
                nextNonBlank[i] = cleaned[i].isEmpty() ? nextNonBlank[i + 1] : i;
            }
        }

        Document run() {
            boolean skipLabelValue = false;
            for (int i = 0; i < raw.length; i++) {
                String text = cleaned[i];
                if (text.isEmpty()) {
                    continue;
                }
                if (skipLabelValue) {
                    skipLabelValue = false;
                    if (text.length() <= MAX_LABEL_VALUE && !HeadingSyntax.hasSentenceEnd(text)) {
                        continue;
                    }
                }
                if (PageChrome.startsTail(text) && i * 100L >= raw.length * (long) TAIL_ZONE_FROM_PERCENT) {
                    break;
                }
                i = line(i, text);
                if (PageChrome.isChrome(text) && PageChrome.isEmptyLabel(text)) {
                    skipLabelValue = true;
                }
            }
            flush();
            return new Document(file, title == null ? "" : title, sentences);
        }

        /** Handles line {@code i}; returns the index of the last line consumed. */
        private int line(int i, String text) {
            int number = i + 1;
            HeadingSyntax.Found markdown = HeadingSyntax.markdown(raw[i].strip(), text);
            if (markdown != null) {
                flush();
                headings.push(markdown.level(), markdown.title(), markdown.level() > 1 || !titlesAreHidden);
                seenHeading = true;
                plainLevel = Math.max(2, markdown.level());
                if (title == null && !startedText) {
                    title = markdown.title();
                }
                return i;
            }
            if (paragraph.isOpen() && (Paragraphs.startsMidSentence(text) || isBrokenOutNumber(text))) {
                paragraph.append(text, number);
                return i;
            }
            if (!Paragraphs.hasWordChar(text) || PageChrome.isChrome(text) || PageChrome.isCaption(text)
                    || PageChrome.isByline(text)) {
                return i;
            }
            text = PageChrome.stripBylinePrefix(text);
            HeadingSyntax.Found numbered = HeadingSyntax.numbered(text);
            if (numbered != null) {
                heading(numbered.level(), numbered.title());
                startParagraph(numbered.rest(), number);
                return i;
            }
            int titleLine = HeadingSyntax.isLoneNumber(text) ? nextNonBlank[i + 1] : -1;
            if (titleLine >= 0 && HeadingSyntax.isPlainCandidate(cleaned[titleLine])) {
                heading(HeadingSyntax.LEVEL_CHINESE, cleaned[titleLine]);
                return titleLine;
            }
            if (HeadingSyntax.isNumberOnly(text)) {
                return i; // a page number or a flattened table cell: gluing it to text would forge a value
            }
            if (paragraph.joinsWith(text)) {
                paragraph.append(text, number);
                return i;
            }
            if (title == null && !seenHeading && !startedText && isTitleLike(text)) {
                title = text;
                if (HEADLINE_FIGURE.matcher(text).find()) {
                    // News puts its lead figure in the headline (…上半年GDP增速达6.3%): it is a sentence too.
                    sentences.add(new Sentence(file, number, text, List.of(), false));
                }
                return i;
            }
            if (seenHeading && HeadingSyntax.isPlainCandidate(text) && !nextStartsMidSentence(i)) {
                plainHeading(text, number);
                return i;
            }
            startParagraph(HeadingSyntax.withoutArabicMarker(text), number);
            return i;
        }

        private void heading(int level, String text) {
            flush();
            headings.push(level, text);
            seenHeading = true;
        }

        private void plainHeading(String text, int number) {
            if (lastPlainLine == number - 1 && paragraph.isEmpty()) {
                headings.extendTop(text);
                lastPlainLine = -10;
                return;
            }
            heading(plainLevel > 0 ? plainLevel : HeadingSyntax.LEVEL_PLAIN_NUMBERED, text);
            lastPlainLine = number;
        }

        private void startParagraph(String text, int number) {
            flush();
            if (!text.isEmpty()) {
                paragraph.append(text, number);
                startedText = true;
            }
        }

        private void flush() {
            if (paragraph.isEmpty()) {
                return;
            }
            boolean summary = highlight[paragraph.firstLine() - 1];
            List<String> path = headings.path();
            for (Paragraphs.Piece piece : paragraph.drain()) {
                sentences.add(new Sentence(file, piece.line(), piece.text(), path, summary));
            }
        }

        /** PM + 2.5: a number broken out of the text after a Latin letter (a subscript on the web page). */
        private boolean isBrokenOutNumber(String text) {
            return HeadingSyntax.isNumberOnly(text) && paragraph.endsWithLatinLetter();
        }

        private boolean nextStartsMidSentence(int i) {
            int next = nextNonBlank[i + 1];
            return next >= 0 && Paragraphs.startsMidSentence(cleaned[next]);
        }

        /** A figure in a headline: a digit followed by something that is not 年 (a report's year is no figure). */
        private static final java.util.regex.Pattern HEADLINE_FIGURE =
                java.util.regex.Pattern.compile("\\d(?![\\d.]*年)");

        private static boolean isTitleLike(String text) {
            return text.length() <= MAX_TITLE && !Paragraphs.isClosed(text) && !text.endsWith("：")
                    && !text.endsWith(":");
        }
    }
}
