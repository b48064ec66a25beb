package org.reviewdesk.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An APM entity of the participation reference data. */
@Entity
@Table(name = "apm_entity")
public class ApmEntity extends NamedRecord {

    @Id
    @Column(name = "apm_entity_id", length = 20)
    private String id;

    protected ApmEntity() {}

    public ApmEntity(ApmEntityId id, String name) {
        super(name);
        this.id = id.value();
    }

    @Override
    public String id() {
        return id;
    }
}
