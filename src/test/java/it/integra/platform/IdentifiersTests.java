package it.integra.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A text names a person when it holds one of their identifiers as a whole word, in any case. */
class IdentifiersTests {

    private final Identifiers person = Identifiers.of("Rossi", "RSSMRA80A01H501U", "+39 333 1234567", "d'Amico",
            "mario.rossi@example.org", "X", "", null);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ROSSI MARIO|true",
            "fattura-rossi.pdf|true",
            "Rossini|false",
            "Carrossi|false",
            "codice RSSMRA80A01H501U|true",
            "RSSMRA80A01H501UX|false",
            "tel. +39 333 1234567|true",
            "+39 333 12345678|false",
            "D'AMICO Luca|true",
            "scrivere a mario.rossi@example.org.|true",
            "X-ray|false",
            "Touré Rossi|true"})
    void findsTheValuesAsWholeWordsOnly(String text, boolean names) {
        assertThat(person.foundIn(text)).isEqualTo(names);
    }

    @Test
    void valuesTooShortToIdentifyAnyoneAreLeftOut() {
        assertThat(person.values()).containsExactlyInAnyOrder("Rossi", "RSSMRA80A01H501U", "+39 333 1234567",
                "d'Amico", "mario.rossi@example.org");
        assertThat(Identifiers.of(List.of()).foundIn("anything")).isFalse();
        assertThat(person.foundIn(null)).isFalse();
    }

    @Test
    void likePatternsEscapeWhatLikeWouldReadAsWildcards() {
        assertThat(Identifiers.of("a_b%c", "Rossi").likePatterns()).containsExactlyInAnyOrder("%a\\_b\\%c%", "%Rossi%");
    }

    @Test
    void saysHowManyValuesButNeverWhichInItsText() {
        assertThat(person.toString()).isEqualTo("Identifiers(5 values)").doesNotContain("Rossi");
    }
}
