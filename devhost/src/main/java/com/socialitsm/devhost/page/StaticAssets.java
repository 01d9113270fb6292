package com.socialitsm.devhost.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The static files the pages load, from the class path: the web module's {@code social-itsm/**} (JS modules, CSS),
 * the devhost's own look ({@code devhost-static/devhost/**}: its stylesheet, logo, issue type icons; the Jira app
 * never carries them) and AUI, which the build copies from npm into {@code devhost-static/aui/**}. URLs carry a version
 * ({@code /s/<version>/social-itsm/js/main.js}) that changes with every start, so browsers may cache them for good;
 * relative imports between ES modules resolve under the same version.
 */
public final class StaticAssets {
    public static final String URL_PREFIX = "/s/";
    private static final String WEB_ROOT = "social-itsm/";
    private static final String AUI_URL_ROOT = "aui/";
    private static final String AUI_CLASSPATH_ROOT = "devhost-static/aui/";
    private static final String DEVHOST_URL_ROOT = "devhost/";
    private static final String DEVHOST_CLASSPATH_ROOT = "devhost-static/devhost/";
    private static final String FEATURE_CSS_DIR = "social-itsm/css/";
    private static final Map<String, String> CONTENT_TYPES = Map.ofEntries(
            Map.entry("js", "text/javascript;charset=UTF-8"),
            Map.entry("mjs", "text/javascript;charset=UTF-8"),
            Map.entry("css", "text/css;charset=UTF-8"),
            Map.entry("json", "application/json;charset=UTF-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("gif", "image/gif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("eot", "application/vnd.ms-fontobject"));

    private final ClassLoader loader;
    private final String version;
    private final List<String> featureCss;
    private final boolean auiAvailable;
    private final Map<String, Optional<Asset>> cache = new ConcurrentHashMap<>();

    public StaticAssets(ClassLoader loader, String version) {
        this.loader = loader;
        this.version = version;
        this.featureCss = List.copyOf(listCss(loader));
        this.auiAvailable = loader.getResource(AUI_CLASSPATH_ROOT + "aui-prototyping.js") != null
                && loader.getResource(AUI_CLASSPATH_ROOT + "jquery.min.js") != null;
    }

    /** A file to send: its bytes, content type and entity tag. */
    public record Asset(byte[] bytes, String contentType, String etag) {
    }

    public String version() {
        return version;
    }

    /** The URL of a resource: {@code social-itsm/js/main.js}, {@code devhost/devhost.css} or {@code aui/aui-prototyping.css}. */
    public String url(String resource) {
        return URL_PREFIX + version + "/" + resource;
    }

    /** Whether the build could install AUI; without it the pages use the devhost's plain CSS only. */
    public boolean auiAvailable() {
        return auiAvailable;
    }

    /**
     * Every feature's stylesheet ({@code social-itsm/css/*.css}, by name), so a feature's CSS file is on every page
     * as soon as it exists, without a change to the frame.
     */
    public List<String> featureCss() {
        return featureCss;
    }

    /** The asset a path below {@code /s/<version>/} names, if it is one we serve. */
    public Optional<Asset> find(String resource) {
        if (resource == null || resource.isEmpty() || resource.contains("..") || resource.contains("//")
                || resource.contains("\\") || resource.startsWith("/")) {
            return Optional.empty();
        }
        String classpathName;
        if (resource.startsWith(WEB_ROOT)) {
            classpathName = resource;
        } else if (resource.startsWith(AUI_URL_ROOT)) {
            classpathName = AUI_CLASSPATH_ROOT + resource.substring(AUI_URL_ROOT.length());
        } else if (resource.startsWith(DEVHOST_URL_ROOT)) {
            classpathName = DEVHOST_CLASSPATH_ROOT + resource.substring(DEVHOST_URL_ROOT.length());
        } else {
            return Optional.empty();
        }
        String type = CONTENT_TYPES.get(extension(resource));
        if (type == null) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(classpathName, name -> load(name, type));
    }

    private Optional<Asset> load(String classpathName, String type) {
        try (InputStream in = loader.getResourceAsStream(classpathName)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] bytes = in.readAllBytes();
            return Optional.of(new Asset(bytes, type, "\"" + sha256(bytes).substring(0, 20) + "\""));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + classpathName, e);
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The CSS files directly in {@code social-itsm/css/}, from directories and jars on the class path. */
    private static List<String> listCss(ClassLoader loader) {
        TreeSet<String> names = new TreeSet<>();
        try {
            // Jars without directory entries do not answer for the folder; the web module's core.js finds them too.
            List<URL> places = new ArrayList<>(java.util.Collections.list(loader.getResources(FEATURE_CSS_DIR)));
            URL core = loader.getResource(WEB_ROOT + "js/core.js");
            if (core != null) {
                places.add(new URL(core, "../css/"));
            }
            for (URL dir : places) {
                if ("file".equals(dir.getProtocol())) {
                    Path folder = Path.of(dir.toURI());
                    if (!Files.isDirectory(folder)) {
                        continue;
                    }
                    try (Stream<Path> files = Files.list(folder)) {
                        files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".css"))
                                .forEach(n -> names.add(FEATURE_CSS_DIR + n));
                    }
                } else if ("jar".equals(dir.getProtocol())) {
                    // jar:file:/path/web.jar!/social-itsm/css/ — read the jar itself, not through the shared cache
                    String spec = dir.getPath();
                    Path jarPath = Path.of(new java.net.URI(spec.substring(0, spec.indexOf("!/"))));
                    try (JarFile jar = new JarFile(jarPath.toFile())) {
                        for (JarEntry entry : java.util.Collections.list(jar.entries())) {
                            String name = entry.getName();
                            if (name.startsWith(FEATURE_CSS_DIR) && name.endsWith(".css")
                                    && name.indexOf('/', FEATURE_CSS_DIR.length()) < 0) {
                                names.add(name);
                            }
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("Cannot list " + FEATURE_CSS_DIR + " on the class path", e);
        }
        return new ArrayList<>(names);
    }
}
