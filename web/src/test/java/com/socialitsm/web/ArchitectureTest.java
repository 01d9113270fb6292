package com.socialitsm.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** {@code web} is shared by both hosts, so it knows neither: the hosts plug into it, never the other way round. */
@AnalyzeClasses(packages = "com.socialitsm.web", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule webKnowsNoHost = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("com.socialitsm.jira..", "com.socialitsm.devhost..")
            .because("the Jira app and the devhost both run web's resources and pages");
}
