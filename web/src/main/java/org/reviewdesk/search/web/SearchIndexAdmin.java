package org.reviewdesk.search.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import org.reviewdesk.search.CaseIndexing;
import org.reviewdesk.search.IndexCheck;
import org.reviewdesk.search.IndexRebuild;
import org.reviewdesk.security.web.CurrentUser;
import org.reviewdesk.validation.InvalidInput;
import org.reviewdesk.validation.web.FormErrors;
import org.reviewdesk.web.Pages;

/** The administrator's view of the search index: rebuild it with a progress bar, check it, repair what the check found. */
@Named
@ViewScoped
public class SearchIndexAdmin implements Serializable {

    /** How many case IDs of each kind of problem the page lists; the counts are always whole. */
    private static final int LISTED = 20;

    @EJB
    IndexRebuild rebuild;

    @EJB
    CaseIndexing indexing;

    @Inject
    CurrentUser currentUser;

    private final FormErrors errors = new FormErrors();
    private IndexCheck check;

    public void startRebuild() {
        errors.clear();
        try {
            rebuild.start(currentUser.viewer());
            Pages.info("The rebuild started; search keeps answering while it runs");
        } catch (InvalidInput refused) {
            errors.show(refused);
        }
    }

    public void runCheck() {
        check = indexing.check();
    }

    public void repair() {
        if (check == null) {
            return;
        }
        int repaired = indexing.repair(check);
        check = indexing.check();
        Pages.info(repaired + (repaired == 1 ? " case" : " cases") + " indexed again");
    }

    public IndexRebuild.RebuildProgress getProgress() {
        return rebuild.progress();
    }

    public IndexCheck getCheck() {
        return check;
    }

    public String listed(List<Long> ids) {
        String shown = ids.stream().limit(LISTED).map(String::valueOf).collect(Collectors.joining(", "));
        return ids.size() > LISTED ? shown + " and " + (ids.size() - LISTED) + " more" : shown;
    }

    public FormErrors getErrors() {
        return errors;
    }
}
