package it.integra.provider.web;

import it.integra.provider.OperatingSeat;
import it.integra.provider.ProviderContacts;
import it.integra.provider.ProviderData;
import it.integra.provider.ProviderDetails;
import it.integra.shared.TaxCode;
import java.util.ArrayList;
import java.util.List;

/** What staff type to register or edit a provider, and operators to update contacts and seats; kept as typed when refused. */
public class ProviderForm {

    private String code;
    private String taxCode;
    private String name;
    private String type;
    private String province;
    private String accreditation;
    private String email;
    private String phone;
    private String pec;
    private List<SeatForm> seats = new ArrayList<>();
    private int version;

    static ProviderForm blank() {
        ProviderForm form = new ProviderForm();
        form.seats.add(new SeatForm());
        return form;
    }

    static ProviderForm of(ProviderDetails provider) {
        ProviderForm form = new ProviderForm();
        form.code = provider.code();
        form.taxCode = provider.taxCode();
        form.name = provider.name();
        form.type = provider.type();
        form.province = provider.province();
        form.accreditation = provider.accreditation();
        form.email = provider.contacts().email();
        form.phone = provider.contacts().phone();
        form.pec = provider.contacts().pec();
        provider.seats().forEach(seat -> form.seats.add(SeatForm.of(seat)));
        form.version = provider.version();
        return form;
    }

    /** Drops the seat rows left empty, so that the rows the rules number are the rows shown again. */
    void dropBlankSeats() {
        seats.removeIf(seat -> seat == null || seat.toSeat().isBlank());
    }

    void addSeat() {
        seats.add(new SeatForm());
    }

    void removeSeat(int index) {
        if (index >= 0 && index < seats.size()) {
            seats.remove(index);
        }
    }

    ProviderData toData() {
        return new ProviderData(TaxCode.clean(taxCode), name, type, province, accreditation, toContacts(), toSeats());
    }

    ProviderContacts toContacts() {
        return new ProviderContacts(email, phone, pec);
    }

    List<OperatingSeat> toSeats() {
        return seats.stream().map(SeatForm::toSeat).toList();
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getTaxCode() { return taxCode; }
    public void setTaxCode(String taxCode) { this.taxCode = taxCode; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getProvince() { return province; }
    public void setProvince(String province) { this.province = province; }
    public String getAccreditation() { return accreditation; }
    public void setAccreditation(String accreditation) { this.accreditation = accreditation; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getPec() { return pec; }
    public void setPec(String pec) { this.pec = pec; }
    public List<SeatForm> getSeats() { return seats; }
    public void setSeats(List<SeatForm> seats) { this.seats = seats; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }

    /** One operating seat row of the form. */
    public static class SeatForm {

        private String province;
        private String address;

        static SeatForm of(OperatingSeat seat) {
            SeatForm form = new SeatForm();
            form.province = seat.province();
            form.address = seat.address();
            return form;
        }

        OperatingSeat toSeat() {
            return new OperatingSeat(province, address);
        }

        public String getProvince() { return province; }
        public void setProvince(String province) { this.province = province; }
        public String getAddress() { return address; }
        public void setAddress(String address) { this.address = address; }
    }
}
