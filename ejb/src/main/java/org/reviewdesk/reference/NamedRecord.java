package org.reviewdesk.reference;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** A reference record known by an ID and a name: virtual groups and APM entities. */
@MappedSuperclass
public abstract class NamedRecord {

    @Column(nullable = false, length = 300)
    private String name;

    protected NamedRecord() {
    }

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
}
