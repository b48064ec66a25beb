package org.reviewdesk.review;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.reviewdesk.request.IssueType;

/**
 * What a reviewer handles, as a supervisor set it: the issue types automatic assignment gives
 * them and "next case" offers them, and whether they take new cases at all (someone on leave
 * keeps their cases but gets no new ones).
 */
@Entity
@Table(name = "reviewer_profile")
public class ReviewerProfile {

    @Id
    @Column(length = 100)
    private String username;

    @Column(name = "accepting_cases", nullable = false)
    private boolean acceptingCases = true;

    @Column(name = "last_assigned_at")
    private Instant lastAssignedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reviewer_issue_type", joinColumns = @JoinColumn(name = "username"))
    @Enumerated(EnumType.STRING)
    @Column(name = "issue_type", nullable = false, length = 40)
    private Set<IssueType> issueTypes = EnumSet.noneOf(IssueType.class);

    @Version
    private long version;

    protected ReviewerProfile() {}

    public ReviewerProfile(String username) {
        this.username = username;
    }

    public void handle(Collection<IssueType> types, boolean accepting) {
        issueTypes.clear();
        if (types != null) {
            issueTypes.addAll(types);
        }
        acceptingCases = accepting;
    }

    /** Whether automatic assignment may give this reviewer a case of these issue types. */
    public boolean takesNew(Collection<IssueType> caseIssueTypes) {
        return acceptingCases && caseIssueTypes.stream().anyMatch(issueTypes::contains);
    }

    void assigned(Instant now) {
        lastAssignedAt = now;
    }

    public String username() {
        return username;
    }

    public boolean isAcceptingCases() {
        return acceptingCases;
    }

    public Instant lastAssignedAt() {
        return lastAssignedAt;
    }

    public Set<IssueType> issueTypes() {
        return Collections.unmodifiableSet(issueTypes);
    }
}
