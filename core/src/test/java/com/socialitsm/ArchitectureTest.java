package com.socialitsm;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Arrays;
import java.util.stream.Stream;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of {@code core}, as each package's {@code package-info.java} states it (docs/architecture.md, "Package
 * graph of core"): from the leaves {@code host}, {@code store} and {@code tag} up through {@code settings},
 * {@code engine} and the features to the composition root {@code app}, with no cycle and nothing of a host's
 * platform (Jira, JAX-RS, servlets) inside.
 */
@AnalyzeClasses(packages = "com.socialitsm", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("com.socialitsm.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noHostPlatformInCore = noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "com.atlassian..", "javax.ws.rs..", "jakarta.ws.rs..", "javax.servlet..", "jakarta.servlet..")
            .because("core runs in every host; the edges (web, jira-plugin, devhost) convert platform types");

    @ArchTest
    static final ArchRule entitiesOnlyInStore = classes().that().areAssignableTo(net.java.ao.RawEntity.class)
            .should().resideInAPackage("com.socialitsm.store..")
            .because("Active Objects entities are the store's (the upgrade tasks' frozen copies included); features"
                    + " map them to records");

    @ArchTest
    static final ArchRule noStandaloneStoreInCore = noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "com.zaxxer.hikari..", "org.h2..", "org.postgresql..", "org.mariadb..", "net.java.ao.builder..",
            "net.java.ao.db..", "net.java.ao.atlassian..", "net.java.ao.schema.info..",
            "com.socialitsm.store.standalone..")
            .because("core is inside the Jira app, which must carry no pool and no JDBC driver: the standalone store"
                    + " (pool, drivers, AO's own database providers) is the store-standalone module's");

    @ArchTest
    static final ArchRule host = dependsOnlyOn("host");

    @ArchTest
    static final ArchRule store = dependsOnlyOn("store");

    @ArchTest
    static final ArchRule tag = dependsOnlyOn("tag");

    @ArchTest
    static final ArchRule outcome = dependsOnlyOn("outcome");

    @ArchTest
    static final ArchRule settings = dependsOnlyOn("settings", "store");

    @ArchTest
    static final ArchRule privacy = dependsOnlyOn("privacy", "store");

    @ArchTest
    static final ArchRule engine = dependsOnlyOn("engine", "host", "settings", "store", "tag");

    @ArchTest
    static final ArchRule follow = dependsOnlyOn("follow", "engine", "host", "settings", "store", "tag");

    @ArchTest
    static final ArchRule activity = dependsOnlyOn("activity", "engine", "follow", "host", "settings", "store", "tag");

    @ArchTest
    static final ArchRule hashtag = dependsOnlyOn("hashtag", "activity", "engine", "follow", "host", "listening",
            "settings", "store", "tag");

    @ArchTest
    static final ArchRule listening = dependsOnlyOn("listening", "settings", "store", "tag");

    @ArchTest
    static final ArchRule vote = dependsOnlyOn("vote", "activity", "follow", "host", "store");

    @ArchTest
    static final ArchRule kudos = dependsOnlyOn("kudos", "activity", "engine", "host", "settings", "store", "tag",
            "vote");

    @ArchTest
    static final ArchRule qa = dependsOnlyOn("qa", "activity", "follow", "host", "kudos", "settings", "store", "tag");

    @ArchTest
    static final ArchRule visit = dependsOnlyOn("visit", "activity", "host", "kudos", "store");

    @ArchTest
    static final ArchRule idea = dependsOnlyOn("idea", "activity", "follow", "host", "qa", "settings", "store",
            "tag");
    static final ArchRule poll = dependsOnlyOn("poll", "activity", "host", "store");

    @ArchTest
    static final ArchRule noFeatureUsesTheCompositionRoot = noClasses()
            .that().resideOutsideOfPackage("com.socialitsm.app").should().dependOnClassesThat().resideInAPackage("com.socialitsm.app")
            .because("app builds the features; a feature that needed it would close a cycle");

    /**
     * Classes of {@code com.socialitsm.<name>} use no other {@code com.socialitsm} package than {@code allowed} and
     * {@code outcome}, the domain's one result type, a leaf that every package may use.
     */
    private static ArchRule dependsOnlyOn(String name, String... allowed) {
        String[] packages = Stream.concat(Arrays.stream(allowed), Stream.of("outcome"))
                .map(p -> "com.socialitsm." + p + "..").toArray(String[]::new);
        return noClasses().that().resideInAPackage("com.socialitsm." + name + "..")
                .should().dependOnClassesThat(resideInAPackage("com.socialitsm..")
                        .and(not(resideInAPackage("com.socialitsm." + name + "..")))
                        .and(not(resideInAnyPackage(packages))))
                .as("com.socialitsm." + name + " depends on no com.socialitsm package but "
                        + (allowed.length == 0 ? "none" : String.join(", ", allowed)));
    }
}
