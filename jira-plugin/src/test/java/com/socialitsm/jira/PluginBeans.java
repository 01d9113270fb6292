package com.socialitsm.jira;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jakarta.inject.Named;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;

/**
 * The beans of the plugin's Spring context as the build declares them, by id and type: the {@code @Named} classes of
 * this module (what Spring Scanner indexes), the Jira services imported in {@link ComponentImports}, and the beans
 * of {@code META-INF/spring/core-services.xml} (a factory-method bean has the method's return type).
 */
public final class PluginBeans {
    private final Map<String, Class<?>> beans = new LinkedHashMap<>();
    private final Document xml;

    public PluginBeans() throws Exception {
        for (String name : ClasspathFiles.list("com/socialitsm/jira")) {
            if (!name.endsWith(".class") || name.contains("$")) {
                continue;
            }
            Class<?> type = Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), false,
                    PluginBeans.class.getClassLoader());
            Named named = type.getAnnotation(Named.class);
            if (named != null) {
                String id = named.value().isEmpty()
                        ? Character.toLowerCase(type.getSimpleName().charAt(0)) + type.getSimpleName().substring(1)
                        : named.value();
                put(id, type);
            }
        }
        for (Field field : ComponentImports.class.getDeclaredFields()) {
            ComponentImport imported = field.getAnnotation(ComponentImport.class);
            if (imported != null) {
                put(imported.value().isEmpty() ? field.getName() : imported.value(), field.getType());
            }
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = PluginBeans.class.getClassLoader()
                .getResourceAsStream("META-INF/spring/core-services.xml")) {
            xml = factory.newDocumentBuilder().parse(in);
        }
        NodeList nodes = xml.getElementsByTagName("bean");
        // Factory beans name beans declared before them; two passes resolve any order.
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < nodes.getLength(); i++) {
                Element bean = (Element) nodes.item(i);
                Class<?> type = typeOf(bean);
                if (type != null) {
                    beans.put(bean.getAttribute("id"), type);
                }
            }
        }
    }

    private Class<?> typeOf(Element bean) {
        try {
            if (!bean.getAttribute("factory-bean").isEmpty()) {
                Class<?> factory = beans.get(bean.getAttribute("factory-bean"));
                return factory == null ? null : factory.getMethod(bean.getAttribute("factory-method")).getReturnType();
            }
            Class<?> type = Class.forName(bean.getAttribute("class"), false, PluginBeans.class.getClassLoader());
            return bean.getAttribute("factory-method").isEmpty() ? type
                    : type.getMethod(bean.getAttribute("factory-method")).getReturnType();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("core-services.xml names what does not exist: " + bean.getAttribute("id"), e);
        }
    }

    private void put(String id, Class<?> type) {
        if (beans.put(id, type) != null) {
            throw new AssertionError("Two beans named " + id);
        }
    }

    public Map<String, Class<?>> all() {
        return beans;
    }

    /** The ids of the beans a constructor parameter of this type could be given (Spring's autowiring by type). */
    public TreeSet<String> assignableTo(Class<?> type) {
        TreeSet<String> ids = new TreeSet<>();
        beans.forEach((id, beanType) -> {
            if (type.isAssignableFrom(beanType)) {
                ids.add(id);
            }
        });
        return ids;
    }

    public Document xml() {
        return xml;
    }

    public List<Element> xmlBeans() {
        NodeList nodes = xml.getElementsByTagName("bean");
        List<Element> list = new java.util.ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }
}
