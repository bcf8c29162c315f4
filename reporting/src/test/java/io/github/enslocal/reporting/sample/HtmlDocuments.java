// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.sample;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Parses the reports' HTML as XML, which it is written to be (every element closed, attributes
 * quoted), so that tests inspect elements and attributes rather than searching text.
 */
public final class HtmlDocuments {

    private HtmlDocuments() {
    }

    /**
     * Parses a page, refusing external entities.
     *
     * @param html the page
     * @return the document
     * @throws IOException if the page is not well-formed
     */
    public static Document parse(String html) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("Not well-formed: " + e.getMessage(), e);
        }
    }

    /**
     * Returns every element of a document, in document order.
     *
     * @param document the document
     * @return the elements
     */
    public static List<Element> elements(Document document) {
        NodeList nodes = document.getElementsByTagName("*");
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /**
     * Returns every attribute of an element.
     *
     * @param element the element
     * @return the attributes
     */
    public static List<Attr> attributes(Element element) {
        NamedNodeMap map = element.getAttributes();
        List<Attr> attributes = new ArrayList<>();
        for (int i = 0; i < map.getLength(); i++) {
            attributes.add((Attr) map.item(i));
        }
        return attributes;
    }
}
