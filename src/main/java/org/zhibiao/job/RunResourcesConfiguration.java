package org.zhibiao.job;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhibiao.classify.Catalogue;
import org.zhibiao.classify.FactResolver;
import org.zhibiao.classify.Taxonomy;
import org.zhibiao.input.CatalogueFile;
import org.zhibiao.input.FileFacts;
import org.zhibiao.input.OptionFile;
import org.zhibiao.input.RunSettingsDigest;
import org.zhibiao.input.TaxonomyFile;
import org.zhibiao.job.staging.FactQueries;
import org.zhibiao.job.staging.StagingRepository;
import org.zhibiao.job.staging.StagingSchema;

/**
 * What the steps of the job share, apart from the flow ({@link ZhibiaoJobConfiguration}): the run's settings, the
 * option files read once (taxonomy, catalogue, file facts) and their digest, the staging tables, the threads of
 * the partitions and the listener that records who runs the job.
 */
@Configuration
@EnableConfigurationProperties(RunSettings.class)
public class RunResourcesConfiguration {

    @Bean
    StagingRepository stagingRepository(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        StagingSchema.create(jdbc);
        return new StagingRepository(jdbc, new TransactionTemplate(transactionManager));
    }

    @Bean
    FactQueries factQueries(JdbcTemplate jdbc) {
        return new FactQueries(jdbc);
    }

    @Bean
    Taxonomy taxonomy(RunSettings settings) {
        return settings.taxonomy() == null ? Taxonomy.defaults() : TaxonomyFile.load(settings.taxonomy());
    }

    @Bean
    FileFacts fileFacts(RunSettings settings) {
        return settings.fileFacts() == null ? FileFacts.none() : FileFacts.load(settings.fileFacts());
    }

    @Bean
    Catalogue catalogue(RunSettings settings) {
        return settings.catalogue() == null ? Catalogue.defaults() : CatalogueFile.load(settings.catalogue());
    }

    @Bean
    FactResolver factResolver(Catalogue catalogue, Taxonomy taxonomy) {
        return new FactResolver(catalogue, taxonomy.sections());
    }

    @Bean
    RunSettingsDigest runSettingsDigest(RunSettings settings, FileFacts fileFacts) {
        String taxonomy = settings.taxonomy() == null ? "default"
                : OptionFile.read(TaxonomyFile.OPTION, settings.taxonomy());
        String catalogue = settings.catalogue() == null ? "default"
                : OptionFile.read(CatalogueFile.OPTION, settings.catalogue());
        return RunSettingsDigest.of(taxonomy, catalogue, fileFacts.canonical(), settings.fileLimits(),
                settings.maxRejectRatio(), fileFacts.files());
    }

    @Bean
    RestartPlan restartPlan() {
        return new RestartPlan();
    }

    @Bean
    SectionOrder sectionOrder(Taxonomy taxonomy) {
        return new SectionOrder(taxonomy.sections());
    }

    @Bean
    TaskExecutor partitionExecutor(RunSettings settings) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("partition-");
        executor.setConcurrencyLimit(settings.threads());
        return executor;
    }

    @Bean
    RunOwnerListener runOwnerListener(JobRepository jobRepository) {
        return new RunOwnerListener(jobRepository);
    }
}
