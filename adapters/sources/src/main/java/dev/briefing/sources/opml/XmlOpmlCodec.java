package dev.briefing.sources.opml;

import dev.briefing.core.BriefingException;
import dev.briefing.core.chat.OpmlCodec;
import dev.briefing.core.chat.OpmlFeed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * OPML with the JDK's DOM parser, hardened: a document with a DOCTYPE is refused before any entity
 * is read (so no external entity, DTD or entity expansion bomb can fetch or read anything), and
 * external DTDs, schemas, XIncludes and entity references are off as well, should a parser ignore
 * the first feature.
 */
public final class XmlOpmlCodec implements OpmlCodec {
  /** The deepest nesting of elements read; deeper files are refused as not well-formed. */
  static final String MAX_DEPTH = "100";

  static final String DOCTYPE_REFUSED =
      "That file declares a DTD or entities, which OPML files never need, so I did not read it.";
  private static final String NOT_XML = "That file is not OPML: it is not well-formed XML";
  private static final String NOT_OPML =
      "That file is XML but not OPML (its root is <%s>, not <opml>).";

  // The default handler prints every fatal error to stderr; the caller gets it as an exception.
  private static final ErrorHandler QUIET =
      new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      };

  @Override
  public List<OpmlFeed> read(byte[] opml) {
    Document document = parse(opml);
    Element root = document.getDocumentElement();
    if (!"opml".equals(root.getTagName())) {
      throw new BriefingException(String.format(NOT_OPML, abbreviate(root.getTagName())));
    }
    List<OpmlFeed> feeds = new ArrayList<>();
    for (Node body = root.getFirstChild(); body != null; body = body.getNextSibling()) {
      if (body instanceof Element element && "body".equals(element.getTagName())) {
        collect(element, feeds);
      }
    }
    return feeds;
  }

  // Outlines nest (folders of feeds); every one with an xmlUrl is a feed, at any depth.
  private static void collect(Element parent, List<OpmlFeed> feeds) {
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element outline && "outline".equals(outline.getTagName())) {
        String xmlUrl = outline.getAttribute("xmlUrl");
        if (!xmlUrl.isBlank()) {
          String title = outline.getAttribute("title");
          feeds.add(
              new OpmlFeed(
                  xmlUrl,
                  Optional.of(title.isBlank() ? outline.getAttribute("text") : title),
                  Optional.of(outline.getAttribute("htmlUrl"))));
        }
        collect(outline, feeds);
      }
    }
  }

  private static Document parse(byte[] opml) {
    try {
      DocumentBuilder builder = factory().newDocumentBuilder();
      builder.setErrorHandler(QUIET);
      builder.setEntityResolver(
          (publicId, systemId) -> {
            throw new SAXException("external entity refused: " + systemId);
          });
      return builder.parse(new ByteArrayInputStream(opml));
    } catch (SAXParseException e) {
      if (e.getMessage() != null && e.getMessage().contains("DOCTYPE")) {
        throw new BriefingException(DOCTYPE_REFUSED, e);
      }
      throw new BriefingException(NOT_XML + " (line " + e.getLineNumber() + ").", e);
    } catch (SAXException | IOException e) {
      throw new BriefingException(NOT_XML + ".", e);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK XML parser cannot be hardened", e);
    }
  }

  private static DocumentBuilderFactory factory() throws ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    // Outlines nest a few levels in practice; a file nested thousands deep would otherwise
    // overflow the stack of the recursive walk (an Error no command handler catches).
    factory.setAttribute("jdk.xml.maxElementDepth", MAX_DEPTH);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    factory.setNamespaceAware(false);
    return factory;
  }

  @Override
  public byte[] write(String title, List<OpmlFeed> feeds) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("opml");
      xml.writeAttribute("version", "2.0");
      xml.writeCharacters("\n  ");
      xml.writeStartElement("head");
      xml.writeStartElement("title");
      xml.writeCharacters(title);
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeCharacters("\n  ");
      xml.writeStartElement("body");
      for (OpmlFeed feed : feeds) {
        xml.writeCharacters("\n    ");
        outline(xml, feed);
      }
      xml.writeCharacters("\n  ");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("could not write OPML", e);
    }
    return out.toByteArray();
  }

  private static void outline(XMLStreamWriter xml, OpmlFeed feed) throws XMLStreamException {
    String name = feed.title().orElse(feed.xmlUrl());
    xml.writeEmptyElement("outline");
    xml.writeAttribute("type", "rss");
    xml.writeAttribute("text", name);
    xml.writeAttribute("title", name);
    xml.writeAttribute("xmlUrl", feed.xmlUrl());
    if (feed.htmlUrl().isPresent()) {
      xml.writeAttribute("htmlUrl", feed.htmlUrl().get());
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 39) + "…";
  }
}
