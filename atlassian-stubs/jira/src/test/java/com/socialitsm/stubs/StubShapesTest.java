package com.socialitsm.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.ElementType;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import com.atlassian.activeobjects.external.FailedFastCountException;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventListenerRegistrar;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.event.AbstractEvent;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.searchers.AbstractInitializationCustomFieldSearcher;
import com.atlassian.jira.issue.customfields.searchers.CustomFieldSearcherClauseHandler;
import com.atlassian.jira.issue.search.searchers.IssueSearcher;
import com.atlassian.jira.jql.ValueGeneratingClauseHandler;
import com.atlassian.jira.jql.values.ClauseValuesGenerator;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.task.context.Context;
import com.atlassian.plugin.PluginException;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.export.ServiceProperty;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.clause.TerminalClauseImpl;
import com.atlassian.query.operand.EmptyOperand;
import com.atlassian.query.operand.MultiValueOperand;
import com.atlassian.query.operand.Operand;
import com.atlassian.query.operand.SingleValueOperand;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.streams.api.StreamsFilterType;

/**
 * The shapes issue #15 found wrong and checked against Jira's public sources. A stub that drifts back (a fluent
 * return where Jira has void, a concrete class where Jira's is abstract) lets code compile here that would not
 * compile against the real jira-api, which is exactly what these stubs exist to prevent.
 */
class StubShapesTest {

    @Test
    void applyDefaultValuesSetterReturnsVoidSoItCannotBeChained() throws NoSuchMethodException {
        Method setter = IssueInputParameters.class
                .getMethod("setApplyDefaultValuesWhenParameterNotProvided", boolean.class);
        assertThat(setter.getReturnType()).isEqualTo(void.class);
    }

    @Test
    void abstractAndFinalClassesAreAsInJira() {
        assertThat(Modifier.isAbstract(AbstractEvent.class.getModifiers())).isTrue();
        assertThat(Modifier.isAbstract(IssueService.IssueValidationResult.class.getModifiers())).isTrue();
        assertThat(Modifier.isFinal(Label.class.getModifiers())).isTrue();
    }

    @Test
    void supertypesAreAsInJira() {
        assertThat(EventListenerRegistrar.class).isAssignableFrom(EventPublisher.class);
        assertThat(methodNames(EventListenerRegistrar.class)).contains("register", "unregister", "unregisterAll");
        assertThat(PluginParseException.class.getSuperclass()).isEqualTo(PluginException.class);
        assertThat(PluginException.class.getSuperclass()).isEqualTo(RuntimeException.class);
        assertThat(AutoCloseable.class).isAssignableFrom(Context.Task.class);
    }

    @Test
    void failedFastCountExceptionIsCheckedAndWrapsACause() throws NoSuchMethodException {
        assertThat(FailedFastCountException.class.getSuperclass()).isEqualTo(Exception.class);
        assertThat(FailedFastCountException.class.getConstructor(Throwable.class)).isNotNull();
    }

    @Test
    void annotationElementsAndTargetsAreAsInJira() {
        assertThat(methodNames(EventListener.class)).contains("scope", "order");
        assertThat(ComponentImport.class.getAnnotation(Target.class).value())
                .containsExactlyInAnyOrder(ElementType.PARAMETER, ElementType.ANNOTATION_TYPE, ElementType.FIELD);
        assertThat(ExportAsService.class.getAnnotation(Target.class).value())
                .containsExactlyInAnyOrder(ElementType.TYPE, ElementType.FIELD);
        assertThat(Arrays.stream(ExportAsService.class.getDeclaredMethods()))
                .anyMatch(m -> m.getName().equals("properties") && m.getReturnType() == ServiceProperty[].class);
    }

    @Test
    void enumsHaveJirasConstants() {
        assertThat(names(UrlMode.values()))
                .containsExactlyInAnyOrder("CANONICAL", "ABSOLUTE", "RELATIVE", "RELATIVE_CANONICAL", "AUTO");
        assertThat(names(StreamsFilterType.values()))
                .contains("DATE", "USER", "LIST", "SELECT", "STRING", "STRING_LIKE", "STRING_EXACT");
    }

    @Test
    void theSearcherTypesHangTogetherAsInJira() {
        // A custom field searcher is an IssueSearcher of CustomField; Jira's abstract base implements it, and a
        // clause handler that completes values is a separate interface the app's handler adds.
        assertThat(IssueSearcher.class).isAssignableFrom(CustomFieldSearcher.class);
        assertThat(CustomFieldSearcher.class).isAssignableFrom(AbstractInitializationCustomFieldSearcher.class);
        assertThat(Modifier.isAbstract(AbstractInitializationCustomFieldSearcher.class.getModifiers())).isTrue();
        assertThat(CustomFieldSearcherClauseHandler.class.isAssignableFrom(ValueGeneratingClauseHandler.class)).isFalse();
        assertThat(Modifier.isStatic(ClauseValuesGenerator.Result.class.getModifiers())).isTrue();
        assertThat(Modifier.isStatic(ClauseValuesGenerator.Results.class.getModifiers())).isTrue();
        assertThat(TerminalClause.class).isAssignableFrom(TerminalClauseImpl.class);
        assertThat(Operand.class).isAssignableFrom(SingleValueOperand.class);
        assertThat(Operand.class).isAssignableFrom(MultiValueOperand.class);
        assertThat(Operand.class).isAssignableFrom(EmptyOperand.class);
    }

    private static String[] methodNames(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods()).map(Method::getName).toArray(String[]::new);
    }

    private static String[] names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).toArray(String[]::new);
    }
}
