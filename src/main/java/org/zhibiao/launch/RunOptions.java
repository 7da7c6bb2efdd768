package org.zhibiao.launch;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.zhibiao.job.remote.RemoteMode;

/**
 * The command line of DESIGN.md. Parsed by hand (not by Spring) because --explain, --status and
 * --help must work before, or without, a database.
 */
public record RunOptions(
        Path inputDir,
        Path outputDir,
        LocalDate runDate,
        boolean rerun,
        String explain,
        boolean status,
        String schedule,
        Path taxonomy,
        Path catalogue,
        Path fileFacts,
        Locale locale,
        int threads,
        double maxRejectRatio,
        boolean help,
        List<String> springArgs) {

    public static final String USAGE = """
            用法 / usage: zhibiao [options]
              --input-dir=PATH        报告文本与 CSV 所在目录 / folder of report text and CSV files (default: input)
              --output-dir=PATH       工作簿输出目录 / where the workbook goes (default: output)
              --run-date=YYYY-MM-DD   运行日期（运行的身份）/ the run's identity (default: today)
              --rerun                 重新运行已完成的日期 / run a completed date again, as a new instance
              --explain="TEXT"        以 JSON 行打印 TEXT 中的指标 / print the indicators in TEXT as JSON lines
              --status                列出最近的运行 / list recent runs and their steps
              --schedule="CRON"       常驻并按 cron 表达式每晚运行 / stay up and run on this cron expression
              --taxonomy=FILE         自定义板块分类文件 / replace the section taxonomy
              --catalogue=FILE        自定义指标目录 / replace the indicator catalogue
              --file-facts=FILE       按文件指定地区、年份、指标、单位（文件,地区,年份,指标,单位）
                                      / region, year, indicator and unit per input file
              --locale=zh|en          工作簿标签语言 / workbook labels (default: zh)
              --threads=N             并行分区数 / partitions run at once (default: cores)
              --max-reject-ratio=R    拒绝记录占比超过 R 时运行失败 / fail when rejected/read > R (default: 1.0)
              --workers=local|remote  分区在本进程运行，或经消息代理交给 worker 进程（需 PostgreSQL）
                                      / run partitions here, or send them over the broker to workers (needs
                                      PostgreSQL; docs/scale-out.md) (default: local)
              --role=manager|worker   manager 运行作业（默认）；worker 常驻并执行 manager 发来的分区
                                      / manager runs the job (default); worker stays up and runs the
                                      partitions a --workers=remote manager sends (--threads at a time)
            Spring settings pass through, e.g. --spring.datasource.url=jdbc:postgresql://host/db
            退出码 / exit codes: 0 completed, 1 failed, 2 bad arguments or option files, 3 already running,
              143 stopped on request (SIGTERM; run the same command to resume)
            """;

    public static RunOptions parse(String[] args) {
        Path input = Path.of("input");
        Path output = Path.of("output");
        LocalDate runDate = LocalDate.now();
        boolean rerun = false;
        boolean status = false;
        boolean help = false;
        String explain = null;
        String schedule = null;
        Path taxonomy = null;
        Path catalogue = null;
        Path fileFacts = null;
        Locale locale = Locale.CHINESE;
        int threads = Runtime.getRuntime().availableProcessors();
        double maxRejectRatio = 1.0;
        List<String> spring = new ArrayList<>();
        for (String arg : args) {
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
            switch (name) {
                case "--input-dir" -> input = Path.of(required(name, value));
                case "--output-dir" -> output = Path.of(required(name, value));
                case "--run-date" -> runDate = date(required(name, value));
                case "--rerun" -> rerun = true;
                case "--status" -> status = true;
                case "--help", "-h" -> help = true;
                case "--explain" -> explain = required(name, value);
                case "--schedule" -> schedule = required(name, value);
                case "--taxonomy" -> taxonomy = Path.of(required(name, value));
                case "--catalogue" -> catalogue = Path.of(required(name, value));
                case "--file-facts" -> fileFacts = Path.of(required(name, value));
                case "--locale" -> locale = locale(required(name, value));
                case "--threads" -> threads = positive(name, required(name, value));
                case "--max-reject-ratio" -> maxRejectRatio = ratio(required(name, value));
                // Scale-out (org.zhibiao.job.remote.RemoteMode): carried as Spring properties, so that they reach
                // the conditional configuration and the resume command prints them.
                case "--role", "--workers" -> spring.add(remoteMode(name, required(name, value)));
                default -> {
                    if (name.startsWith("--spring.") || name.startsWith("--logging.")
                            || name.startsWith("--zhibiao.")) {
                        spring.add(arg);
                    } else {
                        throw new UsageException("未知参数 " + arg + " / unknown option " + arg);
                    }
                }
            }
        }
        return new RunOptions(input, output, runDate, rerun, explain, status, schedule, taxonomy, catalogue, fileFacts,
                locale, threads, maxRejectRatio, help, List.copyOf(spring));
    }

    public RunOptions withRunDate(LocalDate date) {
        return new RunOptions(inputDir, outputDir, date, rerun, explain, status, schedule, taxonomy, catalogue, fileFacts,
                locale, threads, maxRejectRatio, help, springArgs);
    }

    /** The workbook of this run: {@code <output-dir>/indicators-<run-date>.xlsx}. */
    public Path workbookPath() {
        return outputDir.resolve("indicators-" + runDate + ".xlsx");
    }

    private static String remoteMode(String name, String value) {
        try {
            return RemoteMode.property(name, value);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new UsageException("参数 " + name + " 需要一个值 / option " + name + " needs a value (" + name
                    + "=...)");
        }
        return value;
    }

    /**
     * The run date names the workbook and fills 运行日期, an Excel date cell: Excel counts days from 1900 and
     * stops at 9999-12-31, and a year outside four digits would not fit the file name's YYYY-MM-DD either.
     */
    static final LocalDate FIRST_RUN_DATE = LocalDate.of(1900, 1, 1);
    static final LocalDate LAST_RUN_DATE = LocalDate.of(9999, 12, 31);

    private static LocalDate date(String value) {
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException("运行日期应为 YYYY-MM-DD：" + value + " / --run-date must be YYYY-MM-DD: " + value);
        }
        if (date.isBefore(FIRST_RUN_DATE) || date.isAfter(LAST_RUN_DATE)) {
            throw new UsageException("运行日期应在 " + FIRST_RUN_DATE + " 到 " + LAST_RUN_DATE + " 之间：" + value
                    + " / --run-date must be from " + FIRST_RUN_DATE + " to " + LAST_RUN_DATE + ": " + value);
        }
        return date;
    }

    private static Locale locale(String value) {
        return switch (value) {
            case "zh", "zh-CN", "zh_CN" -> Locale.CHINESE;
            case "en" -> Locale.ENGLISH;
            default -> throw new UsageException("不支持的语言 " + value + " / unsupported locale " + value
                    + " (zh or en)");
        };
    }

    private static int positive(String name, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n > 0 && n <= 256) {
                return n;
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new UsageException(name + " 应为 1 到 256 的整数 / must be an integer from 1 to 256: " + value);
    }

    private static double ratio(String value) {
        try {
            double r = Double.parseDouble(value);
            if (r >= 0 && r <= 1) {
                return r;
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new UsageException("--max-reject-ratio 应在 0 到 1 之间 / must be between 0 and 1: " + value);
    }

    /** A command line a user must correct; exit code 2. */
    public static final class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }
}
