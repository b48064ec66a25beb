package org.reviewdesk.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An APM entity of the participation reference data. */
@Entity
@Table(name = "apm_entity")
public class ApmEntity {

    @Id
    @Column(name = "apm_entity_id", length = 20)
    private String id;

    @Column(nullable = false, length = 300)
    private String name;

    protected ApmEntity() {
    }

    public ApmEntity(ApmEntityId id, String name) {
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
