/**
 * The supervisor's dashboard screen and its charts as Chart.js configurations for PrimeFaces.
 * A bar click leads to the queue or search of its cases.
 */
package org.reviewdesk.dashboard.web;
