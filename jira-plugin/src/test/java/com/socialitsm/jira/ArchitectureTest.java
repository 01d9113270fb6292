package com.socialitsm.jira;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The Jira app is one of two hosts of core and web; it never uses the other (the devhost). */
@AnalyzeClasses(packages = "com.socialitsm.jira", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule jiraAppKnowsNoDevhost = noClasses().should().dependOnClassesThat()
            .resideInAPackage("com.socialitsm.devhost..");
}
