package org.reviewdesk.reference.web;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import org.primefaces.event.FileUploadEvent;
import org.reviewdesk.reference.ApmEntity;
import org.reviewdesk.reference.Clinician;
import org.reviewdesk.reference.ImportReport;
import org.reviewdesk.reference.ParticipationDirectory;
import org.reviewdesk.reference.Practice;
import org.reviewdesk.reference.ReferenceImport;
import org.reviewdesk.reference.ReferenceKind;
import org.reviewdesk.reference.VirtualGroup;
import org.reviewdesk.validation.InvalidInput;
import org.reviewdesk.validation.web.FormErrors;
import org.reviewdesk.web.Pages;

/**
 * An administrator imports participation reference data from CSV: good rows are kept, and
 * every bad row is reported by its line number with what is wrong.
 */
@Named
@ViewScoped
public class ReferenceDataImport implements Serializable {

    @EJB
    ReferenceImport referenceImport;

    @EJB
    ParticipationDirectory directory;

    private final FormErrors errors = new FormErrors();
    private ReferenceKind kind = ReferenceKind.CLINICIANS;
    private ImportReport report;
    private String fileName;

    public void upload(FileUploadEvent event) {
        errors.clear();
        report = null;
        fileName = event.getFile().getFileName();
        try (InputStream content = event.getFile().getInputStream()) {
            report = referenceImport.importCsv(kind, fileName, content);
            Pages.message(
                    report.problems().isEmpty() ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_WARN,
                    fileName + ": " + report.imported() + " rows imported, "
                            + report.problems().size() + " refused");
        } catch (InvalidInput refused) {
            errors.show(refused);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ReferenceKind[] getKinds() {
        return ReferenceKind.values();
    }

    public String columnsOf(ReferenceKind of) {
        return String.join(",", of.columns());
    }

    public long getClinicians() {
        return directory.count(Clinician.class);
    }

    public long getPractices() {
        return directory.count(Practice.class);
    }

    public long getVirtualGroups() {
        return directory.count(VirtualGroup.class);
    }

    public long getApmEntities() {
        return directory.count(ApmEntity.class);
    }

    public FormErrors getErrors() {
        return errors;
    }

    public ReferenceKind getKind() {
        return kind;
    }

    public void setKind(ReferenceKind kind) {
        this.kind = kind;
    }

    public ImportReport getReport() {
        return report;
    }

    public String getFileName() {
        return fileName;
    }
}
