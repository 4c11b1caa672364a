package it.integra.platform.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The permits of each class of heavy work: as configured, or from the machine's cores when not. */
class LoadSettingsTests {

    static final int CORES = Runtime.getRuntime().availableProcessors();

    static LoadSettings settings(int reports, int documents, int lists) {
        return new LoadSettings(Duration.ofSeconds(10), List.of(), reports, documents, lists, Duration.ofSeconds(1),
                Duration.ofSeconds(5));
    }

    @Test
    void unsetPermitsComeFromTheCoresReportsTwiceAsMany() {
        LoadSettings unset = settings(0, 0, 0);

        assertThat(unset.permits(HeavyWork.REPORTS)).isEqualTo(2 * CORES);
        assertThat(unset.permits(HeavyWork.DOCUMENTS)).isEqualTo(CORES);
        assertThat(unset.permits(HeavyWork.LISTS)).isEqualTo(CORES);
    }

    @Test
    void configuredPermitsAreTakenAsTheyAre() {
        LoadSettings configured = settings(3, 5, 7);

        assertThat(configured.permits(HeavyWork.REPORTS)).isEqualTo(3);
        assertThat(configured.permits(HeavyWork.DOCUMENTS)).isEqualTo(5);
        assertThat(configured.permits(HeavyWork.LISTS)).isEqualTo(7);
    }
}
