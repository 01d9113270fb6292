package com.socialitsm.devhost;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Rules of the codebase that concern the devhost. */
@AnalyzeClasses(packages = "com.socialitsm.devhost", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule devhostKnowsNoJiraApp = noClasses().should().dependOnClassesThat()
            .resideInAPackage("com.socialitsm.jira..")
            .because("the devhost and the Jira app are two hosts of the same core and web");

    // Only web and jira-plugin speak the platform's Jakarta EE APIs: the devhost hosts them through Jersey and
    // Grizzly, so the namespace lives in one place (the jira10 app is derived by renaming it, docs/architecture.md).
    @ArchTest
    static final ArchRule devhostUsesNoJakartaEeApi = noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "javax.ws..", "javax.servlet..", "javax.inject..", "javax.annotation..",
            "jakarta.ws..", "jakarta.servlet..", "jakarta.inject..", "jakarta.annotation..");

    @ArchTest
    static final ArchRule trackerEntitiesStayInTheTrackerPackage = classes()
            .that().areAssignableTo(net.java.ao.RawEntity.class)
            .should().resideInAPackage("com.socialitsm.devhost.tracker")
            .andShould().onlyBeAccessed().byClassesThat().resideInAPackage("com.socialitsm.devhost.tracker");
}
