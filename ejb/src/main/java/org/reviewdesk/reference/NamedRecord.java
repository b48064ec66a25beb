package org.reviewdesk.reference;

import jakarta.persistence.Column;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/** A reference record known by an ID and a name: virtual groups and APM entities. */
@MappedSuperclass
public abstract class NamedRecord {

    @Column(nullable = false, length = 300)
    private String name;

    /** The import that last added or changed this record; null for one imported before runs were kept. */
    @ManyToOne
    @JoinColumn(name = "import_run_id")
    private ImportRun lastImport;

    protected NamedRecord() {}

    protected NamedRecord(String name) {
        rename(name);
    }

    final void rename(String newName) {
        this.name = ReferenceText.required(newName, "name");
    }

    public abstract String id();

    public String name() {
        return name;
    }

    void broughtBy(ImportRun run) {
        lastImport = run;
    }

    /** The import that last added or changed this record; null for one imported before import runs were kept. */
    public ImportRun lastImport() {
        return lastImport;
    }
}
