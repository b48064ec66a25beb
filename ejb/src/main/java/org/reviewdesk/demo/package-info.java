/**
 * Demo mode: the demo windows, reference data and, on request, the living demo's cases, told by
 * {@code DemoStories} through the users' own services; above every capability it uses.
 */
package org.reviewdesk.demo;
