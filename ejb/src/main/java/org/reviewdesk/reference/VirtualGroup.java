package org.reviewdesk.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An approved virtual group of the participation reference data. */
@Entity
@Table(name = "virtual_group")
public class VirtualGroup extends NamedRecord {

    @Id
    @Column(name = "virtual_group_id", length = 20)
    private String id;

    protected VirtualGroup() {}

    public VirtualGroup(VirtualGroupId id, String name) {
        super(name);
        this.id = id.value();
    }

    @Override
    public String id() {
        return id;
    }
}
