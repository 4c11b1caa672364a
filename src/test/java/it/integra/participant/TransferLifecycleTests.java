package it.integra.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.integra.Today;
import it.integra.platform.ChangedMeanwhile;
import it.integra.platform.CurrentUser;
import it.integra.platform.Role;
import it.integra.platform.ViolationException;
import it.integra.shared.TargetGroup;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A transfer request through the facade: each way it ends, what moves with it, what the audit trail
 * keeps, and every refusal of a step by the wrong party or at the wrong time.
 */
@SpringBootTest
class TransferLifecycleTests {

    @Autowired
    ParticipantManagement management;
    @Autowired
    IntakeManagement intakes;
    @Autowired
    TransferManagement transfers;
    @Autowired
    TransferQueries queries;
    @Autowired
    ParticipantDirectory directory;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    Fixtures fixtures;
    Fixtures.Operator holder;
    Fixtures.Operator requester;
    Fixtures.Operator stranger;
    CurrentUser officer;
    String code;
    long person;

    @BeforeEach
    void aPersonInChargeOfAProvider() {
        fixtures = new Fixtures(jdbc, encoder);
        holder = fixtures.providerWithOperator("tr-holder");
        requester = fixtures.providerWithOperator("tr-asks");
        stranger = fixtures.providerWithOperator("tr-other");
        officer = fixtures.staff(Role.OFFICER);
        code = Fixtures.provisionalCode();
        person = management.register(new RegisterParticipant(code, Fixtures.data("Bangura", "Fatmata",
                LocalDate.of(1999, 5, 5), TargetGroup.INTERNATIONAL_PROTECTION), LocalDate.of(2024, 2, 1)), holder.user());
    }

    @AfterEach
    void removeWhatWasCreated() {
        fixtures.removeCreated();
    }

    private long ask() {
        return transfers.request(code, "Si è trasferita nella nostra provincia", requester.user());
    }

    private long providerOf(Fixtures.Operator operator) {
        return operator.user().providerId();
    }

    private List<String> audit() {
        return jdbc.sql("""
                        SELECT action FROM platform.audit_entry WHERE entity_type = 'participant' AND entity_id = :id
                        AND action NOT IN ('CREATE') ORDER BY id""")
                .param("id", person).query(String.class).list();
    }

    @Test
    void theHolderReleasingThePersonMovesThemToTheRequesterFromToday() {
        long request = ask();
        assertThat(intakes.situation(code, requester.user())).isEqualTo(ChargeSituation.TRANSFER_REQUESTED);

        transfers.release(request, holder.user());

        assertThat(directory.inCharge(person, providerOf(holder))).isFalse();
        assertThat(directory.openIntake(person, providerOf(requester)).orElseThrow().takenOn()).isEqualTo(Today.date());
        assertThat(jdbc.sql("SELECT closed_on FROM participant.intake WHERE participant_id = :p AND provider_id = :v")
                .param("p", person).param("v", providerOf(holder)).query(LocalDate.class).single()).isEqualTo(Today.date());
        assertThat(queries.find(request, officer).status()).isEqualTo(TransferStatus.RELEASED);
        assertThat(audit()).containsExactly("INTAKE_OPEN", "TRANSFER_REQUEST", "TRANSFER_RELEASE", "INTAKE_CLOSE",
                "INTAKE_OPEN");
    }

    @Test
    void theAuthorityApprovingMovesThePersonAndTheTrailKeepsNoReason() {
        long request = ask();

        transfers.approve(request, "Verificato con i servizi sociali", officer);

        assertThat(directory.inCharge(person, providerOf(holder))).isFalse();
        assertThat(directory.inCharge(person, providerOf(requester))).isTrue();
        TransferRequestView view = queries.find(request, officer);
        assertThat(view.status()).isEqualTo(TransferStatus.APPROVED);
        assertThat(view.decidedOn()).isEqualTo(Today.date());
        assertThat(view.decisionNote()).isEqualTo("Verificato con i servizi sociali");
        assertThat(audit()).containsExactly("INTAKE_OPEN", "TRANSFER_REQUEST", "TRANSFER_APPROVE", "INTAKE_CLOSE",
                "INTAKE_OPEN");
        assertThat(jdbc.sql("SELECT string_agg(coalesce(after::text, '') || coalesce(note, ''), ' ') FROM platform.audit_entry "
                        + "WHERE entity_type = 'participant' AND entity_id = :id").param("id", person)
                .query(String.class).single()).doesNotContain("trasferita", "servizi sociali", code);
    }

    @Test
    void aRefusalOrAWithdrawalLeavesThePersonWhereTheyWere() {
        long refused = ask();
        transfers.refuse(refused, "Nessun motivo valido", officer);
        long withdrawn = ask();
        transfers.withdraw(withdrawn, requester.user());

        assertThat(directory.inCharge(person, providerOf(holder))).isTrue();
        assertThat(directory.inCharge(person, providerOf(requester))).isFalse();
        assertThat(queries.find(refused, requester.user()).status()).isEqualTo(TransferStatus.REFUSED);
        assertThat(queries.find(withdrawn, holder.user()).status()).isEqualTo(TransferStatus.WITHDRAWN);
        assertThat(audit()).containsExactly("INTAKE_OPEN", "TRANSFER_REQUEST", "TRANSFER_REFUSE", "TRANSFER_REQUEST",
                "TRANSFER_WITHDRAW");
    }

    @Test
    void aRequestWithoutAValidTaxCodeIsRefusedNamingTheField() {
        for (String typed : new String[] {"", "   ", "NOTACODE", "12345678901"}) {
            assertThatThrownBy(() -> transfers.request(typed, "Trasferimento", requester.user()))
                    .as(typed).isInstanceOfSatisfying(ViolationException.class, e -> assertThat(e.violations())
                            .extracting(v -> v.field()).containsOnly("taxCode"));
        }
    }

    @Test
    void theRequesterMayNotApproveItsOwnRequestNorTheHolderApproveOrRefuse() {
        long request = ask();

        refused(() -> transfers.approve(request, null, requester.user()), AccessDeniedException.class);
        refused(() -> transfers.release(request, requester.user()), AccessDeniedException.class);
        refused(() -> transfers.approve(request, null, holder.user()), AccessDeniedException.class);
        refused(() -> transfers.refuse(request, "no", holder.user()), AccessDeniedException.class);
        refused(() -> transfers.withdraw(request, holder.user()), AccessDeniedException.class);
        refused(() -> transfers.share(request, Set.of(SharedPart.DOCUMENTS), requester.user()), AccessDeniedException.class);
        refused(() -> transfers.release(request, officer), AccessDeniedException.class);

        assertThat(queries.find(request, officer).status()).isEqualTo(TransferStatus.REQUESTED);
        assertThat(directory.inCharge(person, providerOf(requester))).isFalse();
    }

    @Test
    void aProviderThatIsNoPartyDoesNotLearnTheRequestExists() {
        long request = ask();

        refused(() -> queries.find(request, stranger.user()), ParticipantNotFoundException.class);
        refused(() -> transfers.release(request, stranger.user()), ParticipantNotFoundException.class);
        refused(() -> transfers.withdraw(request, stranger.user()), ParticipantNotFoundException.class);
        refused(() -> queries.find(request, fixtures.staff(Role.ANALYST)), ParticipantNotFoundException.class);
        assertThat(queries.received(stranger.user())).isEmpty();
        assertThat(queries.filed(stranger.user())).isEmpty();
    }

    @Test
    void theHolderCannotReleaseAPersonNoLongerInItsCharge() {
        long request = ask();
        intakes.close(person, intakes.intakes(person, holder.user()).get(0).id(), holder.user());

        assertThatThrownBy(() -> transfers.release(request, holder.user())).isInstanceOfSatisfying(ViolationException.class,
                e -> assertThat(e.violations()).extracting(v -> v.code()).containsExactly("participant.transfer.notInCharge"));
        assertThat(queries.find(request, officer).status()).isEqualTo(TransferStatus.REQUESTED);
    }

    @Test
    void theAuthorityCannotDecideARequestTwice() {
        long request = ask();
        transfers.approve(request, null, officer);

        for (ThrowingCallable again : List.<ThrowingCallable>of(() -> transfers.approve(request, null, officer),
                () -> transfers.refuse(request, "ripensamento", officer), () -> transfers.withdraw(request, requester.user()),
                () -> transfers.release(request, holder.user()))) {
            // decided already: every later step names who decided and when
            assertThatThrownBy(again).isInstanceOfSatisfying(ChangedMeanwhile.class, e -> {
                assertThat(e.actor()).contains("Test " + officer.username());
                assertThat(e.at()).isPresent();
            });
        }
        assertThat(jdbc.sql("SELECT count(*) FROM participant.intake WHERE participant_id = :p").param("p", person)
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aRequestNeedsAPersonInChargeElsewhereAReasonAndNoOtherWaitingRequest() {
        assertThat(codes(() -> transfers.request(code, " ", requester.user())))
                .containsExactly("participant.transfer.reasonRequired");
        ask();
        assertThat(codes(this::ask)).containsExactly("participant.transfer.alreadyRequested");
        assertThat(codes(() -> transfers.request(code, "motivo", holder.user())))
                .containsExactly("participant.transfer.alreadyInCharge");
        intakes.close(person, intakes.intakes(person, holder.user()).get(0).id(), holder.user());
        assertThat(codes(() -> transfers.request(code, "motivo", stranger.user())))
                .containsExactly("participant.transfer.notInChargeElsewhere");
        refused(() -> transfers.request(code, "motivo", officer), AccessDeniedException.class);
        refused(() -> transfers.request(Fixtures.provisionalCode(), "motivo", stranger.user()),
                ParticipantNotFoundException.class);
    }

    private static void refused(ThrowingCallable call, Class<? extends Throwable> type) {
        assertThatThrownBy(call).isInstanceOf(type);
    }

    private static List<String> codes(ThrowingCallable call) {
        try {
            call.call();
        } catch (ViolationException e) {
            return e.violations().stream().map(v -> v.code()).toList();
        } catch (Throwable e) {
            throw new AssertionError("expected a refusal with violations, got " + e, e);
        }
        throw new AssertionError("expected a refusal");
    }
}
