package it.integra.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoggedPathTests {

    @Test
    void keepsThePathAndTheNamesOfTheParametersButNoneOfTheirValues() {
        assertThat(LoggedPath.of("/participants", "q=Rossi+Mario&page=2&q=RSSMRA80A01H501U"))
                .isEqualTo("/participants?q&page");
    }

    @Test
    void masksAPersonalTaxCodeInThePathInAnyCaseAndEvenWithAWrongCheckCharacter() {
        assertThat(LoggedPath.of("/api/v1/participants/RSSMRA80A01H501U", null))
                .isEqualTo("/api/v1/participants/{masked}");
        assertThat(LoggedPath.of("/api/v1/participants/rssmra80a01h501u/documents", null))
                .isEqualTo("/api/v1/participants/{masked}/documents");
        assertThat(LoggedPath.of("/api/v1/participants/RSSMRA80A01H501X", null))
                .isEqualTo("/api/v1/participants/{masked}");
    }

    @Test
    void masksOmocodiaAndPercentEncodedCodesAndTheNumericForm() {
        assertThat(LoggedPath.of("/api/v1/participants/RSSMRAULALMHRLMU", null)).isEqualTo("/api/v1/participants/{masked}");
        assertThat(LoggedPath.of("/api/v1/participants/RSSMRA80A01H501%55", null)).isEqualTo("/api/v1/participants/{masked}");
        assertThat(LoggedPath.of("/api/v1/participants/%20RSSMRA80A01H501U", null)).isEqualTo("/api/v1/participants/{masked}");
        assertThat(LoggedPath.of("/api/v1/participants/12345678903", null)).isEqualTo("/api/v1/participants/{masked}");
    }

    @Test
    void leavesIdsCodesOfCallsAndOtherWordsAlone() {
        assertThat(LoggedPath.of("/internships/42/attendance", "")).isEqualTo("/internships/42/attendance");
        assertThat(LoggedPath.of("/calls/PUOI-H1/edit", null)).isEqualTo("/calls/PUOI-H1/edit");
        assertThat(LoggedPath.of("/admin/tokens/8d0c3f8a-5a1e-4f64-9a57-2b1a8d7c1e10/revoke", null))
                .isEqualTo("/admin/tokens/8d0c3f8a-5a1e-4f64-9a57-2b1a8d7c1e10/revoke");
        assertThat(LoggedPath.of("/participants/1234567890", null)).isEqualTo("/participants/1234567890");
        assertThat(LoggedPath.of("/", null)).isEqualTo("/");
    }

    @Test
    void dropsPathParametersSuchAsASessionId() {
        assertThat(LoggedPath.of("/home;jsessionid=0A1B2C3D", null)).isEqualTo("/home");
    }

    @Test
    void showsAParameterNameThatIsNotAPlainWordOrLooksLikeATaxCodeAsAQuestionMark() {
        assertThat(LoggedPath.of("/people", "RSSMRA80A01H501U&Mario%20Rossi=1&=x&&sort"))
                .isEqualTo("/people??&sort");
    }
}
