/**
 * The administrator's work on accounts ({@code AccountAdministration}): the paged search, create or invite,
 * roles, disable and enable, reset links. Above {@code security} and {@code credentials}.
 */
package org.reviewdesk.accounts;
