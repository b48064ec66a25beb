/**
 * Filing a request: the intake message and its checks ({@code IntakeMessage}, {@code Intake}), the request-key
 * receipts, and the intake queue with its consumer (the JMS adapter); announces {@code RequestReceived}.
 */
package org.reviewdesk.intake;
