package org.reviewdesk.reference.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.reviewdesk.configuration.EasternTime;
import org.reviewdesk.reference.ImportRun;
import org.reviewdesk.reference.ParticipationDirectory;
import org.reviewdesk.reference.ReferenceEntry;
import org.reviewdesk.reference.ReferenceKind;
import org.reviewdesk.web.SearchedPages;

/**
 * The administrator browses the imported reference data (lazy, searched in the database) and the imports that
 * brought it: when and by whom each ran, and its report.
 */
@Named
@ViewScoped
public class ReferenceBrowser implements Serializable {

    @EJB
    ParticipationDirectory directory;

    private ReferenceKind kind = ReferenceKind.CLINICIANS;
    private String search;
    private SearchedPages<ReferenceEntry> model;
    private List<ImportRun> imports = List.of();
    private ImportRun shownImport;

    @PostConstruct
    void start() {
        model = new SearchedPages<>(
                () -> directory.count(kind, search),
                (first, size) -> directory.page(kind, search, first, size),
                ReferenceEntry::identifier);
        imports = directory.imports();
    }

    /** Shows the report of an import, from the list of imports or from a record it brought. */
    public void show(ImportRun run) {
        shownImport = run == null ? null : directory.importRun(run.id()).orElse(null);
    }

    public void hideReport() {
        shownImport = null;
    }

    /** "December 1, 2026 4:20 PM ET by Alex Admin". */
    public String describe(ImportRun run) {
        return EasternTime.dayAndTime(run.ranAt()) + " by " + run.actorName();
    }

    public String when(ImportRun run) {
        return EasternTime.dayAndTime(run.ranAt());
    }

    public List<ReferenceKind> getKinds() {
        return ParticipationDirectory.BROWSABLE;
    }

    public String identifierLabel() {
        return switch (kind) {
            case CLINICIANS -> "NPI";
            case PRACTICES -> "TIN";
            case VIRTUAL_GROUPS -> "Virtual group ID";
            default -> "APM entity ID";
        };
    }

    public SearchedPages<ReferenceEntry> getModel() {
        return model;
    }

    public List<ImportRun> getImports() {
        return imports;
    }

    public ImportRun getShownImport() {
        return shownImport;
    }

    public ReferenceKind getKind() {
        return kind;
    }

    public void setKind(ReferenceKind kind) {
        this.kind = kind == null ? ReferenceKind.CLINICIANS : kind;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
