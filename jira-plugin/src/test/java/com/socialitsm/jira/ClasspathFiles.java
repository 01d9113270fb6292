package com.socialitsm.jira;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * What the plugin's class path holds under a directory, whether it comes from a module's classes directory or from a
 * jar (the web module arrives as a jar): the same view Jira's bundle has of the unpacked files.
 */
public final class ClasspathFiles {
    private ClasspathFiles() {
    }

    /** Every file below {@code dir} (e.g. {@code social-itsm/js}), as class path names, sorted; recursive. */
    public static TreeSet<String> list(String dir) {
        String prefix = dir.endsWith("/") ? dir : dir + "/";
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> roots = ClasspathFiles.class.getClassLoader().getResources(prefix);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if ("jar".equals(root.getProtocol())) {
                    JarURLConnection connection = (JarURLConnection) root.openConnection();
                    connection.setUseCaches(false);
                    try (JarFile jar = connection.getJarFile()) {
                        for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                            JarEntry entry = entries.nextElement();
                            if (!entry.isDirectory() && entry.getName().startsWith(prefix)) {
                                names.add(entry.getName());
                            }
                        }
                    }
                } else {
                    Path base = Path.of(root.toURI());
                    try (Stream<Path> files = Files.walk(base)) {
                        files.filter(Files::isRegularFile).forEach(file ->
                                names.add(prefix + base.relativize(file).toString().replace('\\', '/')));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }

    /** A class path resource as text (UTF-8). */
    public static String read(String name) {
        try (InputStream in = ClasspathFiles.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("No " + name + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The classes of a package (not its sub-packages) on the class path, loaded without initialising them. */
    public static java.util.List<Class<?>> classesOf(String packageName) {
        String dir = packageName.replace('.', '/');
        java.util.List<Class<?>> classes = new java.util.ArrayList<>();
        for (String name : list(dir)) {
            String rest = name.substring(dir.length() + 1);
            if (rest.endsWith(".class") && !rest.contains("/") && !rest.equals("package-info.class")) {
                try {
                    classes.add(Class.forName(name.substring(0, name.length() - ".class".length()).replace('/', '.'),
                            false, ClasspathFiles.class.getClassLoader()));
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return classes;
    }
}
