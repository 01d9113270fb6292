package com.socialitsm.jira.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import com.atlassian.annotations.security.XsrfProtectionExcluded;

import com.socialitsm.app.SocialApp;
import com.socialitsm.host.AccessPolicy;
import com.socialitsm.host.IssueDirectory;
import com.socialitsm.host.UserDirectory;
import com.socialitsm.jira.ClasspathFiles;
import com.socialitsm.jira.PluginBeans;
import com.socialitsm.store.Store;
import com.socialitsm.web.CurrentUser;
import com.socialitsm.web.rest.ApiExceptionMapper;
import com.socialitsm.web.rest.ListenResource;
import com.socialitsm.web.rest.SocialResources;

/**
 * What REST v2 does with the {@code <rest>} module's package, checked against the plugin's beans: it finds the
 * {@code @Path} resources and {@code @Provider}s of {@code com.socialitsm.web.rest} and builds each through its
 * constructor from the plugin's Spring context. So each must have one public constructor whose every parameter one
 * bean satisfies; the set must be the one the devhost serves ({@link SocialResources#all}); and access must be as
 * meant: anonymous only for reads, the admin resources for admins.
 */
class RestWiringTest {
    private static final String WEB_PACKAGE = "com.socialitsm.web.rest";
    private static final String JIRA_PACKAGE = "com.socialitsm.jira.rest";

    private static PluginBeans beans;
    /** What the scan finds in the web module's package: what every host serves. */
    private static List<Class<?>> web;
    /** Everything the {@code <rest>} module's packages yield in Jira: the web module's and the Jira-only ones. */
    private static List<Class<?>> scanned;

    @BeforeAll
    static void scan() throws Exception {
        beans = new PluginBeans();
        web = jaxRsClassesOf(WEB_PACKAGE);
        scanned = new java.util.ArrayList<>(web);
        scanned.addAll(jaxRsClassesOf(JIRA_PACKAGE));
    }

    private static List<Class<?>> jaxRsClassesOf(String packageName) {
        return ClasspathFiles.classesOf(packageName).stream()
                .filter(type -> type.isAnnotationPresent(Path.class) || type.isAnnotationPresent(Provider.class))
                .toList();
    }

    @Test
    void theRestModuleScansExactlyTheWebAndJiraRestPackages() throws Exception {
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        org.w3c.dom.Document descriptor;
        try (var in = RestWiringTest.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            descriptor = factory.newDocumentBuilder().parse(in);
        }
        org.w3c.dom.NodeList packages = descriptor.getElementsByTagName("package");
        Set<String> names = new java.util.TreeSet<>();
        for (int i = 0; i < packages.getLength(); i++) {
            names.add(packages.item(i).getTextContent().trim());
        }
        assertThat(names).containsExactlyInAnyOrder(WEB_PACKAGE, JIRA_PACKAGE);
        assertThat(jaxRsClassesOf(JIRA_PACKAGE)).as("every resource is the web module's, the same in every host")
                .isEmpty();
    }

    @Test
    void theScanFindsTheResourcesAndTheErrorMapper() {
        assertThat(scanned).contains(ApiExceptionMapper.class).hasSizeGreaterThan(3);
    }

    @Test
    void everyScannedClassIsBuiltByTheOneConstructorFromExactlyOneBeanPerParameter() {
        for (Class<?> type : scanned) {
            assertThat(Modifier.isPublic(type.getModifiers()) && !Modifier.isAbstract(type.getModifiers()))
                    .as("%s can be instantiated", type.getSimpleName()).isTrue();
            Constructor<?>[] constructors = type.getConstructors();
            assertThat(constructors).as("%s has one public constructor", type.getSimpleName()).hasSize(1);
            for (java.lang.reflect.Type parameter : constructors[0].getGenericParameterTypes()) {
                if (parameter instanceof ParameterizedType optional && optional.getRawType() == Optional.class) {
                    // Spring gives an Optional<X> parameter the one X bean, or empty when there is none.
                    Class<?> wanted = (Class<?>) optional.getActualTypeArguments()[0];
                    assertThat(beans.assignableTo(wanted)).as("beans for %s(Optional<%s> ...)",
                            type.getSimpleName(), wanted.getSimpleName()).hasSizeLessThanOrEqualTo(1);
                } else {
                    assertThat(beans.assignableTo((Class<?>) parameter)).as("beans for %s(%s ...)",
                            type.getSimpleName(), parameter.getTypeName()).hasSize(1);
                }
            }
        }
    }

    @Test
    void theCallerIsTheJiraCurrentUserAndTheAppIsTheOneSocialApp() {
        assertThat(beans.assignableTo(CurrentUser.class)).containsExactly("jiraCurrentUser");
        assertThat(beans.assignableTo(SocialApp.class)).containsExactly("socialApp");
        assertThat(beans.assignableTo(AccessPolicy.class)).containsExactly("jiraAccessPolicy");
    }

    @Test
    void jiraServesTheSameResourcesAsEveryOtherHost() {
        SocialApp app = new SocialApp(mock(Store.class), Clock.systemUTC(), mock(IssueDirectory.class),
                mock(UserDirectory.class), mock(AccessPolicy.class));
        Set<Class<?>> listed = SocialResources.all(app, Optional::empty, Optional.empty()).stream()
                .map(Object::getClass).collect(Collectors.toSet());

        assertThat(listed).containsExactlyInAnyOrderElementsOf(web);
    }

    @Test
    void onlyReadsAreOpenToAnonymousVisitors() {
        for (Class<?> type : scanned) {
            assertThat(type.isAnnotationPresent(AnonymousSiteAccess.class))
                    .as("%s opens every method, writes included", type.getSimpleName()).isFalse();
            for (Method method : type.getDeclaredMethods()) {
                if (method.isAnnotationPresent(AnonymousSiteAccess.class)) {
                    assertThat(method.isAnnotationPresent(GET.class))
                            .as("%s.%s is anonymous but not a GET", type.getSimpleName(), method.getName()).isTrue();
                }
            }
        }
        assertThat(scanned.stream().flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                .filter(method -> method.isAnnotationPresent(AnonymousSiteAccess.class)))
                .as("the reads public pages need: follow status, streams, votes, leaderboards, profiles")
                .hasSizeGreaterThanOrEqualTo(7);
    }

    /**
     * The listening post's URL is the one method open to every caller (REST v2's {@code @UnrestrictedAccess}: chat
     * servers post without a login even where the site allows no anonymous access) and excluded from the XSRF check
     * (they cannot send {@code X-Atlassian-Token}); its secret is its credential. The JSM portal's resources (and the
     * agents' known-issue ones, so that a customer gets our 403) are open as a whole (unlicensed customers must reach them; docs/portal.md) and check every caller themselves; they
     * keep the XSRF check.
     */
    @Test
    void onlyTheListeningPostIsOpenToEveryCallerAndExcludedFromTheXsrfCheck() {
        java.util.Set<Class<?>> portal = java.util.Set.of(com.socialitsm.web.rest.PortalResource.class,
                com.socialitsm.web.rest.KnownIssueResource.class, com.socialitsm.web.rest.TagKnownIssueResource.class);
        for (Class<?> type : scanned) {
            assertThat(type.isAnnotationPresent(UnrestrictedAccess.class)).as(type.getSimpleName())
                    .isEqualTo(portal.contains(type));
            assertThat(type.isAnnotationPresent(XsrfProtectionExcluded.class)).as(type.getSimpleName()).isFalse();
            for (Method method : type.getDeclaredMethods()) {
                boolean open = method.isAnnotationPresent(UnrestrictedAccess.class);
                boolean unchecked = method.isAnnotationPresent(XsrfProtectionExcluded.class);
                if (open || unchecked) {
                    assertThat(type).as("%s.%s", type.getSimpleName(), method.getName()).isEqualTo(ListenResource.class);
                    assertThat(open && unchecked && method.isAnnotationPresent(jakarta.ws.rs.POST.class))
                            .as("%s is a POST with both annotations", method.getName()).isTrue();
                }
            }
        }
        assertThat(Arrays.stream(ListenResource.class.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(jakarta.ws.rs.POST.class)))
                .hasSize(2).allMatch(method -> method.isAnnotationPresent(UnrestrictedAccess.class)
                        && method.isAnnotationPresent(XsrfProtectionExcluded.class));
    }

    @Test
    void theAdminResourcesAreForAdminsAndNothingElseIs() {
        for (Class<?> type : scanned) {
            if (!type.isAnnotationPresent(Path.class)) {
                continue;
            }
            String path = type.getAnnotation(Path.class).value().replaceFirst("^/", "");
            assertThat(type.isAnnotationPresent(AdminOnly.class)).as("%s at /%s", type.getSimpleName(), path)
                    .isEqualTo(path.startsWith("admin/"));
        }
    }
}
