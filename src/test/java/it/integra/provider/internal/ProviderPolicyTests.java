package it.integra.provider.internal;

import static org.assertj.core.api.Assertions.assertThat;

import it.integra.platform.Violation;
import it.integra.provider.OperatingSeat;
import it.integra.provider.ProviderContacts;
import it.integra.provider.ProviderData;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProviderPolicyTests {

    static ProviderData data(String taxCode, String province, ProviderContacts contacts, List<OperatingSeat> seats) {
        return new ProviderData(taxCode, "Ente di formazione", "TRAINING_BODY", province, "Accr. Regione Piemonte n. 123",
                contacts, seats);
    }

    @Test
    void acceptsAVatNumberOrAPersonalTaxCodeInAnyCase() {
        assertThat(ProviderPolicy.checkData(data("12345678903", "TO", null, List.of()))).isEmpty();
        assertThat(ProviderPolicy.checkData(data(" rssmra85t10a562s ", "to", null, List.of()))).isEmpty();
        assertThat(data(" rssmra85t10a562s ", "to", null, List.of()).taxCode()).isEqualTo("RSSMRA85T10A562S");
    }

    @Test
    void refusesAWrongCheckDigitAndAnUnknownProvince() {
        assertThat(ProviderPolicy.checkData(data("12345678901", "XX", null, List.of()))).containsExactly(
                Violation.of("taxCode", "taxCode.checkDigit", "3"),
                Violation.of("province", "providers.error.province.unknown"));
    }

    @Test
    void refusesANameThatASpreadsheetWouldReadAsAFormula() {
        ProviderData formula = new ProviderData("12345678903", "=cmd|' /C calc'!A0", "TRAINING_BODY", "TO", null, null, List.of());
        ProviderData dashed = new ProviderData("12345678903", "Ente - Formazione", "TRAINING_BODY", "TO", null, null, List.of());

        assertThat(ProviderPolicy.checkData(formula)).containsExactly(Violation.of("name", "name.formula"));
        assertThat(ProviderPolicy.checkData(dashed)).isEmpty();
    }

    @Test
    void refusesMissingRequiredFieldsEachOnItsField() {
        ProviderData empty = new ProviderData(" ", "", null, null, null, null, null);

        assertThat(ProviderPolicy.checkData(empty)).extracting(Violation::field)
                .containsExactly("taxCode", "name", "type", "province");
        assertThat(ProviderPolicy.checkCode("", false)).extracting(Violation::code).containsExactly("providers.error.code.required");
        assertThat(ProviderPolicy.checkCode("ENTE 1", false)).extracting(Violation::code).containsExactly("providers.error.code.format");
        assertThat(ProviderPolicy.checkCode("ENTE-1", true))
                .containsExactly(Violation.of("code", "providers.error.code.taken", "ENTE-1"));
    }

    @Test
    void checksContactsAndNamesTheRowOfEachFaultySeat() {
        ProviderContacts contacts = new ProviderContacts("info@ente", "+39 011 555 1234", "ente@pec.it");
        List<OperatingSeat> seats = List.of(new OperatingSeat("TO", "Via Roma 1"), new OperatingSeat("ZZ", " "));

        assertThat(ProviderPolicy.checkContacts(contacts, seats)).containsExactly(
                Violation.of("email", "providers.error.email.format"),
                Violation.of("seats[1].province", "providers.error.province.unknown"),
                Violation.of("seats[1].address", "providers.error.address.required"));
        assertThat(ProviderPolicy.checkContacts(new ProviderContacts(null, "telefono", "pec"), List.of())).containsExactly(
                Violation.of("pec", "providers.error.pec.format"), Violation.of("phone", "providers.error.phone.format"));
    }

    @Test
    void dropsBlankSeatRowsAndLimitsTheirNumber() {
        List<OperatingSeat> many = Collections.nCopies(31, new OperatingSeat("RM", "Via Nazionale 1"));

        assertThat(data("12345678903", "TO", null, List.of(new OperatingSeat(" ", ""), new OperatingSeat("mi", " Via Po 2 ")))
                .seats()).containsExactly(new OperatingSeat("MI", "Via Po 2"));
        assertThat(ProviderPolicy.checkContacts(ProviderContacts.none(), many))
                .containsExactly(Violation.of("", "providers.error.seats.tooMany", 30));
    }
}
