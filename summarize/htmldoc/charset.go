package htmldoc

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

// decode returns the page as UTF-8 text in Unicode normal form C, without
// soft hyphens (which only mark where a word may break). The encoding is,
// in this order:
//
//   - the one a byte order mark names;
//   - UTF-8 when the whole page is valid UTF-8 and not plain ASCII, even
//     if the page declares another one: pages saved or served again are
//     often re-encoded and keep their old declaration, and text in a
//     one-byte encoding is almost never valid UTF-8 by chance;
//   - the one the page declares, <meta charset> or the http-equiv
//     Content-Type, anywhere in its <head> (browsers look at the first
//     1024 bytes first, and switch when the parser meets a later one;
//     long heads put it further);
//   - UTF-8 for a page that is valid UTF-8, windows-1252 otherwise (the
//     WHATWG default, which covers ISO-8859-1).
func decode(data []byte) string {
	e := encodingOf(data)
	text := string(data)
	if e != encoding.Nop {
		if out, err := e.NewDecoder().Bytes(data); err == nil {
			text = string(out)
		}
	}
	text = strings.ToValidUTF8(text, "\uFFFD")
	text = strings.ReplaceAll(text, "\u00AD", "")
	return norm.NFC.String(text)
}

func encodingOf(data []byte) encoding.Encoding {
	switch {
	case bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")):
		return encoding.Nop // the BOM is white space to the parser
	case bytes.HasPrefix(data, []byte("\xFE\xFF")):
		return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM)
	case bytes.HasPrefix(data, []byte("\xFF\xFE")):
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM)
	}
	valid := utf8.Valid(data)
	if valid && !ascii(data) {
		return encoding.Nop
	}
	if e, name := declared(data); e != nil {
		// UTF-16 declared in a page read as bytes is a mistake: the
		// declaration itself was readable as ASCII (WHATWG: use UTF-8).
		// "replacement" and x-user-defined are not text encodings.
		switch name {
		case "utf-8", "utf-16be", "utf-16le", "replacement", "x-user-defined":
			return encoding.Nop
		}
		return e
	}
	if valid {
		return encoding.Nop
	}
	return charmap.Windows1252
}

func ascii(data []byte) bool {
	for _, c := range data {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// declared returns the encoding the page's <meta> elements declare before
// its <body>, and its WHATWG name; nil when none does or the name is
// unknown.
func declared(data []byte) (encoding.Encoding, string) {
	z := html.NewTokenizer(bytes.NewReader(data))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return nil, ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch atom.Lookup(name) {
			case atom.Body:
				return nil, ""
			case atom.Meta:
				var cs, equiv, content string
				for hasAttr {
					var k, v []byte
					k, v, hasAttr = z.TagAttr()
					switch string(k) {
					case "charset":
						cs = string(v)
					case "http-equiv":
						equiv = strings.ToLower(string(v))
					case "content":
						content = string(v)
					}
				}
				if cs == "" && equiv == "content-type" {
					cs = contentCharset(content)
				}
				if e, err := htmlindex.Get(strings.TrimSpace(cs)); cs != "" && err == nil {
					name, _ := htmlindex.Name(e)
					return e, name
				}
			}
		case html.EndTagToken:
			if name, _ := z.TagName(); atom.Lookup(name) == atom.Head {
				return nil, ""
			}
		}
	}
}

// contentCharset returns the charset parameter of a Content-Type value
// ("text/html; charset=utf-8"), as the WHATWG algorithm for extracting a
// character encoding from a meta element reads it.
func contentCharset(s string) string {
	i := strings.Index(strings.ToLower(s), "charset")
	if i < 0 {
		return ""
	}
	s = strings.TrimLeft(s[i+len("charset"):], " \t\n\f\r")
	if !strings.HasPrefix(s, "=") {
		return contentCharset(s)
	}
	s = strings.TrimLeft(s[1:], " \t\n\f\r")
	if s != "" && (s[0] == '"' || s[0] == '\'') {
		if j := strings.IndexByte(s[1:], s[0]); j >= 0 {
			return s[1 : 1+j]
		}
		return ""
	}
	if j := strings.IndexAny(s, " \t\n\f\r;"); j >= 0 {
		s = s[:j]
	}
	return s
}
