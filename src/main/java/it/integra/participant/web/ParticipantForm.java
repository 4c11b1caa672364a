package it.integra.participant.web;

import it.integra.participant.LanguageCertificate;
import it.integra.participant.ParticipantData;
import it.integra.participant.ParticipantDetails;
import it.integra.participant.RegisterParticipant;
import it.integra.shared.CefrLevel;
import it.integra.shared.TaxCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** What staff and operators type to register or edit a person; kept as typed when the form comes back. */
public class ParticipantForm extends ParticipantFormFields {

    private String taxCode;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate takenOn;
    private List<CertificateRow> certificates = new ArrayList<>(Arrays.stream(CefrLevel.values()).map(CertificateRow::new).toList());
    private int version;

    /** One CEFR level of the form: whether the person holds a certificate at it, and since when. */
    public static class CertificateRow {
        private final CefrLevel level;
        private boolean held;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate obtainedOn;

        /** For rows a tampered request adds beyond the six levels: they have no level and are ignored. */
        public CertificateRow() {
            this(null);
        }

        public CertificateRow(CefrLevel level) {
            this.level = level;
        }

        public CefrLevel getLevel() { return level; }
        public boolean isHeld() { return held; }
        public void setHeld(boolean held) { this.held = held; }
        public LocalDate getObtainedOn() { return obtainedOn; }
        public void setObtainedOn(LocalDate obtainedOn) { this.obtainedOn = obtainedOn; }
    }

    static ParticipantForm of(ParticipantDetails person) {
        ParticipantForm form = new ParticipantForm();
        form.taxCode = person.taxCode();
        form.version = person.version();
        form.fill(person.data());
        for (LanguageCertificate certificate : person.data().profile().certificates()) {
            CertificateRow row = form.certificates.get(certificate.level().ordinal());
            row.held = true;
            row.obtainedOn = certificate.obtainedOn();
        }
        return form;
    }

    RegisterParticipant toRegister(boolean provider) {
        return new RegisterParticipant(TaxCode.clean(taxCode), toData(), provider ? takenOn : null);
    }

    ParticipantData toData() {
        List<LanguageCertificate> held = certificates.stream().filter(row -> row.isHeld() && row.level != null)
                .map(row -> new LanguageCertificate(row.level, row.obtainedOn)).toList();
        return data(held);
    }

    public String getTaxCode() { return taxCode; }
    public void setTaxCode(String taxCode) { this.taxCode = taxCode; }
    public LocalDate getTakenOn() { return takenOn; }
    public void setTakenOn(LocalDate takenOn) { this.takenOn = takenOn; }
    public List<CertificateRow> getCertificates() { return certificates; }
    public void setCertificates(List<CertificateRow> certificates) { this.certificates = certificates; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
