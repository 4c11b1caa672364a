package it.integra.participant.internal;

import it.integra.Today;
import static org.assertj.core.api.Assertions.assertThat;

import it.integra.participant.Fixtures;
import it.integra.participant.ParticipantData;
import it.integra.platform.Violation;
import it.integra.shared.Sex;
import it.integra.shared.TargetGroup;
import it.integra.shared.TaxCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RecordPolicyTests {

    private static final LocalDate TODAY = Today.date();

    private static ParticipantData.Identity identity(LocalDate birth, Sex sex) {
        ParticipantData.Identity base = Fixtures.data("Rossi", "Maria", birth, TargetGroup.SPECIAL_CASE).identity();
        return new ParticipantData.Identity(base.familyName(), base.givenName(), sex, birth, null, null, "IT", null,
                null, null);
    }

    private static List<String> codes(List<Violation> violations) {
        return violations.stream().map(Violation::code).toList();
    }

    @Test
    void aDefinitiveCodeAgreesWithTheBirthDateAndSexItEncodes() {
        assertThat(RecordPolicy.checkAgreement("taxCode", "RSSMRA85T10A562S", identity(LocalDate.of(1985, 12, 10), Sex.M)))
                .isEmpty();
        assertThat(codes(RecordPolicy.checkAgreement("taxCode", "RSSMRA85T10A562S", identity(LocalDate.of(1985, 12, 11), Sex.M))))
                .containsExactly("participant.taxCode.disagrees");
        assertThat(codes(RecordPolicy.checkAgreement("taxCode", "RSSMRA85T10A562S", identity(LocalDate.of(1985, 12, 10), Sex.F))))
                .containsExactly("participant.taxCode.disagrees");
    }

    @Test
    void womenHaveFortyAddedToTheDayAndOmocodiaLettersStandForDigits() {
        String woman = "RSSMRA85T50A562" + TaxCode.personalCheckCharacter("RSSMRA85T50A562");
        assertThat(RecordPolicy.checkAgreement("taxCode", woman, identity(LocalDate.of(1985, 12, 10), Sex.F))).isEmpty();
        String omocode = "RSSMRA85T1LA562" + TaxCode.personalCheckCharacter("RSSMRA85T1LA562");
        assertThat(RecordPolicy.checkAgreement("taxCode", omocode, identity(LocalDate.of(1985, 12, 10), Sex.M))).isEmpty();
    }

    @Test
    void generatedDefinitiveCodesAgreeWithTheirOwnBirthDates() {
        Random random = new Random(20260601L);
        IntStream.range(0, 500).forEach(i -> {
            LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 70));
            Sex sex = random.nextBoolean() ? Sex.M : Sex.F;
            String code = Fixtures.personalCode(birth, sex);
            assertThat(RecordPolicy.checkAgreement("taxCode", code, identity(birth, sex))).as(code + " " + birth).isEmpty();
            assertThat(RecordPolicy.checkAgreement("taxCode", code, identity(birth.plusDays(1), sex))).as(code).hasSize(1);
        });
    }

    @Test
    void aProvisionalCodeSaysNothingAboutTheBirthDate() {
        assertThat(RecordPolicy.checkAgreement("taxCode", Fixtures.provisionalCode(), identity(LocalDate.of(2001, 1, 1), Sex.M)))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1234567890", "12345678901", "RSSMRA85T10A562X", "ABC"})
    void aMalformedTaxCodeIsReportedWithTheSharedReason(String code) {
        assertThat(RecordPolicy.checkTaxCode("taxCode", code)).singleElement()
                .satisfies(v -> assertThat(v.code()).startsWith("taxCode."));
    }

    @Test
    void aCompleteRecordBreaksNoRule() {
        assertThat(RecordPolicy.check(Fixtures.data("Diallo", "Amadou", LocalDate.of(2000, 1, 1),
                TargetGroup.INTERNATIONAL_PROTECTION), TODAY)).isEmpty();
    }

    @Test
    void aBirthDateTodayIsAcceptedAndTomorrowIsNot() {
        ParticipantData data = Fixtures.data("Diallo", "Amadou", TODAY, TargetGroup.INTERNATIONAL_PROTECTION);
        assertThat(RecordPolicy.check(data, TODAY)).isEmpty();
        assertThat(codes(RecordPolicy.check(data, TODAY.minusDays(1)))).containsExactly("participant.birthDate.range");
    }

    @Test
    void aNameThatASpreadsheetWouldReadAsAFormulaIsRefusedOnItsField() {
        LocalDate birth = TODAY.minusYears(30);
        List<Violation> refused = RecordPolicy.check(Fixtures.data("=HYPERLINK(1)", "@Amadou", birth,
                TargetGroup.INTERNATIONAL_PROTECTION), TODAY);

        assertThat(refused).containsExactly(Violation.of("familyName", "name.formula"), Violation.of("givenName", "name.formula"));
        assertThat(RecordPolicy.check(Fixtures.data("Diallo-Bah", "Amadou = Ali", birth,
                TargetGroup.INTERNATIONAL_PROTECTION), TODAY)).isEmpty();
    }
}
