package it.integra.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.integra.Today;
import it.integra.participant.internal.Erasure;
import it.integra.platform.CurrentUser;
import it.integra.platform.Role;
import it.integra.platform.Violation;
import it.integra.platform.ViolationException;
import it.integra.shared.TargetGroup;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A record is erasable once the retention of its calls has passed: each call's closing plus its own years. */
@SpringBootTest
class CallRetentionErasureTests {

    @Autowired
    ParticipantManagement management;
    @Autowired
    ParticipantPrivacy privacy;
    @Autowired
    Erasure erasure;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    Fixtures fixtures;
    Fixtures.Operator operator;
    CurrentUser admin;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(jdbc, encoder);
        operator = fixtures.providerWithOperator("retention");
        admin = fixtures.staff(Role.ADMIN);
    }

    @AfterEach
    void removeWhatWasCreated() {
        fixtures.removeCreated();
    }

    /** A person whose only intake ran from {@code takenOn} to {@code closedOn}. */
    private long formerlyInCharge(LocalDate takenOn, LocalDate closedOn) {
        long id = management.register(new RegisterParticipant(Fixtures.provisionalCode(), Fixtures.data("Tesfaye",
                "Abebe", LocalDate.of(1995, 3, 2), TargetGroup.INTERNATIONAL_PROTECTION), null), operator.user());
        jdbc.sql("UPDATE participant.intake SET taken_on = :taken, closed_on = :closed WHERE participant_id = :id")
                .param("taken", takenOn).param("closed", closedOn).param("id", id).update();
        return id;
    }

    private long call(LocalDate closesOn, int retentionYears) {
        long call = fixtures.closedCall(closesOn.minusYears(1), closesOn);
        jdbc.sql("UPDATE programme.call SET retention_years = :years WHERE id = :id")
                .param("years", retentionYears).param("id", call).update();
        return call;
    }

    private void clearance(long callId, long personId, LocalDate on) {
        fixtures.clearance(callId, operator.user().providerId(), personId, "GRANTED", on);
    }

    @Test
    void theCallWhoseRetentionEndsLastGovernsEvenIfItClosedFirst() {
        long person = formerlyInCharge(LocalDate.of(2011, 9, 1), LocalDate.of(2015, 1, 31));
        clearance(call(LocalDate.of(2012, 6, 30), 12), person, LocalDate.of(2012, 1, 10));
        clearance(call(LocalDate.of(2014, 6, 30), 5), person, LocalDate.of(2014, 1, 10));

        Retention retention = privacy.retention(person);

        assertThat(retention).isEqualTo(new Retention(LocalDate.of(2012, 6, 30), 12, false));
        assertThat(retention.erasableFrom()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(erasure.due(LocalDate.of(2024, 6, 30))).doesNotContain(person);
        assertThat(erasure.due(LocalDate.of(2024, 7, 1))).contains(person);
        assertThat(retention.erasableOn(LocalDate.of(2024, 6, 30))).isFalse();
        assertThat(retention.erasableOn(LocalDate.of(2024, 7, 1))).isTrue();
    }

    @Test
    void withoutAClearanceTheLastIntakeAndTheDefaultRetentionCount() {
        long person = formerlyInCharge(LocalDate.of(2013, 3, 1), LocalDate.of(2014, 2, 28));

        Retention retention = privacy.retention(person);

        assertThat(retention).isEqualTo(new Retention(LocalDate.of(2014, 2, 28), 10, false));
        assertThat(retention.erasableFrom()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(erasure.due(LocalDate.of(2024, 2, 28))).doesNotContain(person);
        assertThat(erasure.due(LocalDate.of(2024, 2, 29))).contains(person);
    }

    @Test
    void aShortCallRetentionAllowsErasureBeforeTheDefaultWouldAndALongerOneRefusesIt() {
        LocalDate closed = Today.date().minusYears(4);
        long shortKept = formerlyInCharge(closed.minusYears(1), closed.plusMonths(2));
        clearance(call(closed, 3), shortKept, closed.minusMonths(6));
        long longKept = formerlyInCharge(closed.minusYears(1), closed.plusMonths(2));
        clearance(call(closed, 4), longKept, closed.minusMonths(6));

        privacy.erase(shortKept, admin);

        assertThat(jdbc.sql("SELECT erased_on FROM participant.participant WHERE id = :id").param("id", shortKept)
                .query(LocalDate.class).single()).isEqualTo(Today.date());
        assertThat(jdbc.sql("""
                        SELECT note FROM platform.audit_entry WHERE entity_type = 'participant' AND entity_id = :id
                        AND action = 'ERASE'""").param("id", shortKept).query(String.class).single())
                .isEqualTo("retention 3 years from " + closed);
        String from = closed.plusYears(4).plusDays(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertThatThrownBy(() -> privacy.erase(longKept, admin))
                .isInstanceOfSatisfying(ViolationException.class, e -> assertThat(e.violations())
                        .containsExactly(Violation.of("", "participant.erase.tooEarly", from)));
    }
}
