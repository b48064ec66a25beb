package org.reviewdesk.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.reviewdesk.request.ApplicationType;
import org.reviewdesk.request.IssueType;

/** What happens to a demo case; {@link #days} is how long its story takes after filing. */
enum Plot {
    DRAFT_STARTED(0),
    DRAFT_READY(0),
    DRAFT_WITHDRAWN(1),
    WAITING(0),
    CLAIMED(2),
    CONVERSATION(4),
    ASKED(3),
    ANSWERED(6),
    REASSIGNED(4),
    DUPLICATE(2),
    APPROVED(10),
    DENIED(8),
    LAPSED(45),
    WITHDRAWN(3);

    final int days;

    Plot(int days) {
        this.days = days;
    }

    /** The plots of the open year, then of {@link DemoStories#CLOSED_YEAR}: 44 and 16 cases. */
    static final List<Plot> OPEN_YEAR = plots(
            Plot.DRAFT_STARTED,
            6,
            Plot.DRAFT_READY,
            4,
            Plot.DRAFT_WITHDRAWN,
            1,
            Plot.WAITING,
            4,
            Plot.CLAIMED,
            2,
            Plot.CONVERSATION,
            4,
            Plot.ASKED,
            4,
            Plot.ANSWERED,
            4,
            Plot.REASSIGNED,
            3,
            Plot.DUPLICATE,
            2,
            Plot.APPROVED,
            5,
            Plot.DENIED,
            3,
            Plot.WITHDRAWN,
            2);

    static final List<Plot> CLOSED = plots(Plot.APPROVED, 6, Plot.DENIED, 6, Plot.LAPSED, 3, Plot.WITHDRAWN, 1);

    /** The issue types its request names. */
    Set<IssueType> issues() {
        return switch (this) {
            case WAITING, CLAIMED, LAPSED -> EnumSet.of(IssueType.EXTREME_UNCONTROLLABLE_CIRCUMSTANCES);
            case DUPLICATE, CONVERSATION, ANSWERED -> EnumSet.of(IssueType.SUBMISSION);
            case ASKED -> EnumSet.of(IssueType.ELIGIBILITY_SPECIAL_STATUS);
            case REASSIGNED -> EnumSet.of(IssueType.MEASURE_ACTIVITY, IssueType.GENERAL);
            case DENIED -> EnumSet.of(IssueType.MEASURE_ACTIVITY);
            default -> EnumSet.of(IssueType.GENERAL, IssueType.SUBMISSION);
        };
    }

    /** The request's title: what went wrong, then which case of which type it is. */
    String title(ApplicationType type, int n) {
        String what = switch (this) {
            case DUPLICATE -> "Quality data missing from feedback";
            case WAITING, CLAIMED, LAPSED -> "Hardship exception not applied";
            case ASKED -> "Special status not recognised";
            case DENIED, REASSIGNED -> "Measure scored as not submitted";
            default -> "Payment adjustment looks wrong";
        };
        return what + " (" + type.label() + " " + (n + 1) + ")";
    }

    private static List<Plot> plots(Object... plotsAndCounts) {
        List<Plot> plots = new ArrayList<>();
        for (int i = 0; i < plotsAndCounts.length; i += 2) {
            plots.addAll(Collections.nCopies((Integer) plotsAndCounts[i + 1], (Plot) plotsAndCounts[i]));
        }
        return List.copyOf(plots);
    }
}
