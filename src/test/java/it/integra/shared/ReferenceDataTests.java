package it.integra.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReferenceDataTests {

    @Test
    void knowsTheProvincesAndRegions() {
        assertThat(Territory.provinces()).hasSize(107);
        assertThat(Territory.regions()).hasSize(20);
        assertThat(Territory.region("01")).hasValueSatisfying(r -> assertThat(r.name()).isEqualTo("Piemonte"));
        assertThat(Territory.provincesOf("01")).extracting(Territory.Province::code)
                .containsExactlyInAnyOrder("AL", "AT", "BI", "CN", "NO", "TO", "VB", "VC");
        assertThat(Territory.province("to")).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Torino"));
        assertThat(Territory.isProvince("XX")).isFalse();
    }

    @Test
    void knowsTheAtecoSections() {
        AtecoClassification ateco2007 = Ateco.edition(AtecoEdition.ATECO_2007);
        assertThat(ateco2007.sections()).hasSize(21);
        assertThat(ateco2007.sections().get(0).code()).isEqualTo("A");
        assertThat(ateco2007.sections().get(20).code()).isEqualTo("U");
        assertThat(ateco2007.section("I")).hasValueSatisfying(s -> assertThat(s.name(Locale.ITALIAN))
                .isEqualTo("Attività dei servizi di alloggio e di ristorazione"));
    }

    @ParameterizedTest
    @CsvSource({"56.10.11, I", "01.13.10, A", "56.10.1, I", "56.10, I", "81.21, N", "43.21.01, F", "99.00, U", "35.11, D"})
    void findsTheSectionOfAClassCategoryOrSubcategory(String code, String section) {
        assertThat(AtecoCode.parse(code).section().code()).isEqualTo(section);
    }

    @ParameterizedTest
    @ValueSource(strings = {"04", "5", "56.", "56.1.1", "561", "56.10.111", "AB", "40.10", "56", "56.1", "04.10"})
    void refusesCodesThatAreNotInTheClassification(String code) {
        assertThatThrownBy(() -> AtecoCode.parse(code)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void knowsCountriesInBothLanguages() {
        assertThat(Countries.isValid("ER")).isTrue();
        assertThat(Countries.isValid("ng")).isTrue();
        assertThat(Countries.isValid("XX")).isFalse();
        assertThat(Countries.name("DE", Locale.ITALIAN)).isEqualTo("Germania");
        assertThat(Countries.name("DE", Locale.ENGLISH)).isEqualTo("Germany");
    }

    @Test
    void readsLanguageCertificateLists() {
        assertThat(CefrLevel.parseList("a2; A1")).containsExactly(CefrLevel.A1, CefrLevel.A2);
        assertThat(CefrLevel.parseList("")).isEmpty();
        assertThat(CefrLevel.format(CefrLevel.parseList("B1;A1"))).isEqualTo("A1;B1");
        assertThat(CefrLevel.B1.atLeast(CefrLevel.A2)).isTrue();
        assertThat(CefrLevel.A1.atLeast(CefrLevel.A2)).isFalse();
        assertThatThrownBy(() -> CefrLevel.parseList("A1;D1")).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @CsvSource({"A.01.00, true, OPEN_ENDED", "A.02.00, true, FIXED_TERM", "A.03.08, true, APPRENTICESHIP",
        "B.03.00, true, OTHER", "C.01.00, false, OTHER", "C.04.00, false, OTHER", "a.05.02, true, OTHER"})
    void classifiesContractTypes(String code, boolean employment, ContractType.Kind kind) {
        ContractType type = ContractType.parse(code);
        assertThat(type.countsAsEmployment()).isEqualTo(employment);
        assertThat(type.kind()).isEqualTo(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"A0100", "A.1.00", "AA.01.00", "", "A.01.000"})
    void refusesMalformedContractTypes(String code) {
        assertThatThrownBy(() -> ContractType.parse(code)).isInstanceOf(InvalidValueException.class);
    }
}
