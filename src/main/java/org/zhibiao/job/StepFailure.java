package org.zhibiao.job;

import java.util.Comparator;
import java.util.Optional;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.zhibiao.job.logging.LogText;

/** The step that failed in an execution and its cause, in words an operator can act on. */
public record StepFailure(String step, String cause) {

    public static Optional<StepFailure> of(JobExecution execution) {
        return execution.getStepExecutions().stream()
                .filter(s -> s.getStatus().isUnsuccessful())
                .sorted(Comparator.comparing((StepExecution s) -> s.getStepName().contains(":")).reversed())
                .map(s -> new StepFailure(topStep(s.getStepName()), s.getFailureExceptions().isEmpty()
                        ? s.getExitStatus().getExitDescription() : rootMessage(s.getFailureExceptions().get(0))))
                .findFirst()
                .or(() -> execution.getAllFailureExceptions().stream().findFirst()
                        .map(e -> new StepFailure("(job)", rootMessage(e))));
    }

    /** Partition worker steps are named extractFile:report-…; the operator knows them as extract. */
    private static String topStep(String name) {
        if (name.startsWith("extractFile")) {
            return "extract (" + name + ")";
        }
        if (name.startsWith("loadFile")) {
            return "load (" + name + ")";
        }
        return name;
    }

    public static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        // The root cause is what an operator can fix; Spring's wrappers only repeat where it was met. It often
        // quotes a file name: escaped, so that the name cannot break the message into forged lines.
        String text = root.getClass().getSimpleName() + ": "
                + (root.getMessage() == null ? "" : LogText.escape(root.getMessage()));
        return text.length() > 2000 ? text.substring(0, 2000) + "…" : text;
    }
}
