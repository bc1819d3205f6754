/** HTTP routes of co-work activities and their counts. */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package org.ronghe.adapter.http.activity;
