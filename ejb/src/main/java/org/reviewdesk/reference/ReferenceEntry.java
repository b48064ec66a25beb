package org.reviewdesk.reference;

/**
 * One record of the reference data as the administrator's browser lists it: its identifier, name, what else
 * is known (a clinician's type and practices), and the import that last added or changed it (null for one
 * imported before import runs were kept).
 */
public record ReferenceEntry(ReferenceKind kind, String identifier, String name, String detail, ImportRun lastImport) {}
