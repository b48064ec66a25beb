package org.reviewdesk.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.apache.tika.mime.MediaType;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.ext.DefaultHandler2;

/**
 * The text of an XML file with its attribute values and comments, not only its element text: a
 * QRDA report keeps nearly everything that identifies it (NPIs, TINs, measure IDs, template IDs)
 * in attributes, and Tika's XML parser drops those. Read without DTDs or external entities.
 */
final class XmlText {

    private XmlText() {}

    static boolean isXml(MediaType detected) {
        String type = detected.getBaseType().toString();
        return type.equals("application/xml") || type.equals("text/xml");
    }

    static ReadText read(InputStream content, String mediaType, int maxCharacters) {
        Collector text = new Collector(maxCharacters);
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            SAXParser parser = factory.newSAXParser();
            parser.setProperty("http://xml.org/sax/properties/lexical-handler", text);
            parser.parse(content, text);
            return ReadText.read(mediaType, ReadText.clean(text.toString()));
        } catch (Full full) {
            return ReadText.truncated(mediaType, ReadText.clean(text.toString()), maxCharacters);
        } catch (SAXException | IOException | javax.xml.parsers.ParserConfigurationException | RuntimeException e) {
            return ReadText.failed(
                    mediaType, ReadText.clean(text.toString()), "it is not well-formed XML (" + e.getMessage() + ")");
        }
    }

    private static final class Full extends SAXException {
        Full() {
            super("text limit reached");
        }
    }

    private static final class Collector extends DefaultHandler2 {

        private final StringBuilder text = new StringBuilder();
        private final int max;

        Collector(int max) {
            this.max = max;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            for (int i = 0; i < attributes.getLength(); i++) {
                add(attributes.getValue(i));
                add(" ");
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            add("\n");
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            add(new String(ch, start, length));
        }

        @Override
        public void comment(char[] ch, int start, int length) throws SAXException {
            add(new String(ch, start, length));
            add("\n");
        }

        @Override
        public org.xml.sax.InputSource resolveEntity(String publicId, String systemId) {
            return new org.xml.sax.InputSource(new StringReader(""));
        }

        private void add(String more) throws SAXException {
            if (text.length() + more.length() > max) {
                text.append(more, 0, max - text.length());
                throw new Full();
            }
            text.append(more);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
