package org.claimgraph.server;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.rdf.CG;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /ontology}: the bundled ontology as a readable page (classes, the twelve event types with their
 * CAMEO and ACLED codes, properties, with an anchor per term) or as RDF by {@code Accept}.
 */
final class OntologyPage extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient OntologyTerms ontology;
    private final String siteName;

    OntologyPage(OntologyTerms ontology, String siteName) {
        this.ontology = ontology;
        this.siteName = siteName;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        Optional<Representation> format = Representation.byAccept(req.getHeader("Accept"));
        if (format.isEmpty()) {
            SparqlServlet.error(resp, HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "The ontology is served as text/html, text/turtle, application/ld+json, application/n-triples"
                            + " or application/rdf+xml");
            return;
        }
        if (!format.get().isHtml()) {
            resp.setContentType(format.get().contentType());
            OutputStream out = resp.getOutputStream();
            RDFDataMgr.write(out, ontology.model(), format.get().rdf().rdfFormat());
            out.flush();
            return;
        }
        Model m = ontology.model();
        List<Resource> classes = terms(m, OWL.Class.asNode().getURI());
        List<Resource> eventTypes = classes.stream().filter(c -> m.contains(c, RDFS.subClassOf, CG.Event)).toList();
        List<Resource> otherClasses = classes.stream().filter(c -> !eventTypes.contains(c)).toList();
        List<Resource> properties = new ArrayList<>(terms(m, OWL.ObjectProperty.getURI()));
        properties.addAll(terms(m, OWL.DatatypeProperty.getURI()));
        properties.addAll(terms(m, OWL.AnnotationProperty.getURI()));
        properties.sort(Comparator.comparing(Resource::getURI));
        Html body = Html.concat(
                Html.tag("p", Html.concat(Html.text("Namespace " + CG.NS + " (prefix cg:). Also as "),
                        Html.link("/ontology?format=ttl", "Turtle"), Html.text(" (or ask for it with an Accept header)."))),
                Html.tag("h2", Html.text("Event types")), eventTable(eventTypes),
                Html.tag("h2", Html.text("Classes")), termTable(otherClasses),
                Html.tag("h2", Html.text("Properties")), termTable(properties));
        Page.send(resp, HttpServletResponse.SC_OK, Page.render(siteName, "The claimgraph ontology", body));
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws jakarta.servlet.ServletException,
            IOException {
        String format = req.getParameter("format");
        if ("GET".equals(req.getMethod()) && format != null) {
            Optional<Representation> r = Representation.bySuffix(format.strip());
            if (r.isEmpty() || r.get().isHtml()) {
                SparqlServlet.error(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "Use format=ttl, jsonld, nt or rdf");
                return;
            }
            resp.setContentType(r.get().contentType());
            RDFDataMgr.write(resp.getOutputStream(), ontology.model(), r.get().rdf().rdfFormat());
            return;
        }
        super.service(req, resp);
    }

    private static List<Resource> terms(Model m, String type) {
        return m.listSubjectsWithProperty(RDF.type, m.createResource(type)).toList().stream()
                .filter(r -> r.isURIResource() && r.getURI().startsWith(CG.NS))
                .sorted(Comparator.comparing(Resource::getURI)).toList();
    }

    private Html eventTable(List<Resource> types) {
        List<List<Html>> rows = new ArrayList<>();
        for (Resource t : types) {
            rows.add(List.of(anchor(t), Html.text(String.join(", ", ontology.cameoCodes(t.getURI()))),
                    Html.text(String.join("; ", ontology.acledTypes(t.getURI()))), Html.text(text(ontology.comment(t.getURI())))));
        }
        return Tables.table(List.of("type", "CAMEO", "ACLED sub-event types", "meaning"), rows);
    }

    private Html termTable(List<Resource> terms) {
        List<List<Html>> rows = new ArrayList<>();
        for (Resource t : terms) {
            rows.add(List.of(anchor(t), Html.text(text(ontology.label(t.getURI()))), Html.text(text(ontology.comment(t.getURI())))));
        }
        return Tables.table(List.of("term", "label", "meaning"), rows);
    }

    private static Html anchor(Resource term) {
        String local = term.getURI().substring(CG.NS.length());
        return Html.anchored("code", local, null, Html.text("cg:" + local));
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
