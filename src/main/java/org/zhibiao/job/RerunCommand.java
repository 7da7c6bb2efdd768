package org.zhibiao.job;

import java.util.ArrayList;
import java.util.List;

/** The exact command that reruns a run, for the message an operator reads after a failure. */
final class RerunCommand {

    private RerunCommand() {
    }

    static String of(RunOptions run) {
        List<String> args = new ArrayList<>();
        args.add("--input-dir=" + run.inputDir());
        args.add("--output-dir=" + run.outputDir());
        args.add("--run-date=" + run.runDate());
        args.addAll(run.springArgs());
        return launcher() + " " + String.join(" ", args.stream().map(RerunCommand::quote).toList());
    }

    private static String launcher() {
        String command = System.getProperty("sun.java.command", "");
        String first = command.split(" ")[0];
        if (first.endsWith(".jar")) {
            return "java -jar " + first;
        }
        return "java -jar target/zhibiao.jar";
    }

    private static String quote(String arg) {
        return arg.matches("[\\w./:=@,+-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'";
    }
}
