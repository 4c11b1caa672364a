package it.integra.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import it.integra.platform.Violation;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestInputTests {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "q=%00|q|input.nul",
        "a=1&q=ok%00ok|q|input.nul",
        "q=a%C3%28|q|input.encoding",
        "q=%FF|q|input.encoding",
        "q=%E2%82|q|input.encoding",
        "q=%G1|q|input.encoding",
        "q=abc%|q|input.encoding",
        "%FFname=1|%FFname|input.encoding",
        "from=0000-01-01|from|input.date.range",
        "to=10000-01-01|to|input.date.range",
        "to=%2B10000-01-01|to|input.date.range",
        "month=1899-12|month|input.date.range",
        "month=2101-01|month|input.date.range",
        "returnTo=https://evil.example|returnTo|input.redirect",
        "next=//evil.example|next|input.redirect",
        "redirect=/x%0D%0ASet-Cookie:a|redirect|input.redirect",
        "url=/x%5C..|url|input.redirect",
        "continue=https://evil.example|continue|input.redirect"})
    void refusesNamingTheField(String query, String field, String code) {
        Optional<Violation> refusal = RequestInput.checkEncoded(query);

        assertThat(refusal).map(Violation::field).hasValue(field);
        assertThat(refusal).map(Violation::code).hasValue(code);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "q=Rossi+Mario", "q=citt%C3%A0", "from=1900-01-01&to=2100-12-31", "month=2024-05", "q=", "flag",
        "returnTo=/participants%3Fq%3Dx", "q=2024-13-45", "code=PUOI-2019-01", "text=riga+uno%0D%0Ariga+due",
        "q=%F0%9F%98%80", "continue", "continue="})
    void takesOrdinaryInput(String query) {
        assertThat(RequestInput.checkEncoded(query)).isEmpty();
    }

    @Test
    void refusesMoreFieldsThanTheServerReads() {
        String many = String.join("&", java.util.Collections.nCopies(1001, "a=1"));

        assertThat(RequestInput.checkEncoded(many)).map(Violation::code).hasValue("input.form");
        assertThat(RequestInput.checkEncoded(many.substring(4))).isEmpty();
    }

    @Test
    void decodesStrictlyAsUtf8() {
        assertThat(RequestInput.decode("citt%C3%A0+vecchia")).isEqualTo("città vecchia");
        assertThat(RequestInput.decode("%C3")).isNull();
        assertThat(RequestInput.decode("%C0%AF")).isNull();
        assertThat(RequestInput.decode("%")).isNull();
    }

    @Test
    void showsFieldNamesWithoutControlCharactersAndNotTooLong() {
        assertThat(RequestInput.shown("q\u0000\uFFFD")).isEqualTo("q");
        assertThat(RequestInput.shown("\u0000")).isEqualTo("?");
        assertThat(RequestInput.shown("x".repeat(100))).hasSize(60);
    }
}
