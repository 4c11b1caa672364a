package it.integra.shared;

import static org.assertj.core.api.Assertions.assertThat;

import it.integra.participant.ParticipantQuery;
import it.integra.platform.UserQuery;
import it.integra.provider.ProviderQuery;
import org.junit.jupiter.api.Test;

class SearchTextTests {

    @Test
    void cutsLongTextTo200CharactersAndTrimsBlankToNull() {
        assertThat(SearchText.of("x".repeat(100_000))).hasSize(200);
        assertThat(SearchText.of("  Rossi  ")).isEqualTo("Rossi");
        assertThat(SearchText.of("   ")).isNull();
        assertThat(SearchText.of(null)).isNull();
        assertThat(SearchText.of("x".repeat(200))).hasSize(200);
    }

    @Test
    void neverCutsInsideASurrogatePair() {
        String text = "x".repeat(199) + "\uD83D\uDE00" + "tail";

        assertThat(SearchText.of(text)).isEqualTo("x".repeat(199));
    }

    @Test
    void theSearchesTakeTheCutText() {
        String pasted = "Rossi ".repeat(1_000);

        assertThat(new ParticipantQuery(pasted, null, null, null, null, false).text()).hasSizeLessThanOrEqualTo(200);
        assertThat(new UserQuery(pasted, null, null).text()).hasSizeLessThanOrEqualTo(200);
        assertThat(new ProviderQuery(pasted, null, null).text()).hasSizeLessThanOrEqualTo(200);
    }
}
