package com.socialitsm.jira.signing;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The signer the package phase runs ({@code src/signing/SignApps.java}), run as a separate JVM on jars and keys made
 * here: what Maven sees (exit status, output) is what is tested. The first test runs it through the source launcher
 * exactly as exec-maven-plugin does; the others run it compiled once, which is faster and the same code.
 *
 * <p>Keys are throw-away: openssl's when it is installed (the vendor's way), otherwise the JDK's, written as PKCS#8
 * PEM. Every run also checks that no piece of the key reaches the output.
 */
class SignAppsTest {

    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
    private static final Path SOURCE = Path.of(System.getProperty("jira.plugin.basedir", ""))
            .toAbsolutePath().resolve("src/signing/SignApps.java");
    private static final String APP_JARS = "social-itsm-jira1*-*.jar";
    private static final Pattern PEM_BODY = Pattern.compile("-----BEGIN [A-Z ]+-----(.*?)-----END", Pattern.DOTALL);

    @TempDir
    static Path compiled;

    @TempDir
    Path dir;

    @BeforeAll
    static void compileTheSigner() {
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = ToolProvider.getSystemJavaCompiler().run(null, diagnostics, diagnostics,
                "--release", "17", "-d", compiled.toString(), SOURCE.toString());
        assertThat(status).as("javac %s: %s", SOURCE, diagnostics).isZero();
    }

    @Test
    void signsEveryAppJarBesideItWithABase64Ed25519SignatureThatOpensslAndTheJdkVerify() throws Exception {
        TestKey key = opensslAvailable() ? TestKey.fromOpenssl(dir) : TestKey.fromJdk(dir);
        Path jira11 = appJar("social-itsm-jira11-1.0.0.jar");
        Path jira10 = appJar("social-itsm-jira10-1.0.0.jar");
        Path notAnApp = appJar("social-itsm-web-1.0.0.jar");

        Run run = runThroughTheSourceLauncher("--key=" + key.privatePem(), "--dir=" + dir, "--jars=" + APP_JARS);

        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(run.out()).contains("signed social-itsm-jira11-1.0.0.jar -> social-itsm-jira11-1.0.0.jar.sig",
                "signed social-itsm-jira10-1.0.0.jar -> social-itsm-jira10-1.0.0.jar.sig");
        assertThat(sigOf(notAnApp)).doesNotExist();
        for (Path jar : List.of(jira11, jira10)) {
            byte[] signature = Base64.getDecoder().decode(Files.readString(sigOf(jar), US_ASCII));
            assertThat(signature).as("a raw Ed25519 signature").hasSize(64);
            assertThat(jdkVerifies(key.publicKey(), jar, signature)).as("JDK verifies %s", jar).isTrue();
        }
        run.assertShowsNothingOf(key.privatePem());

        assumeTrue(opensslAvailable(), "openssl is not on PATH: the openssl pkeyutl -verify check is skipped");
        for (Path jar : List.of(jira11, jira10)) {
            assertThat(opensslVerify(key.publicPem(), jar)).as("openssl pkeyutl -verify -rawin %s", jar).isTrue();
        }
    }

    @Test
    void aJarWithOneByteFlippedFailsVerification() throws Exception {
        TestKey key = opensslAvailable() ? TestKey.fromOpenssl(dir) : TestKey.fromJdk(dir);
        Path jar = appJar("social-itsm-jira11-1.0.0.jar");
        assertThat(run("--key=" + key.privatePem(), "--dir=" + dir, "--jars=" + APP_JARS).status()).isZero();

        byte[] bytes = Files.readAllBytes(jar);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(jar, bytes);

        byte[] signature = Base64.getDecoder().decode(Files.readString(sigOf(jar), US_ASCII));
        assertThat(jdkVerifies(key.publicKey(), jar, signature)).isFalse();
        assumeTrue(opensslAvailable(), "openssl is not on PATH: the openssl pkeyutl -verify check is skipped");
        assertThat(opensslVerify(key.publicPem(), jar)).isFalse();
    }

    @Test
    void aKeyWrittenByTheJdkAsPkcs8PemSignsAndARelativeKeyPathIsResolvedAgainstTheBase() throws Exception {
        TestKey key = TestKey.fromJdk(dir);
        Path jar = appJar("social-itsm-jira10-2.3.4.jar");

        Run run = run("--key=" + key.privatePem().getFileName(), "--dir=" + dir, "--jars=" + APP_JARS,
                "--base=" + dir);

        assertThat(run.status()).as(run.toString()).isZero();
        byte[] signature = Base64.getDecoder().decode(Files.readString(sigOf(jar), US_ASCII));
        assertThat(jdkVerifies(key.publicKey(), jar, signature)).isTrue();
        run.assertShowsNothingOf(key.privatePem());
        assumeTrue(opensslAvailable(), "openssl is not on PATH: the openssl pkeyutl -verify check is skipped");
        assertThat(opensslVerify(key.publicPem(), jar)).isTrue();
    }

    @Test
    void withoutAKeyTheJarsStayUnsignedWithOneWarningThatSaysHowToSign() throws Exception {
        Path jira11 = appJar("social-itsm-jira11-1.0.0.jar");
        Path jira10 = appJar("social-itsm-jira10-1.0.0.jar");
        Files.writeString(sigOf(jira11), "left from an earlier signed build of other bytes");

        Run run = run("--key=", "--dir=" + dir, "--jars=" + APP_JARS);

        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(run.out().lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("[WARNING]")
                .contains("NOT signed", "social-itsm-jira10-1.0.0.jar", "social-itsm-jira11-1.0.0.jar",
                        "-Dsigning.key=", "docs/install.md"));
        assertThat(run.err()).isEmpty();
        assertThat(sigOf(jira11)).as("a stale signature would not match the new jar").doesNotExist();
        assertThat(sigOf(jira10)).doesNotExist();
    }

    @Test
    void aKeyButNoAppJarToSignFailsTheBuild() throws Exception {
        TestKey key = TestKey.fromJdk(dir);
        appJar("social-itsm-jira-1.0.0.jar");

        Run run = run("--key=" + key.privatePem(), "--dir=" + dir, "--jars=" + APP_JARS);

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("no app jar matches " + APP_JARS, "nothing to sign");
        run.assertShowsNothingOf(key.privatePem());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badKeyFiles")
    void aBadKeyFileFailsTheBuildWithAMessageNamingTheFile(String what, String content, String expected)
            throws Exception {
        Path keyFile = dir.resolve("signing key.pem");
        if (content != null) {
            Files.writeString(keyFile, content, US_ASCII);
        }
        Path jar = appJar("social-itsm-jira11-1.0.0.jar");

        Run run = run("--key=" + keyFile, "--dir=" + dir, "--jars=" + APP_JARS);

        assertThat(run.status()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).startsWith("[ERROR] [signing] ").contains(keyFile.toString(), expected);
        assertThat(sigOf(jar)).doesNotExist();
        if (content != null) {
            run.assertShowsNothingOf(keyFile);
        }
    }

    static Stream<Arguments> badKeyFiles() throws Exception {
        KeyPair ed25519 = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        KeyPair rsa = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        KeyPair ec = KeyPairGenerator.getInstance("EC").generateKeyPair();
        KeyPair ed448 = KeyPairGenerator.getInstance("Ed448").generateKeyPair();
        String damaged = pem("PRIVATE KEY", ed25519.getPrivate().getEncoded()).replaceFirst("\n(.{10})", "\n$1%");
        return Stream.of(
                Arguments.of("missing", null, "does not exist"),
                Arguments.of("empty", "", "is not a PEM file"),
                Arguments.of("not PEM", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG vendor@example\n", "is not a PEM file"),
                Arguments.of("a public key", pem("PUBLIC KEY", ed25519.getPublic().getEncoded()),
                        "holds PEM PUBLIC KEY instead of an unencrypted PKCS#8 PRIVATE KEY"),
                Arguments.of("an encrypted key", pem("ENCRYPTED PRIVATE KEY", ed25519.getPrivate().getEncoded()),
                        "an encrypted key"),
                Arguments.of("RSA", pem("PRIVATE KEY", rsa.getPrivate().getEncoded()), "not Ed25519"),
                Arguments.of("EC", pem("PRIVATE KEY", ec.getPrivate().getEncoded()), "not Ed25519"),
                Arguments.of("Ed448", pem("PRIVATE KEY", ed448.getPrivate().getEncoded()), "not Ed25519"),
                Arguments.of("damaged Base64", damaged, "not valid Base64"));
    }

    @Test
    void anUnknownArgumentIsRefusedWithoutBeingEchoed() throws Exception {
        String pastedKey = Base64.getEncoder().encodeToString(
                KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate().getEncoded());

        Run run = run("--key=", "--dir=" + dir, "--jars=" + APP_JARS, pastedKey);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out() + run.err()).contains("unknown argument").doesNotContain(pastedKey.substring(16, 32));
    }

    // --- throw-away keys, jars, runs -------------------------------------------------------------------------------

    record TestKey(Path privatePem, Path publicPem, PublicKey publicKey) {

        /** The vendor's way (docs/install.md): openssl genpkey -algorithm ed25519. */
        static TestKey fromOpenssl(Path dir) throws Exception {
            Path privatePem = dir.resolve("key.pem");
            Path publicPem = dir.resolve("pub.pem");
            assertThat(exec("openssl", "genpkey", "-algorithm", "ed25519", "-out", privatePem.toString())).isZero();
            assertThat(exec("openssl", "pkey", "-in", privatePem.toString(), "-pubout", "-out", publicPem.toString()))
                    .isZero();
            return new TestKey(privatePem, publicPem, readPublicPem(publicPem));
        }

        static TestKey fromJdk(Path dir) throws Exception {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            Path privatePem = dir.resolve("key.pem");
            Path publicPem = dir.resolve("pub.pem");
            Files.writeString(privatePem, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), US_ASCII);
            Files.writeString(publicPem, pem("PUBLIC KEY", pair.getPublic().getEncoded()), US_ASCII);
            return new TestKey(privatePem, publicPem, pair.getPublic());
        }

        private static PublicKey readPublicPem(Path publicPem) throws Exception {
            Matcher body = PEM_BODY.matcher(Files.readString(publicPem, US_ASCII));
            assertThat(body.find()).isTrue();
            return KeyFactory.getInstance("Ed25519")
                    .generatePublic(new X509EncodedKeySpec(Base64.getMimeDecoder().decode(body.group(1))));
        }
    }

    record Run(int status, String out, String err) {

        /** No 12 characters in a row of the key's PEM body (nor the whole of it) appear in what the build shows. */
        void assertShowsNothingOf(Path keyFile) throws IOException {
            String shown = out + err;
            Matcher body = PEM_BODY.matcher(Files.readString(keyFile, US_ASCII));
            while (body.find()) {
                String base64 = body.group(1).replaceAll("\\s", "");
                for (int start = 0; start + 12 <= base64.length(); start++) {
                    assertThat(shown).as("output must not show the key").doesNotContain(base64.substring(start,
                            start + 12));
                }
            }
            assertThat(shown).doesNotContain("%");
        }
    }

    private Path appJar(String name) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("atlassian-plugin.xml"));
            out.write(("<atlassian-plugin key=\"com.socialitsm.social-itsm\" name=\"" + name + "\"/>").getBytes(
                    US_ASCII));
            out.closeEntry();
        }
        return jar;
    }

    private static Path sigOf(Path jar) {
        return jar.resolveSibling(jar.getFileName() + ".sig");
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    private static boolean jdkVerifies(PublicKey key, Path jar, byte[] signature) throws Exception {
        Signature ed25519 = Signature.getInstance("Ed25519");
        ed25519.initVerify(key);
        ed25519.update(Files.readAllBytes(jar));
        return ed25519.verify(signature);
    }

    /** UPM's own check (its docs): openssl pkeyutl -verify -rawin over the jar, with the decoded signature. */
    private boolean opensslVerify(Path publicPem, Path jar) throws Exception {
        Path decoded = dir.resolve(jar.getFileName() + ".sig.bin");
        Files.write(decoded, Base64.getDecoder().decode(Files.readString(sigOf(jar), US_ASCII)));
        return exec("openssl", "pkeyutl", "-verify", "-pubin", "-inkey", publicPem.toString(), "-rawin",
                "-in", jar.toString(), "-sigfile", decoded.toString()) == 0;
    }

    private static boolean opensslAvailable() {
        try {
            return exec("openssl", "version") == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static int exec(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("%s finished", List.of(command)).isTrue();
        return process.exitValue();
    }

    private Run runThroughTheSourceLauncher(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(JAVA.toString(), SOURCE.toString()));
        command.addAll(List.of(args));
        return runJava(command);
    }

    private Run run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(JAVA.toString(), "-cp", compiled.toString(), "SignApps"));
        command.addAll(List.of(args));
        return runJava(command);
    }

    private Run runJava(List<String> command) throws Exception {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
