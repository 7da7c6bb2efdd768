package org.zhibiao.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layout by role (docs/architecture.md): the domain core and {@code input} (the input folder, its files and the
 * option files) are plain Java; Spring Batch lives in {@code job} (the configuration and the steps' readers,
 * processors and writers) and {@code launch} (the command line: options, status, rerun advice, schedule), and
 * only {@code job} touches the staging tables. One adapter is the exception: {@code workbook.item}, the Spring Batch ItemWriter over the workbook core, knows Spring Batch's item
 * and step-listener types and nothing else of Spring, and the core never uses it.
 */
@AnalyzeClasses(packages = "org.zhibiao", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    private static final String[] CORE = {"org.zhibiao.model..", "org.zhibiao.text..", "org.zhibiao.quantity..",
        "org.zhibiao.classify..", "org.zhibiao.validate..", "org.zhibiao.csv..", "org.zhibiao.workbook.."};

    private static final String ITEM_ADAPTER = "org.zhibiao.workbook.item..";

    @ArchTest
    static final ArchRule coreDoesNotKnowSpring = noClasses().that().resideInAnyPackage(CORE)
            .and().resideOutsideOfPackage(ITEM_ADAPTER)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..");

    @ArchTest
    static final ArchRule coreDoesNotKnowTheJob = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAPackage("org.zhibiao.job..");

    @ArchTest
    static final ArchRule coreDoesNotKnowInputOrLaunch = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("org.zhibiao.input..", "org.zhibiao.launch..");

    @ArchTest
    static final ArchRule inputIsPlainJava = noClasses().that().resideInAPackage("org.zhibiao.input..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.zhibiao.job..",
                    "org.zhibiao.launch..");

    /** The command line reads runs through Spring Batch's JobRepository, never the staging tables. */
    @ArchTest
    static final ArchRule launchDoesNotTouchStaging = noClasses().that().resideInAPackage("org.zhibiao.launch..")
            .should().dependOnClassesThat().resideInAPackage("org.zhibiao.job.staging..");

    @ArchTest
    static final ArchRule jobDoesNotKnowTheCommandLine = noClasses().that().resideInAPackage("org.zhibiao.job..")
            .should().dependOnClassesThat().resideInAPackage("org.zhibiao.launch..");

    @ArchTest
    static final ArchRule coreDoesNotUseTheItemAdapter = noClasses().that().resideInAnyPackage(CORE)
            .and().resideOutsideOfPackage(ITEM_ADAPTER)
            .should().dependOnClassesThat().resideInAPackage(ITEM_ADAPTER);

    /** Items, chunks, execution contexts and the step outcome (to publish only a completed step's workbook). */
    @ArchTest
    static final ArchRule itemAdapterKnowsOnlySpringBatchItems = noClasses().that().resideInAPackage(ITEM_ADAPTER)
            .should().dependOnClassesThat(resideInAPackage("org.springframework..").and(not(resideInAnyPackage(
                    "org.springframework.batch.infrastructure.item..", "org.springframework.batch.core",
                    "org.springframework.batch.core.listener", "org.springframework.batch.core.step"))));
}
