package io.github.tahsilat.einvoice;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXException;

/**
 * The OASIS UBL 2.1 Reminder schema, compiled once from the XSD files on the test class path.
 *
 * <p>The UBL 2.1 XSDs come from {@code com.helger.ubl:ph-ubl21}, which ships them without the
 * schema locations of four imports: the core component types, XML Signature and XAdES 1.3.2 and
 * 1.4.1, which come from {@code com.helger.xsd:ph-xsds-*}. The resolver maps those namespaces and
 * every relative schema location to class path resources, and fails on anything else, so compiling
 * the schema never reaches the network. Thread-safe once compiled.
 */
final class UblSchemas {

    private static final String MAIN_DOCUMENT =
            "external/schemas/ubl21/maindoc/UBL-Reminder-2.1.xsd";

    /** The class path resources of the imports that the UBL XSDs print without a location. */
    private static final Map<String, String> IMPORTS =
            Map.of(
                    "urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2",
                    "schemas/CCTS_CCT_SchemaModule.xsd",
                    "http://www.w3.org/2000/09/xmldsig#",
                    "schemas/xmldsig-core-schema.xsd",
                    "http://uri.etsi.org/01903/v1.3.2#",
                    "schemas/XAdES01903v132-201601.xsd",
                    "http://uri.etsi.org/01903/v1.4.1#",
                    "schemas/XAdES01903v141-201601.xsd");

    /** A base for system ids that only this resolver understands, so nothing else opens them. */
    private static final String SCHEME = "classpath:/";

    private static final Schema REMINDER = compile();

    private UblSchemas() {}

    /**
     * Validates {@code xml} against the UBL 2.1 Reminder schema.
     *
     * @throws SAXException with the line, column and schema rule that the document breaks
     */
    static void validateReminder(byte[] xml) throws SAXException {
        Validator validator = REMINDER.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema compile() {
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setResourceResolver(new ClasspathResolver());
            StreamSource main = new StreamSource(open(MAIN_DOCUMENT), SCHEME + MAIN_DOCUMENT);
            return factory.newSchema(main);
        } catch (SAXException e) {
            throw new IllegalStateException("failed to compile the UBL 2.1 Reminder schema", e);
        }
    }

    private static InputStream open(String resource) {
        InputStream stream = UblSchemas.class.getClassLoader().getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException(
                    "schema resource "
                            + resource
                            + " not on the test class path; check the ph-ubl21 and ph-xsds"
                            + " test dependencies");
        }
        return stream;
    }

    /** Resolves schema imports and includes to class path resources, and nothing else. */
    private static final class ClasspathResolver implements LSResourceResolver {

        @Override
        public LSInput resolveResource(
                String type, String namespace, String publicId, String systemId, String baseUri) {
            String resource;
            if (systemId == null) {
                resource = IMPORTS.get(namespace);
                if (resource == null) {
                    throw new IllegalStateException("no class path schema for " + namespace);
                }
            } else if (baseUri != null && baseUri.startsWith(SCHEME)) {
                resource = URI.create(baseUri).resolve(systemId).getPath().substring(1);
            } else {
                throw new IllegalStateException(
                        "schema " + systemId + " outside the class path, from " + baseUri);
            }
            return new Input(SCHEME + resource, open(resource));
        }
    }

    /** A schema document read from a stream. */
    private record Input(String systemId, InputStream stream) implements LSInput {

        @Override
        public InputStream getByteStream() {
            return stream;
        }

        @Override
        public String getSystemId() {
            return systemId;
        }

        @Override
        public Reader getCharacterStream() {
            return null;
        }

        @Override
        public void setCharacterStream(Reader characterStream) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setByteStream(InputStream byteStream) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getStringData() {
            return null;
        }

        @Override
        public void setStringData(String stringData) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setSystemId(String systemId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getPublicId() {
            return null;
        }

        @Override
        public void setPublicId(String publicId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getBaseURI() {
            return null;
        }

        @Override
        public void setBaseURI(String baseUri) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getEncoding() {
            return null;
        }

        @Override
        public void setEncoding(String encoding) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean getCertifiedText() {
            return false;
        }

        @Override
        public void setCertifiedText(boolean certifiedText) {
            throw new UnsupportedOperationException();
        }
    }
}
