package org.reviewdesk.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/** A clinician of the participation reference data, with the practices they bill under. */
@Entity
@Table(name = "clinician")
public class Clinician {

    @Id
    @Column(length = 10)
    private String npi;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(name = "clinician_type", nullable = false, length = 200)
    private String clinicianType;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(
            name = "clinician_practice",
            joinColumns = @JoinColumn(name = "npi"),
            inverseJoinColumns = @JoinColumn(name = "tin"))
    private Set<Practice> practices = new LinkedHashSet<>();

    /** The import that last added or changed this record; null for one imported before runs were kept. */
    @ManyToOne
    @JoinColumn(name = "import_run_id")
    private ImportRun lastImport;

    protected Clinician() {}

    public Clinician(Npi npi, String name, String clinicianType) {
        this.npi = npi.value();
        update(name, clinicianType);
    }

    void update(String newName, String newType) {
        this.name = ReferenceText.required(newName, "name");
        this.clinicianType = ReferenceText.required(newType, "clinician_type");
    }

    void billsUnder(Practice practice) {
        practices.add(practice);
    }

    public String npi() {
        return npi;
    }

    public String name() {
        return name;
    }

    public String clinicianType() {
        return clinicianType;
    }

    public Set<Practice> practices() {
        return Collections.unmodifiableSet(practices);
    }

    void broughtBy(ImportRun run) {
        lastImport = run;
    }

    /** The import that last added or changed this record; null for one imported before import runs were kept. */
    public ImportRun lastImport() {
        return lastImport;
    }
}
