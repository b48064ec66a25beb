package org.reviewdesk.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An approved virtual group of the participation reference data. */
@Entity
@Table(name = "virtual_group")
public class VirtualGroup {

    @Id
    @Column(name = "virtual_group_id", length = 20)
    private String id;

    @Column(nullable = false, length = 300)
    private String name;

    protected VirtualGroup() {
    }

    public VirtualGroup(VirtualGroupId id, String name) {
        this.id = id.value();
        rename(name);
    }

    void rename(String newName) {
        this.name = ReferenceText.required(newName, "name");
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }
}
