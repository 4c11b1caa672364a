package it.integra.internship.web;

import it.integra.internship.HostDetails;
import it.integra.internship.NewCompanyTutor;
import it.integra.internship.SaveHost;
import it.integra.shared.Ateco;
import it.integra.shared.AtecoEdition;
import it.integra.shared.TaxCode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A host's data as typed in the registry's form, with a first company tutor for a new host. A new
 * host's code is offered in ATECO 2025, the edition in force; an existing host keeps its own.
 */
public class HostForm {

    private String taxCode;
    private String name;
    private String ateco;
    private String atecoEdition = String.valueOf(AtecoEdition.ATECO_2025.year());
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
        form.atecoEdition = String.valueOf(host.atecoEdition().year());
        form.province = host.province();
        form.address = host.address();
        form.employees = host.employees();
        form.version = host.version();
        return form;
    }

    SaveHost toCommand() {
        return new SaveHost(TaxCode.cleanOfBusiness(taxCode), name, ateco, edition(atecoEdition), province, address, employees);
    }

    /** The edition chosen, or null when it is none of them (the host rules then refuse it). */
    static AtecoEdition edition(String year) {
        return AtecoEdition.ATECO_2025.toString().equals(year) ? AtecoEdition.ATECO_2025
                : AtecoEdition.ATECO_2007.toString().equals(year) ? AtecoEdition.ATECO_2007 : null;
    }

    /** Every edition's sections, the one in force first, for the filters that choose one. */
    static Map<AtecoEdition, List<Ateco.Section>> sectionsByEdition() {
        Map<AtecoEdition, List<Ateco.Section>> sections = new EnumMap<>(AtecoEdition.class);
        for (AtecoEdition edition : AtecoEdition.values()) {
            sections.put(edition, Ateco.edition(edition).sections());
        }
        return sections;
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
    public String getAtecoEdition() { return atecoEdition; }
    public void setAtecoEdition(String atecoEdition) { this.atecoEdition = atecoEdition; }
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
