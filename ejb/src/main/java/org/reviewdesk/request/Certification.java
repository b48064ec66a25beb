package org.reviewdesk.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** Who certified a request, when, and the exact disclosure text they agreed to. */
@Embeddable
public class Certification {

    @Column(name = "certified_by", length = 100)
    private String certifiedBy;

    @Column(name = "certified_at")
    private Instant certifiedAt;

    @Column(name = "disclosure_text", length = 10_000)
    private String disclosureText;

    protected Certification() {}

    Certification(String certifiedBy, Instant certifiedAt, String disclosureText) {
        if (certifiedBy == null
                || certifiedBy.isBlank()
                || certifiedAt == null
                || disclosureText == null
                || disclosureText.isBlank()) {
            throw new IllegalArgumentException("A certification needs who, when and the disclosure text agreed to");
        }
        this.certifiedBy = certifiedBy;
        this.certifiedAt = certifiedAt;
        this.disclosureText = disclosureText;
    }

    public String certifiedBy() {
        return certifiedBy;
    }

    public Instant certifiedAt() {
        return certifiedAt;
    }

    public String disclosureText() {
        return disclosureText;
    }
}
