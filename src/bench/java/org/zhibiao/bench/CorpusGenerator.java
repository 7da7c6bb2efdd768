package org.zhibiao.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Builds a benchmark input folder of N report documents from the real corpus (the sample report and the
 * reports under src/test/resources/corpus). Document i is source text i mod S with its place names replaced
 * by another region's and about one number in ten changed in its last digit, all from a Random seeded with
 * (seed, i): the same N and seed give byte-identical folders on every machine, and documents of the same
 * source are not byte-identical (so no layer can cache its way through the run).
 *
 * <p>Usage: {@code CorpusGenerator <out-dir> <N> [corpus-dir] [seed] [--tiny]}. With {@code --tiny} each
 * document is one sentence with one quantity: the run then measures the per-file (per-partition) overhead of
 * the job, not its extraction.
 */
public final class CorpusGenerator {

    /** Place names of the corpus texts; each is replaced by a generated region in its document. */
    static final List<String> PLACE_NAMES = List.of("张店区", "张店", "海拉尔区", "海拉尔", "广东省", "广东", "四川省",
            "四川", "常德市", "常德", "益阳市", "益阳", "南阳市", "南阳", "石家庄市", "石家庄", "泉州市", "泉州", "大庆市",
            "大庆", "光明区", "光明", "淄博");

    /** Regions for the replacements: real county-level names, so text keeps its shape (X区/X县/X市). */
    static final List<String> REGIONS = List.of("临淄", "博山", "周村", "淄川", "桓台", "高青", "沂源", "历城", "章丘",
            "长清", "平阴", "济阳", "莱芜", "钢城", "市中", "槐荫", "天桥", "历下", "黄岛", "崂山", "李沧", "城阳", "即墨",
            "胶州", "平度", "莱西", "奎文", "潍城", "寒亭", "坊子", "青州", "诸城", "寿光", "安丘", "高密", "昌邑", "芝罘",
            "福山", "牟平", "莱山", "龙口", "莱阳", "莱州", "招远", "栖霞", "海阳", "环翠", "文登", "荣成", "乳山");

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern NAMES = Pattern.compile(String.join("|", PLACE_NAMES.stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).toList()));

    private final List<Source> sources;

    CorpusGenerator(List<Source> sources) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no source texts");
        }
        this.sources = sources;
    }

    /** A corpus text: its file name stem, extension (md or txt) and content. */
    record Source(String stem, String extension, String text) {
    }

    /** What a generated folder holds. */
    record Corpus(Path dir, int documents, long bytes) {
        double megabytes() {
            return bytes / 1e6;
        }
    }

    /** The sample report first, then the corpus reports in name order (the order fixes the output). */
    static List<Source> load(Path corpusDir) {
        List<Source> sources = new ArrayList<>();
        try {
            Path sample = corpusDir.resolve("zhangdian-2021-achievements.md");
            if (Files.isRegularFile(sample)) {
                sources.add(new Source("zhangdian-2021-achievements", "md", Files.readString(sample)));
            }
            try (Stream<Path> reports = Files.list(corpusDir.resolve("reports"))) {
                for (Path p : reports.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    String name = p.getFileName().toString();
                    sources.add(new Source(name.substring(0, name.length() - 4), "txt", Files.readString(p)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sources;
    }

    /** Writes documents 0..n-1 into {@code dir} (created; existing files of the same names are replaced). */
    Corpus generate(Path dir, int n, long seed, boolean tiny) throws IOException {
        Files.createDirectories(dir);
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            Source source = sources.get(i % sources.size());
            Random random = new Random(seed * 1_000_003L + i);
            String text = tiny ? tinyDocument(random) : vary(source.text(), random);
            byte[] content = text.getBytes(StandardCharsets.UTF_8);
            String name = String.format("doc-%05d-%s.%s", i, tiny ? "tiny" : source.stem(),
                    tiny ? "txt" : source.extension());
            Files.write(dir.resolve(name), content);
            bytes += content.length;
        }
        return new Corpus(dir, n, bytes);
    }

    /** Replaces the place names with one region and changes the last digit of about one number in ten. */
    static String vary(String text, Random random) {
        String region = REGIONS.get(random.nextInt(REGIONS.size()));
        String renamed = NAMES.matcher(text).replaceAll(m -> Matcher.quoteReplacement(region
                + suffix(m.group())));
        Matcher numbers = NUMBER.matcher(renamed);
        StringBuilder out = new StringBuilder(renamed.length());
        while (numbers.find()) {
            String number = numbers.group();
            if (random.nextInt(10) == 0) {
                char last = number.charAt(number.length() - 1);
                char changed = (char) ('0' + (last - '0' + 1 + random.nextInt(9)) % 10);
                number = number.substring(0, number.length() - 1) + changed;
            }
            numbers.appendReplacement(out, number);
        }
        numbers.appendTail(out);
        return out.toString();
    }

    /** Keeps the administrative suffix (区/省/市) of the name it replaces. */
    private static String suffix(String name) {
        char last = name.charAt(name.length() - 1);
        return last == '区' || last == '省' || last == '市' || last == '县' ? String.valueOf(last) : "";
    }

    static String tinyDocument(Random random) {
        return REGIONS.get(random.nextInt(REGIONS.size())) + "区新增市场主体" + (100 + random.nextInt(9000))
                + "家，同比增长" + (1 + random.nextInt(30)) + "%。\n";
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: CorpusGenerator <out-dir> <N> [corpus-dir] [seed] [--tiny]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        Path corpus = Path.of(args.length > 2 && !args[2].startsWith("--") ? args[2] : "src/test/resources/corpus");
        long seed = args.length > 3 && !args[3].startsWith("--") ? Long.parseLong(args[3]) : 8L;
        boolean tiny = List.of(args).contains("--tiny");
        Corpus c = new CorpusGenerator(load(corpus)).generate(out, n, seed, tiny);
        System.out.printf("%d documents, %.1f MB in %s%n", c.documents(), c.megabytes(), c.dir());
    }
}
