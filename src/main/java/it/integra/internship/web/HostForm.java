package it.integra.internship.web;

import it.integra.internship.HostDetails;
import it.integra.internship.NewCompanyTutor;
import it.integra.internship.SaveHost;
import it.integra.shared.TaxCode;

/** A host's data as typed in the registry's form, with a first company tutor for a new host. */
public class HostForm {

    private String taxCode;
    private String name;
    private String ateco;
    private String province;
    private String address;
    private Integer employees;
    private int version;
    private String tutorName;
    private String tutorRole;
    private String tutorContact;

    static HostForm of(HostDetails host) {
        HostForm form = new HostForm();
        form.taxCode = host.taxCode();
        form.name = host.name();
        form.ateco = host.ateco();
        form.province = host.province();
        form.address = host.address();
        form.employees = host.employees();
        form.version = host.version();
        return form;
    }

    SaveHost toCommand() {
        return new SaveHost(TaxCode.cleanOfBusiness(taxCode), name, ateco, province, address, employees);
    }

    NewCompanyTutor tutor() {
        return new NewCompanyTutor(tutorName, tutorRole, tutorContact);
    }

    public String getTaxCode() { return taxCode; }
    public void setTaxCode(String taxCode) { this.taxCode = taxCode; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getAteco() { return ateco; }
    public void setAteco(String ateco) { this.ateco = ateco; }
    public String getProvince() { return province; }
    public void setProvince(String province) { this.province = province; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public Integer getEmployees() { return employees; }
    public void setEmployees(Integer employees) { this.employees = employees; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
    public String getTutorName() { return tutorName; }
    public void setTutorName(String tutorName) { this.tutorName = tutorName; }
    public String getTutorRole() { return tutorRole; }
    public void setTutorRole(String tutorRole) { this.tutorRole = tutorRole; }
    public String getTutorContact() { return tutorContact; }
    public void setTutorContact(String tutorContact) { this.tutorContact = tutorContact; }
}
