package org.ronghe.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.ronghe.adapter.http.dataset.StructureDocument;
import org.ronghe.adapter.http.dataset.StructureDocuments;
import org.ronghe.adapter.http.support.Json;
import org.ronghe.application.Ronghe;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.organization.OrganizationCriteria;

/** Reads structure documents (JSON) and imports them: the demo data set and the import command. */
public final class DataSets {

    /** The Jiading New City data set, on the class path. */
    public static final String JIADING = "/org/ronghe/server/jiading-new-city.json";

    private DataSets() {
    }

    public static StructureDocument read(InputStream json) {
        try {
            return Json.mapper().readValue(json, StructureDocument.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new org.ronghe.domain.shared.InvalidValueException("document",
                    "not a structure document: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static StructureDocument jiading() {
        try (InputStream in = DataSets.class.getResourceAsStream(JIADING)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean isEmpty(Ronghe ronghe) {
        return ronghe.organizations().queries().organizations(OrganizationCriteria.all(), new PageRequest(1, 1))
                .totalItems() == 0;
    }

    public static StructureDocuments.Imported load(Ronghe ronghe, StructureDocument document, String purpose) {
        return new StructureDocuments(ronghe).importStructure(Caller.system(purpose), document);
    }
}
