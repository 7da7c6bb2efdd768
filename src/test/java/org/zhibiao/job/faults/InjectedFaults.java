package org.zhibiao.job.faults;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.listener.ItemReadListener;
import org.springframework.batch.core.step.item.ChunkOrientedStep;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.core.step.tasklet.TaskletStep;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;

/**
 * Faults the environment causes, injected into a real run of the command line: {@code
 * --spring.main.sources=org.zhibiao.job.faults.InjectedFaults} adds this configuration to the application, and
 * its bean post-processor makes the named step's tasklet (or, for a chunk-oriented step, its next read) throw the
 * armed error once (the run after it finds the
 * step as it was). Only a test passes that option; nothing in the application knows of it. Not a
 * {@code @Configuration}: component scanning of org.zhibiao.job must not pick it up in other tests' runs.
 */
public class InjectedFaults {

    static final String SOURCES = "--spring.main.sources=" + InjectedFaults.class.getName();

    /** The step whose tasklet fails next, and with what; cleared when it has failed once. */
    private static final AtomicReference<String> STEP = new AtomicReference<>();
    private static final AtomicReference<Error> ERROR = new AtomicReference<>();

    static void arm(String step, Error error) {
        ERROR.set(error);
        STEP.set(step);
    }

    static void disarm() {
        STEP.set(null);
        ERROR.set(null);
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

    @Bean
    static BeanPostProcessor failingTasklets() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof Job job && "job".equals(STEP.get())) {
                    return failingJob(job);
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
                if (bean instanceof ChunkOrientedStep<?, ?> step && name.equals(STEP.get())) {
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
                return bean;
            }
        };
    }
}
