package org.reviewdesk.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A group practice (a TIN) of the participation reference data. */
@Entity
@Table(name = "practice")
public class Practice {

    @Id
    @Column(length = 9)
    private String tin;

    @Column(name = "legal_name", nullable = false, length = 300)
    private String legalName;

    /** The import that last added or changed this record; null for one imported before runs were kept. */
    @ManyToOne
    @JoinColumn(name = "import_run_id")
    private ImportRun lastImport;

    protected Practice() {}

    public Practice(Tin tin, String legalName) {
        this.tin = tin.value();
        rename(legalName);
    }

    void rename(String newName) {
        this.legalName = ReferenceText.required(newName, "legal_name");
    }

    public String tin() {
        return tin;
    }

    public String legalName() {
        return legalName;
    }

    /** "Pfeffer Group (TIN: *****9403)". */
    public String display() {
        return legalName + " (TIN: " + Tin.mask(tin) + ")";
    }

    void broughtBy(ImportRun run) {
        lastImport = run;
    }

    /** The import that last added or changed this record; null for one imported before import runs were kept. */
    public ImportRun lastImport() {
        return lastImport;
    }
}
