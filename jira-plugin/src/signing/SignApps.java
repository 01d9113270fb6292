import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs the app jars for direct distribution: beside each jar, {@code <jar file name>.sig} holds the Base64 of the raw
 * Ed25519 signature over the jar's bytes, which is what UPM 8 (Jira 11) checks against the vendor certificate in its
 * truststore, and what {@code openssl pkeyutl -verify -pubin -inkey pub.pem -rawin -in app.jar -sigfile <decoded sig>}
 * verifies.
 *
 * <p>A single-file program (JEP 330: {@code java SignApps.java ...}) run by jira-plugin's package phase through
 * exec-maven-plugin, so that the signing code never ends up in an app jar and a fresh clone needs no module installed
 * first. Only the JDK's own Ed25519 ({@code Signature.getInstance("Ed25519")}, Java 15+).
 *
 * <p>Usage: {@code java SignApps.java --key=<PKCS#8 PEM file, or empty> --dir=<folder> --jars=<glob>
 * [--base=<folder>]}. An empty {@code --key} leaves the jars unsigned (and removes their stale {@code .sig} files)
 * with one warning; a relative key path is resolved against {@code --base} (the folder Maven was started in, even
 * with {@code mvn -f}). Exit status 0 when signed or deliberately unsigned, 1 on a bad key or when a key was given but
 * no jar matched, 2 on bad arguments.
 *
 * <p>exec-maven-plugin passes this program's output through unchanged, so its lines carry Maven's own level prefixes
 * and the unsigned warning stays visible under {@code mvn -q}.
 *
 * <p>Nothing of the key is ever printed: messages name the key file, never its content, and never pass on a parser's
 * own message (a Base64 decoder's message quotes the offending character).
 */
public final class SignApps {

    static final String SIGNATURE_SUFFIX = ".sig";
    private static final String HOW_TO_SIGN =
            "to sign, build with -Dsigning.key=/path/to/key.pem (an Ed25519 private key in PKCS#8 PEM, as "
                    + "'openssl genpkey -algorithm ed25519 -out key.pem' writes it; see docs/install.md)";
    private static final Pattern PEM_BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]{1,40})-----(.*?)-----END \\1-----", Pattern.DOTALL);

    private final PrintStream out;
    private final PrintStream err;

    SignApps(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new SignApps(System.out, System.err).run(args));
    }

    int run(String[] args) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("[ERROR] [signing] " + e.getMessage());
            err.println("[signing] usage: java SignApps.java --key=<PKCS#8 PEM file, or empty> --dir=<folder> "
                    + "--jars=<glob> [--base=<folder>]");
            return 2;
        }
        try {
            List<Path> jars = appJars(arguments.dir(), arguments.jarGlob());
            if (arguments.keyFile().isEmpty()) {
                leaveUnsigned(jars, arguments);
                return 0;
            }
            Path keyFile = arguments.resolvedKeyFile();
            PrivateKey key = readEd25519PrivateKey(keyFile);
            if (jars.isEmpty()) {
                throw new SigningFailure("signing key " + keyFile + " given, but no app jar matches "
                        + arguments.jarGlob() + " in " + arguments.dir() + ": nothing to sign");
            }
            for (Path jar : jars) {
                Path signatureFile = sign(jar, key);
                out.println("[INFO] [signing] signed " + jar.getFileName() + " -> " + signatureFile.getFileName()
                        + " (Ed25519, Base64)");
            }
            return 0;
        } catch (SigningFailure e) {
            err.println("[ERROR] [signing] " + e.getMessage());
            return 1;
        }
    }

    /** Without a key the build still succeeds; a .sig left from an earlier signed build would no longer match. */
    private void leaveUnsigned(List<Path> jars, Arguments arguments) throws SigningFailure {
        List<String> names = new ArrayList<>();
        for (Path jar : jars) {
            names.add(jar.getFileName().toString());
            Path stale = signatureFileOf(jar);
            try {
                Files.deleteIfExists(stale);
            } catch (IOException e) {
                throw new SigningFailure("cannot remove the stale signature " + stale + ": " + e);
            }
        }
        String which = names.isEmpty()
                ? "no app jar matches " + arguments.jarGlob() + " in " + arguments.dir()
                : String.join(", ", names);
        out.println("[WARNING] [signing] app jars NOT signed (no -Dsigning.key): " + which
                + ". Jira 11.3 (UPM 8) installs only signed uploads; " + HOW_TO_SIGN + ".");
    }

    static List<Path> appJars(Path dir, String glob) throws SigningFailure {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> matches = Files.newDirectoryStream(dir, glob)) {
            for (Path path : matches) {
                if (Files.isRegularFile(path)) {
                    jars.add(path);
                }
            }
        } catch (IOException e) {
            throw new SigningFailure("cannot list " + dir + ": " + e);
        }
        jars.sort(null);
        return jars;
    }

    static Path signatureFileOf(Path jar) {
        return jar.resolveSibling(jar.getFileName() + SIGNATURE_SUFFIX);
    }

    /**
     * Reads an unencrypted PKCS#8 Ed25519 private key ("-----BEGIN PRIVATE KEY-----"). Every failure names the file
     * and says what was expected; none quotes the file's content.
     */
    static PrivateKey readEd25519PrivateKey(Path keyFile) throws SigningFailure {
        if (!Files.isRegularFile(keyFile)) {
            throw new SigningFailure("signing key file " + keyFile + " does not exist or is not a file; "
                    + HOW_TO_SIGN);
        }
        byte[] content;
        try {
            content = Files.readAllBytes(keyFile);
        } catch (IOException e) {
            throw new SigningFailure("cannot read signing key file " + keyFile + " (" + e.getClass().getSimpleName()
                    + ")");
        }
        byte[] der = null;
        try {
            der = pkcs8Der(keyFile, new String(content, StandardCharsets.US_ASCII));
            try {
                return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (InvalidKeySpecException e) {
                throw new SigningFailure("signing key file " + keyFile + " holds a PKCS#8 private key that is not "
                        + "Ed25519 (UPM accepts Ed25519 signatures only); " + HOW_TO_SIGN);
            } catch (GeneralSecurityException e) {
                throw new SigningFailure("this JDK has no Ed25519 (Java 15 or later is needed): " + e);
            }
        } finally {
            Arrays.fill(content, (byte) 0);
            if (der != null) {
                Arrays.fill(der, (byte) 0);
            }
        }
    }

    private static byte[] pkcs8Der(Path keyFile, String text) throws SigningFailure {
        Matcher block = PEM_BLOCK.matcher(text);
        List<String> labels = new ArrayList<>();
        while (block.find()) {
            String label = block.group(1);
            if (label.equals("PRIVATE KEY")) {
                try {
                    return Base64.getDecoder().decode(strictBase64(block.group(2)));
                } catch (IllegalArgumentException e) {
                    // The decoder's message names the offending character: a piece of the key. Never pass it on.
                    throw new SigningFailure("signing key file " + keyFile
                            + " has a PRIVATE KEY block that is not valid Base64");
                }
            }
            labels.add(label);
        }
        if (labels.isEmpty()) {
            throw new SigningFailure("signing key file " + keyFile + " is not a PEM file (no -----BEGIN ...----- "
                    + "block found); " + HOW_TO_SIGN);
        }
        String hint = labels.contains("ENCRYPTED PRIVATE KEY")
                ? " (an encrypted key: write an unencrypted copy for the build with 'openssl pkey -in <file> "
                        + "-out <copy>' and keep it out of the repository)"
                : "";
        throw new SigningFailure("signing key file " + keyFile + " holds PEM " + String.join(", ", labels)
                + " instead of an unencrypted PKCS#8 PRIVATE KEY" + hint + "; " + HOW_TO_SIGN);
    }

    /** Whitespace is PEM line wrapping; anything else outside the alphabet means a damaged key, never skipped. */
    private static String strictBase64(String body) {
        String compact = body.replaceAll("\\s", "");
        if (compact.isEmpty() || !compact.matches("[A-Za-z0-9+/]+={0,2}")) {
            throw new IllegalArgumentException("not Base64");
        }
        return compact;
    }

    /** Writes {@code <jar>.sig} through a temporary file, so an interrupted build leaves no half-written signature. */
    static Path sign(Path jar, PrivateKey key) throws SigningFailure {
        Path signatureFile = signatureFileOf(jar);
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initSign(key);
            try (InputStream in = Files.newInputStream(jar)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    ed25519.update(buffer, 0, n);
                }
            }
            byte[] base64 = Base64.getEncoder().encode(ed25519.sign());
            Path partial = signatureFile.resolveSibling(signatureFile.getFileName() + ".part");
            Files.write(partial, base64);
            Files.move(partial, signatureFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return signatureFile;
        } catch (IOException e) {
            throw new SigningFailure("cannot sign " + jar + ": " + e);
        } catch (GeneralSecurityException e) {
            throw new SigningFailure("cannot sign " + jar + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    record Arguments(String keyFile, Path dir, String jarGlob, Path base) {

        static Arguments parse(String[] args) {
            String key = null;
            String dir = null;
            String jars = null;
            String base = null;
            for (String arg : args) {
                if (arg.startsWith("--key=")) {
                    key = arg.substring("--key=".length()).trim();
                } else if (arg.startsWith("--dir=")) {
                    dir = arg.substring("--dir=".length());
                } else if (arg.startsWith("--jars=")) {
                    jars = arg.substring("--jars=".length());
                } else if (arg.startsWith("--base=")) {
                    base = arg.substring("--base=".length());
                } else {
                    // Do not echo the argument: a key pasted in the wrong place must not reach the log.
                    throw new IllegalArgumentException("unknown argument (not echoed)");
                }
            }
            if (key == null || dir == null || dir.isBlank() || jars == null || jars.isBlank()) {
                throw new IllegalArgumentException("--key, --dir and --jars are required");
            }
            Path basePath = base == null || base.isBlank() ? Path.of("") : Path.of(base);
            return new Arguments(key, Path.of(dir), jars, basePath);
        }

        /** Relative to where Maven was started (not jira-plugin/); "~/" as the shell would, since -Dx=~/.. is not. */
        Path resolvedKeyFile() {
            String path = keyFile.startsWith("~/") ? System.getProperty("user.home") + keyFile.substring(1) : keyFile;
            return base.resolve(path).toAbsolutePath().normalize();
        }
    }

    static final class SigningFailure extends Exception {
        SigningFailure(String message) {
            super(message);
        }
    }
}
