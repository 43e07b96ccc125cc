package org.claimgraph.server;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.jena.riot.RDFDataMgr;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /.well-known/void}: the VoID and DCAT description of the dataset as Turtle (the default),
 * JSON-LD, N-Triples or RDF/XML by {@code Accept}; computed when the data changes, never per request.
 */
final class VoidServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Supplier<Publication> publication;

    VoidServlet(Supplier<Publication> publication) {
        this.publication = publication;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        Optional<Representation> format = Representation.byAccept(req.getHeader("Accept"), false);
        if (format.isEmpty()) {
            SparqlServlet.error(resp, HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "The dataset description is served as text/turtle, application/ld+json, application/n-triples"
                            + " or application/rdf+xml");
            return;
        }
        Publication p = publication.get();
        if (p == null) {
            resp.setHeader("Retry-After", "10");
            SparqlServlet.error(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "The dataset description is being computed; try again in a few seconds");
            return;
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(format.get().contentType());
        OutputStream out = resp.getOutputStream();
        RDFDataMgr.write(out, p.description(), format.get().rdf().rdfFormat());
        out.flush();
    }
}
