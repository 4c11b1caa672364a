package it.integra.participant;

import it.integra.Today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.integra.platform.CurrentUser;
import it.integra.platform.Role;
import it.integra.platform.ViolationException;
import it.integra.shared.Sex;
import it.integra.shared.TargetGroup;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** One person, one record; the provisional tax code and its replacement; the audit trail without identifiers. */
@SpringBootTest
class ParticipantRecordTests {

    private static final LocalDate BIRTH = LocalDate.of(1998, 3, 14);

    @Autowired
    ParticipantManagement management;
    @Autowired
    IntakeManagement intakes;
    @Autowired
    ParticipantRecords records;
    @Autowired
    ParticipantDirectory directory;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    Fixtures fixtures;
    Fixtures.Operator first;
    Fixtures.Operator second;

    @BeforeEach
    void providers() {
        fixtures = new Fixtures(jdbc, encoder);
        first = fixtures.providerWithOperator("rec-a");
        second = fixtures.providerWithOperator("rec-b");
    }

    private long register(String code, CurrentUser user) {
        return management.register(new RegisterParticipant(code, Fixtures.data("Diallo", "Amadou", BIRTH,
                TargetGroup.INTERNATIONAL_PROTECTION), null), user);
    }

    @AfterEach
    void removeWhatWasCreated() {
        fixtures.removeCreated();
    }

    @Test
    void aProviderRegistersAPersonWithAProvisionalCodeAndTakesThemInCharge() {
        String code = Fixtures.provisionalCode();
        long id = register(code, first.user());

        ParticipantDetails person = records.open(id, first.user(), AccessAction.VIEW);
        assertThat(person.taxCode()).isEqualTo(code);
        assertThat(person.provisionalTaxCode()).isTrue();
        assertThat(person.data().profile().certificates()).hasSize(1);
        assertThat(directory.inCharge(id, first.user().providerId())).isTrue();
        assertThat(directory.openIntake(id, first.user().providerId()).orElseThrow().takenOn()).isEqualTo(Today.date());
        assertThat(jdbc.sql("SELECT language_levels::text FROM participant.participant WHERE id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("{A1}");
    }

    @Test
    void theSameTaxCodeFromASecondProviderIsTheSamePersonWhoseTakingOverIsARequest() {
        String code = Fixtures.provisionalCode();
        long id = register(code, first.user());

        assertThatThrownBy(() -> register(code, second.user()))
                .isInstanceOfSatisfying(AlreadyRegisteredException.class, e -> assertThat(e.participantId()).isEqualTo(id));
        assertThatThrownBy(() -> intakes.takeInCharge(code, null, second.user()))
                .isInstanceOfSatisfying(InChargeElsewhereException.class, e -> {
                    assertThat(e.situation()).isEqualTo(ChargeSituation.ELSEWHERE);
                    assertThat(e.taxCode()).isEqualTo(code);
                });

        assertThat(jdbc.sql("SELECT count(*) FROM participant.participant WHERE tax_code = :code").param("code", code)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(directory.inCharge(id, second.user().providerId())).isFalse();
        assertThat(intakes.intakes(id, fixtures.staff(Role.OFFICER))).extracting(IntakeDetails::providerId)
                .containsExactly(first.user().providerId());
    }

    @Test
    void aPersonNoProviderHasInChargeIsTakenInChargeStraightAway() {
        String code = Fixtures.provisionalCode();
        long id = register(code, first.user());
        intakes.close(id, intakes.intakes(id, first.user()).get(0).id(), first.user());

        assertThat(intakes.situation(code, second.user())).isEqualTo(ChargeSituation.FREE);
        assertThat(intakes.takeInCharge(code, null, second.user())).isEqualTo(id);

        assertThat(directory.inCharge(id, second.user().providerId())).isTrue();
        assertThat(intakes.situation(code, second.user())).isEqualTo(ChargeSituation.IN_CHARGE_HERE);
        assertThat(intakes.intakes(id, second.user())).extracting(IntakeDetails::providerId)
                .containsExactly(second.user().providerId());
        assertThat(intakes.intakes(id, fixtures.staff(Role.OFFICER))).hasSize(2);
    }

    @Test
    void replacingTheProvisionalCodeKeepsItFindableAndEveryLinkFollows() {
        String provisional = Fixtures.provisionalCode();
        long id = register(provisional, first.user());
        long call = fixtures.closedCall(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        long clearance = fixtures.clearance(call, first.user().providerId(), id, "GRANTED", LocalDate.of(2024, 3, 1));
        fixtures.contract(id, provisional, LocalDate.of(2024, 11, 2));
        String definitive = Fixtures.personalCode(BIRTH, Sex.M);

        management.replaceTaxCode(id, definitive, first.user());

        assertThat(directory.findByTaxCode(definitive).orElseThrow().id()).isEqualTo(id);
        assertThat(directory.findByTaxCode(provisional).orElseThrow().id()).isEqualTo(id);
        assertThat(records.open(id, first.user(), AccessAction.VIEW).earlierTaxCodes())
                .extracting(EarlierTaxCode::taxCode).containsExactly(provisional);
        assertThat(jdbc.sql("""
                        SELECT p.tax_code FROM clearance.clearance k JOIN participant.participant p ON p.id = k.participant_id
                        WHERE k.id = :id""").param("id", clearance).query(String.class).single()).isEqualTo(definitive);
        assertThat(jdbc.sql("""
                        SELECT p.tax_code FROM outcome.contract c JOIN participant.participant p ON p.id = c.participant_id
                        WHERE c.worker_tax_code = :old""").param("old", provisional).query(String.class).single())
                .isEqualTo(definitive);
        assertThat(records.search(new ParticipantQuery(provisional, null, null, null, null, false), PageRequest.of(0, 5),
                first.user()).getContent()).extracting(ParticipantSummary::id).containsExactly(id);
        assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_entry WHERE entity_type = 'participant' AND entity_id = :id "
                + "AND action = 'REPLACE_TAX_CODE'").param("id", id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void refusesAReplacementThatIsNotADefinitiveCodeOfThisPerson() {
        long id = register(Fixtures.provisionalCode(), first.user());
        String takenCode = Fixtures.personalCode(BIRTH, Sex.M);
        register(takenCode, second.user());

        assertThat(management.checkReplacement(id, Fixtures.provisionalCode())).extracting(v -> v.code())
                .containsExactly("participant.taxCode.notDefinitive");
        assertThat(management.checkReplacement(id, takenCode)).extracting(v -> v.code())
                .containsExactly("participant.taxCode.taken");
        assertThat(management.checkReplacement(id, Fixtures.personalCode(BIRTH.plusDays(1), Sex.M)))
                .extracting(v -> v.code()).containsExactly("participant.taxCode.disagrees");
        assertThatThrownBy(() -> management.replaceTaxCode(id, Fixtures.personalCode(BIRTH, Sex.M), second.user()))
                .isInstanceOf(ParticipantNotFoundException.class);
    }

    @Test
    void theAuditTrailKeepsNoNamesNorTaxCodes() {
        String code = Fixtures.provisionalCode();
        long id = register(code, first.user());
        management.edit(id, 0, Fixtures.data("Diallo", "Mamadou", BIRTH, TargetGroup.INTERNATIONAL_PROTECTION), first.user());

        String trail = jdbc.sql("""
                        SELECT string_agg(coalesce(before::text, '') || coalesce(after::text, '') || coalesce(note, ''), ' ')
                        FROM platform.audit_entry WHERE entity_type = 'participant' AND entity_id = :id""")
                .param("id", id).query(String.class).single();
        assertThat(trail).contains("INTERNATIONAL_PROTECTION", "givenName").doesNotContain("Diallo", "Amadou", code, "I1234567");
    }

    @Test
    void aRecordWithErrorsIsRefusedWithEveryProblem() {
        ParticipantData empty = new ParticipantData(
                new ParticipantData.Identity(" ", null, null, Today.date().plusDays(1), null, "XX", null, "abc", "no-at",
                        null),
                new ParticipantData.LegalStatus(null, null, "AB12", null),
                new ParticipantData.Profile(true, null, 9, false, null, false, null, null, java.util.List.of()));

        assertThatThrownBy(() -> management.register(new RegisterParticipant("12345678901", empty, null), first.user()))
                .isInstanceOfSatisfying(ViolationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.code())
                        .contains("taxCode:taxCode.checkDigit", "familyName:participant.required",
                                "givenName:participant.required", "sex:participant.required",
                                "birthDate:participant.birthDate.range", "birthCountry:participant.country.unknown",
                                "citizenship:participant.required", "phone:participant.phone.form",
                                "email:participant.email.form", "targetGroup:participant.required",
                                "permitType:participant.permitType.required", "receptionKind:participant.receptionKind.required",
                                "educationLevel:participant.educationLevel.range", "languageKnowledge:participant.required"));
    }
}
