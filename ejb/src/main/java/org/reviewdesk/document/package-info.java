/**
 * Documents rendered from a case: the request as the PDF its submitter downloads ({@code RequestPdf}), the one
 * user of OpenPDF, above {@code request} and {@code attachment} so that no domain package depends on the PDF library.
 */
package org.reviewdesk.document;
