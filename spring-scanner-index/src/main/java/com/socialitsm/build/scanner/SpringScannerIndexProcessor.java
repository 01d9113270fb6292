package com.socialitsm.build.scanner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;
import javax.tools.StandardLocation;

/**
 * Writes Atlassian Spring Scanner's build-time index, the files that {@code <atlassian-scanner:scan-indexes/>} reads in
 * the plugin's Spring context, so that the default build (Maven Central only) produces an app whose beans Jira creates.
 * Under AMPS the real {@code atlassian-spring-scanner-maven-plugin} writes them instead.
 *
 * <p>Files and line formats follow Atlassian Spring Scanner's own reader and writer: the index folder
 * {@code META-INF/plugin-components} and the file names {@code component} and {@code imports} are the constants of
 * {@code com.atlassian.plugin.spring.scanner.util.ClassIndexFiles}; each line is a fully qualified class name,
 * followed by {@code #beanName} when the annotation names the bean ({@code IndexWritingAnnotationProcessor}, and
 * {@code AnnotationIndexReader} reads the file line by line) — read in the scanner's public source as kept in
 * github.com/mahmoudimus/ac, annotation-processor/src/main/java/com/atlassian/plugin/spring/scanner/ (commit
 * 90f3e1d0). The {@code exports} file ({@code @ExportAsService}) holds {@code implementationClass#interface[,interface]},
 * as seen in a public plugin's generated index; it is not in that older source (inferred, see docs/architecture.md).
 *
 * <p>Component entries: concrete classes annotated {@code @Named} (jakarta or javax). Import entries: the type of every
 * field or constructor parameter annotated {@code @ComponentImport}. Lines are sorted, so the files are reproducible.
 */
@SupportedAnnotationTypes({
        SpringScannerIndexProcessor.JAKARTA_NAMED,
        SpringScannerIndexProcessor.JAVAX_NAMED,
        SpringScannerIndexProcessor.COMPONENT_IMPORT,
        SpringScannerIndexProcessor.EXPORT_AS_SERVICE})
public final class SpringScannerIndexProcessor extends AbstractProcessor {
    static final String INDEX_FOLDER = "META-INF/plugin-components/";
    static final String JAKARTA_NAMED = "jakarta.inject.Named";
    static final String JAVAX_NAMED = "javax.inject.Named";
    static final String COMPONENT_IMPORT = "com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport";
    static final String EXPORT_AS_SERVICE = "com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService";

    private final SortedSet<String> components = new TreeSet<>();
    private final SortedSet<String> imports = new TreeSet<>();
    private final SortedSet<String> exports = new TreeSet<>();

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement annotation : annotations) {
            String name = annotation.getQualifiedName().toString();
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                switch (name) {
                    case JAKARTA_NAMED, JAVAX_NAMED -> component(element, name);
                    case COMPONENT_IMPORT -> componentImport(element);
                    case EXPORT_AS_SERVICE -> export(element);
                    default -> { }
                }
            }
        }
        if (round.processingOver()) {
            write("component", components);
            write("imports", imports);
            write("exports", exports);
        }
        return false;
    }

    private void component(Element element, String annotation) {
        // @Named on a parameter or field is a qualifier, not a bean.
        if (element.getKind() != ElementKind.CLASS) {
            return;
        }
        TypeElement type = (TypeElement) element;
        if (type.getModifiers().contains(Modifier.ABSTRACT)) {
            error(element, "an abstract class cannot be a Spring Scanner component");
            return;
        }
        components.add(entry(binaryName(type), stringValue(element, annotation)));
    }

    private void componentImport(Element element) {
        boolean field = element.getKind() == ElementKind.FIELD;
        boolean constructorParameter = element.getKind() == ElementKind.PARAMETER
                && element.getEnclosingElement().getKind() == ElementKind.CONSTRUCTOR;
        if (!field && !constructorParameter) {
            error(element, "@ComponentImport is indexed on fields and constructor parameters only");
            return;
        }
        TypeMirror type = element.asType();
        if (!(type instanceof DeclaredType declared)) {
            error(element, "@ComponentImport needs an interface or class type");
            return;
        }
        TypeElement imported = (TypeElement) declared.asElement();
        imports.add(entry(binaryName(imported), stringValue(element, COMPONENT_IMPORT)));
    }

    private void export(Element element) {
        TypeElement type = (TypeElement) element;
        List<String> interfaces = classValues(element, EXPORT_AS_SERVICE);
        if (interfaces.isEmpty()) {
            interfaces = type.getInterfaces().stream()
                    .map(i -> binaryName((TypeElement) ((DeclaredType) i).asElement()))
                    .toList();
        }
        exports.add(binaryName(type) + "#" + String.join(",", interfaces));
    }

    private static String entry(String className, Optional<String> beanName) {
        return beanName.map(name -> className + "#" + name).orElse(className);
    }

    private String binaryName(TypeElement type) {
        return processingEnv.getElementUtils().getBinaryName(type).toString();
    }

    private static Optional<String> stringValue(Element element, String annotation) {
        return annotationValue(element, annotation)
                .map(value -> value.getValue().toString())
                .filter(value -> !value.isBlank());
    }

    private List<String> classValues(Element element, String annotation) {
        return annotationValue(element, annotation)
                .map(value -> (List<?>) value.getValue())
                .map(values -> values.stream()
                        .map(v -> (TypeMirror) ((AnnotationValue) v).getValue())
                        .map(t -> binaryName((TypeElement) ((DeclaredType) t).asElement()))
                        .collect(Collectors.toList()))
                .orElse(List.of());
    }

    private static Optional<AnnotationValue> annotationValue(Element element, String annotation) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(annotation)) {
                for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
                        : mirror.getElementValues().entrySet()) {
                    if (e.getKey().getSimpleName().contentEquals("value")) {
                        return Optional.of(e.getValue());
                    }
                }
            }
        }
        return Optional.empty();
    }

    private void write(String file, SortedSet<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        try (Writer out = processingEnv.getFiler()
                .createResource(StandardLocation.CLASS_OUTPUT, "", INDEX_FOLDER + file)
                .openWriter()) {
            for (String line : lines) {
                out.write(line);
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + INDEX_FOLDER + file, e);
        }
    }

    private void error(Element element, String message) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
    }
}
