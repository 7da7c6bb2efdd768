package org.zhibiao.job.remote;

import jakarta.jms.ConnectionFactory;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.BeanFactoryStepLocator;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.Lifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.jms.dsl.Jms;
import org.zhibiao.input.RunSettingsDigest;
import org.zhibiao.job.RunSettings;

/**
 * A {@code --role=worker}: takes partition requests from the broker's queue, {@code --threads} at a time, and runs
 * the worker step each names, found by name among this context's steps (the same job configuration as the
 * manager's), against the shared JobRepository. No reply is sent: the manager reads the outcome from the
 * JobRepository.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = RemoteMode.ROLE, havingValue = RemoteMode.WORKER)
@EnableIntegration
@EnableConfigurationProperties(RemoteSettings.class)
class RemoteWorkerConfiguration {

    /** The endpoint that takes requests off the queue. */
    static final String LISTENER = "partitionRequestListener";

    @Bean
    BuildStamp buildStamp(@Value("${zhibiao.build:unknown}") String build, RunSettingsDigest settings) {
        return BuildStamp.current(build, settings);
    }

    @Bean
    RemoteWorker remoteWorker(JobRepository jobRepository, BeanFactory beans, BuildStamp stamp, RunSettings run) {
        BeanFactoryStepLocator locator = new BeanFactoryStepLocator();
        locator.setBeanFactory(beans);
        StepExecutionRequestHandler steps = new StepExecutionRequestHandler();
        steps.setJobRepository(jobRepository);
        steps.setStepLocator(locator);
        return new RemoteWorker(jobRepository, steps, stamp, () -> beans.getBean(LISTENER, Lifecycle.class),
                run.threads());
    }

    @Bean
    IntegrationFlow partitionRequestFlow(ConnectionFactory connectionFactory, RemoteSettings settings,
            RunSettings run, RemoteWorker worker) {
        return IntegrationFlow.from(Jms.messageDrivenChannelAdapter(connectionFactory)
                        .id(LISTENER)
                        .destination(settings.queue())
                        .configureListenerContainer(container -> container
                                .concurrentConsumers(run.threads())
                                .maxConcurrentConsumers(run.threads())))
                .handle(String.class, (request, headers) -> {
                    worker.handle(request);
                    return null;
                })
                .get();
    }

    /**
     * Artemis lends each consumer up to 1 MiB of messages ahead: the first worker to connect would hold every
     * request while the others idle, and a killed worker's buffered requests would wait for redelivery. A window
     * of 0 makes each consumer take one request when it is free.
     */
    @Bean
    static BeanPostProcessor oneRequestAtATime() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof ActiveMQConnectionFactory artemis) {
                    artemis.setConsumerWindowSize(0);
                }
                return bean;
            }
        };
    }
}
