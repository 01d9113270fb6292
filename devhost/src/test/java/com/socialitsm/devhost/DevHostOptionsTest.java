package com.socialitsm.devhost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.socialitsm.store.standalone.DatabaseKind;

class DevHostOptionsTest {

    @Test
    void withoutOptionsItRunsOnLocalhost2990WithH2InDevhostData() {
        DevHostOptions options = DevHostOptions.parse().options();
        assertThat(options.bindAddress()).isEqualTo("127.0.0.1");
        assertThat(options.port()).isEqualTo(2990);
        assertThat(options.database().kind()).isEqualTo(DatabaseKind.H2);
        assertThat(options.database().jdbcUrl()).contains("devhost-data");
        assertThat(options.demoData()).isTrue();
        assertThat(options.seedOnly()).isFalse();
    }

    @Test
    void everyOptionIsRead() {
        DevHostOptions options = DevHostOptions.parse("--port", "8080", "--bind=0.0.0.0", "--no-demo", "--seed-only",
                "--db", "jdbc:postgresql://127.0.0.1:5432/social", "--db-user", "me", "--db-password=secret").options();
        assertThat(options.port()).isEqualTo(8080);
        assertThat(options.bindAddress()).isEqualTo("0.0.0.0");
        assertThat(options.demoData()).isFalse();
        assertThat(options.seedOnly()).isTrue();
        assertThat(options.database().kind()).isEqualTo(DatabaseKind.POSTGRES);
        assertThat(options.database().user()).isEqualTo("me");
        assertThat(options.database().password()).isEqualTo("secret");
        assertThat(DevHostOptions.parse("--data-dir", "/tmp/x").options().database().jdbcUrl()).contains("/tmp/x/");
    }

    @Test
    void helpIsAskedFor() {
        assertThat(DevHostOptions.parse("--help").help()).isTrue();
        assertThat(DevHostOptions.parse("-h").help()).isTrue();
        assertThat(DevHostOptions.usage()).contains("--port").contains("--db").contains("--no-demo").contains("--bind");
    }

    @Test
    void mistakesAreExplained() {
        assertThatThrownBy(() -> DevHostOptions.parse("--port", "http")).hasMessageContaining("--port");
        assertThatThrownBy(() -> DevHostOptions.parse("--port", "70000")).hasMessageContaining("65535");
        assertThatThrownBy(() -> DevHostOptions.parse("--port")).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> DevHostOptions.parse("--colour")).hasMessageContaining("Unknown option");
        assertThatThrownBy(() -> DevHostOptions.parse("--db", "jdbc:oracle:thin:@x")).hasMessageContaining("Unsupported");
        assertThatThrownBy(() -> DevHostOptions.parse("--db-user", "me")).hasMessageContaining("--db");
    }
}
