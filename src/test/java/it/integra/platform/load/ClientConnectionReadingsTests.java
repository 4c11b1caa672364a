package it.integra.platform.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** One reading of the system's connections serves the requests that arrived before it, and only those. */
class ClientConnectionReadingsTests {

    @Test
    void aReadingServesRequestsThatArrivedBeforeIt() {
        ClientConnection.Readings readings = new ClientConnection.Readings(Duration.ofMinutes(1));
        long first = System.nanoTime();
        ClientConnection.Table reading = readings.since(first);

        assertThat(readings.since(first)).isSameAs(reading);
        assertThat(readings.since(first - Duration.ofSeconds(1).toNanos())).isSameAs(reading);
    }

    @Test
    void aRequestThatArrivedAfterTheReadingGetsANewOne() {
        ClientConnection.Readings readings = new ClientConnection.Readings(Duration.ofMinutes(1));
        ClientConnection.Table reading = readings.since(System.nanoTime());

        ClientConnection.Table later = readings.since(System.nanoTime());

        assertThat(later).isNotSameAs(reading);
        assertThat(readings.since(System.nanoTime() - Duration.ofSeconds(1).toNanos())).isSameAs(later);
    }

    @Test
    void aReadingOlderThanItsAgeIsReadAgain() throws InterruptedException {
        ClientConnection.Readings readings = new ClientConnection.Readings(Duration.ofMillis(20));
        long arrived = System.nanoTime();
        ClientConnection.Table reading = readings.since(arrived);

        Thread.sleep(50);

        assertThat(readings.since(arrived)).isNotSameAs(reading);
    }

    @Test
    void aConnectionMissingFromAReadingWhileItsServerListensHasEnded() {
        ClientConnection.Table table = new ClientConnection.Table(java.util.List.of(
                "  0: 00000000:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0",
                "  1: 0100007F:1F90 0100007F:C350 01 00000000:00000000 00:00000000 00000000     0",
                "  2: 0100007F:1F90 0100007F:C351 08 00000000:00000000 00:00000000 00000000     0"));

        assertThat(table.gone(8080, 50000)).as("established").isFalse();
        assertThat(table.gone(8080, 50001)).as("CLOSE_WAIT").isTrue();
        assertThat(table.gone(8080, 50002)).as("not listed while 8080 listens").isTrue();
        assertThat(table.gone(9090, 50002)).as("another server's port").isFalse();
    }
}
