package dev.adhoc.waittimes.aws.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The catalog's schema documents by {@code $id}, and the resolution of {@code $ref} between them (no network: every
 * reference points into the catalog).
 */
final class SchemaDocuments {
    /** A node of a schema document, with the {@code $id} of its document (the base of its own references). */
    record Located(String documentId, JsonNode node) {
    }

    private final Map<String, JsonNode> byId = new LinkedHashMap<>();

    void add(String id, JsonNode document) {
        if (byId.putIfAbsent(id, document) != null) {
            throw new CatalogException("two schemas have the $id " + id);
        }
    }

    /** @return the document with that {@code $id}, or {@code null} if it is not in the catalog */
    JsonNode find(String id) {
        return byId.get(id);
    }

    Map<String, JsonNode> all() {
        return Map.copyOf(byId);
    }

    JsonNode document(String id) {
        JsonNode document = byId.get(id);
        if (document == null) {
            throw new CatalogException("no schema in the catalog has the $id " + id);
        }
        return document;
    }

    /**
     * @param baseId the {@code $id} of the document that holds the reference
     * @param ref    the value of {@code $ref}
     * @return the node it points to
     */
    Located resolve(String baseId, String ref) {
        String target = URI.create(baseId).resolve(ref).toString();
        int hash = target.indexOf('#');
        String documentId = hash < 0 ? target : target.substring(0, hash);
        String pointer = hash < 0 ? "" : target.substring(hash + 1);
        JsonNode node = document(documentId).at(pointer);
        if (node.isMissingNode()) {
            throw new CatalogException("$ref " + ref + " in " + baseId + " points to nothing");
        }
        return new Located(documentId, node);
    }

    /**
     * Follows {@code $ref} chains until a node without one.
     *
     * @param at a schema node
     * @return the node itself, or what its {@code $ref} leads to
     */
    Located follow(Located at) {
        Located current = Objects.requireNonNull(at);
        for (int hops = 0; current.node().has("$ref"); hops++) {
            if (hops > 16) {
                throw new CatalogException("$ref cycle in " + at.documentId());
            }
            current = resolve(current.documentId(), current.node().get("$ref").asText());
        }
        return current;
    }
}
