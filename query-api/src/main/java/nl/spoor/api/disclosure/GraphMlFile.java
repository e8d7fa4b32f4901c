package nl.spoor.api.disclosure;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeSet;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.neo4j.driver.Value;

/**
 * GraphML (graphml.graphdrawing.org) as Gephi and yEd read it: one {@code <node>} per entity, one directed
 * {@code <edge>} per relationship, every property a declared {@code <key>} (all strings; Gephi's and yEd's
 * importers map a key named {@code label} to the shown label). Keys are read in a first pass, because GraphML
 * declares them before the graph. Sources travel as the attribute {@code sources} (ids joined with "; ").
 */
final class GraphMlFile {

    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private GraphMlFile() {
    }

    static void write(ScopedGraph graph, OutputStream out, ExportContents contents) {
        TreeSet<String> nodeKeys = new TreeSet<>();
        TreeSet<String> edgeKeys = new TreeSet<>();
        graph.forEachEntity(e -> nodeKeys.addAll(e.properties().keySet()));
        graph.forEachRelationship(r -> edgeKeys.addAll(r.properties().keySet()));
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            x.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            x.writeStartElement("graphml");
            x.writeDefaultNamespace(NS);
            key(x, "label", "node", "label");
            key(x, "kind", "node", "kind");
            key(x, "sources", "node", "sources");
            for (String k : nodeKeys) {
                key(x, "n_" + k, "node", k);
            }
            key(x, "e_label", "edge", "label");
            key(x, "e_key", "edge", "key");
            key(x, "e_sources", "edge", "sources");
            for (String k : edgeKeys) {
                key(x, "e_" + k, "edge", k);
            }
            x.writeStartElement("graph");
            x.writeAttribute("id", "spoor");
            x.writeAttribute("edgedefault", "directed");
            graph.forEachEntity(e -> element(() -> {
                x.writeStartElement("node");
                x.writeAttribute("id", e.spoorId());
                data(x, "label", e.caption());
                data(x, "kind", e.kind());
                data(x, "sources", String.join("; ", e.sourceIds()));
                properties(x, "n_", e.properties());
                x.writeEndElement();
                contents.entity(e.spoorId(), e.sourceIds());
            }));
            long[] n = new long[1];
            graph.forEachRelationship(r -> element(() -> {
                x.writeStartElement("edge");
                x.writeAttribute("id", "e" + n[0]++);
                x.writeAttribute("source", r.from());
                x.writeAttribute("target", r.to());
                data(x, "e_label", r.type());
                if (!r.key().isEmpty()) {
                    data(x, "e_key", r.key());
                }
                data(x, "e_sources", String.join("; ", r.sourceIds()));
                properties(x, "e_", r.properties());
                x.writeEndElement();
                contents.relationship(r.from(), r.to(), r.sourceIds());
            }));
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("GraphML could not be written: " + e.getMessage(), e);
        }
    }

    private interface XmlStep {
        void run() throws XMLStreamException;
    }

    private static void element(XmlStep step) {
        try {
            step.run();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("GraphML could not be written: " + e.getMessage(), e);
        }
    }

    private static void key(XMLStreamWriter x, String id, String forWhat, String name) throws XMLStreamException {
        x.writeEmptyElement("key");
        x.writeAttribute("id", id);
        x.writeAttribute("for", forWhat);
        x.writeAttribute("attr.name", name);
        x.writeAttribute("attr.type", "string");
    }

    private static void properties(XMLStreamWriter x, String prefix, Map<String, Value> props) throws XMLStreamException {
        for (var p : props.entrySet()) {
            data(x, prefix + p.getKey(), ScopedGraph.text(p.getValue()));
        }
    }

    private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
        x.writeStartElement("data");
        x.writeAttribute("key", key);
        x.writeCharacters(value);
        x.writeEndElement();
    }
}
