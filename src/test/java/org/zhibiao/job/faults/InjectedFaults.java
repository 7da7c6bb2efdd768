package org.zhibiao.job.faults;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.listener.ItemReadListener;
import org.springframework.batch.core.step.item.ChunkOrientedStep;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.core.step.tasklet.TaskletStep;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Faults the environment causes, injected into a real run of the command line: {@code
 * --spring.main.sources=org.zhibiao.job.faults.InjectedFaults} adds this configuration to the application, and
 * its bean post-processor makes the named step's tasklet (or a chunk step's processor, or the next read of a
 * chunk step without one, such as export) throw the armed error once (the run after it finds the step as it was). Only a test passes that option; nothing in the application
 * knows of it. Not a {@code @Configuration}: component scanning of org.zhibiao.job must not pick it up in other
 * tests' runs.
 */
public class InjectedFaults {

    static final String SOURCES = "--spring.main.sources=" + InjectedFaults.class.getName();

    /** The step whose tasklet fails next, and with what; cleared when it has failed once. */
    private static final AtomicReference<String> STEP = new AtomicReference<>();
    private static final AtomicReference<Error> ERROR = new AtomicReference<>();
    /** An exception a chunk step's processor throws once (a defect met on one file). */
    private static final AtomicReference<RuntimeException> EXCEPTION = new AtomicReference<>();

    static void arm(String step, Error error) {
        ERROR.set(error);
        STEP.set(step);
    }

    /** The named chunk step's processor throws {@code exception} for the next file it processes. */
    static void arm(String step, RuntimeException exception) {
        EXCEPTION.set(exception);
        STEP.set(step);
    }

    static void disarm() {
        STEP.set(null);
        ERROR.set(null);
        EXCEPTION.set(null);
    }

    /** The job itself fails on being executed: an Error outside every step, the execution just created. */
    private static Job failingJob(Job job) {
        return (Job) Proxy.newProxyInstance(Job.class.getClassLoader(), new Class<?>[] {Job.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("execute")) {
                        Error error = ERROR.getAndSet(null);
                        if (error != null) {
                            throw error;
                        }
                    }
                    try {
                        return method.invoke(job, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /**
     * A chunk-oriented step (extractFile, loadFile) fails in its processor, where a file's work happens: the
     * Error goes through the step's fault tolerance (retry, skip policy) as a real one would. The step offers no
     * getter for its processor, so the test reads the field.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void failingProcessor(ChunkOrientedStep step) {
        ItemProcessor original = (ItemProcessor) ReflectionTestUtils.getField(step, "itemProcessor");
        if (original == null || original.getClass().getName().startsWith(ChunkOrientedStep.class.getName())) {
            failingRead(step); // the step's own pass-through: no processor of ours to fail in
            return;
        }
        step.setItemProcessor(item -> {
            Error error = ERROR.getAndSet(null);
            if (error != null) {
                throw error;
            }
            RuntimeException exception = EXCEPTION.getAndSet(null);
            if (exception != null) {
                throw exception;
            }
            return original.process(item);
        });
    }

    /** A chunk step without a processor (export) fails on its next read. */
    private static void failingRead(ChunkOrientedStep<?, ?> step) {
        step.registerItemReadListener(new ItemReadListener() {
            @Override
            public void beforeRead() {
                Error error = ERROR.getAndSet(null);
                if (error != null) {
                    throw error;
                }
            }
        });
    }

    @Bean
    static BeanPostProcessor failingTasklets() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof Job job && "job".equals(STEP.get())) {
                    return failingJob(job);
                }
                if (bean instanceof ChunkOrientedStep<?, ?> step && name.equals(STEP.get())) {
                    failingProcessor(step);
                }
                if (bean instanceof TaskletStep step && name.equals(STEP.get())) {
                    Tasklet original = step.getTasklet();
                    step.setTasklet((contribution, chunk) -> {
                        Error error = ERROR.getAndSet(null);
                        if (error != null) {
                            throw error;
                        }
                        return original.execute(contribution, chunk);
                    });
                }
                return bean;
            }
        };
    }
}
