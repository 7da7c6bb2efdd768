package org.zhibiao.launch;

import java.util.regex.Pattern;
import org.zhibiao.job.StepFailure;

/** Names the database a run uses, with any password masked, for messages on a failed start. */
final class DatabaseUrls {

    private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^;&\\s]*");
    private static final String ARG = "--spring.datasource.url=";

    private DatabaseUrls() {
    }

    static String mask(String url) {
        return url == null ? "" : PASSWORD.matcher(url).replaceAll("$1****");
    }

    /** The URL Spring will use: command line, then system property, then environment, then the H2 default. */
    static String effective(RunOptions options) {
        for (String arg : options.springArgs()) {
            if (arg.startsWith(ARG)) {
                return arg.substring(ARG.length());
            }
        }
        String property = System.getProperty("spring.datasource.url");
        if (property != null) {
            return property;
        }
        String env = System.getenv("SPRING_DATASOURCE_URL");
        return env != null ? env : String.valueOf(ZhibiaoApplication.defaults(options).get("spring.datasource.url"));
    }

    static String explain(Throwable error, RunOptions options) {
        return mask(StepFailure.rootMessage(error)) + "\n  数据库 / database: " + mask(effective(options));
    }
}
