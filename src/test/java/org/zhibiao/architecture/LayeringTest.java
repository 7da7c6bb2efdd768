package org.zhibiao.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain core is plain Java: only the job package knows Spring (DESIGN.md, "Layout"). */
@AnalyzeClasses(packages = "org.zhibiao", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    private static final String[] CORE = {"org.zhibiao.model..", "org.zhibiao.text..", "org.zhibiao.quantity..",
        "org.zhibiao.classify..", "org.zhibiao.validate..", "org.zhibiao.csv..", "org.zhibiao.workbook.."};

    @ArchTest
    static final ArchRule coreDoesNotKnowSpring = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..");

    @ArchTest
    static final ArchRule coreDoesNotKnowTheJob = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAPackage("org.zhibiao.job..");
}
