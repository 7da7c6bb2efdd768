package org.zhibiao.job.remote;

import jakarta.jms.ConnectionFactory;
import org.apache.activemq.artemis.core.config.Configuration;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.artemis.autoconfigure.ArtemisConfigurationCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.jms.dsl.Jms;
import org.zhibiao.input.RunSettingsDigest;

/**
 * A {@code --workers=remote} manager: partition requests go to a JMS queue on the broker (embedded here with a
 * TCP acceptor unless spring.artemis.* names another), and the partitioned steps wait on the JobRepository.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${" + RemoteMode.WORKERS + ":local}' == '" + RemoteMode.REMOTE + "' and '${"
        + RemoteMode.ROLE + ":manager}' != '" + RemoteMode.WORKER + "'")
@EnableIntegration
@EnableConfigurationProperties(RemoteSettings.class)
class RemoteManagerConfiguration {

    /** Workers on other machines reach the embedded broker over TCP; Boot's embedded one only has in-VM. */
    @Bean
    ArtemisConfigurationCustomizer workerAcceptor(RemoteSettings settings) {
        return (Configuration configuration) -> {
            try {
                configuration.addAcceptorConfiguration("zhibiao-workers",
                        "tcp://" + settings.brokerHost() + ":" + settings.brokerPort());
            } catch (Exception e) {
                throw new IllegalStateException("broker acceptor tcp://" + settings.brokerHost() + ":"
                        + settings.brokerPort() + ": " + e.getMessage(), e);
            }
        };
    }

    @Bean
    DirectChannel partitionRequests() {
        return new DirectChannel();
    }

    @Bean
    IntegrationFlow partitionRequestsToBroker(DirectChannel partitionRequests, ConnectionFactory connectionFactory,
            RemoteSettings settings) {
        return IntegrationFlow.from(partitionRequests)
                .transform(StepExecutionRequest.class, RemoteWorker::encode)
                .handle(Jms.outboundAdapter(connectionFactory).destination(settings.queue()))
                .get();
    }

    @Bean
    BuildStamp buildStamp(@Value("${zhibiao.build:unknown}") String build, RunSettingsDigest settings) {
        return BuildStamp.current(build, settings);
    }

    @Bean
    RemotePartitions remotePartitions(DirectChannel partitionRequests, JobRepository jobRepository, BuildStamp stamp,
            RemoteSettings settings) {
        MessagingTemplate requests = new MessagingTemplate(partitionRequests);
        return (workerStep, gridSize) -> {
            RemotePartitionHandler handler = new RemotePartitionHandler(jobRepository, stamp, settings);
            handler.setStepName(workerStep);
            handler.setGridSize(gridSize);
            handler.setMessagingOperations(requests);
            try {
                handler.afterPropertiesSet();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return handler;
        };
    }
}
