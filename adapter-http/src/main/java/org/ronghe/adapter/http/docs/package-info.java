/** HTTP routes: health, the OpenAPI document and its viewer (public). */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package org.ronghe.adapter.http.docs;
