package it.integra.participant.web;

import it.integra.participant.SharedPart;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the transfer pages post: the tax code and reason of a new request, the note of a decision,
 * the parts of a share.
 */
public class TransferForm {

    private String taxCode;
    private String reason;
    private String note;
    private Set<SharedPart> parts = EnumSet.noneOf(SharedPart.class);

    static TransferForm of(String taxCode) {
        TransferForm form = new TransferForm();
        form.taxCode = taxCode;
        return form;
    }

    public String getTaxCode() { return taxCode; }
    public void setTaxCode(String taxCode) { this.taxCode = taxCode; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public Set<SharedPart> getParts() { return parts; }
    public void setParts(Set<SharedPart> parts) { this.parts = parts == null ? EnumSet.noneOf(SharedPart.class) : parts; }
}
