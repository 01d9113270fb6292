package com.socialitsm.jira.app;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** One built app jar, read whole: its entries (embedded jars' entries too, as "lib.jar!/name") and its manifest. */
record AppJar(Path file, Map<String, byte[]> entries, Manifest manifest) {

    /** The jar named by a system property that failsafe sets (jira11.app, jira10.app). */
    static AppJar fromProperty(String property) {
        Path file = Path.of(System.getProperty(property, "missing system property " + property));
        try (JarInputStream in = new JarInputStream(Files.newInputStream(file))) {
            Map<String, byte[]> entries = new LinkedHashMap<>();
            read(in, "", entries);
            return new AppJar(file, entries, in.getManifest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the app jar " + file, e);
        }
    }

    private static void read(ZipInputStream in, String prefix, Map<String, byte[]> entries) throws IOException {
        for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
            byte[] bytes = in.readAllBytes();
            entries.put(prefix + entry.getName(), bytes);
            if (entry.getName().endsWith(".jar")) {
                read(new ZipInputStream(new ByteArrayInputStream(bytes)), prefix + entry.getName() + "!/", entries);
            }
        }
    }

    String text(String name) {
        byte[] bytes = entries.get(name);
        if (bytes == null) {
            throw new AssertionError(file + " has no " + name);
        }
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    String header(String name) {
        return manifest.getMainAttributes().getValue(name);
    }

    /** Every class file's constant-pool strings (UTF8 entries: class, member and descriptor names, literals). */
    List<String> classConstants() {
        List<String> constants = new ArrayList<>();
        entries.forEach((name, bytes) -> {
            if (name.endsWith(".class") && !name.endsWith("module-info.class")) {
                constants.addAll(utf8Constants(bytes));
            }
        });
        return constants;
    }

    // The class file format, JVMS 4.4: only UTF8 entries are kept; the others are skipped by their size.
    private static List<String> utf8Constants(byte[] classFile) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile))) {
            in.skipBytes(8); // magic, minor, major
            int count = in.readUnsignedShort();
            List<String> strings = new ArrayList<>();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> strings.add(in.readUTF());
                    case 7, 8, 16, 19, 20 -> in.skipBytes(2);
                    case 15 -> in.skipBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                    case 5, 6 -> {
                        in.skipBytes(8);
                        i++;
                    }
                    default -> throw new IOException("unknown constant pool tag " + tag);
                }
            }
            return strings;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
